"""Ending a request: 答复 (what the requester was told), 回访 (solved? satisfied?) with its
automatic 重办, 销号 (问题不解决不销号), 不予受理, and a 重办 asked for by hand."""

from __future__ import annotations

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action as Permission
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.requests.events import (
    Closing,
    FollowUp,
    Note,
    Refusal,
    RefusalGround,
    Resolution,
    Satisfaction,
    Step,
)
from villagedesk.core.requests.guards import check_closing
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.record import Request
from villagedesk.core.requests.rules import MAX_CONTENT, Errors, check_text, give_reason
from villagedesk.core.requests.state import Action
from villagedesk.core.requests.steps import StepContext, write_step
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg, tidy

CTX = "Request"


@service(Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Reply to a requester"))
def reply_request(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    text: str,
    by: str,
    at: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """答复: what the requester was told, when, by whom. The request then awaits its 回访."""
    errors: Errors = {}
    what = check_text(
        text,
        "text",
        errors,
        required=msg(CTX, QT_TRANSLATE_NOOP("Request", "Write what the requester was told.")),
        limit=MAX_CONTENT,
    )
    who = tidy(by)
    if not who:
        errors["by"] = [msg(CTX, QT_TRANSLATE_NOOP("Request", "Name who replied."))]
    return write_step(
        uow,
        request_id,
        Action.REPLY,
        at=at,
        by=who,
        build=lambda c, e: Note(what),
        clock=clock,
        errors=errors,
    )


def _reopen_after(request: Request, step: Step) -> list[Step]:
    """A follow-up saying 未解决 or 不满意 reopens the request (重办) at once."""
    details = step.details
    if isinstance(details, FollowUp) and details.reopens:
        return [Step(Action.REOPEN, step.at, step.by, Note("", automatic=True))]
    return []


@service(Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Follow up a request"))
def follow_up(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    resolution: str,
    satisfaction: str,
    note: str = "",
    by: str = "",
    at: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """回访 after the reply (dated after it): solved or not, how satisfied. 未解决 or 不满意
    reopens the request automatically and counts the reopening."""
    errors: Errors = {}
    solved: Resolution | None = None
    happy: Satisfaction | None = None
    try:
        solved = Resolution(resolution.strip())
    except ValueError:
        errors["resolution"] = [
            msg(CTX, QT_TRANSLATE_NOOP("Request", "Say whether the matter was solved."))
        ]
    try:
        happy = Satisfaction(satisfaction.strip())
    except ValueError:
        errors["satisfaction"] = [
            msg(CTX, QT_TRANSLATE_NOOP("Request", "Say how satisfied the requester is."))
        ]
    text = check_text(note, "note", errors, required=None)

    def build(ctx: StepContext, found: Errors) -> FollowUp | None:
        return FollowUp(solved, happy, text) if solved and happy else None

    return write_step(
        uow,
        request_id,
        Action.FOLLOW_UP,
        at=at,
        by=by,
        build=build,
        clock=clock,
        errors=errors,
        then=_reopen_after,
    )


@service(Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Close a request"))
def close_request(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    statement: str = "",
    approved_by: str = "",
    at: str = "",
    by: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """销号: after a follow-up that says 已解决, or with a 无法解决说明 (``statement``) approved by
    the station's head (``approved_by``) for a matter outside the village's powers."""
    errors: Errors = {}
    text = check_text(statement, "statement", errors, required=None, limit=MAX_CONTENT)
    approver = tidy(approved_by)

    def build(ctx: StepContext, found: Errors) -> Closing:
        check_closing(ctx.request, text, approver, found)
        return Closing(text, approver if text else "")

    return write_step(
        uow, request_id, Action.CLOSE, at=at, by=by, build=build, clock=clock, errors=errors
    )


@service(Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Refuse a request"))
def refuse_request(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    ground: str,
    reason: str,
    at: str = "",
    by: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """不予受理 on one of the stated grounds (in litigation, arbitration or 信访; outside the
    station's remit; …), with the reason in words."""
    errors: Errors = {}
    found_ground: RefusalGround | None = None
    try:
        found_ground = RefusalGround(ground.strip())
    except ValueError:
        errors["ground"] = [
            msg(CTX, QT_TRANSLATE_NOOP("Request", "Choose the grounds for not accepting it."))
        ]
    why = check_text(reason, "reason", errors, required=give_reason(), limit=MAX_CONTENT)

    def build(ctx: StepContext, found: Errors) -> Refusal | None:
        return Refusal(found_ground, why) if found_ground else None

    return write_step(
        uow, request_id, Action.REFUSE, at=at, by=by, build=build, clock=clock, errors=errors
    )


@service(Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Reopen a request"))
def reopen_request(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    reason: str,
    at: str = "",
    by: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """重办 by hand, with the reason (after a reply, a follow-up, or a 销号): counted, and the
    deadline is counted anew."""
    errors: Errors = {}
    why = check_text(reason, "reason", errors, required=give_reason())
    return write_step(
        uow,
        request_id,
        Action.REOPEN,
        at=at,
        by=by,
        build=lambda c, e: Note(why),
        clock=clock,
        errors=errors,
    )
