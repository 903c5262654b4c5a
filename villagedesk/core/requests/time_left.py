"""The time left of a request held against its deadline, as the 民情诉求 page shows it beside the
deadline (``剩 3 个工作日``, ``剩 2 小时``, ``超期 1 天``) and colours it: red once overdue, amber
when due by the end of the next working day. Judged on the station's working-day calendar at the
moment the list is read; the register's column (``register.TIME_LEFT_COLUMN``) renders it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.calendar.holidays import HolidayTable
from villagedesk.core.calendar.ports import CalendarRepository
from villagedesk.core.calendar.station_calendar import station_table
from villagedesk.core.calendar.working_days import count_working_days, next_working_day
from villagedesk.core.ports import Transaction
from villagedesk.core.requests.record import RequestProgress
from villagedesk.core.requests.state import DEADLINE_STATES
from villagedesk.core.requests.timing import last_day
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, Translate, msg


@dataclass(frozen=True)
class TimeLeft:
    """How long a request held against its deadline has left (``剩 3 个工作日``, ``剩 2 小时``) or
    how long it is overdue (``超期 1 天``); ``soon`` when it is due by the end of the next
    working day (shown amber), ``overdue`` once the deadline passed (red)."""

    text: Message
    overdue: bool
    soon: bool


_HOUR = timedelta(hours=1)
_LEFT_HOURS = QT_TRANSLATE_NOOP("Columns", "{count} h left")
_LEFT_WORKING_DAYS = QT_TRANSLATE_NOOP("Columns", "{count} working days left")
_LEFT_DAYS = QT_TRANSLATE_NOOP("Columns", "{count} days left")
_OVER_HOURS = QT_TRANSLATE_NOOP("Columns", "{count} h overdue")
_OVER_DAYS = QT_TRANSLATE_NOOP("Columns", "{count} days overdue")


def _hours(span: timedelta) -> int:
    return max(1, math.ceil(span / _HOUR))


def time_left(progress: RequestProgress, now: datetime, table: HolidayTable) -> TimeLeft | None:
    """The time left of a request held against its deadline (None when it is not: closed,
    suspended, escalated, or counting from a 签收 not yet given). Less than a day is told in
    hours; more in working days left on ``table``, or in calendar days when none is left
    before the deadline (a calendar-day limit ending on an off day); overdue in hours on the
    day it ran out, then in days."""
    due = progress.extended_to or progress.due_at
    if progress.state not in DEADLINE_STATES or due is None:
        return None
    if due <= now:
        days = (now.date() - last_day(due)).days
        if days <= 0:
            return TimeLeft(msg("Columns", _OVER_HOURS, count=_hours(now - due)), True, False)
        return TimeLeft(msg("Columns", _OVER_DAYS, count=days), True, False)
    soon = due <= datetime.combine(next_working_day(table, now.date()).day, time()) + timedelta(
        days=1
    )
    if due - now < timedelta(days=1):
        return TimeLeft(msg("Columns", _LEFT_HOURS, count=_hours(due - now)), False, soon)
    working = count_working_days(table, now.date(), last_day(due)).days
    if working > 0:
        return TimeLeft(msg("Columns", _LEFT_WORKING_DAYS, count=working), False, soon)
    days = (last_day(due) - now.date()).days
    return TimeLeft(msg("Columns", _LEFT_DAYS, count=days), False, soon)


def fmt_message(value: object, translate: Translate) -> str:
    """A value kept as a :class:`Message` (the time left), rendered."""
    return value.render(translate) if isinstance(value, Message) else str(value or "")


class CalendarUnitOfWork(Transaction, Protocol):
    @property
    def calendar(self) -> CalendarRepository: ...


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Read the working-day calendar")
)
def working_calendar(uow: CalendarUnitOfWork) -> HolidayTable:
    """The station's working-day calendar: the bundled years and those it added."""
    with uow.for_reading():
        return station_table(year for year, _source in uow.calendar.stored_years())
