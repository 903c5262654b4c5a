"""Deadlines (办理时限): a time limit run from a start, on the holiday table, with a clock that
stops.

- **Hours** run from the minute of receipt (民法典 第201条, second sentence), round the clock:
  an emergency does not wait for Monday.
- **Calendar days** and **working days** follow 第201条: the day of receipt is not counted, the
  count starts on the next day, and the deadline is the end of the last day (24:00, 第203条).
  A calendar-day limit whose last day is off moves to the next working day (第203条), so a day
  limit never ends on an off day.
- **The clock stops** in the intervals it is given (挂起 until 恢复, or any state the rule
  names). An hour limit is lengthened by the stopped time. A day limit does not count a day the
  clock enters stopped (stopped at 00:00): like the day of receipt, the day of resumption is not
  counted. :func:`stopped_intervals` turns a request's state history into those intervals.

All times are the station's wall-clock time (naive ``datetime``, China has one zone and no
summer time); the caller converts stored UTC stamps.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from villagedesk.core.calendar.holidays import HolidayTable
from villagedesk.core.calendar.working_days import ONE_DAY, next_working_day, spans_unknown_year
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, Translate, msg

C = "Calendar"
MAX_AMOUNT = 1000
ESTIMATED = QT_TRANSLATE_NOOP("Calendar", "estimated")
"""估算: the mark of a deadline counted on a year the holiday table does not hold."""


class LimitUnit(StrEnum):
    HOURS = "hours"
    CALENDAR_DAYS = "calendar_days"
    WORKING_DAYS = "working_days"


_LIMIT_TEXTS = {
    LimitUnit.HOURS: QT_TRANSLATE_NOOP("Calendar", "{amount} hours"),
    LimitUnit.CALENDAR_DAYS: QT_TRANSLATE_NOOP("Calendar", "{amount} days"),
    LimitUnit.WORKING_DAYS: QT_TRANSLATE_NOOP("Calendar", "{amount} working days"),
}


@dataclass(frozen=True)
class TimeLimit:
    """How long a request may take: ``amount`` hours, calendar days or working days."""

    amount: int
    unit: LimitUnit

    def __post_init__(self) -> None:
        amount = self.amount
        if isinstance(amount, bool) or not isinstance(amount, int) or not 1 <= amount <= MAX_AMOUNT:
            raise ValueError(f"a time limit is a whole number from 1 to {MAX_AMOUNT}")

    def label(self) -> Message:
        return msg(C, _LIMIT_TEXTS[self.unit], amount=self.amount)


@dataclass(frozen=True)
class Suspension:
    """An interval ``[start, end)`` during which the clock stood still."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        _require_naive(self.start, self.end)
        if self.end < self.start:
            raise ValueError("a suspension ends before it starts")


@dataclass(frozen=True)
class Deadline:
    """When the time runs out. ``due_at`` is the instant (for day limits 00:00 after the last
    day); ``last_day`` the day to show; ``whole_days`` says to show the day alone, without the
    time; ``estimated`` that a year outside the holiday table was counted (估算)."""

    due_at: datetime
    last_day: date
    whole_days: bool
    estimated: bool

    def iso(self) -> str:
        """``2026-10-08`` for a day limit, ``2026-09-25T12:00`` for an hour limit."""
        if self.whole_days:
            return self.last_day.isoformat()
        return self.due_at.isoformat(timespec="minutes")

    def display(self, translate: Translate) -> str:
        """The deadline as shown and printed (a register column's formatter): ``2026-10-08``,
        ``2026-09-25 12:00``, with 估算 where it is estimated."""
        shown = self.iso().replace("T", " ")
        if not self.estimated:
            return shown
        return msg(C, QT_TRANSLATE_NOOP("Calendar", "{due} (estimated)"), due=shown).render(
            translate
        )

    def is_overdue(self, now: datetime) -> bool:
        return now >= self.due_at

    def time_left(self, now: datetime) -> timedelta:
        """Negative once overdue."""
        return self.due_at - now

    def is_due_soon(self, now: datetime, table: HolidayTable) -> bool:
        """Not yet overdue, and due by the end of the next working day after today."""
        day = next_working_day(table, now.date()).day
        return now < self.due_at <= _midnight(day + ONE_DAY)


def _require_naive(*moments: datetime) -> None:
    if any(m.tzinfo is not None for m in moments):
        raise ValueError("deadlines work on the station's wall-clock time (naive datetimes)")


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _ordered(stops: Iterable[Suspension]) -> list[Suspension]:
    return sorted((s for s in stops if s.end > s.start), key=lambda s: s.start)


def _run_clock(start: datetime, length: timedelta, stops: Sequence[Suspension]) -> datetime:
    """The instant ``length`` of running time has passed since ``start``."""
    at, left = start, length
    for stop in stops:
        if stop.end <= at:
            continue
        begin = max(stop.start, at)
        if begin >= at + left:
            break
        left -= begin - at
        at = stop.end
    return at + left


def _stopped_at(moment: datetime, stops: Sequence[Suspension]) -> bool:
    return any(s.start <= moment < s.end for s in stops)


def _counts(day: date, unit: LimitUnit, table: HolidayTable, stops: Sequence[Suspension]) -> bool:
    if unit is LimitUnit.WORKING_DAYS and not table.is_working_day(day):
        return False
    return not _stopped_at(_midnight(day), stops)


def _day_deadline(
    limit: TimeLimit, start: datetime, table: HolidayTable, stops: Sequence[Suspension]
) -> Deadline:
    day, left = start.date(), limit.amount
    while left:
        day += ONE_DAY
        if _counts(day, limit.unit, table, stops):
            left -= 1
    consulted_from = start.date() + ONE_DAY
    if limit.unit is LimitUnit.CALENDAR_DAYS:
        consulted_from = day
        while not (table.is_working_day(day) and _counts(day, limit.unit, table, stops)):
            day += ONE_DAY
    estimated = spans_unknown_year(table, consulted_from, day)
    return Deadline(_midnight(day + ONE_DAY), day, whole_days=True, estimated=estimated)


def compute_deadline(
    limit: TimeLimit,
    start: datetime,
    table: HolidayTable,
    suspensions: Iterable[Suspension] = (),
) -> Deadline:
    """The deadline of ``limit`` counted from ``start`` (受理 or 签收, as the rule says), the
    clock standing still during ``suspensions``."""
    _require_naive(start)
    stops = _ordered(suspensions)
    if limit.unit is LimitUnit.HOURS:
        due = _run_clock(start, timedelta(hours=limit.amount), stops)
        return Deadline(due, due.date(), whole_days=False, estimated=False)
    return _day_deadline(limit, start, table, stops)


def stopped_intervals(
    history: Iterable[tuple[datetime, str]], stop_states: Collection[str], now: datetime
) -> tuple[Suspension, ...]:
    """The intervals a request spent in ``stop_states``. ``history`` is each state the request
    entered, with the time, in time order; a stop that lasts still ends ``now`` (so the deadline
    shown moves on while the request is 挂起)."""
    _require_naive(now)
    stops: list[Suspension] = []
    stopped_since: datetime | None = None
    for at, state in history:
        if stopped_since is not None and state not in stop_states:
            stops.append(Suspension(stopped_since, max(at, stopped_since)))
            stopped_since = None
        elif stopped_since is None and state in stop_states:
            stopped_since = at
    if stopped_since is not None:
        stops.append(Suspension(stopped_since, max(now, stopped_since)))
    return tuple(stops)
