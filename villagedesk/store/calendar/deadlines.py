"""``uow.deadlines``: the request services' deadline calculator on the station's rules and
calendar, read from ``uow.calendar`` on first use and again after either changes."""

from __future__ import annotations

from villagedesk.core.calendar.deadline_rules import DEFAULT_RULES
from villagedesk.core.calendar.deadlines import Deadline
from villagedesk.core.calendar.holidays import HolidayTable
from villagedesk.core.calendar.station_calendar import station_table
from villagedesk.core.requests.calculator import RuleTableCalculator
from villagedesk.core.requests.deadlines import ClockInputs, DeadlineKey
from villagedesk.store.calendar.repository import SqlCalendar


class SqlDeadlines:
    def __init__(self, calendar: SqlCalendar) -> None:
        self._calendar = calendar
        self._calculator: RuleTableCalculator | None = None

    def forget(self) -> None:
        """The rules or the calendar changed: read them again on next use."""
        self._calculator = None

    def _current(self) -> RuleTableCalculator:
        if self._calculator is None:
            years = [year for year, _source in self._calendar.stored_years()]
            rules = self._calendar.rules() or DEFAULT_RULES
            self._calculator = RuleTableCalculator(rules, station_table(years))
        return self._calculator

    @property
    def table(self) -> HolidayTable:
        return self._current().table

    def rule_for(self, key: DeadlineKey) -> str:
        return self._current().rule_for(key)

    def due(self, rule: str, inputs: ClockInputs) -> Deadline | None:
        return self._current().due(rule, inputs)
