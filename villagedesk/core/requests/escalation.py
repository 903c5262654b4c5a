"""上报 (吹哨): a request the village cannot solve alone goes to a township department, and the
department's reply is recorded when it comes back (by hand, or from the township's receipt)."""

from __future__ import annotations

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action as Permission
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.requests.events import Escalation
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.rules import MAX_CONTENT, Errors, check_text
from villagedesk.core.requests.state import Action
from villagedesk.core.requests.steps import StepContext, write_step
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

CTX = "Request"


@service(
    Permission.WRITE_RECORDS,
    label=QT_TRANSLATE_NOOP("Services", "Escalate a request to the township"),
)
def escalate_request(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    department: str,
    text: str,
    at: str = "",
    by: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """上报 (吹哨) to a township department: what the village asks of it."""
    errors: Errors = {}
    to = check_text(
        department,
        "department",
        errors,
        required=msg(CTX, QT_TRANSLATE_NOOP("Request", "Name the township department.")),
        limit=40,
    )
    what = check_text(
        text,
        "text",
        errors,
        required=msg(CTX, QT_TRANSLATE_NOOP("Request", "Write what the township is asked to do.")),
        limit=MAX_CONTENT,
    )
    return write_step(
        uow,
        request_id,
        Action.ESCALATE,
        at=at,
        by=by,
        build=lambda c, e: Escalation(to, what),
        clock=clock,
        errors=errors,
    )


@service(
    Permission.WRITE_RECORDS,
    label=QT_TRANSLATE_NOOP("Services", "Record the township's reply to an escalation"),
)
def record_escalation_reply(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    text: str,
    at: str = "",
    by: str = "",
    department: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """The township department's reply to the 上报: handling goes on at the village. The
    department is the one escalated to unless ``department`` names another (the township's
    receipt says which department answered)."""
    errors: Errors = {}
    what = check_text(
        text,
        "text",
        errors,
        required=msg(CTX, QT_TRANSLATE_NOOP("Request", "Write the department's reply.")),
        limit=MAX_CONTENT,
    )

    def build(ctx: StepContext, found: Errors) -> Escalation:
        sent = [e.step.details for e in ctx.events if e.action is Action.ESCALATE]
        to = sent[-1].department if sent and isinstance(sent[-1], Escalation) else ""
        return Escalation(department.strip()[:40] or to, what)

    return write_step(
        uow,
        request_id,
        Action.ESCALATION_REPLY,
        at=at,
        by=by,
        build=build,
        clock=clock,
        errors=errors,
    )
