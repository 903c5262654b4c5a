"""The 民情接待日 services: read and save the station's schedule, and tell the next reception day
with who is on duty (on the station's working-day calendar, so a holiday is skipped)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.calendar.ports import CalendarRepository
from villagedesk.core.calendar.station_calendar import station_table
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import ValidationError
from villagedesk.core.ports import Transaction
from villagedesk.core.requests.ports import ReceptionRepository
from villagedesk.core.requests.reception import ReceptionSchedule, check_schedule
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg, tidy


class ReceptionSource(Protocol):
    @property
    def reception(self) -> ReceptionRepository: ...


class ReceptionUnitOfWork(Transaction, Protocol):
    """What the reception services touch: the schedule and the calendar."""

    @property
    def requests(self) -> ReceptionSource: ...
    @property
    def calendar(self) -> CalendarRepository: ...


@dataclass(frozen=True)
class NextReception:
    """The next reception day (today included), who is on duty and where."""

    day: date
    on_duty: str
    place: str

    def is_today(self, today: date) -> bool:
        return self.day == today


def parse_month_days(text: str) -> frozenset[int]:
    """``4, 14, 24`` (commas, 、 or spaces) as days of the month; refused under ``month_days``."""
    parts = text.replace("，", " ").replace(",", " ").replace("、", " ").split()
    if all(p.isdigit() and 1 <= int(p) <= 31 for p in parts) and len(parts) <= 31:
        return frozenset(int(p) for p in parts)
    text = QT_TRANSLATE_NOOP(
        "Reception", "Write the days of the month as numbers from 1 to 31, e.g. 4, 14, 24."
    )
    raise ValidationError({"month_days": [msg("Reception", text)]})


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Read the reception schedule"))
def reception_schedule(uow: ReceptionUnitOfWork) -> ReceptionSchedule:
    with uow.for_reading():
        return uow.requests.reception.get()


@service(Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Save the reception schedule"))
def save_reception_schedule(
    uow: ReceptionUnitOfWork, *, schedule: ReceptionSchedule, today: date
) -> Saved:
    """Keep ``schedule`` (the roster's names tidied); refused as a whole with the reasons. A
    schedule without a first day starts ``today``: the roster's turn counts from there."""
    tidied = replace(
        schedule,
        starts=schedule.starts or today,
        roster=tuple(tidy(name) for name in schedule.roster if name.strip()),
        place=tidy(schedule.place),
    )
    check_schedule(tidied)
    with uow:
        uow.requests.reception.save(tidied)
        uow.commit()
    return Saved(0, Changes.of(Topic.REQUESTS))


def next_reception_in(
    schedule: ReceptionSchedule, calendar: CalendarRepository, today: date
) -> NextReception | None:
    """Inside a unit of work already open (the start page reads it with its counts)."""
    if schedule.empty:
        return None
    table = station_table(year for year, _source in calendar.stored_years())
    day = schedule.next_day(today, table)
    if day is None:
        return None
    return NextReception(day, schedule.on_duty(day, table), schedule.place)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Find the next reception day"))
def next_reception(uow: ReceptionUnitOfWork, *, today: date) -> NextReception | None:
    with uow.for_reading():
        return next_reception_in(uow.requests.reception.get(), uow.calendar, today)
