"""Adding a year to the station's holiday table (``calendar import``, a township's receipt), and
reading one year back (``calendar show``).

A deadline counted in a year the table did not hold is an estimate (估算, weekends only). Once
the year is added, every open request whose deadline was estimated is counted again on the new
table, and the service says how many deadlines changed; a deadline counted on a known year never
moves (a rule change or a new notice applies to what is still estimated only).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.calendar.document import HolidayDay, HolidayYear, read_holiday_document
from villagedesk.core.calendar.holidays import bundled_table
from villagedesk.core.calendar.ports import CalendarRepository, YearSource
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.record import RequestQuery
from villagedesk.core.requests.steps import REQUEST_CHANGES, recount
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP


class CalendarYearsUnitOfWork(RequestsUnitOfWork, Protocol):
    """The request services' unit of work with the station's calendar."""

    @property
    def calendar(self) -> CalendarRepository: ...


@dataclass(frozen=True)
class YearImported:
    """What adding a year did: ``changed`` open requests had an estimated deadline that is now
    counted on the year's notice (``moved`` of them to another time), ``replaced`` when the
    station's table held the year already (bundled or added before)."""

    year: int
    changed: int
    moved: int
    replaced: bool
    saved: Saved


@dataclass(frozen=True)
class CalendarYear:
    """One year as ``calendar show`` tells it: where it comes from (None: the table lacks it,
    so deadlines in it are estimated) and the days its notice names."""

    year: int
    source: YearSource | None
    days: tuple[HolidayDay, ...]

    @property
    def off_days(self) -> tuple[HolidayDay, ...]:
        return tuple(d for d in self.days if d.off)

    @property
    def working_days(self) -> tuple[HolidayDay, ...]:
        """The make-up working days (调休上班)."""
        return tuple(d for d in self.days if not d.off)


def _recount_estimated(uow: CalendarYearsUnitOfWork) -> tuple[int, int]:
    """Count every open request's estimated deadline again; (changed, moved)."""
    records, history = uow.requests.records, uow.requests.history
    station = uow.station.get()
    own = station.code if station is not None else ""
    changed = moved = 0
    for request in records.list(RequestQuery(open_only=True)):
        before = request.progress
        theirs = bool(request.station_code and own and request.station_code != own)
        if theirs or not before.due_estimated or before.extended_to is not None:
            continue  # a village's request at the township is counted by the village
        after = recount(uow, request.values, before, history.events(request.id))
        if after == before:
            continue
        records.save_progress(request.id, after)
        changed += 1
        moved += after.due_at != before.due_at
    return changed, moved


@service(
    Action.CHANGE_SETTINGS,
    label=QT_TRANSLATE_NOOP("Services", "Add a year to the working-day calendar"),
)
def import_calendar_year(
    uow: CalendarYearsUnitOfWork,
    document: str | bytes,
    *,
    source: YearSource = YearSource.FILE,
) -> YearImported:
    """Add the holiday-cn ``document`` (read with every check; ValidationError under ``file``,
    nothing written) to the station's table, replacing an earlier notice of that year, and
    count the estimated deadlines again."""
    year: HolidayYear = read_holiday_document(document)
    with uow:
        replaced = bundled_table().knows(year.year) or any(
            stored.year == year.year for stored, _source in uow.calendar.stored_years()
        )
        uow.calendar.save_year(year, source)
        changed, moved = _recount_estimated(uow)
        uow.commit()
    return YearImported(year.year, changed, moved, replaced, Saved(0, REQUEST_CHANGES))


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "Read a year of the working-day calendar"),
)
def calendar_year(uow: CalendarYearsUnitOfWork, *, year: int) -> CalendarYear:
    """``year`` as the station's table holds it: added (from a file or the township), bundled,
    or not at all."""
    with uow.for_reading():
        stored = {y.year: (y, s) for y, s in uow.calendar.stored_years()}
    if year in stored:
        notice, source = stored[year]
        return CalendarYear(year, source, notice.days)
    bundled = bundled_table().year(year)
    if bundled is not None:
        return CalendarYear(year, YearSource.BUNDLED, bundled.days)
    return CalendarYear(year, None, ())
