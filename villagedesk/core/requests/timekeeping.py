"""The steps that move a request's deadline (接诉即办): 延期 (a later deadline, approved, asked
for before the old one ran out) and 挂起 / 恢复 (the clock stands still in between)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action as Permission
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.dates import PartialDate
from villagedesk.core.requests.events import Extension, Note
from villagedesk.core.requests.guards import check_extension
from villagedesk.core.requests.moments import parse_moment_text
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.rules import Errors, check_text, give_reason
from villagedesk.core.requests.state import Action
from villagedesk.core.requests.steps import StepContext, write_step
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg, tidy

CTX = "Request"


def parse_deadline(text: str, errors: Errors) -> datetime | None:
    """A new deadline: a time, or a day (due at its end, 00:00 of the next day)."""
    moment = parse_moment_text(text)
    if moment is None:
        try:
            day = PartialDate.parse(text)
            end = day.first_day() + timedelta(days=1) if day.day else None
            moment = datetime.combine(end, time()) if end else None
        except ValueError:
            moment = None
    if moment is None:
        errors.setdefault("new_due", []).append(
            msg(CTX, QT_TRANSLATE_NOOP("Request", "Enter the new deadline, like 2026-05-30."))
        )
    return moment


@service(
    Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Extend a request's time limit")
)
def extend_deadline(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    new_due: str,
    reason: str,
    approved_by: str,
    at: str = "",
    by: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """延期: a later deadline with the reason and who approved it, asked for (``at``) before
    the current deadline ran out."""
    errors: Errors = {}
    due = parse_deadline(new_due, errors)
    why = check_text(reason, "reason", errors, required=give_reason())
    approver = tidy(approved_by)
    if not approver:
        errors["approved_by"] = [
            msg(CTX, QT_TRANSLATE_NOOP("Request", "Name who approved the extension."))
        ]

    def build(ctx: StepContext, found: Errors) -> Extension | None:
        if due is None:
            return None
        check_extension(ctx.request, ctx.at, due, found)
        return Extension(due, why, approver)

    return write_step(
        uow, request_id, Action.EXTEND, at=at, by=by, build=build, clock=clock, errors=errors
    )


def _note_step(
    uow: RequestsUnitOfWork,
    action: Action,
    request_id: int,
    text: str,
    *,
    required: Message | None,
    at: str,
    by: str,
    clock: Clock,
) -> Saved:
    errors: Errors = {}
    note = check_text(text, "reason", errors, required=required)
    return write_step(
        uow,
        request_id,
        action,
        at=at,
        by=by,
        build=lambda c, e: Note(note),
        clock=clock,
        errors=errors,
    )


@service(Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Suspend a request"))
def suspend_request(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    reason: str,
    at: str = "",
    by: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """挂起, with the reason: the clock stops until it is resumed."""
    return _note_step(
        uow, Action.SUSPEND, request_id, reason, required=give_reason(), at=at, by=by, clock=clock
    )


@service(Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Resume a request"))
def resume_request(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    reason: str = "",
    at: str = "",
    by: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """恢复: handling goes on; the deadline moves by the time it stood still."""
    return _note_step(
        uow, Action.RESUME, request_id, reason, required=None, at=at, by=by, clock=clock
    )
