"""Read side of the dispute register (矛盾纠纷排查化解台账): ordered ids of a search in one SQL
query, rows a page at a time, on the shared register reader.

The search box (core.search) matches a dispute's 编号, its parties' names and its 简要情况 (the
typed text), a party's pinyin or its initials (letters), a party's phone or ID number or the
编号 (digits), a party's ID number (digits ending in X). Rows hold the raw values the register's
columns format: codes, ISO days, times to the minute; ``level`` is the colour shown (green once
closed). Open 红 disputes sort first by default. At a township the register holds every
village's disputes, with the village column and ``search_ids(..., village=code)``.

A reader :meth:`~SqlDisputeReader.narrowed` to a :class:`DisputeQuery` (the page's filters)
keeps only the disputes that pass them, in SQL (store/disputes/filters.py).
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import ColumnElement, Engine, Select, case, exists, false, func, or_, select

from villagedesk.core.disputes.model import WarningLevel
from villagedesk.core.disputes.record import DisputeQuery
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.search import SearchKind, SearchQuery
from villagedesk.store.disputes import tables as td
from villagedesk.store.disputes.filters import dispute_filters, text_condition
from villagedesk.store.register_query import contains
from villagedesk.store.register_reader import RegisterSearch, SqlRegisterReader
from villagedesk.store.register_scope import scope_columns
from villagedesk.store.sql_types import ColumnExpr, RowT

d, p = td.disputes, td.dispute_parties

MINUTE = 16
"""Characters of an ISO time up to the minute (``2026-05-20T09:30``)."""

_CLOSED = d.c.state == DisputeState.CLOSED.value


def _minutes(column: ColumnExpr) -> ColumnExpr:
    return func.substr(column, 1, MINUTE)


def _shown_level() -> ColumnExpr:
    """The colour shown: green once closed (销号), else the level in force."""
    return case((_CLOSED, WarningLevel.GREEN.value), else_=d.c.warning)


def _urgency() -> ColumnExpr:
    """The colour's place in the register's order: open 红 0, 橙 1, 黄 2, closed (green) 3, so
    an ascending sort by the level lists the most urgent first (WarningLevel.rank reversed)."""
    top = WarningLevel.RED.rank
    places = {level.value: top - level.rank for level in WarningLevel}
    return case((_CLOSED, top), else_=case(places, value=d.c.warning, else_=top))


DISPUTE_COLUMNS: dict[str, ColumnExpr] = {
    "number": d.c.number,
    "screened_on": d.c.screened_on,
    "parties": d.c.party_names,
    "dispute_type": d.c.dispute_type,
    "people": d.c.people,
    "level": _shown_level(),
    "rung": d.c.mediation_level,
    "owner": func.coalesce(d.c.owner_name, ""),
    "outcome": func.coalesce(d.c.outcome, ""),
    "performance": func.coalesce(d.c.performance, ""),
    "followed_up_at": func.coalesce(_minutes(d.c.followed_up_at), ""),
    "closed_at": func.coalesce(_minutes(d.c.closed_at), ""),
    "state": d.c.state,
    "source": d.c.source,
    "summary": d.c.summary,
    "level_due": func.coalesce(d.c.level_due, ""),
    "case_due": func.coalesce(d.c.case_due, ""),
    "township_owner": d.c.township_owner,
    "agreement_number": d.c.agreement_number,
    **scope_columns(d),
}

_ORDER: dict[str, list[ColumnExpr]] = {
    "number": [d.c.year, d.c.sequence],
    "level": [_urgency()],
    "screened_on": [d.c.screened_on],
}


def _party_has(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    return exists(
        select(p.c.id).where(p.c.dispute_id == d.c.id, p.c.voided_at.is_(None), or_(*conditions))
    )


def dispute_condition(query: SearchQuery) -> ColumnElement[bool] | None:
    """What the search box means on a dispute; None means every dispute."""
    kind, value = query.kind, query.value
    if kind is SearchKind.ALL:
        return None
    if kind is SearchKind.NAME:
        return text_condition(value)
    if kind is SearchKind.PINYIN:
        return _party_has(contains(p.c.name_initials, value), contains(p.c.name_pinyin, value))
    if kind is SearchKind.NUMBER:
        parties = _party_has(contains(p.c.phone, value), contains(p.c.id_number, value))
        return or_(contains(d.c.number, value), parties)
    if kind is SearchKind.ID_TAIL:
        return _party_has(contains(p.c.id_number, value))
    return false()


class SqlDisputeReader(SqlRegisterReader):
    """The dispute register's read side. Closed disputes stay in the register (its filters
    narrow it); voided ones never show. ``asked``: only the disputes passing those filters
    (None: every dispute)."""

    table = d
    columns = DISPUTE_COLUMNS
    default_sort = "level"

    def __init__(self, engine: Engine, asked: DisputeQuery | None = None) -> None:
        super().__init__(engine)
        self._asked = asked
        self._filters = [] if asked is None else dispute_filters(asked)

    @property
    def asked(self) -> DisputeQuery | None:
        return self._asked

    def narrowed(self, asked: DisputeQuery) -> SqlDisputeReader:
        """The same register narrowed to the disputes ``asked`` finds."""
        return SqlDisputeReader(self._engine, asked)

    def _fetch(self, stmt: Select[RowT]) -> list[RowT]:
        if not self._filters:
            return super()._fetch(stmt)
        # The filters' lists are IN lists SQLAlchemy expands as it executes (the plain cursor
        # of the unfiltered register cannot), as the request reader does.
        with self._engine.connect() as conn:
            return cast(list[RowT], [tuple(row) for row in conn.execute(stmt)])

    def _where(self, search: RegisterSearch) -> list[ColumnElement[bool]]:
        return [*super()._where(search), *self._filters]

    def _condition(self, query: SearchQuery) -> ColumnElement[bool] | None:
        return dispute_condition(query)

    def _sort_columns(self, sort_key: str) -> list[ColumnExpr]:
        return _ORDER.get(sort_key, [DISPUTE_COLUMNS[sort_key]])
