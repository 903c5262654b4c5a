"""The start page (工作台): what needs doing today, counted, with the list behind each count.

Every tile is a :class:`RequestQuery` (a dispute tile a :class:`DisputeQuery`), so the count
and the list it opens are the same question (the store answers both in SQL). A new station that has no members yet also gets its first
three steps; the next 民情接待日 and who is on duty come from the station's schedule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.calendar.ports import CalendarRepository
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.disputes.ladder import running_out_by
from villagedesk.core.disputes.model import WarningLevel
from villagedesk.core.disputes.record import DisputeQuery
from villagedesk.core.disputes.state import OPEN
from villagedesk.core.ports import Transaction
from villagedesk.core.requests.ports import ReceptionRepository, RequestRecords
from villagedesk.core.requests.reception import RECEPTION_CHANNEL
from villagedesk.core.requests.reception_days import NextReception, next_reception_in
from villagedesk.core.requests.record import DueFilter, RequestQuery
from villagedesk.core.requests.state import RequestState
from villagedesk.core.requests.timing import local_now
from villagedesk.core.station import Station
from villagedesk.core.text import QT_TRANSLATE_NOOP


class Tile(StrEnum):
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    AWAITING_SIGNATURE = "awaiting_signature"
    AWAITING_FOLLOW_UP = "awaiting_follow_up"
    REOPENED = "reopened"
    RETURNED = "returned"

    @property
    def label(self) -> str:
        return _LABELS[self]

    def query(self) -> RequestQuery:
        """The requests the tile counts and opens."""
        return _QUERIES[self]


_LABELS = {
    Tile.DUE_TODAY: QT_TRANSLATE_NOOP("Workbench", "Due today"),
    Tile.OVERDUE: QT_TRANSLATE_NOOP("Workbench", "Overdue"),
    Tile.AWAITING_SIGNATURE: QT_TRANSLATE_NOOP("Workbench", "Awaiting signature"),
    Tile.AWAITING_FOLLOW_UP: QT_TRANSLATE_NOOP("Workbench", "Awaiting follow-up"),
    Tile.REOPENED: QT_TRANSLATE_NOOP("Workbench", "Reopened"),
    Tile.RETURNED: QT_TRANSLATE_NOOP("Workbench", "Returned by the township"),
}

_QUERIES = {
    Tile.DUE_TODAY: RequestQuery(due=DueFilter.TODAY),
    Tile.OVERDUE: RequestQuery(due=DueFilter.OVERDUE),
    Tile.AWAITING_SIGNATURE: RequestQuery(state=RequestState.AWAITING_SIGNATURE),
    Tile.AWAITING_FOLLOW_UP: RequestQuery(awaiting_follow_up=True),
    Tile.REOPENED: RequestQuery(reopened=True, open_only=True),
    Tile.RETURNED: RequestQuery(returned=True),
}


class DisputeTile(StrEnum):
    """The 矛盾纠纷 tiles: open 红 and 橙 disputes, levels whose time runs out, agreements
    awaiting their 回访."""

    RED = "red"
    ORANGE = "orange"
    LEVEL_DUE = "level_due"
    AWAITING_FOLLOW_UP = "awaiting_follow_up"

    @property
    def label(self) -> str:
        return _DISPUTE_LABELS[self]

    def query(self, today: date) -> DisputeQuery:
        """The disputes the tile counts and opens, on ``today``."""
        if self is DisputeTile.RED:
            return DisputeQuery(states=OPEN, levels=frozenset({WarningLevel.RED}))
        if self is DisputeTile.ORANGE:
            return DisputeQuery(states=OPEN, levels=frozenset({WarningLevel.ORANGE}))
        if self is DisputeTile.LEVEL_DUE:
            return DisputeQuery(level_due_by=running_out_by(today))
        return DisputeQuery(awaiting_follow_up_on=today)


_DISPUTE_LABELS = {
    DisputeTile.RED: QT_TRANSLATE_NOOP("Workbench", "Red disputes"),
    DisputeTile.ORANGE: QT_TRANSLATE_NOOP("Workbench", "Orange disputes"),
    DisputeTile.LEVEL_DUE: QT_TRANSLATE_NOOP("Workbench", "Level time running out"),
    DisputeTile.AWAITING_FOLLOW_UP: QT_TRANSLATE_NOOP("Workbench", "Agreements awaiting follow-up"),
}


class DisputeCounter(Protocol):
    def count(self, query: DisputeQuery) -> int: ...


class CountedDisputes(Protocol):
    @property
    def records(self) -> DisputeCounter: ...


class CountedRequests(Protocol):
    @property
    def records(self) -> RequestRecords: ...
    @property
    def reception(self) -> ReceptionRepository: ...


class StationSource(Protocol):
    def get(self) -> Station | None: ...


class MemberCount(Protocol):
    def any_live(self) -> bool: ...


class WorkbenchUnitOfWork(Transaction, Protocol):
    @property
    def requests(self) -> CountedRequests: ...
    @property
    def calendar(self) -> CalendarRepository: ...
    @property
    def station(self) -> StationSource: ...
    @property
    def members(self) -> MemberCount: ...
    @property
    def disputes(self) -> CountedDisputes: ...


@dataclass(frozen=True)
class FirstSteps:
    """A new station's first steps (fill in the station, add members, print the cards): shown
    until the station has members."""

    station_filled: bool
    members_added: bool


@dataclass(frozen=True)
class Workbench:
    counts: Mapping[Tile, int]
    reception: NextReception | None
    first_steps: FirstSteps | None
    """None once the station is set up and has members."""
    visitors_today: int = 0
    """The requests recorded today on the channel 民情接待日 (the day's visits)."""
    disputes: Mapping[DisputeTile, int] = field(default_factory=dict)
    """The 矛盾纠纷 tiles' counts."""


def visitors_query(today: date) -> RequestQuery:
    """The visits of a reception day: requests on its channel received that day."""
    return RequestQuery(channel=RECEPTION_CHANNEL, received_from=today, received_to=today)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Show the workbench"))
def workbench(uow: WorkbenchUnitOfWork, *, clock: Clock = SYSTEM_CLOCK) -> Workbench:
    """The start page's figures, judged now (due today and overdue), in one read."""
    now = local_now(clock)
    with uow.for_reading():
        records = uow.requests.records
        counts = {tile: records.count(replace(tile.query(), now=now)) for tile in Tile}
        reception = next_reception_in(uow.requests.reception.get(), uow.calendar, now.date())
        visitors = records.count(visitors_query(now.date()))
        counter = uow.disputes.records
        disputes = {tile: counter.count(tile.query(now.date())) for tile in DisputeTile}
        station = uow.station.get()
        members = uow.members.any_live()
    steps = None
    if station is None or not members:
        steps = FirstSteps(station_filled=station is not None, members_added=members)
    return Workbench(counts, reception, steps, visitors, disputes)
