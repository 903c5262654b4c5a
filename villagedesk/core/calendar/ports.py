"""What the station keeps of its calendar: the holiday years added to the bundled ones (a
township's receipt or ``calendar import``), and its time-limit rule table."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Protocol

from villagedesk.core.calendar.deadline_rules import DeadlineRule
from villagedesk.core.calendar.document import HolidayYear


class YearSource(StrEnum):
    """Where a year of the table came from."""

    BUNDLED = "bundled"
    FILE = "file"
    TOWNSHIP = "township"


class CalendarRepository(Protocol):
    """``uow.calendar``."""

    def stored_years(self) -> list[tuple[HolidayYear, YearSource]]:
        """The years added to the bundled ones, ascending (an added year replaces the bundled
        notice of the same year)."""
        ...

    def save_year(self, year: HolidayYear, source: YearSource) -> None: ...
    def rules(self) -> tuple[DeadlineRule, ...] | None:
        """The station's edited rule table; None while it keeps the defaults."""
        ...

    def save_rules(self, rules: Sequence[DeadlineRule]) -> None: ...
