"""合并: two requests about the same matter become one. The merged request closes; its
requesters and attachments move to the one it went into; both histories show the link."""

from __future__ import annotations

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action as Permission
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.errors import ValidationError
from villagedesk.core.requests.events import MergeLink, Step
from villagedesk.core.requests.moments import parse_moment
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.record import Request
from villagedesk.core.requests.rules import Errors
from villagedesk.core.requests.state import TERMINAL, Action, next_state
from villagedesk.core.requests.steps import REQUEST_CHANGES, check_order, own_request, record_step
from villagedesk.core.requests.timing import local_now
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg, tidy

CTX = "Request"


def _target(uow: RequestsUnitOfWork, source: Request, into_id: int, errors: Errors) -> Request:
    """The request ``source`` may go into: another open one of this station."""
    if into_id == source.id:
        text = QT_TRANSLATE_NOOP("Request", "A request cannot be merged into itself.")
        raise ValidationError({"into": [msg(CTX, text)]})
    target = own_request(uow, into_id)
    if target.state in TERMINAL:
        errors.setdefault("into", []).append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Request",
                    "{number} is “{state}”; a request can only be merged into one still open.",
                ),
                number=target.number,
                state=msg("Enum", target.state.label),
            )
        )
    return target


@service(Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Merge two requests"))
def merge_requests(
    uow: RequestsUnitOfWork,
    *,
    request_id: int,
    into_id: int,
    at: str = "",
    by: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Saved:
    """Merge request ``request_id`` into ``into_id`` (both open, both this station's). The
    saved id is the request that stays."""
    errors: Errors = {}
    now = local_now(clock)
    moment = parse_moment(at, "at", errors, today=now.date(), now=now)
    with uow:
        source = own_request(uow, request_id)
        next_state(source.state, Action.MERGE)
        target = _target(uow, source, into_id, errors)
        history = uow.requests.history
        if moment is not None:
            check_order(source, history.events(source.id), Action.MERGE, moment, errors)
            check_order(target, history.events(target.id), Action.MERGE_IN, moment, errors)
        if errors:
            raise ValidationError(errors)
        assert moment is not None
        who = tidy(by)
        requester = source.values.requester
        into = MergeLink(target.id, target.number)
        record_step(uow, source, Step(Action.MERGE, moment, who, into))
        came_in = MergeLink(source.id, source.number, requester)
        record_step(uow, target, Step(Action.MERGE_IN, moment, who, came_in))
        for person in (requester, *source.co_requesters):
            uow.requests.records.add_co_requester(target.id, person, source.id)
        history.move_attachments(source.id, target.id)
        uow.commit()
    return Saved(target.id, REQUEST_CHANGES)
