"""The steps the page offers on a request: 分派, 签收, 答复, 回访 and 销号, each a form over
its service (core/requests/handling.py and closing.py). The services check everything; their
refusals show under the fields and nothing is written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from villagedesk.core.requests.closing import close_request, follow_up, reply_request
from villagedesk.core.requests.events import Resolution, Satisfaction
from villagedesk.core.requests.handling import assign_request, sign_request
from villagedesk.core.requests.model import Handler
from villagedesk.core.requests.record import Request
from villagedesk.ui.forms.fields import note_label
from villagedesk.ui.requests.step_form import StepCall, StepDialog, names

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class AssignDialog(StepDialog):
    """分派: the one person responsible (责任人) and any helpers (协办人)."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Assign request"), parent)
        self.assignee = self.line(self.tr("Responsible:"), "assignee")
        self.helpers = self.line(self.tr("Helpers:"), "helpers")
        self.helpers.setPlaceholderText(self.tr("optional; several names separated by 、"))
        self.note = self.text_box(self.tr("Note:"), "note")
        self.finish()
        self.assignee.setFocus()

    def step(self) -> StepCall:
        rid, at, note = self.request.id, self.at.text(), self.note.toPlainText()
        assignee = Handler(self.assignee.text())
        helpers = [Handler(n) for n in names(self.helpers.text())]
        return lambda uow, clock: assign_request(
            uow, request_id=rid, assignee=assignee, helpers=helpers, note=note, at=at, clock=clock
        )


class SignDialog(StepDialog):
    """签收, by the person responsible (their name is filled in)."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Sign for the request"), parent)
        assignee = request.progress.assignee
        self.signer = self.line(
            self.tr("Signed by:"), "signer", assignee.name if assignee is not None else ""
        )
        self.finish()

    def step(self) -> StepCall:
        rid, at, signer = self.request.id, self.at.text(), Handler(self.signer.text())
        return lambda uow, clock: sign_request(
            uow, request_id=rid, signer=signer, at=at, clock=clock
        )


class ReplyDialog(StepDialog):
    """答复: what the requester was told, by whom, when."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Reply to the requester"), parent)
        self.text = self.text_box(self.tr("Reply:"), "text")
        assignee = request.progress.assignee
        self.by = self.line(self.tr("Replied by:"), "by", assignee.name if assignee else "")
        self.finish()
        self.text.setFocus()

    def step(self) -> StepCall:
        rid, at = self.request.id, self.at.text()
        text, by = self.text.toPlainText(), self.by.text()
        return lambda uow, clock: reply_request(
            uow, request_id=rid, text=text, by=by, at=at, clock=clock
        )


class FollowUpDialog(StepDialog):
    """回访: solved or not, how satisfied. 未解决 or 不满意 reopens the request (重办)."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Follow up with the requester"), parent)
        self.resolution = self.choice(self.tr("Solved?"), "resolution", Resolution)
        self.satisfaction = self.choice(self.tr("Satisfaction:"), "satisfaction", Satisfaction)
        self.note = self.text_box(self.tr("Note:"), "note")
        self.by = self.line(self.tr("Followed up by:"), "by")
        self.body_layout.addWidget(
            note_label(
                self.tr(
                    "“Not solved” or “Dissatisfied” sends the request back to be handled again."
                ),
                self.body,
            )
        )
        self.finish()

    def step(self) -> StepCall:
        rid, at, note, by = self.request.id, self.at.text(), self.note.toPlainText(), self.by.text()
        solved = str(self.resolution.currentData() or "")
        happy = str(self.satisfaction.currentData() or "")
        return lambda uow, clock: follow_up(
            uow,
            request_id=rid,
            resolution=solved,
            satisfaction=happy,
            note=note,
            by=by,
            at=at,
            clock=clock,
        )


class CloseDialog(StepDialog):
    """销号: after a follow-up that says 已解决, or with a statement why it cannot be solved
    that the station's head approved."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Close the request"), parent)
        self.body_layout.insertWidget(
            2,
            note_label(
                self.tr(
                    "A request is closed after a follow-up that says it is solved. A matter "
                    "outside the village's powers may be closed with a statement why it cannot "
                    "be solved, approved by the station's head."
                ),
                self.body,
            ),
        )
        self.statement = self.text_box(self.tr("Statement (if unsolvable):"), "statement")
        self.approved_by = self.line(self.tr("Approved by:"), "approved_by")
        self.by = self.line(self.tr("Closed by:"), "by")
        self.finish()

    def step(self) -> StepCall:
        rid, at, by = self.request.id, self.at.text(), self.by.text()
        statement, approver = self.statement.toPlainText(), self.approved_by.text()
        return lambda uow, clock: close_request(
            uow,
            request_id=rid,
            statement=statement,
            approved_by=approver,
            at=at,
            by=by,
            clock=clock,
        )
