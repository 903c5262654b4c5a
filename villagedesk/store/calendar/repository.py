"""``uow.calendar``: added holiday years in ``calendar_years``, the rule table in ``meta``."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from sqlalchemy import select

from villagedesk.core.calendar.deadline_rules import DeadlineRule
from villagedesk.core.calendar.document import HolidayYear, read_holiday_document
from villagedesk.core.calendar.ports import YearSource
from villagedesk.core.clock import utc_stamp
from villagedesk.core.errors import DomainError
from villagedesk.store.calendar.tables import calendar_years
from villagedesk.store.repositories import WriteContext
from villagedesk.store.settings_rows import read_setting, write_setting

RULES_KEY = "requests.deadline_rules"


def _source(text: str) -> YearSource:
    try:
        return YearSource(text)
    except ValueError:
        return YearSource.FILE


class SqlCalendar:
    def __init__(self, ctx: WriteContext, on_change: Callable[[], None] = lambda: None) -> None:
        self._ctx = ctx
        self._on_change = on_change

    def stored_years(self) -> list[tuple[HolidayYear, YearSource]]:
        rows = self._ctx.conn.execute(
            select(calendar_years.c.document, calendar_years.c.source).order_by(
                calendar_years.c.year
            )
        )
        years: list[tuple[HolidayYear, YearSource]] = []
        for document, source in rows:
            try:  # written after the same checks; a damaged row leaves the bundled year
                years.append((read_holiday_document(document), _source(source)))
            except DomainError:
                continue
        return years

    def save_year(self, year: HolidayYear, source: YearSource) -> None:
        self._ctx.conn.exec_driver_sql(
            "INSERT INTO calendar_years (year, document, source, added_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(year) DO UPDATE SET document = excluded.document, "
            "source = excluded.source, added_at = excluded.added_at",
            (year.year, year.to_json(), source.value, utc_stamp()),
        )
        self._on_change()

    def rules(self) -> tuple[DeadlineRule, ...] | None:
        text = read_setting(self._ctx.conn, RULES_KEY)
        if not text:
            return None
        try:
            data = json.loads(text)
            return tuple(DeadlineRule.from_data(item) for item in data) or None
        except (ValueError, TypeError, AttributeError, DomainError):
            return None  # a damaged table falls back to the defaults

    def save_rules(self, rules: Sequence[DeadlineRule]) -> None:
        text = json.dumps([r.to_data() for r in rules], ensure_ascii=False, sort_keys=True)
        write_setting(self._ctx.conn, RULES_KEY, text)
        self._on_change()
