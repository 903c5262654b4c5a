"""Read side of the big in-service registers (expected list, registrations, service records):
ordered ids in one query for a campaign year, rows a page at a time for the lazy table model.

Set ``year`` (and, for service records, ``bounds``) before searching; the search box matches the
member's name, pinyin, ID number or phone as on the member roll. At a township (``scope()``) the
registers hold every village's rows, with the village column and ``search_ids(..., village=code)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, Engine, FromClause, and_, select

from villagedesk.core.search import SearchQuery
from villagedesk.store import tables as t
from villagedesk.store.in_service import tables as ti
from villagedesk.store.members.reader import search_condition
from villagedesk.store.register_reader import RegisterSearch, SqlRegisterReader
from villagedesk.store.register_scope import scope_columns
from villagedesk.store.sql_types import ColumnExpr

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


class YearReader(SqlRegisterReader):
    """A register of one campaign year (``year``): its rows with their member, matched by the
    member roll's search."""

    def __init__(self, engine: Engine, year: int = 0) -> None:
        super().__init__(engine)
        self.year = year

    def _source(self) -> FromClause:
        return self.table.join(m, m.c.id == self.table.c.member_id)

    def _in_year(self) -> ColumnElement[bool]:
        return self.table.c.campaign_year == self.year

    def _condition(self, query: SearchQuery) -> ColumnElement[bool] | None:
        return search_condition(query)

    def _where(self, search: RegisterSearch) -> list[ColumnElement[bool]]:
        return [*super()._where(search), self._in_year()]

    def _id_source(self, search: RegisterSearch) -> FromClause:
        del search
        return self._source()

    def _sort_columns(self, sort_key: str) -> list[ColumnExpr]:
        return [m.c.name_pinyin if sort_key == "name" else self.columns[sort_key]]

    def _row_source(self, keys: Sequence[str]) -> FromClause:
        del keys
        return self._source()


class ExpectedReader(YearReader):
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

    def _source(self) -> FromClause:
        return e.join(m, m.c.id == e.c.member_id).outerjoin(r, _reg_live)


class RegistrationReader(YearReader):
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

    def _row_column(self, key: str) -> ColumnExpr:
        # the card number column sorts by sequence but shows the number itself
        return r.c.card_number if key == "card_number" else super()._row_column(key)


class RecordReader(YearReader):
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

    def _source(self) -> FromClause:
        return s.join(m, m.c.id == s.c.member_id).join(p, p.c.id == s.c.post_id)

    def _in_year(self) -> ColumnElement[bool]:
        first, last = self.bounds
        return s.c.served_on.between(first.isoformat(), last.isoformat())
