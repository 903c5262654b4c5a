"""How long the station keeps the records of people who moved away (a setting in months, 0 =
for ever), and who is past it. There is no moved-away state of its own: a resident who left is
removed (作废) from the household, a member who left is transferred out (转出) of the roll; the
day counts from the removal or the transfer (a month-only transfer from the month's last day).
A person with a live record of the same ID number (still a resident, or on the roll) has not
left. The program never deletes anyone by itself: the 管理员 reviews the list."""

from __future__ import annotations

import calendar
from datetime import date

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.dates import PartialDate
from villagedesk.core.errors import ValidationError
from villagedesk.core.masking import mask_id_number
from villagedesk.core.privacy.model import MovedAwayRow, RetentionDue
from villagedesk.core.privacy.ports import PrivacyUnitOfWork
from villagedesk.core.requests.timing import local_now
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

DEFAULT_MONTHS = 36
MAX_MONTHS = 1200
"""A hundred years: more than any rule asks, and less than would overflow a date."""


def check_months(months: int) -> int:
    """``months`` when it is a setting (0 … 1200); ValidationError under ``months`` if not."""
    if not 0 <= months <= MAX_MONTHS:
        problem = QT_TRANSLATE_NOOP(
            "Privacy", "Give the months as a whole number from 0 (keep for ever) to {most}."
        )
        raise ValidationError({"months": [msg("Privacy", problem, most=MAX_MONTHS)]})
    return months


def add_months(day: date, months: int) -> date:
    """``day`` ``months`` later (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def left_on(since: str) -> date:
    """The day a stored ``since`` (ISO day or month, or a stamp) stands for."""
    found = PartialDate.from_iso(since[:10])
    if found.day is None:
        return date(found.year, found.month, calendar.monthrange(found.year, found.month)[1])
    return date(found.year, found.month, found.day)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Read the retention setting"))
def retention_months(uow: PrivacyUnitOfWork) -> int:
    """The setting (months; 0 keeps for ever); :data:`DEFAULT_MONTHS` until one is saved."""
    with uow.for_reading():
        kept = uow.privacy.retention_months()
    return DEFAULT_MONTHS if kept is None else kept


@service(
    Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Change the retention setting")
)
def set_retention_months(uow: PrivacyUnitOfWork, *, months: int) -> int:
    check_months(months)
    with uow:
        uow.privacy.set_retention_months(months)
        uow.commit()
    return months


def due_of(rows: list[MovedAwayRow], months: int, today: date) -> list[RetentionDue]:
    """The rows kept past ``months`` on ``today``, longest gone first (0: nobody)."""
    if months == 0:
        return []
    due: list[RetentionDue] = []
    for row in rows:
        gone = left_on(row.since)
        until = add_months(gone, months)
        if until <= today:
            due.append(RetentionDue(row.ref, row.name, mask_id_number(row.id_number), gone, until))
    return sorted(due, key=lambda d: (d.left_on, d.name))


@service(
    Action.CHANGE_SETTINGS,
    label=QT_TRANSLATE_NOOP("Services", "List the people kept past the retention setting"),
)
def retention_due(uow: PrivacyUnitOfWork, *, clock: Clock = SYSTEM_CLOCK) -> list[RetentionDue]:
    """The people who moved away longer ago than the setting, for the 管理员 to review."""
    with uow.for_reading():
        kept = uow.privacy.retention_months()
        rows = uow.privacy.moved_away()
    months = DEFAULT_MONTHS if kept is None else kept
    return due_of(rows, months, local_now(clock).date())
