"""Read-side queries for the big households (30,000) and residents (90,000) registers: ordered ids
in one SQL query, rows a page at a time (like member_reader). The one search box means the same
as for members (core.search): a household matches on its address, its phone, or any live
resident's name, pinyin, ID number or phone; a resident on their own fields or their address."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, false, func, or_, select

from villagedesk.core.ownership import StationScope
from villagedesk.core.search import SearchKind, SearchQuery
from villagedesk.store import tables as t
from villagedesk.store.engine import fetch_all
from villagedesk.store.households import tables as th
from villagedesk.store.households.repository import head_join, live_member_on, relief_names
from villagedesk.store.register_query import among_ids, contains, person_order
from villagedesk.store.register_scope import read_scope, scope_columns

h, r, m = th.households, th.residents, t.members
head, HEAD_SOURCE = head_join()


def resident_condition(query: SearchQuery, *, with_address: bool) -> ColumnElement[bool] | None:
    """WHERE condition on ``residents`` (and ``households`` when ``with_address``)."""
    kind, value = query.kind, query.value
    if kind is SearchKind.ALL:
        return None
    if kind is SearchKind.NAME:
        name = contains(r.c.name, value)
        return or_(name, contains(h.c.address, value)) if with_address else name
    if kind is SearchKind.PINYIN:
        return or_(contains(r.c.name_initials, value), contains(r.c.name_pinyin, value))
    if kind is SearchKind.NUMBER:
        return or_(contains(r.c.id_number, value), contains(r.c.phone, value))
    if kind is SearchKind.ID_TAIL:
        return contains(r.c.id_number, value)
    return false()


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


class _Reader:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def scope(self) -> StationScope:
        """Township mode (every village's records, a village column) or not."""
        return read_scope(self._engine)

    def _fetch(self, stmt: Select[Any]) -> list[tuple[Any, ...]]:
        return fetch_all(self._engine, stmt)


_RESIDENT_COUNT = (
    select(func.count()).where(r.c.household_id == h.c.id, r.c.voided_at.is_(None))
).scalar_subquery()
_MEMBER_COUNT = (
    select(func.count())
    .select_from(r.join(m, live_member_on(r.c.id_number)))
    .where(r.c.household_id == h.c.id, r.c.voided_at.is_(None))
).scalar_subquery()

HOUSEHOLD_COLUMNS: dict[str, ColumnElement[Any]] = {
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
_HOUSEHOLD_ORDER: dict[str, list[ColumnElement[Any]]] = {
    "head": [head.c.name_pinyin, head.c.name],
    "grid": [h.c.grid, h.c.address],
}


class SqlHouseholdReader(_Reader):
    """The households register's read side (core.columns keys of HOUSEHOLD_REGISTER)."""

    def search_ids(
        self,
        query: Any,
        *,
        sort_key: str = "head",
        descending: bool = False,
        include_inactive: bool = False,
        ids_filter: Collection[int] | None = None,
        village: str | None = None,
    ) -> list[int]:
        """Ids of the matching live households in display order (ties broken by id);
        ``village`` (a station code) keeps one village's households."""
        del include_inactive  # a household is live or voided; voided ones never show
        if not isinstance(query, SearchQuery):
            raise TypeError("query must be a SearchQuery")
        if query.kind is SearchKind.NOTHING or (ids_filter is not None and not ids_filter):
            return []
        if sort_key not in HOUSEHOLD_COLUMNS:
            raise ValueError(f"unknown sort key: {sort_key}")
        source = HEAD_SOURCE if sort_key == "head" else h
        stmt = select(h.c.id).select_from(source).where(h.c.voided_at.is_(None))
        condition = household_condition(query)
        if condition is not None:
            stmt = stmt.where(condition)
        if village is not None:
            stmt = stmt.where(h.c.station_code == village)
        if ids_filter is not None:
            stmt = stmt.where(among_ids(h.c.id, ids_filter))
        order = [*_HOUSEHOLD_ORDER.get(sort_key, [HOUSEHOLD_COLUMNS[sort_key]]), h.c.id]
        stmt = stmt.order_by(*(c.desc() if descending else c.asc() for c in order))
        return [row[0] for row in self._fetch(stmt)]

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, tuple[Any, ...]]:
        if not ids:
            return {}
        unknown = [k for k in keys if k not in HOUSEHOLD_COLUMNS]
        if unknown:
            raise ValueError(f"unknown column keys: {unknown}")
        stmt = (
            select(h.c.id, *(HOUSEHOLD_COLUMNS[k] for k in keys))
            .select_from(HEAD_SOURCE)
            .where(h.c.id.in_(list(ids)))
        )
        with self._engine.connect() as conn:
            return {int(row[0]): tuple(row[1:]) for row in conn.execute(stmt)}


RESIDENT_COLUMNS: dict[str, ColumnElement[Any]] = {
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


class SqlResidentReader(_Reader):
    """The residents register's read side (keys of RESIDENT_REGISTER, plus ``household_id``)."""

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
        del include_inactive
        if not isinstance(query, SearchQuery):
            raise TypeError("query must be a SearchQuery")
        if query.kind is SearchKind.NOTHING or (ids_filter is not None and not ids_filter):
            return []
        if sort_key not in RESIDENT_COLUMNS:
            raise ValueError(f"unknown sort key: {sort_key}")
        condition = resident_condition(query, with_address=True)
        source: Any = r
        if sort_key == "address" or query.kind is SearchKind.NAME:
            source = source.join(h, h.c.id == r.c.household_id)
        if sort_key == "party":
            source = source.outerjoin(m, live_member_on(r.c.id_number))
        stmt = select(r.c.id).select_from(source).where(r.c.voided_at.is_(None))
        if condition is not None:
            stmt = stmt.where(condition)
        if village is not None:
            stmt = stmt.where(r.c.station_code == village)
        if ids_filter is not None:
            stmt = stmt.where(among_ids(r.c.id, ids_filter))
        stmt = stmt.order_by(
            *person_order(r, sort_key, RESIDENT_COLUMNS[sort_key], descending=descending)
        )
        return [row[0] for row in self._fetch(stmt)]

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, tuple[Any, ...]]:
        if not ids:
            return {}
        unknown = [k for k in keys if k not in RESIDENT_KEYS]
        if unknown:
            raise ValueError(f"unknown column keys: {unknown}")
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
        out: dict[int, tuple[Any, ...]] = {}
        for resident_id, values in found.items():
            it = iter(values)
            out[resident_id] = tuple(
                relief.get(resident_id, "") if c is None else next(it) for c in columns
            )
        return out
