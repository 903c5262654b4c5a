"""不予受理, 重办 and 合并 through their dialogs: each step lands in the request's history; each
refusal shows in Chinese under its field and writes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from villagedesk.core.requests.events import MergeLink, Note, Refusal, RefusalGround
from villagedesk.core.requests.state import Action, RequestState
from villagedesk.ui.context import AppContext
from villagedesk.ui.requests.ending_dialogs import MergeDialog, RefuseDialog, ReopenDialog
from villagedesk.ui.requests.page import RequestsPage

from .steps_setup import actions, detail, new_request, open_page, open_step, replied


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> RequestsPage:
    return open_page(ctx, qtbot)


def test_a_request_is_not_accepted_on_a_stated_ground(page: RequestsPage, ctx: AppContext) -> None:
    rid = new_request(ctx)
    dialog = open_step(page, ctx, rid, Action.REFUSE)
    assert isinstance(dialog, RefuseDialog)
    dialog.ground.setCurrentIndex(dialog.ground.findData(RefusalGround.IN_LITIGATION.value))
    dialog.reason.setPlainText("已向法院起诉")
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    shown = detail(ctx, rid)
    last = shown.events[-1].step.details
    assert isinstance(last, Refusal) and last.ground is RefusalGround.IN_LITIGATION
    assert shown.request.state is RequestState.REFUSED


def test_not_accepting_without_a_ground_is_refused(
    page: RequestsPage, ctx: AppContext, zh_cn: list[QTranslator]
) -> None:
    rid = new_request(ctx)
    dialog = open_step(page, ctx, rid, Action.REFUSE)
    assert isinstance(dialog, RefuseDialog)
    dialog.reason.setPlainText("已向法院起诉")
    dialog.accept()
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.errors.texts()["ground"] == "请选择不予受理的理由。"
    assert actions(ctx, rid) == []


def test_a_request_is_reopened_by_hand_with_a_reason(page: RequestsPage, ctx: AppContext) -> None:
    rid = replied(ctx)
    dialog = open_step(page, ctx, rid, Action.REOPEN)
    assert isinstance(dialog, ReopenDialog)
    dialog.reason.setPlainText("村民反映路灯又坏了")
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    shown = detail(ctx, rid)
    last = shown.events[-1].step.details
    assert isinstance(last, Note) and last.text == "村民反映路灯又坏了"
    assert shown.request.state is RequestState.IN_PROGRESS
    assert shown.request.progress.reopened == 1


def test_reopening_without_a_reason_is_refused(
    page: RequestsPage, ctx: AppContext, zh_cn: list[QTranslator]
) -> None:
    rid = replied(ctx)
    before = actions(ctx, rid)
    dialog = open_step(page, ctx, rid, Action.REOPEN)
    dialog.accept()
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.errors.texts()["reason"] == "请填写原因。"
    assert actions(ctx, rid) == before


def test_a_request_is_merged_into_another_by_its_number(
    page: RequestsPage, ctx: AppContext
) -> None:
    kept = new_request(ctx, content="3组路灯坏了")
    merged = new_request(ctx, content="3组晚上没有路灯")
    number = detail(ctx, kept).request.number
    dialog = open_step(page, ctx, merged, Action.MERGE)
    assert isinstance(dialog, MergeDialog)
    completer = dialog.into.completer()
    assert completer is not None
    offered = completer.model()
    numbers = [str(offered.index(r, 0).data()) for r in range(offered.rowCount())]
    assert number in numbers and detail(ctx, merged).request.number not in numbers
    dialog.into.setText(number.lower())
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    assert detail(ctx, merged).request.state is RequestState.MERGED
    into = detail(ctx, kept).events[-1]
    assert into.action is Action.MERGE_IN and isinstance(into.step.details, MergeLink)
    assert into.step.details.other_id == merged


def test_a_merge_into_itself_or_an_unknown_number_is_refused(
    page: RequestsPage, ctx: AppContext, zh_cn: list[QTranslator]
) -> None:
    rid = new_request(ctx)
    dialog = open_step(page, ctx, rid, Action.MERGE)
    assert isinstance(dialog, MergeDialog)
    dialog.into.setText(detail(ctx, rid).request.number)
    dialog.accept()
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.errors.texts()["into"] == "诉求不能合并到它自己。"
    dialog.into.setText("DHC-2024-9999")
    dialog.accept()
    assert dialog.saved is None
    assert "DHC-2024-9999" in dialog.errors.texts()["into"]
    assert actions(ctx, rid) == []
    assert detail(ctx, rid).request.state is RequestState.UNASSIGNED
