"""The member roll page: search as you type, roll status changes, voiding, details, columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.members.roll import RollChange
from villagedesk.core.pinyin import name_keys
from villagedesk.core.services.demo import fill_demo
from villagedesk.ui.context import AppContext
from villagedesk.ui.members.page import MembersPage
from villagedesk.ui.members.roll_dialog import confirm_button
from villagedesk.ui.registers.register_view import RegisterView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def page(ctx: AppContext, qtbot) -> MembersPage:
    fill_demo(ctx.store.uow_factory(), members=300, today=ctx.today())
    widget = MembersPage(ctx)
    qtbot.addWidget(widget)
    return widget


def _column(page: MembersPage, key: str) -> list[str]:
    """The column's stored values (ID numbers and phones show masked)."""
    model, col = page.view.model, MEMBER_REGISTER.keys.index(key)
    return [str(model.values(r)[col] or "") for r in range(model.rowCount())]


def _target(page: MembersPage, key: str, row: int = 17) -> tuple[int, str]:
    """A member with a value in column ``key``: (id, value)."""
    model, col = page.view.model, MEMBER_REGISTER.keys.index(key)
    while not model.index(row, col).data():
        row += 1
    return model.id_at(row), str(model.values(row)[col])


def _search(page: MembersPage, qtbot, text: str, *, typed: bool = True) -> None:
    total = page.view.model.rowCount()
    page.view.search_box.clear()
    if typed:
        qtbot.keyClicks(page.view.search_box, text)
    else:
        page.view.search_box.setText(text)
    qtbot.waitUntil(lambda: page.view.model.rowCount() < total)


def test_typing_in_the_search_box_filters_the_rows(page: MembersPage, qtbot) -> None:
    member_id, name = _target(page, "name")
    _search(page, qtbot, name[1:], typed=False)  # a fragment of the name
    assert member_id in page.view.model.ids()
    assert all(name[1:] in n for n in _column(page, "name"))

    page.view.search_box.clear()
    page.view.search_now()
    initials = name_keys(name).initials.split()[0]
    _search(page, qtbot, initials)
    assert member_id in page.view.model.ids()

    page.view.search_box.clear()
    page.view.search_now()
    member_id, number = _target(page, "id_number", row=40)
    _search(page, qtbot, number[-6:])
    assert member_id in page.view.model.ids()
    assert all(number[-6:] in n for n in _column(page, "id_number"))

    page.view.search_box.clear()
    page.view.search_now()
    member_id, phone = _target(page, "phone", row=60)
    _search(page, qtbot, phone[-8:])
    assert page.view.model.ids() == [member_id] or member_id in page.view.model.ids()
    assert all(phone[-8:] in p for p in _column(page, "phone"))
    assert page.view.count_label.text() == f"{page.view.model.rowCount()} people in total"


def test_three_digits_find_nobody(page: MembersPage, qtbot) -> None:
    _search(page, qtbot, "123")
    assert page.view.model.rowCount() == 0


def test_a_transferred_member_leaves_the_roll_and_keeps_the_history(
    page: MembersPage, ctx: AppContext, qtbot
) -> None:
    member_id = page.view.model.id_at(3)
    page.view.select_id(member_id)
    assert page.roll_button.isEnabled()
    dialog = page.change_status()
    assert dialog is not None
    restored = dialog.change.findData(RollChange.RESTORED.value)
    assert not dialog.change.model().item(restored).isEnabled()  # only from suspended
    dialog.select_change(RollChange.TRANSFER_OUT)
    dialog.effective_on.setText("2099.01.01")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "future" in dialog.errors.texts()["effective_on"]

    dialog.effective_on.setText("2024.06.01")
    dialog.reason.setText("转往县城社区")
    dialog.buttons.accepted.emit()
    assert dialog.confirm_box is not None  # asked first
    confirm_button(dialog.confirm_box).click()
    assert not dialog.isVisible()
    assert member_id not in page.view.model.ids()

    page.inactive_box.setChecked(True)
    assert member_id in page.view.model.ids()
    details = page.show_details(member_id)
    assert details is not None
    rows = [
        [details.history.item(r, c).text() for c in range(3)]
        for r in range(details.history.rowCount())
    ]
    assert ["2024.06.01", "Transferred out", "转往县城社区"] in rows


def test_voiding_needs_a_reason_and_removes_the_record(page: MembersPage, qtbot) -> None:
    member_id = page.view.model.id_at(0)
    dialog = page.void_member(member_id)
    assert dialog is not None
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.errors.texts()["reason"]
    dialog.reason.setText("重复录入")
    dialog.buttons.accepted.emit()
    assert dialog.confirm_box is not None  # asked first
    confirm_button(dialog.confirm_box).click()
    assert not dialog.isVisible()
    page.inactive_box.setChecked(True)
    assert member_id not in page.view.model.ids()
    details = page.show_details(member_id)
    assert details is not None and details.member.voided
    rows = [
        [details.history.item(r, c).text() for c in range(3)]
        for r in range(details.history.rowCount())
    ]
    assert ["Voided", "重复录入"] in [row[1:] for row in rows]


def test_column_choice_and_sort_persist_for_a_new_view(ctx: AppContext, qtbot) -> None:
    reader = ctx.store.member_reader
    first = RegisterView(MEMBER_REGISTER, reader, ctx.settings)
    qtbot.addWidget(first)
    assert first.is_column_visible("phone") and not first.is_column_visible("address")
    menu = first.column_menu()
    phone = next(a for a in menu.actions() if a.text() == "Phone")
    phone.setChecked(False)
    first.set_column_visible("address", True)
    first.table.sortByColumn(MEMBER_REGISTER.keys.index("birth_date"), Qt.SortOrder.DescendingOrder)

    second = RegisterView(MEMBER_REGISTER, reader, ctx.settings)
    qtbot.addWidget(second)
    assert not second.is_column_visible("phone")
    assert second.is_column_visible("address")
    assert (second.model.sort_key, second.model.descending) == ("birth_date", True)
