"""In-memory requests (``uow.requests``) and a calendar-day deadline calculator
(``uow.deadlines``) for the request services' tests. The working-day arithmetic itself is the
calendar's and is tested there."""

from __future__ import annotations

import builtins
import copy
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from types import TracebackType
from typing import Self

from tests.core.fakes import TEST_ACTOR, FakeDb, FakeMemberRepo, FakeOwners, FakeUnitOfWork
from tests.core.fakes_households import FakeHouseholdRepo
from tests.core.fakes_in_service import FakeInService
from villagedesk.core.accounts.model import Actor
from villagedesk.core.calendar.deadlines import Deadline
from villagedesk.core.households.resident import Resident
from villagedesk.core.requests.deadlines import ClockInputs, DeadlineKey
from villagedesk.core.requests.events import RequestEvent, Step
from villagedesk.core.requests.model import (
    Attachment,
    AttachmentValues,
    Requester,
    RequestLists,
    RequestType,
    RequestValues,
    Urgency,
)
from villagedesk.core.requests.reception import ReceptionSchedule
from villagedesk.core.requests.record import Request, RequestProgress, RequestQuery, matches
from villagedesk.core.requests.state import Action


@dataclass
class StoredRequest:
    number: str
    year: int
    serial: int
    values: RequestValues
    progress: RequestProgress
    co_requesters: list[Requester] = field(default_factory=list)
    station_code: str = ""


@dataclass
class RequestsState:
    rows: dict[int, StoredRequest] = field(default_factory=dict)
    events: list[RequestEvent] = field(default_factory=list)
    attachments: dict[int, Attachment] = field(default_factory=dict)
    lists: RequestLists = field(default_factory=RequestLists)
    reception: ReceptionSchedule = field(default_factory=ReceptionSchedule)
    #: Serials given and then lost (a request voided at the store); never given again.
    burnt: dict[int, int] = field(default_factory=dict)

    def restore(self, saved: RequestsState) -> None:
        self.__dict__.update(copy.deepcopy(saved.__dict__))


class FakeRecords:
    def __init__(self, state: RequestsState) -> None:
        self.s = state

    def add(
        self,
        number: str,
        year: int,
        sequence: int,
        values: RequestValues,
        progress: RequestProgress,
    ) -> int:
        new_id = max(self.s.rows, default=0) + 1
        self.s.rows[new_id] = StoredRequest(number, year, sequence, values, progress)
        return new_id

    def get(self, request_id: int) -> Request | None:
        row = self.s.rows.get(request_id)
        if row is None:
            return None
        files = tuple(a for a in self.s.attachments.values() if a.request_id == request_id)
        return Request(
            request_id,
            row.number,
            row.values,
            row.progress,
            files,
            tuple(row.co_requesters),
            row.station_code,
        )

    def find_by_number(self, number: str) -> Request | None:
        return next((self.get(i) for i, r in self.s.rows.items() if r.number == number), None)

    def max_sequence(self, year: int) -> int:
        given = [r.serial for r in self.s.rows.values() if r.year == year]
        return max([*given, self.s.burnt.get(year, 0)], default=0)

    def save_progress(self, request_id: int, progress: RequestProgress) -> None:
        self.s.rows[request_id].progress = progress

    def all(self) -> list[Request]:
        found = (self.get(i) for i in self.s.rows)
        return [r for r in found if r is not None]

    def list(self, query: RequestQuery) -> list[Request]:
        hits = [r for r in self.all() if matches(r, query)]
        return sorted(hits, key=lambda r: (r.values.received_at, r.id), reverse=True)

    def count(self, query: RequestQuery) -> int:
        return len(self.list(query))

    def received_between(self, first: date, last: date) -> builtins.list[Request]:
        return [r for r in self.all() if first <= r.values.received_at.date() <= last]

    def add_co_requester(self, request_id: int, requester: Requester, from_request_id: int) -> None:
        self.s.rows[request_id].co_requesters.append(requester)


class FakeHistory:
    def __init__(self, state: RequestsState) -> None:
        self.s = state

    def add_step(self, request_id: int, step: Step) -> int:
        new_id = len(self.s.events) + 1
        self.s.events.append(RequestEvent(new_id, request_id, step))
        return new_id

    def events(self, request_id: int) -> list[RequestEvent]:
        mine = [e for e in self.s.events if e.request_id == request_id]
        return sorted(mine, key=lambda e: (e.at, e.id))

    def events_of(
        self, request_ids: Iterable[int], actions: Collection[Action] | None = None
    ) -> dict[int, list[RequestEvent]]:
        return {
            i: [e for e in self.events(i) if actions is None or e.action in actions]
            for i in set(request_ids)
        }

    def add_attachment(
        self, request_id: int, values: AttachmentValues, *, event_id: int | None = None
    ) -> int:
        new_id = max(self.s.attachments, default=0) + 1
        self.s.attachments[new_id] = Attachment(new_id, request_id, values, event_id)
        return new_id

    def move_attachments(self, from_request_id: int, to_request_id: int) -> None:
        for key, a in list(self.s.attachments.items()):
            if a.request_id == from_request_id:
                self.s.attachments[key] = replace(a, request_id=to_request_id)


