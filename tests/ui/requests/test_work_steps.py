"""转派, 办理记录, 延期, 挂起 / 恢复, 上报 and the township's reply through their dialogs: each step
lands in the request's history; each refusal shows in Chinese under its field and writes
nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from villagedesk.core.requests.escalation import escalate_request
from villagedesk.core.requests.events import Assignment, Escalation, Extension, Note
from villagedesk.core.requests.state import Action, RequestState
from villagedesk.core.requests.timekeeping import suspend_request
from villagedesk.ui.context import AppContext
from villagedesk.ui.requests.page import RequestsPage
from villagedesk.ui.requests.station_time import ContextClock
from villagedesk.ui.requests.step_form import StepDialog
from villagedesk.ui.requests.work_dialogs import (
    EscalateDialog,
    EscalationReplyDialog,
    ExtendDialog,
    HandOverDialog,
    RecordWorkDialog,
    ResumeDialog,
    SuspendDialog,
)

from .steps_setup import actions, detail, in_progress, open_page, open_step


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> RequestsPage:
    return open_page(ctx, qtbot)


def _refused(dialog: StepDialog, ctx: AppContext, rid: int, before: list[Action]) -> dict[str, str]:
    """The refusal's messages by field, after checking nothing was written."""
    assert dialog.saved is None and dialog.isVisible()
    assert actions(ctx, rid) == before
    return dialog.errors.texts()


def _escalated(ctx: AppContext) -> int:
    rid = in_progress(ctx)
    escalate_request(
        ctx.store.uow_factory(),
        request_id=rid,
        department="镇城建办",
        text="请协调更换路灯",
        clock=ContextClock(ctx),
    )
    return rid


def test_a_hand_over_names_the_new_person_who_signs_anew(
    page: RequestsPage, ctx: AppContext
) -> None:
    rid = in_progress(ctx)
    dialog = open_step(page, ctx, rid, Action.HAND_OVER)
    assert isinstance(dialog, HandOverDialog)
    dialog.assignee.setText("张委员")
    dialog.helpers.setText("刘网格员")
    dialog.reason.setPlainText("王主任外出学习")
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    shown = detail(ctx, rid)
    last = shown.events[-1].step.details
    assert isinstance(last, Assignment) and last.assignee.name == "张委员"
    assert shown.request.state is RequestState.AWAITING_SIGNATURE


def test_handing_over_to_the_person_already_responsible_is_refused(
    page: RequestsPage, ctx: AppContext, zh_cn: list[QTranslator]
) -> None:
    rid = in_progress(ctx)
    before = actions(ctx, rid)
    dialog = open_step(page, ctx, rid, Action.HAND_OVER)
    assert isinstance(dialog, HandOverDialog)
    dialog.assignee.setText("王主任")
    dialog.reason.setPlainText("换人")
    dialog.accept()
    assert _refused(dialog, ctx, rid, before)["assignee"] == "王主任已经是此诉求的责任人。"


def test_a_work_record_says_what_was_done_and_by_whom(page: RequestsPage, ctx: AppContext) -> None:
    rid = in_progress(ctx)
    dialog = open_step(page, ctx, rid, Action.RECORD_WORK)
    assert isinstance(dialog, RecordWorkDialog) and dialog.by.text() == "王主任"
    dialog.text.setPlainText("已联系供电所，明天更换灯泡")
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    last = detail(ctx, rid).events[-1]
    assert last.action is Action.RECORD_WORK and last.step.by == "王主任"
    assert isinstance(last.step.details, Note) and "供电所" in last.step.details.text


def test_an_empty_work_record_is_refused(
    page: RequestsPage, ctx: AppContext, zh_cn: list[QTranslator]
) -> None:
    rid = in_progress(ctx)
    before = actions(ctx, rid)
    dialog = open_step(page, ctx, rid, Action.RECORD_WORK)
    dialog.accept()
    assert _refused(dialog, ctx, rid, before)["text"] == "请填写办理情况。"


def test_an_extension_moves_the_time_limit(page: RequestsPage, ctx: AppContext) -> None:
    rid = in_progress(ctx)
    dialog = open_step(page, ctx, rid, Action.EXTEND)
    assert isinstance(dialog, ExtendDialog)
    dialog.new_due.setText("2024-07-31")
    dialog.reason.setPlainText("需等待灯杆到货")
    dialog.approved_by.setText("李书记")
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    shown = detail(ctx, rid)
    last = shown.events[-1].step.details
    assert isinstance(last, Extension) and last.approved_by == "李书记"
    assert shown.request.progress.extended_to is not None
    assert shown.request.progress.extended_to.date().isoformat() == "2024-08-01"


