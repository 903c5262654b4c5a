"""The one write path of a request's history: load the request (this station's own), ask the
state table, check the step's time and fields all at once, then write the step, its
attachments and the new progress (with the deadline recounted where the step moves it) and
commit. A refusal writes nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action as Permission
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.clock import Clock
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.ownership import ensure_own_record
from villagedesk.core.requests.attachments import check_attachments
from villagedesk.core.requests.deadlines import clock_inputs
from villagedesk.core.requests.events import Details, RequestEvent, Step
from villagedesk.core.requests.history import advance
from villagedesk.core.requests.model import AttachmentDraft, AttachmentValues, RequestValues
from villagedesk.core.requests.moments import parse_moment
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.record import Request, RequestProgress
from villagedesk.core.requests.rules import Errors
from villagedesk.core.requests.state import Action, next_state
from villagedesk.core.requests.timing import display_moment, local_now
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg, tidy

CTX = "Request"
REQUEST_CHANGES = Changes.of(Topic.REQUESTS)
RECORD_TYPE = "requests"

#: Steps after which the round's deadline is counted again (unless a 延期 fixed it).
RECOUNT = frozenset({Action.SIGN, Action.RESUME, Action.ESCALATION_REPLY, Action.REOPEN})


@dataclass(frozen=True)
class StepContext:
    """What a step's checks see: the request, its history (oldest first), the time now and the
    step's time (now when the typed time was not readable)."""

    request: Request
    events: tuple[RequestEvent, ...]
    now: datetime
    at: datetime


#: Checks a step's fields against the request (problems into the errors) and builds its details.
Build = Callable[[StepContext, Errors], Details | None]
#: Steps that follow a written one on their own (the 重办 a follow-up triggers).
Then = Callable[[Request, Step], Sequence[Step]]


@service(Permission.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Load a request"))
def load_request(uow: RequestsUnitOfWork, request_id: int) -> Request:
    request = uow.requests.records.get(request_id)
    if request is None:
        raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("Request", "The request was not found.")))
    return request


@service(
    Permission.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "Check a request is this station's"),
)
def own_request(uow: RequestsUnitOfWork, request_id: int) -> Request:
    """A request of this station (a village's request is read-only at a township)."""
    request = load_request(uow, request_id)
    ensure_own_record(uow, RECORD_TYPE, request_id)
    return request


def check_order(
    request: Request, events: Sequence[RequestEvent], action: Action, at: datetime, errors: Errors
) -> None:
    """A step is not dated before the receipt, and (work records aside) not before the step
    it follows; a follow-up not before the reply."""
    p = request.progress
    last = max((e.at for e in events if e.action is not Action.RECORD_WORK), default=None)
    if action is Action.FOLLOW_UP and p.replied_at is not None and at < p.replied_at:
        problem = QT_TRANSLATE_NOOP(
            "Request",
            "The follow-up is dated before the reply ({time}); the requester is asked back after "
            "being answered.",
        )
        moment: datetime | None = p.replied_at
    elif at < request.values.received_at:
        problem = QT_TRANSLATE_NOOP("Request", "The time is before the request came in ({time}).")
        moment = request.values.received_at
    elif action is not Action.RECORD_WORK and last is not None and at < last:
        problem = QT_TRANSLATE_NOOP(
            "Request", "The time is before the request's last step ({time})."
        )
        moment = last
    else:
        return
    errors.setdefault("at", []).append(msg(CTX, problem, time=display_moment(moment)))


@service(
    Permission.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "Count a request's time limit again"),
)
def recount(
    uow: RequestsUnitOfWork,
    values: RequestValues,
    progress: RequestProgress,
    events: Sequence[RequestEvent],
) -> RequestProgress:
    """The progress with the current round's deadline counted again (an approved 延期 stands)."""
    if progress.extended_to is not None:
        return progress
    deadline = uow.deadlines.due(values.deadline_rule, clock_inputs(values, progress, events))
    if deadline is None:
        return replace(progress, due_at=None, due_estimated=False)
    return replace(progress, due_at=deadline.due_at, due_estimated=deadline.estimated)


@service(
    Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Write a checked request step")
)
def record_step(
    uow: RequestsUnitOfWork,
    request: Request,
    step: Step,
    attachments: Sequence[AttachmentValues] = (),
) -> Request:
    """Write ``step`` after the checks passed: the step, its attachments, the new progress."""
    history = uow.requests.history
    progress = advance(request.progress, step, request.values)
    event_id = history.add_step(request.id, step)
    for values in attachments:
        history.add_attachment(request.id, values, event_id=event_id)
    if step.action in RECOUNT:
        progress = recount(uow, request.values, progress, history.events(request.id))
    uow.requests.records.save_progress(request.id, progress)
    return replace(request, progress=progress)


@service(
    Permission.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Check and write a request step")
)
def write_step(
    uow: RequestsUnitOfWork,
    request_id: int,
    action: Action,
    *,
    at: str,
    by: str,
    build: Build,
    clock: Clock,
    errors: Errors | None = None,
    attachments: Sequence[AttachmentDraft] = (),
    then: Then | None = None,
) -> Saved:
    """Check and write one step of ``request_id``'s history (see the module's docstring).
    ``errors`` holds what the caller found in the fields already."""
    found: Errors = dict(errors or {})
    now = local_now(clock)
    moment = parse_moment(at, "at", found, today=now.date(), now=now)
    with uow:
        request = own_request(uow, request_id)
        next_state(request.state, action)
        events = tuple(uow.requests.history.events(request_id))
        if moment is not None:
            check_order(request, events, action, moment, found)
        details = build(StepContext(request, events, now, moment or now), found)
        files = check_attachments(attachments, found)
        if found:
            raise ValidationError(found)
        assert moment is not None and details is not None
        step = Step(action, moment, tidy(by), details)
        request = record_step(uow, request, step, files)
        for extra in then(request, step) if then is not None else ():
            request = record_step(uow, request, extra)
        uow.commit()
    return Saved(request_id, REQUEST_CHANGES)