class FakeLists:
    def __init__(self, state: RequestsState) -> None:
        self.s = state

    def get(self) -> RequestLists:
        return self.s.lists

    def save(self, lists: RequestLists) -> None:
        self.s.lists = lists


class FakeReception:
    def __init__(self, state: RequestsState) -> None:
        self.s = state

    def get(self) -> ReceptionSchedule:
        return self.s.reception

    def save(self, schedule: ReceptionSchedule) -> None:
        self.s.reception = schedule


class FakeRequestRepos:
    def __init__(self, state: RequestsState) -> None:
        self.records = FakeRecords(state)
        self.history = FakeHistory(state)
        self.lists = FakeLists(state)
        self.reception = FakeReception(state)


class CalendarDayDeadlines:
    """The default time limits in hours and calendar days (no working days, no holidays): the
    day of receipt is not counted and a day limit is due at 00:00 after its last day; pauses
    add their length. Years after ``known_through`` are estimated. ``from_signing``: every
    limit counts from the first 签收. The rule a request keeps is ``"<amount> <unit>"``."""

    def __init__(self, *, from_signing: bool = False, known_through: int = 2026) -> None:
        self.from_signing = from_signing
        self.known_through = known_through
        self.asked: list[tuple[str, ClockInputs]] = []

    def rule_for(self, key: DeadlineKey) -> str:
        if key.urgency is Urgency.URGENT:
            return "2 hours"
        if key.essential_service:
            return "24 hours"
        if key.kind is RequestType.CONSULTATION:
            return "3 days"
        if key.kind in (RequestType.COMPLAINT, RequestType.SUGGESTION):
            return "15 days"
        return "15 days" if key.urgency is Urgency.COMPLEX else "7 days"

    def due(self, rule: str, inputs: ClockInputs) -> Deadline | None:
        self.asked.append((rule, inputs))
        start = inputs.signed_at if self.from_signing else inputs.received_at
        if start is None:
            return None
        amount, unit = rule.split()
        if unit == "hours":
            due = start + timedelta(hours=int(amount))
        else:
            due = datetime.combine(start.date() + timedelta(days=int(amount) + 1), time())
        due += sum((p.end - p.start for p in inputs.pauses), timedelta())
        return Deadline(due, due.date(), unit != "hours", due.year > self.known_through)


class _Residents:
    """Residents by id and ID number (what the request services look up)."""

    def __init__(self, db: FakeDb) -> None:
        self.db = db

    def get(self, resident_id: int) -> Resident | None:
        return self.db.households.residents.get(resident_id)

    def find_by_id_number(self, id_number: str) -> Resident | None:
        found = self.db.households.residents.values()
        return next((r for r in found if r.values.id_number == id_number and not r.voided), None)


class FakeRequestsUnitOfWork:
    """The station's fake unit of work (``FakeUnitOfWork``) with the requests and a deadline
    calculator; the requests' state is kept on commit and restored otherwise, like the rest."""

    def __init__(
        self,
        db: FakeDb,
        state: RequestsState | None = None,
        deadlines: CalendarDayDeadlines | None = None,
        *,
        actor: Actor = TEST_ACTOR,
    ) -> None:
        self.db = db
        self.actor = actor
        self.inner = FakeUnitOfWork(db, actor=actor)
        self.state = state or RequestsState()
        self.deadlines = deadlines or CalendarDayDeadlines()
        self.requests = FakeRequestRepos(self.state)
        self.residents = _Residents(db)
        self.members = FakeMemberRepo(db)
        self.households = FakeHouseholdRepo(db)
        self.in_service = FakeInService(db)
        self.station = db.station
        self.owners = FakeOwners(db)
        self._committed = False

    def for_reading(self) -> Self:
        return self

    def __enter__(self) -> Self:
        self.inner.__enter__()
        self._saved = copy.deepcopy(self.state)
        self._committed = False
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._committed:
            self.rollback()

    def commit(self) -> None:
        self._committed = True
        self.inner.commit()

    def rollback(self) -> None:
        self.inner.rollback()
        self.state.restore(self._saved)
