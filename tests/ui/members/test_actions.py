"""变更党籍状态 and 作废 on the roll: each asks first saying what will happen, says what happened in
the status bar, and offers 撤销; 显示已作废 lists voided records with their reason; 党籍状态 stands
beside the name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.members.roll import RollChange, RollStatus
from villagedesk.core.members.services import get_member, member_history
from villagedesk.core.services.demo import fill_demo
from villagedesk.ui.context import AppContext
from villagedesk.ui.members.page import MembersPage
from villagedesk.ui.members.roll_dialog import confirm_button

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(ctx: AppContext, qtbot) -> QMainWindow:  # type: ignore[no-untyped-def]
    fill_demo(ctx.store.uow_factory(), members=40, today=ctx.today())
    host = QMainWindow()
    host.setCentralWidget(MembersPage(ctx))
    qtbot.addWidget(host)
    return host


def _page(window: QMainWindow) -> MembersPage:
    page = window.centralWidget()
    assert isinstance(page, MembersPage)
    return page


def _cell(page: MembersPage, member_id: int, key: str) -> str:
    model = page.view.model
    row = model.row_of(member_id)
    assert row is not None
    return str(model.index(row, MEMBER_REGISTER.keys.index(key)).data())


def _status(ctx: AppContext, member_id: int) -> RollStatus:
    return get_member(ctx.store.uow_factory(), member_id=member_id).roll_status


def test_a_death_is_confirmed_reported_and_undone(window: QMainWindow, ctx: AppContext) -> None:
    page = _page(window)
    member_id = page.view.model.id_at(2)
    name = get_member(ctx.store.uow_factory(), member_id=member_id).name
    dialog = page.change_status(member_id)
    assert dialog is not None
    dialog.select_change(RollChange.DECEASED)
    dialog.effective_on.setText("2024.06.01")
    dialog.buttons.accepted.emit()

    # asked first, saying what will happen; cancelling writes nothing
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert name in box.text() and "Deceased" in box.text()
    assert "no longer be listed" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible()
    assert _status(ctx, member_id) is RollStatus.ON_ROLL

    dialog.buttons.accepted.emit()
    assert dialog.confirm_box is not None
    confirm_button(dialog.confirm_box).click()
    assert not dialog.isVisible()
    assert _status(ctx, member_id) is RollStatus.DECEASED
    assert member_id not in page.view.model.ids()

    # said in the status bar, with the way to find the member; 撤销 offered
    said = window.statusBar().currentMessage()
    assert said == page.last_status
    assert name in said and "Deceased" in said and "no longer listed" in said
    assert page.undo_button.isVisibleTo(page) and page.undo_action.isEnabled()

    undo = page.undo_last()
    assert undo is not None
    explained = " ".join(label.text() for label in undo.findChildren(QLabel))
    assert "“Deceased”" in explained and "“On roll” again" in explained
    assert undo.reason.text() == "Entered by mistake"
    undo.buttons.accepted.emit()
    assert not undo.isVisible()
    assert _status(ctx, member_id) is RollStatus.ON_ROLL
    assert member_id in page.view.model.ids()  # the row is back
    assert page.view.current_id() == member_id
    assert "was undone" in window.statusBar().currentMessage()
    assert not page.undo_action.isEnabled()

    # the history keeps the death, marked undone with the reason
    history = member_history(ctx.store.uow_factory(), member_id=member_id, include_undone=True)
    undone = [e for e in history if e.undone]
    assert [(e.change, e.undo_reason) for e in undone] == [
        (RollChange.DECEASED, "Entered by mistake")
    ]
    details = page.show_details(member_id)
    assert details is not None
    texts = [details.history.item(r, 1).text() for r in range(details.history.rowCount())]
    assert "Deceased (undone)" in texts


def test_a_void_is_confirmed_found_with_its_reason_and_undone(
    window: QMainWindow, ctx: AppContext
) -> None:
    page = _page(window)
    member_id = page.view.model.id_at(0)
    name = get_member(ctx.store.uow_factory(), member_id=member_id).name
    total = page.view.model.rowCount()
    dialog = page.void_member(member_id)
    assert dialog is not None
    dialog.reason.setText("重复录入")
    dialog.buttons.accepted.emit()
    box = dialog.confirm_box
    assert box is not None and name in box.text()
    assert "重复录入" in box.informativeText()
    assert not get_member(ctx.store.uow_factory(), member_id=member_id).voided  # not yet
    confirm_button(box).click()
    assert not dialog.isVisible()
    assert page.view.model.rowCount() == total - 1
    said = window.statusBar().currentMessage()
    assert name in said and "重复录入" in said and "Show voided records" in said

    # 显示已作废: only the voided records, with the reason shown
    page.voided_box.setChecked(True)
    assert page.view.model.ids() == [member_id]
    assert page.view.is_column_visible("void_reason")
    assert _cell(page, member_id, "void_reason") == "重复录入"
    page.view.select_id(member_id)
    assert not page.void_button.isEnabled() and page.detail_button.isEnabled()
    page.voided_box.setChecked(False)
    assert member_id not in page.view.model.ids()
    assert not page.view.is_column_visible("void_reason")

    undo = page.undo_last()
    assert undo is not None
    undo.buttons.accepted.emit()
    assert not get_member(ctx.store.uow_factory(), member_id=member_id).voided
    assert page.view.model.rowCount() == total
    assert member_id in page.view.model.ids()
    assert "void was undone" in window.statusBar().currentMessage()
    page.voided_box.setChecked(True)
    assert page.view.model.ids() == []


def test_an_empty_reason_is_refused_before_any_question(window: QMainWindow) -> None:
    page = _page(window)
    dialog = page.void_member(page.view.model.id_at(0))
    assert dialog is not None
    dialog.buttons.accepted.emit()
    assert dialog.confirm_box is None
    assert dialog.errors.texts()["reason"]


def test_the_roll_status_stands_beside_the_name(window: QMainWindow, ctx: AppContext) -> None:
    page = _page(window)
    header = page.view.table.horizontalHeader()
    name, status = MEMBER_REGISTER.keys.index("name"), MEMBER_REGISTER.keys.index("roll_status")
    assert header.visualIndex(status) == header.visualIndex(name) + 1
    assert header.visualIndex(status) < header.visualIndex(MEMBER_REGISTER.keys.index("standing"))
    member_id = page.view.model.id_at(5)
    dialog = page.change_status(member_id)
    assert dialog is not None
    dialog.select_change(RollChange.DECEASED)
    dialog.effective_on.setText("2024.06.01")
    dialog.buttons.accepted.emit()
    assert dialog.confirm_box is not None
    confirm_button(dialog.confirm_box).click()
    page.inactive_box.setChecked(True)
    assert _cell(page, member_id, "roll_status") == "Deceased"
