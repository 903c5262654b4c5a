"""The station's own holiday table (节假日安排): which days are worked, year by year.

Deadlines may not ask ``chinesecalendar`` (it raises for a year it does not know) or ``holidays``
(it guesses, without the make-up working days) at run time, so the table is ours: every year
from 2004 to 2026 ships as package data (``data/<year>.json``, written once by
``devtools/calendar_table.py``), and the township can add a year
(:meth:`HolidayTable.with_document`). A day the table names is off or worked as it says; any
other day is worked from Monday to Friday. A year the table does not hold is counted on weekends
alone, and whatever is computed from it is marked estimated (估算).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources

from villagedesk.core.calendar.document import HolidayDay, HolidayYear, read_holiday_document

BUNDLED_PACKAGE = "villagedesk.core.calendar"
BUNDLED_FOLDER = "data"


def _index(years: Iterable[HolidayYear]) -> dict[date, HolidayDay]:
    """Every named day. A year's own notice wins over a neighbour's spill into it."""
    spill: dict[date, HolidayDay] = {}
    own: dict[date, HolidayDay] = {}
    for year in years:
        for day in year.days:
            (own if day.day.year == year.year else spill)[day.day] = day
    return spill | own


class HolidayTable:
    """Years of holiday notices; immutable (adding a year gives a new table)."""

    def __init__(self, years: Iterable[HolidayYear] = ()) -> None:
        self._years: dict[int, HolidayYear] = {y.year: y for y in years}
        self._days = _index(self._years[y] for y in sorted(self._years))
        self._sorted_days = sorted(self._days)

    # -- years ----------------------------------------------------------------------------------
    @property
    def years(self) -> tuple[int, ...]:
        """The years the table holds, ascending."""
        return tuple(sorted(self._years))

    def knows(self, year: int) -> bool:
        return year in self._years

    def year(self, year: int) -> HolidayYear | None:
        """That year's notice as added (for ``calendar show``, the receipt, an export)."""
        return self._years.get(year)

    def with_year(self, year: HolidayYear) -> HolidayTable:
        """A table that also holds ``year`` (replacing an earlier notice of the same year)."""
        return HolidayTable([*(y for y in self._years.values() if y.year != year.year), year])

    def with_document(self, data: str | bytes) -> HolidayTable:
        """:meth:`with_year` from a holiday-cn JSON document; raises ValidationError."""
        return self.with_year(read_holiday_document(data))

    # -- days -----------------------------------------------------------------------------------
    def entry(self, day: date) -> HolidayDay | None:
        """What the table says of ``day``, if it names it."""
        return self._days.get(day)

    def is_working_day(self, day: date) -> bool:
        named = self._days.get(day)
        if named is not None:
            return not named.off
        return day.weekday() < 5

    def is_estimated(self, day: date) -> bool:
        """True when ``day`` lies in a year the table does not hold (weekends only, 估算)."""
        return day.year not in self._years

    def entries_between(self, after: date, through: date) -> list[HolidayDay]:
        """The named days in ``(after, through]``, in date order."""
        lo = bisect_right(self._sorted_days, after)
        hi = bisect_right(self._sorted_days, through, lo=lo)
        return [self._days[d] for d in self._sorted_days[lo:hi]]


def bundled_years() -> list[HolidayYear]:
    """The years shipped as package data, read with the same checks as an imported file."""
    folder = resources.files(BUNDLED_PACKAGE).joinpath(BUNDLED_FOLDER)
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)
    return [read_holiday_document(f.read_bytes()) for f in files]


@cache
def bundled_table() -> HolidayTable:
    """The table of the bundled years (read once per process)."""
    return HolidayTable(bundled_years())
