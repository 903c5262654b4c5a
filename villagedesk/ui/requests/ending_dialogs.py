"""The steps that end a request's round another way: 不予受理 on a stated ground, 重办 asked for by
hand, and 合并 into another request chosen by its 编号 (core/requests/closing.py and
merging.py). The services check everything; a refusal shows under its field and nothing is
written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QWidget

from villagedesk.core.clock import Clock
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.requests.closing import refuse_request, reopen_request
from villagedesk.core.requests.events import RefusalGround
from villagedesk.core.requests.merging import merge_requests
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.record import Request, RequestQuery
from villagedesk.core.requests.services import find_request, list_requests
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.ui.forms.fields import note_label
from villagedesk.ui.requests.step_form import StepCall, StepDialog

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

CTX = "MergeDialog"
_NO_NUMBER = QT_TRANSLATE_NOOP("MergeDialog", "Enter the number of the request to merge into.")


class RefuseDialog(StepDialog):
    """不予受理: one of the stated grounds, and the reason in words."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Do not accept the request"), parent)
        self.ground = self.choice(self.tr("Grounds:"), "ground", RefusalGround)
        self.reason = self.text_box(self.tr("Reason:"), "reason")
        self.finish()
        self.ground.setFocus()

    def step(self) -> StepCall:
        rid, at, reason = self.request.id, self.at.text(), self.reason.toPlainText()
        ground = str(self.ground.currentData() or "")
        return lambda uow, clock: refuse_request(
            uow, request_id=rid, ground=ground, reason=reason, at=at, clock=clock
        )


class ReopenDialog(StepDialog):
    """重办 by hand, with the reason: handled again, counted, with a new time limit."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Reopen the request"), parent)
        self.reason = self.text_box(self.tr("Reason:"), "reason")
        self.finish()
        self.reason.setFocus()

    def step(self) -> StepCall:
        rid, at, reason = self.request.id, self.at.text(), self.reason.toPlainText()
        return lambda uow, clock: reopen_request(
            uow, request_id=rid, reason=reason, at=at, clock=clock
        )


def merge_by_number(
    uow: RequestsUnitOfWork, clock: Clock, *, request_id: int, number: str, at: str
) -> Saved:
    """合并 into the request numbered ``number``; an unknown number is refused under ``into``."""
    if not "".join(number.split()):
        raise ValidationError({"into": [msg(CTX, _NO_NUMBER)]})
    try:
        into = find_request(uow, number=number).request.id
    except NotFound as error:
        raise ValidationError({"into": [error.message]}) from error
    return merge_requests(uow, request_id=request_id, into_id=into, at=at, clock=clock)


class MergeDialog(StepDialog):
    """合并: this request closes, merged into another open one about the same matter; its
    requester and attachments move there, and both show the link."""

    def __init__(self, ctx: AppContext, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(ctx, request, self.tr("Merge into another request"), parent)
        self.into = self.line(self.tr("Merge into (number):"), "into")
        self.into.setPlaceholderText(self.tr("e.g. DHC-2026-0012"))
        self.into.setCompleter(self._completer(ctx))
        self.body_layout.addWidget(
            note_label(
                self.tr(
                    "This request is closed as merged; its requester and attachments move to "
                    "the other request."
                ),
                self.body,
            )
        )
        self.finish()
        self.into.setFocus()

    def _completer(self, ctx: AppContext) -> QCompleter:
        """The other open requests' numbers, offered as the number is typed."""
        found = list_requests(ctx.store.uow_factory(), query=RequestQuery(open_only=True))
        numbers = [r.number for r in found if r.id != self.request.id]
        completer = QCompleter(numbers, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return completer

    def step(self) -> StepCall:
        rid, at, number = self.request.id, self.at.text(), self.into.text()
        return lambda uow, clock: merge_by_number(uow, clock, request_id=rid, number=number, at=at)
