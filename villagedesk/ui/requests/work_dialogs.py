"""The steps of working a request: 转派, 办理记录 (with photos), 延期, 挂起 / 恢复, 上报 (吹哨) and
the township department's reply. Each is a form over its service (core/requests/handling.py,
timekeeping.py, escalation.py), which checks everything; a refusal shows under its field and
nothing is written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from villagedesk.core.requests.escalation import escalate_request, record_escalation_reply
from villagedesk.core.requests.handling import hand_over, record_work
from villagedesk.core.requests.model import Handler
from villagedesk.core.requests.record import Request
from villagedesk.core.requests.timekeeping import extend_deadline, resume_request, suspend_request
from villagedesk.core.requests.timing import display_due
from villagedesk.ui.forms.fields import note_label
from villagedesk.ui.requests.attachment_field import AttachmentField
from villagedesk.ui.requests.step_form import StepCall, StepDialog, names

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class HandOverDialog(StepDialog):
    """转派: another person becomes responsible (and signs for it anew), with the reason."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Hand the request over"), parent)
        self.assignee = self.line(self.tr("New responsible:"), "assignee")
        self.helpers = self.line(self.tr("Helpers:"), "helpers")
        self.helpers.setPlaceholderText(self.tr("optional; several names separated by 、"))
        self.reason = self.text_box(self.tr("Reason:"), "reason")
        self.finish()
        self.assignee.setFocus()

    def step(self) -> StepCall:
        rid, at, reason = self.request.id, self.at.text(), self.reason.toPlainText()
        assignee = Handler(self.assignee.text())
        helpers = [Handler(n) for n in names(self.helpers.text())]
        return lambda uow, clock: hand_over(
            uow,
            request_id=rid,
            assignee=assignee,
            helpers=helpers,
            reason=reason,
            at=at,
            clock=clock,
        )


class RecordWorkDialog(StepDialog):
    """办理记录: what was done, by whom, when, with photos or scans."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Record the work done"), parent)
        self.text = self.text_box(self.tr("What was done:"), "text")
        assignee = request.progress.assignee
        self.by = self.line(self.tr("Done by:"), "by", assignee.name if assignee else "")
        self.attachments = AttachmentField(
            self.errors, self.tr("Photos:"), self.body, folder=request.number
        )
        self.finish()
        self.text.setFocus()

    def step(self) -> StepCall:
        rid, at, text, by = self.request.id, self.at.text(), self.text.toPlainText(), self.by.text()
        attach = self.attachments.attach(self._ctx.data_dir)
        return lambda uow, clock: attach(
            lambda files: record_work(
                uow, request_id=rid, text=text, by=by, at=at, attachments=files, clock=clock
            )
        )


class ExtendDialog(StepDialog):
    """延期: a later deadline, why, and who approved it, asked for before the deadline ran out."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Extend the time limit"), parent)
        due = request.progress.extended_to or request.progress.due_at
        if due is not None:
            current = self.tr("Current time limit: {due}").format(due=display_due(due))
            self.body_layout.insertWidget(2, note_label(current, self.body))
        self.new_due = self.line(self.tr("New time limit:"), "new_due")
        self.new_due.setPlaceholderText(self.tr("2026-05-30"))
        self.reason = self.text_box(self.tr("Reason:"), "reason")
        self.approved_by = self.line(self.tr("Approved by:"), "approved_by")
        self.finish()
        self.new_due.setFocus()

    def step(self) -> StepCall:
        rid, at, new_due = self.request.id, self.at.text(), self.new_due.text()
        reason, approver = self.reason.toPlainText(), self.approved_by.text()
        return lambda uow, clock: extend_deadline(
            uow,
            request_id=rid,
            new_due=new_due,
            reason=reason,
            approved_by=approver,
            at=at,
            clock=clock,
        )


class SuspendDialog(StepDialog):
    """挂起, with the reason: the clock stands still until the request is resumed."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Suspend the request"), parent)
        self.reason = self.text_box(self.tr("Reason:"), "reason")
        self.body_layout.addWidget(
            note_label(self.tr("The time limit does not run while it is suspended."), self.body)
        )
        self.finish()
        self.reason.setFocus()

    def step(self) -> StepCall:
        rid, at, reason = self.request.id, self.at.text(), self.reason.toPlainText()
        return lambda uow, clock: suspend_request(
            uow, request_id=rid, reason=reason, at=at, clock=clock
        )


class ResumeDialog(StepDialog):
    """恢复: handling goes on; the time limit moves by the time it stood still."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Resume the request"), parent)
        self.reason = self.text_box(self.tr("Note:"), "reason")
        self.reason.setPlaceholderText(self.tr("optional"))
        self.finish()

    def step(self) -> StepCall:
        rid, at, reason = self.request.id, self.at.text(), self.reason.toPlainText()
        return lambda uow, clock: resume_request(
            uow, request_id=rid, reason=reason, at=at, clock=clock
        )


class EscalateDialog(StepDialog):
    """上报 (吹哨): the township department and what it is asked to do."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Escalate to the township"), parent)
        self.department = self.line(self.tr("Department:"), "department")
        self.text = self.text_box(self.tr("What is asked:"), "text")
        self.finish()
        self.department.setFocus()

    def step(self) -> StepCall:
        rid, at = self.request.id, self.at.text()
        department, text = self.department.text(), self.text.toPlainText()
        return lambda uow, clock: escalate_request(
            uow, request_id=rid, department=department, text=text, at=at, clock=clock
        )


class EscalationReplyDialog(StepDialog):
    """The township department's reply to the 上报; handling goes on at the village."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Record the township's reply"), parent)
        self.text = self.text_box(self.tr("Department's reply:"), "text")
        self.finish()
        self.text.setFocus()

    def step(self) -> StepCall:
        rid, at, text = self.request.id, self.at.text(), self.text.toPlainText()
        return lambda uow, clock: record_escalation_reply(
            uow, request_id=rid, text=text, at=at, clock=clock
        )
