"""民情接待日: the station's reception schedule and its duty roster.

A schedule names weekdays (every Monday) and days of the month (逢四说事: the 4th, 14th and 24th);
a day that is both counts once. A reception day that falls on a day off (a weekend or a holiday
of the calendar) is skipped unless the station says it receives on days off too. The roster is
taken in turn, one person per reception day, counted from the schedule's first day.

The visits of a reception day are requests with the channel 民情接待日 received that day, so
turning a visit into a request is one step and nothing is kept twice.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from villagedesk.core.calendar.holidays import HolidayTable
from villagedesk.core.errors import ValidationError
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

C = "Reception"
RECEPTION_CHANNEL = "民情接待日"
LOOK_AHEAD_DAYS = 400
MAX_ROSTER = 60
MAX_NAME = 20


@dataclass(frozen=True)
class ReceptionSchedule:
    weekdays: frozenset[int] = frozenset()
    """0 (Monday) … 6 (Sunday)."""
    month_days: frozenset[int] = frozenset()
    """1 … 31; a day a month lacks is skipped that month."""
    roster: tuple[str, ...] = ()
    starts: date | None = None
    """The first reception day counted for the roster; None: the rotation starts from 2000-01-01."""
    on_days_off: bool = False
    place: str = field(default="")

    @property
    def empty(self) -> bool:
        return not self.weekdays and not self.month_days

    def scheduled(self, day: date, table: HolidayTable) -> bool:
        """Whether ``day`` is a reception day."""
        if self.starts is not None and day < self.starts:
            return False
        if day.weekday() not in self.weekdays and day.day not in self.month_days:
            return False
        return self.on_days_off or table.is_working_day(day)

    def next_day(self, today: date, table: HolidayTable) -> date | None:
        """The first reception day on or after ``today`` (None: none within a year)."""
        if self.empty:
            return None
        for offset in range(LOOK_AHEAD_DAYS):
            day = today + timedelta(days=offset)
            if self.scheduled(day, table):
                return day
        return None

    def on_duty(self, day: date, table: HolidayTable) -> str:
        """Who is on duty on reception day ``day`` ("" with no roster)."""
        if not self.roster:
            return ""
        first = self.starts or date(2000, 1, 1)
        count = sum(
            1
            for offset in range((day - first).days)
            if self.scheduled(first + timedelta(days=offset), table)
        )
        return self.roster[count % len(self.roster)]

    def to_json(self) -> str:
        return json.dumps(
            {
                "weekdays": sorted(self.weekdays),
                "month_days": sorted(self.month_days),
                "roster": list(self.roster),
                "starts": self.starts.isoformat() if self.starts else None,
                "on_days_off": self.on_days_off,
                "place": self.place,
            },
            ensure_ascii=False,
        )


def _numbers(value: object, low: int, high: int) -> frozenset[int]:
    if not isinstance(value, list) or not all(
        isinstance(n, int) and not isinstance(n, bool) and low <= n <= high for n in value
    ):
        raise ValueError("numbers")
    return frozenset(value)


def schedule_from_data(data: Mapping[str, object]) -> ReceptionSchedule:
    """Inverse of :meth:`ReceptionSchedule.to_json`'s data; ValueError on anything off."""
    roster = data.get("roster", [])
    if not isinstance(roster, list) or not all(isinstance(n, str) for n in roster):
        raise ValueError("roster")
    starts = data.get("starts")
    place = data.get("place", "")
    return ReceptionSchedule(
        weekdays=_numbers(data.get("weekdays", []), 0, 6),
        month_days=_numbers(data.get("month_days", []), 1, 31),
        roster=tuple(roster),
        starts=date.fromisoformat(starts) if isinstance(starts, str) else None,
        on_days_off=bool(data.get("on_days_off", False)),
        place=place if isinstance(place, str) else "",
    )


def check_schedule(schedule: ReceptionSchedule) -> None:
    """Every problem at once (ValidationError), the empty schedule (none kept) allowed."""
    problems: dict[str, list[Message]] = {}
    names = [n.strip() for n in schedule.roster]
    if len(names) > MAX_ROSTER:
        text = QT_TRANSLATE_NOOP("Reception", "The roster holds at most {most} people.")
        problems["roster"] = [msg(C, text, most=MAX_ROSTER)]
    elif any(not n or len(n) > MAX_NAME for n in names):
        text = QT_TRANSLATE_NOOP(
            "Reception", "Every name on the roster needs 1 to {most} characters."
        )
        problems["roster"] = [msg(C, text, most=MAX_NAME)]
    if schedule.roster and schedule.empty:
        text = QT_TRANSLATE_NOOP("Reception", "Choose the weekdays or days of the month first.")
        problems["days"] = [msg(C, text)]
    if problems:
        raise ValidationError(problems)
