"""The rows of a 民情台账 export: any filtered request list (``RequestQuery``) as the cell texts of
``REQUEST_TEMPLATE``, in the words the request import reads back (core.importing.request_words),
so that exporting and importing the same file finds every request unchanged.

The requester's phone, and any phone or ID number the free texts hold, are masked by the
station's masking policy (core.masking), as on the printed 民情台账: an exported list is handed
around. Nothing else is masked; the 编号 finds each request again on import.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action as Permission
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.importing.request_words import (
    ANONYMOUS_TEXT,
    REQUEST_TYPE_TEXT,
    URGENCY_TEXT,
    first_word,
)
from villagedesk.core.importing.template import REQUEST_TEMPLATE
from villagedesk.core.masking import MaskPolicy, MaskPolicyRepository, mask_phone, mask_text
from villagedesk.core.requests.events import Closing, Note, Refusal, RequestEvent
from villagedesk.core.requests.model import RequesterKind
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.record import Request, RequestQuery
from villagedesk.core.requests.register import due_value, fmt_due
from villagedesk.core.requests.services import list_requests
from villagedesk.core.requests.state import Action, RequestState
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate

KEYS: tuple[str, ...] = tuple(f.key for f in REQUEST_TEMPLATE)
MOMENT = "%Y-%m-%d %H:%M"


class RequestExportUnitOfWork(RequestsUnitOfWork, Protocol):
    @property
    def mask_policy(self) -> MaskPolicyRepository: ...


@dataclass(frozen=True)
class ExportedRequests:
    """The requests of a list, each with its history, and the policy they are masked by."""

    policy: MaskPolicy
    requests: tuple[tuple[Request, tuple[RequestEvent, ...]], ...]

    def __len__(self) -> int:
        return len(self.requests)


@service(Permission.EXPORT_PERSONAL, label=QT_TRANSLATE_NOOP("Services", "Export the requests"))
def exported_requests(
    uow: RequestExportUnitOfWork, *, query: RequestQuery, clock: Clock = SYSTEM_CLOCK
) -> ExportedRequests:
    """The requests ``query`` finds (as ``list_requests`` does), oldest receipt first."""
    found = list_requests(uow, query=query, clock=clock)
    found.sort(key=lambda r: (r.values.received_at, r.number))
    with uow.for_reading():
        policy = uow.mask_policy.get()
        events = [(r, tuple(uow.requests.history.events(r.id))) for r in found]
    return ExportedRequests(policy, tuple(events))


def _outcome(events: Sequence[RequestEvent], translate: Translate) -> str:
    """办理结果: the last reply, else why it was refused, else the closing's statement."""
    for event in reversed(events):
        details = event.step.details
        if event.action is Action.REPLY and isinstance(details, Note):
            return details.text
        if event.action is Action.REFUSE and isinstance(details, Refusal):
            ground = translate("Enum", details.ground.label)
            return f"{ground}：{details.reason}" if details.reason else ground
    for event in reversed(events):
        if event.action is Action.CLOSE and isinstance(event.step.details, Closing):
            return event.step.details.statement
    return ""


def request_cells(
    request: Request, events: Sequence[RequestEvent], policy: MaskPolicy, translate: Translate
) -> tuple[str, ...]:
    """One request's cells, in the order of :data:`KEYS`."""
    v, p = request.values, request.progress
    who = v.requester
    known = [who.phone, *(c.phone for c in request.co_requesters)]

    def public(text: str) -> str:
        return mask_text(text, policy, known)

    closed = p.closed_at if p.state is RequestState.CLOSED else None
    due = p.extended_to or p.due_at
    cells = {
        "number": request.number,
        "received_at": v.received_at.strftime(MOMENT),
        "channel": v.channel,
        "ticket": v.ticket,
        "name": ANONYMOUS_TEXT if who.kind is RequesterKind.ANONYMOUS else public(who.name),
        "phone": mask_phone(who.phone, policy),
        "kind": first_word(REQUEST_TYPE_TEXT, v.kind),
        "category": v.category,
        "urgency": first_word(URGENCY_TEXT, v.urgency),
        "content": public(v.content),
        "place": public(v.place),
        "received_by": v.received_by,
        "state": translate("Enum", p.state.label),
        "assignee": p.assignee.name if p.assignee else "",
        "due": fmt_due(due_value(due, p.due_estimated and p.extended_to is None), translate),
        "outcome": public(_outcome(events, translate)),
        "follow_up": translate("Enum", p.resolution.label) if p.resolution else "",
        "satisfaction": translate("Enum", p.satisfaction.label) if p.satisfaction else "",
        "closed_on": f"{closed:%Y-%m-%d}" if closed else "",
    }
    return tuple(cells[k] for k in KEYS)
