"""The 打印 menu on demo data: a ledger opens in the preview with its pages, the current search
narrows it, the preview prints to a QPrinter (PDF file) without a dialog, cards of the selected
members, the offsets dialog and the calibration page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.print_helpers import pdf_pages, pdf_text
from villagedesk.core.members.model import MemberDraft
from villagedesk.core.members.services import register_member
from villagedesk.core.printing.offsets import printer_offsets
from villagedesk.core.services.demo import fill_demo
from villagedesk.ui import navigation
from villagedesk.ui.context import AppContext
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.members.page import MembersPage
from villagedesk.ui.printing.cards_dialog import CardsDialog
from villagedesk.ui.printing.dialogs import LedgerDialog
from villagedesk.ui.printing.menu import PrintActions
from villagedesk.ui.printing.offsets_dialog import OffsetsDialog
from villagedesk.ui.printing.preview import PreviewDialog
from villagedesk.ui.printing.printer import pdf_printer


@pytest.fixture
def demo(ctx: AppContext) -> AppContext:
    fill_demo(ctx.store.uow_factory(), members=120, seed=7, today=ctx.today())
    ctx.hub.publish_all()
    return ctx


@pytest.fixture
def actions(demo: AppContext, qtbot: QtBot) -> Iterator[PrintActions]:
    window = QWidget()
    qtbot.addWidget(window)
    actions = PrintActions(demo, window)
    yield actions
    demo.jobs.wait_idle()
    if actions.flow.preview is not None:
        actions.flow.preview.reject()


def _accept(dialog: QDialog) -> None:
    dialog.accept()


def _preview(ctx: AppContext, actions: PrintActions) -> PreviewDialog:
    assert ctx.jobs.wait_idle()
    preview = actions.flow.preview
    assert preview is not None
    return preview


def test_the_menu_offers_every_document(demo: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Print" in titles
    menu = window.print_actions
    assert set(menu.ledger_actions) == {
        "members",
        "registrations",
        "service",
        "households",
        "assessments",
        "requests",
        "follow_ups",
        "disputes",
    }
    assert "Party member roll…" in [a.text() for a in menu.ledger_actions.values()]


def test_a_ledger_opens_in_the_preview_with_its_pages(
    demo: AppContext, actions: PrintActions, tmp_path: Path
) -> None:
    dialog = actions.ledger("members")
    assert isinstance(dialog, LedgerDialog)
    _accept(dialog)
    preview = _preview(demo, actions)
    pages = pdf_pages(preview.path)
    assert pages >= 2  # 120 members do not fit one landscape page
    assert preview.page_count() == pages
    text = pdf_text(preview.path)
    assert f"Page {pages} of {pages}" in text
    with demo.store.uow_factory() as uow:
        some = uow.members.get(1)
    assert some is not None and some.name in text

    out = tmp_path / "printed.pdf"
    assert preview.print_to(pdf_printer(out, preview.document)) == pages
    assert pdf_pages(out) == pages


def test_the_ledger_takes_the_pages_search(demo: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    page = window.show_register(navigation.members_page)
    assert isinstance(page, MembersPage)
    name = page.view.model.data(page.view.model.index(0, 0))
    page.view.search_box.setText(name)
    page.view.search_now()
    dialog = window.print_actions.ledger("members")
    assert isinstance(dialog, LedgerDialog)
    assert dialog.search_edit.text() == name
    dialog.accept()
    preview = _preview(demo, window.print_actions)
    assert preview.page_count() == 1
    text = pdf_text(preview.path)
    assert name in text
    preview.reject()


def test_cards_of_the_selected_member(demo: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    member_id = _in_service_members(demo)[0]
    page = window.show_register(navigation.members_page)
    assert isinstance(page, MembersPage)
    assert page.view.select_id(member_id)
    assert page.cards_button.isEnabled()
    dialog = page.print_cards()
    assert isinstance(dialog, CardsDialog)
    dialog.accept()
    assert page._print_actions is not None
    preview = _preview(demo, page._print_actions)
    assert preview.actual_size  # cards are never scaled
    assert preview.page_count() == 1
    with demo.store.uow_factory() as uow:
        member = uow.members.get(member_id)
    assert member is not None and member.name in pdf_text(preview.path)
    preview.reject()


@pytest.mark.parametrize("what", ["handbooks", "statistics", "notice", "registrations"])
def test_each_document_reaches_the_preview(
    demo: AppContext, actions: PrintActions, what: str
) -> None:
    if what == "handbooks":
        dialog = actions.handbooks()
    elif what == "notice":
        dialog = actions.notice()
    elif what == "registrations":
        dialog = actions.ledger("registrations")
    else:
        dialog = None
        actions.statistics()
    if dialog is not None:
        dialog.accept()
    preview = _preview(demo, actions)
    assert preview.page_count() >= 1
    if what == "handbooks":
        assert preview.page_count() % 2 == 0  # booklet sheets, both sides
    if what == "notice":
        assert not re.search(r"\d{11,}", pdf_text(preview.path))


def test_a_character_no_font_has_is_reported_before_the_preview(
    demo: AppContext, actions: PrintActions
) -> None:
    draft = MemberDraft(
        name="王𰀀", id_number="110105198507120028", phone="13905331234", joined_on="2015.6"
    )
    register_member(demo.store.uow_factory(), draft=draft, today=demo.today())
    dialog = actions.ledger("members")
    assert isinstance(dialog, LedgerDialog)
    dialog.search_edit.setText("王𰀀")
    dialog.accept()
    assert demo.jobs.wait_idle()
    box = actions.flow.problem_box
    assert box is not None and actions.flow.preview is None  # told before the preview
    assert "王𰀀" in box.informativeText() and "U+30000" in box.informativeText()
    box.accept()
    preview = actions.flow.preview
    assert preview is not None
    assert "𰀀" in preview.problems_label.text()


def _in_service_members(ctx: AppContext) -> list[int]:
    with ctx.store.uow_factory() as uow:
        return [e.member_id for e in uow.in_service.roster.members()]


def test_the_offsets_are_kept(demo: AppContext, actions: PrintActions) -> None:
    dialog = actions.offsets()
    assert isinstance(dialog, OffsetsDialog)
    dialog.x_spin.setValue(1.5)
    dialog.y_spin.setValue(-2.0)
    dialog.accept()
    offsets = printer_offsets(demo.store.uow_factory())
    assert (offsets.x_mm, offsets.y_mm) == (1.5, -2.0)


def test_the_calibration_page_prints_unscaled(demo: AppContext, actions: PrintActions) -> None:
    actions.calibration()
    preview = _preview(demo, actions)
    assert preview.actual_size
    assert preview.page_count() == 1
