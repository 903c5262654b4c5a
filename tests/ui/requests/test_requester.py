"""诉求人 on the record form: a resident or a member found by the one search box (the household
follows from the person), a name typed in, or anonymous; the matches never show a full number."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.households.village import HEAD, SPOUSE, village
from villagedesk.core.households.services import household_residents
from villagedesk.core.requests.model import RequesterKind, RequestType
from villagedesk.core.requests.services import get_request
from villagedesk.ui.context import AppContext
from villagedesk.ui.households.link_dialog import Picker
from villagedesk.ui.requests.record_dialog import RecordDialog


@pytest.fixture
def hid(ctx: AppContext) -> int:
    return village(ctx)


@pytest.fixture
def dialog(ctx: AppContext, qtbot: QtBot, hid: int) -> RecordDialog:
    shown = RecordDialog(ctx)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _matter(dialog: RecordDialog) -> None:
    dialog.channel.setCurrentIndex(dialog.channel.findData("电话"))
    dialog.kind.setCurrentIndex(dialog.kind.findData(RequestType.HELP.value))
    dialog.content.setPlainText("院墙裂缝，雨天漏水")
    dialog.received_by.setText("李书记")


def _matches(picker: Picker) -> list[str]:
    return [picker.results.item(i).text() for i in range(picker.results.count())]


def _save(dialog: RecordDialog, ctx: AppContext) -> int:
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    ctx.jobs.wait_idle()
    return dialog.saved.id


def test_a_resident_chosen_by_pinyin_initials_brings_the_household(
    dialog: RecordDialog, ctx: AppContext, hid: int
) -> None:
    dialog.requester.buttons[RequesterKind.RESIDENT].click()
    assert dialog.requester.residents.isVisibleTo(dialog)
    assert not dialog.requester_name.isVisibleTo(dialog)
    dialog.requester.residents.search.setText("lxy")
    (shown,) = _matches(dialog.requester.residents)
    assert shown.startswith("李秀英")
    assert SPOUSE not in shown and SPOUSE[-4:] in shown  # masked: the tail only
    _matter(dialog)
    request = get_request(ctx.store.uow_factory(), request_id=_save(dialog, ctx)).request
    who = request.values.requester
    assert (who.kind, who.name) == (RequesterKind.RESIDENT, "李秀英")
    assert request.values.household_id == hid


def test_a_member_chosen_by_id_tail_brings_their_household(
    dialog: RecordDialog, ctx: AppContext, hid: int
) -> None:
    dialog.requester.buttons[RequesterKind.MEMBER].click()
    assert dialog.requester.members.isVisibleTo(dialog)
    assert not dialog.requester.residents.isVisibleTo(dialog)
    dialog.requester.members.search.setText("003x")
    assert [m.split()[0] for m in _matches(dialog.requester.members)] == ["刘书记"]
    dialog.requester.members.search.setText(HEAD[-4:])
    (shown,) = _matches(dialog.requester.members)
    assert shown.startswith("张建国") and HEAD not in shown
    _matter(dialog)
    request = get_request(ctx.store.uow_factory(), request_id=_save(dialog, ctx)).request
    who = request.values.requester
    assert (who.kind, who.name) == (RequesterKind.MEMBER, "张建国")
    assert request.values.household_id == hid  # 张建国 is also the household's head


def test_a_search_with_nobody_chosen_is_refused_under_the_field(
    dialog: RecordDialog, ctx: AppContext
) -> None:
    dialog.requester.buttons[RequesterKind.RESIDENT].click()
    dialog.requester.residents.search.setText("wxyz")  # nobody
    assert _matches(dialog.requester.residents) == []
    _matter(dialog)
    dialog.accept()
    assert dialog.saved is None and "person_id" in dialog.errors.texts()


def test_typed_and_anonymous_requesters(dialog: RecordDialog, ctx: AppContext) -> None:
    assert dialog.requester.kind() is RequesterKind.NAMED
    assert dialog.requester_name.isVisibleTo(dialog) and dialog.requester_phone.isVisibleTo(dialog)
    dialog.anonymous.click()
    assert not dialog.requester_name.isVisibleTo(dialog)
    assert not dialog.requester_phone.isVisibleTo(dialog)
    assert not dialog.requester.residents.isVisibleTo(dialog)
    _matter(dialog)
    request = get_request(ctx.store.uow_factory(), request_id=_save(dialog, ctx)).request
    assert request.values.requester.kind is RequesterKind.ANONYMOUS
    assert request.values.household_id is None


def test_a_typed_requester_keeps_a_preset_household(
    ctx: AppContext, qtbot: QtBot, hid: int
) -> None:
    dialog = RecordDialog(ctx, household_id=hid)
    qtbot.addWidget(dialog)
    assert dialog.household_label is not None and "东河村3组12号" in dialog.household_label.text()
    dialog.requester_name.setText("过路人")
    dialog.requester_phone.setText("13800138000")
    _matter(dialog)
    request = get_request(ctx.store.uow_factory(), request_id=_save(dialog, ctx)).request
    who = request.values.requester
    assert (who.kind, who.name, who.phone) == (RequesterKind.NAMED, "过路人", "13800138000")
    assert request.values.household_id == hid


def test_a_preset_resident_is_chosen_and_shown_masked(
    ctx: AppContext, qtbot: QtBot, hid: int
) -> None:
    spouse = household_residents(ctx.store.uow_factory(), household_id=hid)[1]
    dialog = RecordDialog(ctx, resident_id=spouse.id)
    qtbot.addWidget(dialog)
    assert dialog.requester.kind() is RequesterKind.RESIDENT
    assert dialog.requester.residents.chosen_id() == spouse.id
    shown = dialog.requester.residents.search.text()
    assert shown.startswith("李秀英") and SPOUSE not in shown
