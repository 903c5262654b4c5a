"""A stored request: its values as received and its progress, the summary of its history that
the register, the filters and the 三率 read without walking every step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from villagedesk.core.requests.events import RequestEvent, Resolution, Satisfaction
from villagedesk.core.requests.model import (
    Attachment,
    Handler,
    Requester,
    RequestType,
    RequestValues,
)
from villagedesk.core.requests.state import DEADLINE_STATES, OPEN, RequestState
from villagedesk.core.requests.timing import last_day
from villagedesk.core.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class RequestProgress:
    """Where a request stands. Written by the services after every step (the store keeps it in
    the request's row), recomputable from the history by :func:`history.replay` except for the
    deadline, which the deadline calculator gives.

    ``due_at`` is the current deadline (None while the rule counts from 签收 and nobody has
    signed); ``extended_to`` the approved 延期; ``signed_on_time`` / ``replied_on_time`` whether
    the first 签收 came within the response limit and the first 答复 by the deadline (None until
    they happen); ``resolution`` and ``satisfaction`` are the last follow-up's; ``round_start``
    the last 重办 (None: the round started at receipt); ``closed_at`` when it was closed,
    refused or merged; ``returned_at`` when the township's reply to a 上报 came back (cleared
    by the next 答复, 转派 or 上报)."""

    state: RequestState = RequestState.UNASSIGNED
    state_since: datetime | None = None
    assignee: Handler | None = None
    helpers: tuple[Handler, ...] = ()
    signed_at: datetime | None = None
    signed_on_time: bool | None = None
    due_at: datetime | None = None
    due_estimated: bool = False
    extended_to: datetime | None = None
    replied_at: datetime | None = None
    replied_on_time: bool | None = None
    followed_up_at: datetime | None = None
    resolution: Resolution | None = None
    satisfaction: Satisfaction | None = None
    reopened: int = 0
    round_start: datetime | None = None
    closed_at: datetime | None = None
    merged_into: int | None = None
    returned_at: datetime | None = None


@dataclass(frozen=True)
class Request:
    """A stored request. ``co_requesters`` came with requests merged into it; ``attachments``
    are the request's own and those of its steps."""

    id: int
    number: str
    values: RequestValues
    progress: RequestProgress
    attachments: tuple[Attachment, ...] = ()
    co_requesters: tuple[Requester, ...] = ()
    station_code: str = ""

    @property
    def state(self) -> RequestState:
        return self.progress.state


@dataclass(frozen=True)
class RequestDetail:
    """One request with its whole history, oldest step first (the 民情办理单)."""

    request: Request
    events: tuple[RequestEvent, ...]


class DueFilter(StrEnum):
    TODAY = "today"
    OVERDUE = "overdue"

    @property
    def label(self) -> str:
        return _DUE_LABELS[self]


_DUE_LABELS = {
    DueFilter.TODAY: QT_TRANSLATE_NOOP("Enum", "Due today"),
    DueFilter.OVERDUE: QT_TRANSLATE_NOOP("Enum", "Overdue"),
}


@dataclass(frozen=True)
class RequestQuery:
    """The request list's filters, all of them at once (empty: no filter). ``assignee`` is
    "mine"; ``due`` is judged at ``now`` (the service passes it); dates bound the receipt day,
    both inclusive."""

    assignee: Handler | None = None
    unassigned: bool = False
    due: DueFilter | None = None
    awaiting_follow_up: bool = False
    reopened: bool = False
    returned: bool = False
    """Open requests the township's reply to a 上报 returned to the village (乡镇已答复)."""
    open_only: bool = False
    """Only requests not yet closed, refused or merged."""
    state: RequestState | None = None
    channel: str = ""
    kind: RequestType | None = None
    category: str = ""
    household_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None
    ids: frozenset[int] | None = None
    """Only these requests (the ones behind a figure); None: any."""
    now: datetime | None = None


def is_overdue(progress: RequestProgress, now: datetime) -> bool:
    """Past its deadline while still held against it (suspended requests are not)."""
    return (
        progress.state in DEADLINE_STATES and progress.due_at is not None and progress.due_at < now
    )


def is_due_today(progress: RequestProgress, now: datetime) -> bool:
    """Held against a deadline that falls later today."""
    return (
        progress.state in DEADLINE_STATES
        and progress.due_at is not None
        and last_day(progress.due_at) == now.date()
        and progress.due_at >= now
    )


def matches(request: Request, query: RequestQuery) -> bool:
    """Whether ``request`` passes every filter of ``query`` (the in-memory reading of the
    query; the store answers the same question in SQL)."""
    p, v = request.progress, request.values
    now = query.now or datetime.max
    checks = (
        query.assignee is None
        or (p.assignee is not None and p.assignee.same_person(query.assignee)),
        not query.unassigned or p.state is RequestState.UNASSIGNED,
        query.due is not DueFilter.TODAY or is_due_today(p, now),
        query.due is not DueFilter.OVERDUE or is_overdue(p, now),
        not query.awaiting_follow_up or p.state is RequestState.AWAITING_FOLLOW_UP,
        not query.reopened or p.reopened > 0,
        not query.returned or (p.returned_at is not None and p.state in OPEN),
        not query.open_only or p.state in OPEN,
        query.state is None or p.state is query.state,
        not query.channel or v.channel == query.channel,
        query.kind is None or v.kind is query.kind,
        not query.category or v.category == query.category,
        query.household_id is None or v.household_id == query.household_id,
        query.received_from is None or v.received_at.date() >= query.received_from,
        query.received_to is None or v.received_at.date() <= query.received_to,
        query.ids is None or request.id in query.ids,
    )
    return all(checks)
