"""The one shape of a big register's read side (core.register_reader.RegisterReader): ordered ids
of a search in one SQL query, then rows a page at a time, and the station's scope.

An area's reader names its table and its columns (register key → stored column) and fills in
the hooks where its register differs: what the search box matches, which joins a sort or a page
needs, which rows are live, and the order rows are listed in.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import (
    ColumnElement,
    Engine,
    FromClause,
    Select,
    Table,
    UnaryExpression,
    false,
    or_,
    select,
)

from villagedesk.core.ownership import StationScope
from villagedesk.core.search import SearchKind, SearchQuery
from villagedesk.store.engine import fetch_all
from villagedesk.store.register_query import among_ids, contains
from villagedesk.store.register_scope import read_scope
from villagedesk.store.sql_types import ColumnExpr, RowT

PageRow = tuple[Any, ...]
"""The stored values of one record for a page, in the keys' order. Untyped as in the port
(core.register_reader.RegisterReader.rows): each caller reads a cell as its column's type."""


def person_condition(table: Table, query: SearchQuery) -> ColumnElement[bool] | None:
    """What the search box means on a person's own fields (a member, a resident): the name,
    its pinyin initials or pinyin, part of the ID number or phone; None means everyone."""
    kind, value = query.kind, query.value
    if kind is SearchKind.ALL:
        return None
    if kind is SearchKind.NAME:
        return contains(table.c.name, value)
    if kind is SearchKind.PINYIN:
        return or_(contains(table.c.name_initials, value), contains(table.c.name_pinyin, value))
    if kind is SearchKind.NUMBER:
        return or_(contains(table.c.id_number, value), contains(table.c.phone, value))
    if kind is SearchKind.ID_TAIL:
        return contains(table.c.id_number, value)
    return false()


@dataclass(frozen=True)
class RegisterSearch:
    """One search as the hooks see it: what was typed, its WHERE condition (None: every record),
    the sort column's key and the options asked for."""

    query: SearchQuery
    condition: ColumnElement[bool] | None
    sort_key: str
    include_inactive: bool
    voided: bool


class SqlRegisterReader:
    """A register's reader over ``table`` (a syncable table: id, station code, void mark)."""

    table: ClassVar[Table]
    columns: ClassVar[dict[str, ColumnExpr]]
    """Register column key → the stored column (or expression) it shows and sorts by."""
    default_sort: ClassVar[str] = "name"

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def scope(self) -> StationScope:
        """Township mode (every village's records, a village column) or not."""
        return read_scope(self._engine)

    def _fetch(self, stmt: Select[RowT]) -> list[RowT]:
        return fetch_all(self._engine, stmt)

    # -- hooks --------------------------------------------------------------------------------
    def _condition(self, query: SearchQuery) -> ColumnElement[bool] | None:
        """The WHERE condition for what was typed; None means no condition (every record)."""
        raise NotImplementedError

    def _where(self, search: RegisterSearch) -> list[ColumnElement[bool]]:
        """Which rows a search looks at: live ones (or, with ``voided``, only voided ones) that
        match the condition. A register with no inactive records ignores ``include_inactive``."""
        void = self.table.c.voided_at
        live = void.is_not(None) if search.voided else void.is_(None)
        return [live] if search.condition is None else [live, search.condition]

    def _id_source(self, search: RegisterSearch) -> FromClause:
        """What the id query selects from (joins for the sort column or the search)."""
        del search
        return self.table

    def _sort_columns(self, sort_key: str) -> list[ColumnExpr]:
        """What a sort by ``sort_key`` orders by (by default the column itself)."""
        return [self.columns[sort_key]]

    def _order(self, sort_key: str, *, descending: bool) -> list[UnaryExpression[object]]:
        """Display order for ``sort_key``; the id breaks every tie, so pages never shuffle."""
        order = [*self._sort_columns(sort_key), self.table.c.id]
        return [c.desc() if descending else c.asc() for c in order]

    def _row_source(self, keys: Sequence[str]) -> FromClause:
        """What a page of rows is read from (joins for the shown columns)."""
        del keys
        return self.table

    def _row_column(self, key: str) -> ColumnExpr:
        """The stored value a page shows for ``key`` (by default the one it sorts by)."""
        return self.columns[key]

    # -- RegisterReader -----------------------------------------------------------------------
    def search_ids(
        self,
        query: SearchQuery,
        *,
        sort_key: str | None = None,
        descending: bool = False,
        include_inactive: bool = False,
        ids_filter: Collection[int] | None = None,
        village: str | None = None,
        voided: bool = False,
    ) -> list[int]:
        """Ids of the matching records in display order (ties broken by id), ordered by
        ``sort_key`` (the register's :attr:`default_sort` when None). Voided records never
        appear unless ``voided`` asks for them: then only voided records. ``village`` (a
        station code) keeps one village's records (a township holds them all)."""
        if not isinstance(query, SearchQuery):
            raise TypeError("query must be a SearchQuery")
        if query.kind is SearchKind.NOTHING or (ids_filter is not None and not ids_filter):
            return []
        key = self.default_sort if sort_key is None else sort_key
        if key not in self.columns:
            raise ValueError(f"unknown sort key: {key}")
        search = RegisterSearch(query, self._condition(query), key, include_inactive, voided)
        stmt = (
            select(self.table.c.id).select_from(self._id_source(search)).where(*self._where(search))
        )
        if village is not None:
            stmt = stmt.where(self.table.c.station_code == village)
        if ids_filter is not None:
            stmt = stmt.where(among_ids(self.table.c.id, ids_filter))
        stmt = stmt.order_by(*self._order(key, descending=descending))
        return [row[0] for row in self._fetch(stmt)]

    def _check_keys(self, keys: Sequence[str], known: Collection[str]) -> None:
        unknown = [k for k in keys if k not in known]
        if unknown:
            raise ValueError(f"unknown column keys: {unknown}")

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, PageRow]:
        """Raw stored values (codes, ISO dates, masks) of ``keys`` for a page of ids."""
        if not ids:
            return {}
        self._check_keys(keys, self.columns)
        stmt = (
            select(self.table.c.id, *(self._row_column(k) for k in keys))
            .select_from(self._row_source(keys))
            .where(self.table.c.id.in_(list(ids)))
        )
        with self._engine.connect() as conn:
            return {int(row[0]): tuple(row[1:]) for row in conn.execute(stmt)}