def test_an_extension_after_the_deadline_ran_out_is_refused(
    page: RequestsPage, ctx: AppContext, zh_cn: list[QTranslator]
) -> None:
    rid = in_progress(ctx, received_at="2024-05-01 09:00")
    before = actions(ctx, rid)
    dialog = open_step(page, ctx, rid, Action.EXTEND)
    assert isinstance(dialog, ExtendDialog)
    dialog.new_due.setText("2024-07-31")
    dialog.reason.setPlainText("需等待灯杆到货")
    dialog.approved_by.setText("李书记")
    dialog.accept()
    shown = _refused(dialog, ctx, rid, before)
    assert (
        shown["new_due"].startswith("办理时限（") and "延期须在时限届满前申请" in shown["new_due"]
    )
    assert detail(ctx, rid).request.progress.extended_to is None


def test_suspending_and_resuming_stop_and_start_the_clock(
    page: RequestsPage, ctx: AppContext
) -> None:
    rid = in_progress(ctx)
    suspend = open_step(page, ctx, rid, Action.SUSPEND)
    assert isinstance(suspend, SuspendDialog)
    suspend.reason.setPlainText("等待村民代表会议讨论")
    suspend.accept()
    assert suspend.saved is not None, suspend.errors.texts()
    assert detail(ctx, rid).request.state is RequestState.SUSPENDED
    assert Action.RESUME in page.allowed(detail(ctx, rid).request)

    resume = open_step(page, ctx, rid, Action.RESUME)
    assert isinstance(resume, ResumeDialog)
    resume.accept()
    assert resume.saved is not None, resume.errors.texts()
    assert actions(ctx, rid)[-2:] == [Action.SUSPEND, Action.RESUME]
    assert detail(ctx, rid).request.state is RequestState.IN_PROGRESS


def test_suspending_without_a_reason_is_refused(
    page: RequestsPage, ctx: AppContext, zh_cn: list[QTranslator]
) -> None:
    rid = in_progress(ctx)
    before = actions(ctx, rid)
    dialog = open_step(page, ctx, rid, Action.SUSPEND)
    dialog.accept()
    assert _refused(dialog, ctx, rid, before)["reason"] == "请填写原因。"


def test_resuming_dated_before_the_suspension_is_refused(
    page: RequestsPage, ctx: AppContext, zh_cn: list[QTranslator]
) -> None:
    rid = in_progress(ctx)
    suspend_request(
        ctx.store.uow_factory(), request_id=rid, reason="等待开会", clock=ContextClock(ctx)
    )
    before = actions(ctx, rid)
    dialog = open_step(page, ctx, rid, Action.RESUME)
    assert isinstance(dialog, ResumeDialog)
    dialog.at.setText("2024-06-14 11:00")
    dialog.accept()
    assert _refused(dialog, ctx, rid, before)["at"].startswith("时间早于此诉求上一步的时间")


def test_an_escalation_goes_to_the_township_and_its_reply_comes_back(
    page: RequestsPage, ctx: AppContext
) -> None:
    rid = in_progress(ctx)
    dialog = open_step(page, ctx, rid, Action.ESCALATE)
    assert isinstance(dialog, EscalateDialog)
    dialog.department.setText("镇城建办")
    dialog.text.setPlainText("请协调更换路灯")
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    assert detail(ctx, rid).request.state is RequestState.ESCALATED

    reply = open_step(page, ctx, rid, Action.ESCALATION_REPLY)
    assert isinstance(reply, EscalationReplyDialog)
    reply.text.setPlainText("已安排下周更换")
    reply.accept()
    assert reply.saved is not None, reply.errors.texts()
    shown = detail(ctx, rid)
    last = shown.events[-1].step.details
    assert isinstance(last, Escalation) and last.department == "镇城建办"
    assert shown.request.state is RequestState.IN_PROGRESS


def test_an_escalation_without_a_department_is_refused(
    page: RequestsPage, ctx: AppContext, zh_cn: list[QTranslator]
) -> None:
    rid = in_progress(ctx)
    before = actions(ctx, rid)
    dialog = open_step(page, ctx, rid, Action.ESCALATE)
    assert isinstance(dialog, EscalateDialog)
    dialog.text.setPlainText("请协调更换路灯")
    dialog.accept()
    assert _refused(dialog, ctx, rid, before)["department"] == "请填写上报的乡镇部门。"


def test_an_empty_township_reply_is_refused(
    page: RequestsPage, ctx: AppContext, zh_cn: list[QTranslator]
) -> None:
    rid = _escalated(ctx)
    before = actions(ctx, rid)
    dialog = open_step(page, ctx, rid, Action.ESCALATION_REPLY)
    dialog.accept()
    assert _refused(dialog, ctx, rid, before)["text"] == "请填写部门的答复。"
