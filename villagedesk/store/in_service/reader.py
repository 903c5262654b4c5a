"""Read side of the big in-service registers (expected list, registrations, service records):
ordered ids in one query for a campaign year, rows a page at a time for the lazy table model.

Set ``year`` (and, for service records, ``bounds``) before searching; the search box matches the
member's name, pinyin, ID number or phone as on the member roll. At a township (``scope()``) the
registers hold every village's rows, with the village column and ``search_ids(..., village=code)``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Engine, Table, and_, select

from villagedesk.core.ownership import StationScope
from villagedesk.core.search import SearchKind, SearchQuery
from villagedesk.store import tables as t
from villagedesk.store.in_service import tables as ti
from villagedesk.store.members.reader import search_condition
from villagedesk.store.register_scope import read_scope, scope_columns

m = t.members
e = ti.expected_registrations
r = ti.registrations
p = ti.service_posts
s = ti.service_records

_reg_live = and_(
    r.c.member_id == e.c.member_id, r.c.campaign_year == e.c.campaign_year, r.c.voided_at.is_(None)
)
_expected_exists = (
    select(e.c.id)
    .where(
        e.c.member_id == r.c.member_id,
        e.c.campaign_year == r.c.campaign_year,
        e.c.voided_at.is_(None),
    )
    .exists()
)


class _YearReader:
    table: Table
    columns: dict[str, ColumnElement[Any]]

    def __init__(self, engine: Engine, year: int = 0) -> None:
        self._engine = engine
        self.year = year

    def scope(self) -> StationScope:
        """Township mode (every village's rows, a village column) or not."""
        return read_scope(self._engine)

    def _source(self) -> Any:
        return self.table.join(m, m.c.id == self.table.c.member_id)

    def _in_year(self) -> ColumnElement[bool]:
        return self.table.c.campaign_year == self.year

    def search_ids(
        self,
        query: Any,
        *,
        sort_key: str = "name",
        descending: bool = False,
        include_inactive: bool = False,
        ids_filter: Collection[int] | None = None,
        village: str | None = None,
    ) -> list[int]:
        """Ids of the year's live rows matching the search, in display order (ties by id);
        ``village`` (a station code) keeps one village's rows (a township holds them all)."""
        del include_inactive
        if not isinstance(query, SearchQuery):
            raise TypeError("query must be a SearchQuery")
        if query.kind is SearchKind.NOTHING or (ids_filter is not None and not ids_filter):
            return []
        if sort_key not in self.columns:
            raise ValueError(f"unknown sort key: {sort_key}")
        tid = self.table.c.id
        stmt = (
            select(tid)
            .select_from(self._source())
            .where(self.table.c.voided_at.is_(None), self._in_year())
        )
        condition = search_condition(query)
        if condition is not None:
            stmt = stmt.where(condition)
        if ids_filter is not None:
            stmt = stmt.where(tid.in_(list(ids_filter)))
        if village is not None:
            stmt = stmt.where(self.table.c.station_code == village)
        order = [m.c.name_pinyin if sort_key == "name" else self.columns[sort_key], tid]
        stmt = stmt.order_by(*(c.desc() if descending else c.asc() for c in order))
        with self._engine.connect() as conn:
            return [row[0] for row in conn.execute(stmt)]

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, tuple[Any, ...]]:
        if not ids:
            return {}
        unknown = [k for k in keys if k not in self.columns]
        if unknown:
            raise ValueError(f"unknown column keys: {unknown}")
        stmt = (
            select(self.table.c.id, *(self.columns[k] for k in keys))
            .select_from(self._source())
            .where(self.table.c.id.in_(list(ids)))
        )
        with self._engine.connect() as conn:
            return {int(row[0]): tuple(row[1:]) for row in conn.execute(stmt)}


class ExpectedReader(_YearReader):
    """应报到名单: each line with the date its member reported (None while outstanding)."""

    table = e
    columns = {  # noqa: RUF012
        "name": m.c.name,
        "work_unit": e.c.work_unit,
        "notified_on": e.c.notified_on,
        "registered_on": r.c.registered_on,
        "card_number": r.c.card_number,
        "phone": m.c.phone,
        **scope_columns(e),
    }

    def _source(self) -> Any:
        return e.join(m, m.c.id == e.c.member_id).outerjoin(r, _reg_live)


class RegistrationReader(_YearReader):
    table = r
    columns = {  # noqa: RUF012
        "card_number": r.c.sequence,
        "name": m.c.name,
        "work_unit": r.c.work_unit,
        "registered_on": r.c.registered_on,
        "expected": _expected_exists,
        "handbook_issued": r.c.handbook_issued,
        "phone": m.c.phone,
        **scope_columns(r),
    }

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, tuple[Any, ...]]:
        # the card number column sorts by sequence but shows the number itself
        shown = [k if k != "card_number" else "_card" for k in keys]
        self.columns = {**type(self).columns, "_card": r.c.card_number}
        try:
            return super().rows(ids, shown)
        finally:
            self.columns = type(self).columns


class RecordReader(_YearReader):
    """服务记录 of a campaign year: set ``bounds`` (first and last day)."""

    table = s
    columns = {  # noqa: RUF012
        "served_on": s.c.served_on,
        "name": m.c.name,
        "post": p.c.name,
        "what": s.c.what,
        "half_hours": s.c.half_hours,
        "beneficiary": s.c.beneficiary,
        **scope_columns(s),
    }

    def __init__(self, engine: Engine, bounds: tuple[date, date] | None = None) -> None:
        super().__init__(engine)
        self.bounds = bounds or (date.min, date.min)

    def _source(self) -> Any:
        return s.join(m, m.c.id == s.c.member_id).join(p, p.c.id == s.c.post_id)

    def _in_year(self) -> ColumnElement[bool]:
        first, last = self.bounds
        return s.c.served_on.between(first.isoformat(), last.isoformat())
