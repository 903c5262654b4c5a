"""Working-day arithmetic (工作日) on the station's holiday table.

Counting follows 民法典 第201条: the day one counts from is never counted itself, the count
starts on the next day. Every result says whether it leaned on a year the table does not hold
(``estimated``, shown as 估算): such a year is counted on weekends alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from villagedesk.core.calendar.holidays import HolidayTable

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class DayResult:
    """A day found by counting, and whether a year outside the table was crossed."""

    day: date
    estimated: bool


@dataclass(frozen=True)
class DayCount:
    """A number of working days, and whether a year outside the table was crossed."""

    days: int
    estimated: bool


def spans_unknown_year(table: HolidayTable, first: date, last: date) -> bool:
    """True when a day in ``[first, last]`` (none when ``first > last``) lies in a year the
    table does not hold."""
    if first > last:
        return False
    return any(not table.knows(year) for year in range(first.year, last.year + 1))


def next_working_day(table: HolidayTable, day: date) -> DayResult:
    """The first working day after ``day``."""
    return working_day_on_or_after(table, day + ONE_DAY)


def working_day_on_or_after(table: HolidayTable, day: date) -> DayResult:
    """``day`` itself when it is worked, else the next working day (民法典 第203条)."""
    found = day
    while not table.is_working_day(found):
        found += ONE_DAY
    return DayResult(found, spans_unknown_year(table, day, found))


def add_working_days(table: HolidayTable, start: date, count: int) -> DayResult:
    """The ``count``-th working day after ``start`` (``start`` is not counted; 0 gives
    ``start`` back). ``count`` may not be negative."""
    if count < 0:
        raise ValueError("count must not be negative")
    found, left = start, count
    while left:
        found += ONE_DAY
        if table.is_working_day(found):
            left -= 1
    return DayResult(found, spans_unknown_year(table, start + ONE_DAY, found))


def _weekdays_before(day: date) -> int:
    """Monday-to-Friday days from 0001-01-01 (a Monday) up to, not including, ``day``."""
    weeks, rest = divmod(day.toordinal() - 1, 7)
    return weeks * 5 + min(rest, 5)


def count_working_days(table: HolidayTable, start: date, end: date) -> DayCount:
    """Working days in ``(start, end]``: how many :func:`add_working_days` needs from
    ``start`` to reach ``end``. Negative when ``end`` is before ``start``."""
    if end < start:
        back = count_working_days(table, end, start)
        return DayCount(-back.days, back.estimated)
    days = _weekdays_before(end + ONE_DAY) - _weekdays_before(start + ONE_DAY)
    for named in table.entries_between(start, end):
        weekday = named.day.weekday() < 5
        if named.off and weekday:
            days -= 1
        elif not named.off and not weekday:
            days += 1
    return DayCount(days, spans_unknown_year(table, start + ONE_DAY, end))
