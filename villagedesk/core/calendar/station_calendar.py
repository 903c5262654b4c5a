"""The station's working-day calendar: the bundled years with the years it added on top."""

from __future__ import annotations

from collections.abc import Iterable

from villagedesk.core.calendar.document import HolidayYear
from villagedesk.core.calendar.holidays import HolidayTable, bundled_table


def station_table(added: Iterable[HolidayYear]) -> HolidayTable:
    """The bundled table with ``added`` (a later notice of a bundled year replaces it)."""
    table = bundled_table()
    for year in added:
        table = table.with_year(year)
    return table
