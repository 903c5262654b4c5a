"""Read-side queries for the big households (30,000) and residents (90,000) registers: ordered ids
in one SQL query, rows a page at a time (the shape of store/register_reader.py). The one search
box means the same as for members (core.search): a household matches on its address, its phone,
or any live resident's name, pinyin, ID number or phone; a resident on their own fields or their
address."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, FromClause, UnaryExpression, false, func, or_, select

from villagedesk.core.search import SearchKind, SearchQuery
from villagedesk.store import tables as t
from villagedesk.store.households import tables as th
from villagedesk.store.households.queries import head_join, live_member_on, relief_names
from villagedesk.store.register_query import contains, person_order
from villagedesk.store.register_reader import (
    PageRow,
    RegisterSearch,
    SqlRegisterReader,
    person_condition,
)
from villagedesk.store.register_scope import scope_columns
from villagedesk.store.sql_types import ColumnExpr

h, r, m = th.households, th.residents, t.members
head, _head_source = head_join()
HEAD_SOURCE: FromClause = _head_source


def resident_condition(query: SearchQuery, *, with_address: bool) -> ColumnElement[bool] | None:
    """WHERE condition on ``residents`` (and ``households`` when ``with_address``)."""
    people = person_condition(r, query)
    if with_address and people is not None and query.kind is SearchKind.NAME:
        return or_(people, contains(h.c.address, query.value))
    return people


def household_condition(query: SearchQuery) -> ColumnElement[bool] | None:
    if query.kind is SearchKind.ALL:
        return None
    if query.kind is SearchKind.NOTHING:
        return false()
    people = resident_condition(query, with_address=False)
    assert people is not None
    matching = select(r.c.household_id).where(r.c.voided_at.is_(None), people)
    own: list[ColumnElement[bool]] = [h.c.id.in_(matching)]
    if query.kind is SearchKind.NAME:
        own.append(contains(h.c.address, query.value))
    elif query.kind is SearchKind.NUMBER:
        own.append(contains(h.c.phone, query.value))
    return or_(*own)


_RESIDENT_COUNT = (
    select(func.count()).where(r.c.household_id == h.c.id, r.c.voided_at.is_(None))
).scalar_subquery()
_MEMBER_COUNT = (
    select(func.count())
    .select_from(r.join(m, live_member_on(r.c.id_number)))
    .where(r.c.household_id == h.c.id, r.c.voided_at.is_(None))
).scalar_subquery()

HOUSEHOLD_COLUMNS: dict[str, ColumnExpr] = {
    "head": head.c.name,
    "grid": h.c.grid,
    "address": h.c.address,
    "phone": h.c.phone,
    "residents": _RESIDENT_COUNT,
    "members": _MEMBER_COUNT,
    "tags": h.c.tags,
    "destitute": h.c.destitute,
    "note": h.c.note,
    **scope_columns(h),
}
_HOUSEHOLD_ORDER: dict[str, list[ColumnExpr]] = {
    "head": [head.c.name_pinyin, head.c.name],
    "grid": [h.c.grid, h.c.address],
}


class SqlHouseholdReader(SqlRegisterReader):
    """The households register's read side (core.columns keys of HOUSEHOLD_REGISTER). A
    household is live or voided (no inactive ones); voided ones never show."""

    table = h
    columns = HOUSEHOLD_COLUMNS
    default_sort = "head"

    def _condition(self, query: SearchQuery) -> ColumnElement[bool] | None:
        return household_condition(query)

    def _id_source(self, search: RegisterSearch) -> FromClause:
        return HEAD_SOURCE if search.sort_key == "head" else h

    def _sort_columns(self, sort_key: str) -> list[ColumnExpr]:
        return _HOUSEHOLD_ORDER.get(sort_key, [HOUSEHOLD_COLUMNS[sort_key]])

    def _row_source(self, keys: Sequence[str]) -> FromClause:
        del keys
        return HEAD_SOURCE


RESIDENT_COLUMNS: dict[str, ColumnExpr] = {
    "name": r.c.name,
    "relation": r.c.relation,
    "sex": r.c.sex,
    "birth_date": r.c.birth_date,
    "id_number": r.c.id_number,
    "phone": r.c.phone,
    "address": h.c.address,
    "party": m.c.roll_status,
    **scope_columns(r),
}
RESIDENT_KEYS = frozenset({*RESIDENT_COLUMNS, "relief", "household_id"})


class SqlResidentReader(SqlRegisterReader):
    """The residents register's read side (keys of RESIDENT_REGISTER, plus ``household_id``)."""

    table = r
    columns = RESIDENT_COLUMNS

    def _condition(self, query: SearchQuery) -> ColumnElement[bool] | None:
        return resident_condition(query, with_address=True)

    def _id_source(self, search: RegisterSearch) -> FromClause:
        source: FromClause = r
        if search.sort_key == "address" or search.query.kind is SearchKind.NAME:
            source = source.join(h, h.c.id == r.c.household_id)
        if search.sort_key == "party":
            source = source.outerjoin(m, live_member_on(r.c.id_number))
        return source

    def _order(self, sort_key: str, *, descending: bool) -> list[UnaryExpression[object]]:
        return person_order(r, sort_key, RESIDENT_COLUMNS[sort_key], descending=descending)

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, PageRow]:
        if not ids:
            return {}
        self._check_keys(keys, RESIDENT_KEYS)
        columns = [
            r.c.household_id if k == "household_id" else RESIDENT_COLUMNS.get(k) for k in keys
        ]
        stmt = (
            select(r.c.id, *(c for c in columns if c is not None))
            .select_from(
                r.join(h, h.c.id == r.c.household_id).outerjoin(m, live_member_on(r.c.id_number))
            )
            .where(r.c.id.in_(list(ids)))
        )
        with self._engine.connect() as conn:
            found = {int(row[0]): list(row[1:]) for row in conn.execute(stmt)}
            relief = relief_names(conn, list(found)) if "relief" in keys else {}
        out: dict[int, PageRow] = {}
        for resident_id, values in found.items():
            it = iter(values)
            out[resident_id] = tuple(
                relief.get(resident_id, "") if c is None else next(it) for c in columns
            )
        return out
