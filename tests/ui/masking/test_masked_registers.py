"""Masked by default (issue 15): a 查看 reads every register page and detail page of a station
with the long real-world people of people_hard.csv and sees no full ID number and no full mobile;
a 录入员's 显示 shows one record's numbers and is logged; a 查看's is refused; an export with
full ID numbers needs a reason, which the log keeps."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.accounts.permissions import NotPermitted
from villagedesk.core.audit.entry import AuditEntry, AuditKind
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.importing.rows import ImportKind
from villagedesk.core.importing.services import apply_import
from villagedesk.core.search import parse_search
from villagedesk.core.services.demo import fill_demo
from villagedesk.core.unmasking import reveal
from villagedesk.exchange.cells import read_import_file
from villagedesk.ui.context import AppContext
from villagedesk.ui.disputes.page import DisputesPage
from villagedesk.ui.households.page import HouseholdsPage
from villagedesk.ui.in_service.page import InServicePage
from villagedesk.ui.masked import reveal_numbers, show_record_numbers
from villagedesk.ui.members.detail import MemberDetailDialog
from villagedesk.ui.members.dialog import MemberDialog
from villagedesk.ui.members.page import MembersPage
from villagedesk.ui.requests.page import RequestsPage

HARD_PEOPLE = Path(__file__).resolve().parents[2] / "fixtures" / "people_hard.csv"
FULL_ID = re.compile(r"(?<![\dXx*])\d{17}[\dXx](?![\dXx*])")
FULL_MOBILE = re.compile(r"(?<![\d*])1\d{10}(?![\d*])")
VIEWER = Actor("小李", Role.VIEWER, device="PC-1")
CLERK = Actor("王芳", Role.CLERK, device="PC-1")


def _import(ctx: AppContext, kind: ImportKind, path: Path) -> None:
    loaded = read_import_file(path, kind)
    apply_import(ctx.store.uow_factory(), kind=kind, rows=loaded.rows, today=ctx.today())


@pytest.fixture
def hard_people(tmp_path: Path) -> list[list[str]]:
    with HARD_PEOPLE.open(encoding="utf-8-sig") as f:
        return list(csv.reader(f))


@pytest.fixture
def station(ctx: AppContext, hard_people: list[list[str]], tmp_path: Path) -> AppContext:
    """A demo station (every register filled) with people_hard.csv imported as members and as
    residents (each the head of a household of their own)."""
    fill_demo(ctx.store.uow_factory(), members=30, requests=20, today=ctx.today())
    _import(ctx, ImportKind.MEMBERS, HARD_PEOPLE)
    residents = tmp_path / "residents.csv"
    with residents.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([*hard_people[0], "与户主关系"])
        writer.writerows([*row, "户主"] for row in hard_people[1:])
    _import(ctx, ImportKind.RESIDENTS, residents)
    return ctx


def _texts(widget: QWidget) -> Iterator[str]:
    """Every text shown in ``widget``: each view's cells (DisplayRole) and tooltips, and each
    label's and line edit's text."""
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if value is not None:
                        yield str(value)
    for label in widget.findChildren(QLabel):
        yield label.text()
    for edit in widget.findChildren(QLineEdit):
        yield edit.text()


def assert_masked(widget: QWidget) -> int:
    """No full ID number, no full mobile in ``widget``; how many texts were read."""
    texts = list(_texts(widget))
    shown = [t for t in texts if FULL_ID.search(t) or FULL_MOBILE.search(t)]
    assert not shown, f"{type(widget).__name__} shows full numbers: {shown[:3]}"
    return len(texts)


def _settle(ctx: AppContext) -> None:
    ctx.jobs.wait_idle()
    QApplication.processEvents()
    ctx.jobs.wait_idle()


def _member_id(ctx: AppContext, id_number: str) -> int:
    reader = ctx.readers.members()
    ids = reader.search_ids(parse_search(id_number), include_inactive=True)
    for record_id, (value,) in reader.rows(ids, ["id_number"]).items():
        if value == id_number:
            return record_id
    raise AssertionError("member not imported")


def _entries(ctx: AppContext, kind: AuditKind) -> list[AuditEntry]:
    with ctx.store.uow_factory().for_reading() as uow:
        return [e for e in uow.audit_log.entries(AuditFilter()) if e.kind == kind]


def test_a_viewer_sees_no_full_number_on_any_register_or_detail_page(
    station: AppContext, qtbot: QtBot, hard_people: list[list[str]]
) -> None:
    ctx = station
    ctx.store.uow_factory.actor = VIEWER
    read = 0
    members = MembersPage(ctx)
    qtbot.addWidget(members)
    members.inactive_box.setChecked(True)
    _settle(ctx)
    assert members.view.model.rowCount() >= len(hard_people) - 1
    read += assert_masked(members)
    for row in range(0, members.view.model.rowCount(), 7):
        detail = MemberDetailDialog(ctx, members.view.model.id_at(row), members)
        qtbot.addWidget(detail)
        read += assert_masked(detail)
        assert not detail.reveal_button.isEnabled()  # greyed for a 查看

    households = HouseholdsPage(ctx)
    qtbot.addWidget(households)
    _settle(ctx)
    read += assert_masked(households)
    for register in (households.households, households.residents):
        assert register.model.rowCount() > 0
    for row in range(0, households.households.model.rowCount(), 9):
        page = households.open_household(households.households.model.id_at(row))
        assert page is not None
        _settle(ctx)
        read += assert_masked(page)
        page.close()

    requests = RequestsPage(ctx)
    qtbot.addWidget(requests)
    _settle(ctx)
    read += assert_masked(requests)
    for row in range(0, requests.register.model.rowCount(), 3):
        requests.register.select_id(requests.register.model.id_at(row))
        dialog = requests.show_details()
        assert dialog is not None
        read += assert_masked(dialog)
        dialog.close()

    disputes = DisputesPage(ctx)
    qtbot.addWidget(disputes)
    _settle(ctx)
    read += assert_masked(disputes)
    for row in range(0, disputes.register.model.rowCount(), 4):
        disputes.register.select_id(disputes.register.model.id_at(row))
        dialog = disputes.show_details()
        assert dialog is not None
        read += assert_masked(dialog)
        dialog.close()

    in_service = InServicePage(ctx)
    qtbot.addWidget(in_service)
    _settle(ctx)
    read += assert_masked(in_service)
    assert read > 1000  # the pages were filled: the test read something


def test_a_clerk_reveals_one_record_and_the_log_names_it(
    station: AppContext, qtbot: QtBot, hard_people: list[list[str]]
) -> None:
    ctx = station
    ctx.store.uow_factory.actor = CLERK
    id_number, phone = hard_people[2][1], hard_people[2][4]
    member_id = _member_id(ctx, id_number)
    before = len(_entries(ctx, AuditKind.UNMASK))
    detail = MemberDetailDialog(ctx, member_id)
    qtbot.addWidget(detail)
    assert id_number not in [label.text() for label in detail.findChildren(QLabel)]
    assert detail.reveal_button.isEnabled()
    assert detail.reveal_button.reveal()
    texts = [label.text() for label in detail.findChildren(QLabel)]
    assert id_number in texts and phone in texts
    unmasked = _entries(ctx, AuditKind.UNMASK)
    assert len(unmasked) == before + 1
    entry = unmasked[0]
    assert (entry.actor, entry.record_type) == ("王芳", "members")
    assert set(entry.note.split(",")) == {"id_number", "phone"}
    assert id_number not in entry.note and phone not in entry.note


def test_a_clerk_edits_with_the_number_masked_until_shown(
    station: AppContext, qtbot: QtBot, hard_people: list[list[str]]
) -> None:
    ctx = station
    ctx.store.uow_factory.actor = CLERK
    id_number = hard_people[3][1]
    member_id = _member_id(ctx, id_number)
    from villagedesk.core.members.services import get_member

    dialog = MemberDialog(ctx, member=get_member(ctx.store.uow_factory(), member_id=member_id))
    qtbot.addWidget(dialog)
    field = dialog.form.id_number
    assert field.isReadOnly() and FULL_ID.search(field.text()) is None
    assert dialog.numbers is not None
    assert dialog.numbers.applied(dialog.form.draft()).id_number == id_number  # saved as stored
    assert dialog.numbers.guards["id_number"].reveal()
    assert field.text() == id_number and not field.isReadOnly()


def test_a_viewer_pressing_show_is_refused(
    station: AppContext, qtbot: QtBot, hard_people: list[list[str]]
) -> None:
    ctx = station
    member_id = _member_id(ctx, hard_people[1][1])
    ctx.store.uow_factory.actor = VIEWER
    before = len(_entries(ctx, AuditKind.UNMASK))
    with pytest.raises(NotPermitted):
        reveal(ctx.store.uow_factory(), record_type="members", record_uuid="x", field="id_number")
    parent = QWidget()
    qtbot.addWidget(parent)
    found = reveal_numbers(
        ctx, parent, record_type="members", record_id=member_id, fields=["id_number"]
    )
    assert found is None
    assert (
        show_record_numbers(
            ctx, parent, record_type="members", record_id=member_id, fields=["id_number"]
        )
        is None
    )
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any(b.text() == "No permission." for b in boxes)
    for box in boxes:
        box.close()
    assert len(_entries(ctx, AuditKind.UNMASK)) == before


def test_an_export_with_full_id_numbers_needs_a_reason_and_is_logged(
    station: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    ctx = station
    ctx.store.uow_factory.actor = CLERK
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    _settle(ctx)
    refused = tmp_path / "refused.xlsx"
    page.view.export_to(refused)
    _settle(ctx)
    assert not refused.exists()
    assert not _entries(ctx, AuditKind.EXPORT)
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
        box.close()

    path = tmp_path / "members.xlsx"
    page.view.export_to(path, reason="乡镇核对党员信息")
    _settle(ctx)
    ws = load_workbook(path).active
    assert ws is not None
    cells = [str(c.value) for row in ws.iter_rows(min_row=2) for c in row if c.value]
    assert any(FULL_ID.fullmatch(c) for c in cells)  # the file holds the numbers in full
    exports = _entries(ctx, AuditKind.EXPORT)
    assert [(e.actor, e.record_type, e.note) for e in exports] == [
        ("王芳", "members", "乡镇核对党员信息")
    ]
