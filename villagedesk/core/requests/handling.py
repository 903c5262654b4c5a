"""Handling a request (问题到人): assign it to one person, who signs for it; hand it on;
record the work done. Each verb checks its fields, the state table and the step's rules, and
writes one step (``steps.write_step``). Times are typed (``YYYY-MM-DD HH:MM``, empty: now) and
refused under ``at``."""

from __future__ import annotations

from collections.abc import Sequence

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action as Permission
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.requests.events import Assignment, Note, Signing
from villagedesk.core.requests.guards import check_handlers, check_signer
from villagedesk.core.requests.model import AttachmentDraft, Handler
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.rules import MAX_CONTENT, Errors, check_text, give_reason
from villagedesk.core.requests.state import Action
from villagedesk.core.requests.steps import StepContext, write_step
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Request"


def write_text() -> Message:
    return msg(CTX, QT_TRANSLATE_NOOP("Request", "Write what was done."))


@service(Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Assign a request"))
def assign_request(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    assignee: Handler,
    helpers: Sequence[Handler] = (),
    note: str = "",
    at: str = "",
    by: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """分派: one person responsible (责任人), helpers (协办人) optional; they sign next."""
    errors: Errors = {}
    main, others = check_handlers(assignee, helpers, errors)
    text = check_text(note, "note", errors, required=None)
    details = Assignment(main, others, text)
    return write_step(
        uow,
        request_id,
        Action.ASSIGN,
        at=at,
        by=by,
        build=lambda c, e: details,
        clock=clock,
        errors=errors,
    )


@service(Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Sign for a request"))
def sign_request(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    signer: Handler,
    at: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """签收, by the person responsible only (refused under ``signer`` for anyone else)."""

    def build(ctx: StepContext, errors: Errors) -> Signing:
        check_signer(ctx.request, signer, errors)
        return Signing(signer)

    return write_step(uow, request_id, Action.SIGN, at=at, by=signer.name, build=build, clock=clock)


@service(Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Hand a request on"))
def hand_over(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    assignee: Handler,
    reason: str,
    helpers: Sequence[Handler] = (),
    at: str = "",
    by: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """转派: another person becomes responsible, with the reason; they sign for it anew."""
    errors: Errors = {}
    main, others = check_handlers(assignee, helpers, errors)
    why = check_text(reason, "reason", errors, required=give_reason())

    def build(ctx: StepContext, found: Errors) -> Assignment:
        current = ctx.request.progress.assignee
        if current is not None and current.same_person(main):
            found.setdefault("assignee", []).append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP("Request", "{name} is already responsible for it."),
                    name=main.name,
                )
            )
        return Assignment(main, others, why)

    return write_step(
        uow, request_id, Action.HAND_OVER, at=at, by=by, build=build, clock=clock, errors=errors
    )


@service(Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Record work on a request"))
def record_work(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    text: str,
    by: str = "",
    at: str = "",
    attachments: Sequence[AttachmentDraft] = (),
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """办理记录: what was done, by whom, when, with photos."""
    errors: Errors = {}
    what = check_text(text, "text", errors, required=write_text(), limit=MAX_CONTENT)
    return write_step(
        uow,
        request_id,
        Action.RECORD_WORK,
        at=at,
        by=by,
        build=lambda c, e: Note(what),
        clock=clock,
        errors=errors,
        attachments=attachments,
    )
