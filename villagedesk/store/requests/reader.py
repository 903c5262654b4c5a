"""Read side of the request register (民情诉求, core.requests.register.REQUEST_REGISTER): ordered
ids of a search in one SQL query, rows a page at a time, on the shared register reader.

The search box (core.search) matches a request's number, its content and its requester's name
(the typed text), the requester's pinyin or its initials (letters), and the requester's phone or
the number (digits). Rows hold the raw values the register's columns format: codes, times to the
minute, the deadline as :func:`core.requests.register.due_value` writes it (an approved 延期
replaces the deadline; ``~`` marks an estimated one). At a township the register holds every
village's requests, with the village column and ``search_ids(..., village=code)``.

A reader :meth:`~SqlRequestReader.narrowed` to a :class:`RequestQuery` (the 民情诉求 page's
filters) keeps only the requests that pass them, in SQL: the records' own filters
(store/requests/records.py), "mine" and a figure's ids of any length.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import cast

from sqlalchemy import (
    ColumnElement,
    Engine,
    FromClause,
    Select,
    case,
    false,
    func,
    literal,
    or_,
    select,
)

from villagedesk.core.requests.model import Handler
from villagedesk.core.requests.record import RequestQuery
from villagedesk.core.requests.register import ESTIMATED_MARK
from villagedesk.core.search import SearchKind, SearchQuery
from villagedesk.store.households import tables as th
from villagedesk.store.register_query import among_ids, contains
from villagedesk.store.register_reader import RegisterSearch, SqlRegisterReader
from villagedesk.store.register_scope import scope_columns
from villagedesk.store.requests import tables as tr
from villagedesk.store.requests.records import filter_condition
from villagedesk.store.sql_types import ColumnExpr, RowT

q, h = tr.requests, th.households

MINUTE = 16
"""Characters of an ISO time up to the minute (``2026-05-20T09:30``)."""


def _minutes(column: ColumnExpr) -> ColumnExpr:
    return func.substr(column, 1, MINUTE)


def _due() -> ColumnExpr:
    """The deadline in force (an approved extension, else the deadline), marked if estimated."""
    due = _minutes(func.coalesce(q.c.extended_to, q.c.due_at))
    estimated = (q.c.due_estimated != 0) & q.c.extended_to.is_(None) & q.c.due_at.is_not(None)
    return func.coalesce(due, "") + case((estimated, literal(ESTIMATED_MARK)), else_="")


REQUEST_COLUMNS: dict[str, ColumnExpr] = {
    "number": q.c.number,
    "state": q.c.state,
    "received_at": _minutes(q.c.received_at),
    "channel": q.c.channel,
    "kind": q.c.kind,
    "category": q.c.category,
    "urgency": q.c.urgency,
    "requester": q.c.requester_name,
    "summary": q.c.content,
    "household": func.coalesce(h.c.address, ""),
    "assignee": func.coalesce(q.c.assignee_name, ""),
    "due": _due(),
    "reopened": q.c.reopened,
    # raw values the page judges the time left and the marks by (not register columns)
    "requester_kind": q.c.requester_kind,
    "due_at": q.c.due_at,
    "extended_to": q.c.extended_to,
    **scope_columns(q),
}

_ORDER: dict[str, list[ColumnExpr]] = {
    "number": [q.c.year, q.c.sequence],
    "received_at": [q.c.received_at],
    "requester": [q.c.requester_pinyin, q.c.requester_name],
    "due": [func.coalesce(q.c.extended_to, q.c.due_at)],
}

_WITH_HOUSEHOLD: FromClause = q.outerjoin(h, h.c.id == q.c.household_id)


def request_condition(query: SearchQuery) -> ColumnElement[bool] | None:
    """What the search box means on a request; None means every request."""
    kind, value = query.kind, query.value
    if kind is SearchKind.ALL:
        return None
    if kind is SearchKind.NAME:
        return or_(
            contains(q.c.number, value),
            contains(q.c.content, value),
            contains(q.c.requester_name, value),
        )
    if kind is SearchKind.PINYIN:
        return or_(contains(q.c.requester_initials, value), contains(q.c.requester_pinyin, value))
    if kind is SearchKind.NUMBER:
        return or_(contains(q.c.requester_phone, value), contains(q.c.number, value))
    return false()  # no ID number is kept with a request


def _assignee(who: Handler) -> ColumnElement[bool]:
    """责任人 is ``who`` (``Handler.same_person``: the member if both are one, else the name;
    names are stored tidied)."""
    same_name = q.c.assignee_name == " ".join(who.name.split())
    if who.member_id is None:
        return same_name
    return or_(
        q.c.assignee_member_id == who.member_id, q.c.assignee_member_id.is_(None) & same_name
    )


def request_filters(asked: RequestQuery) -> list[ColumnElement[bool]]:
    """Every filter of ``asked`` as WHERE conditions (due today and overdue need ``now``)."""
    common = filter_condition(replace(asked, assignee=None, ids=None))
    found = [] if common is None else [common]
    if asked.assignee is not None:
        found.append(_assignee(asked.assignee))
    if asked.ids is not None:
        found.append(among_ids(q.c.id, asked.ids))
    return found


class SqlRequestReader(SqlRegisterReader):
    """The request register's read side (the keys of REQUEST_REGISTER). Closed, refused and
    merged requests stay in the register (its filters narrow it); voided ones never show.
    ``asked``: only the requests passing those filters (None: every request)."""

    table = q
    columns = REQUEST_COLUMNS
    default_sort = "received_at"

    def __init__(self, engine: Engine, asked: RequestQuery | None = None) -> None:
        super().__init__(engine)
        self._asked = asked
        self._filters = [] if asked is None else request_filters(asked)

    @property
    def asked(self) -> RequestQuery | None:
        return self._asked

    def narrowed(self, asked: RequestQuery) -> SqlRequestReader:
        """The same register narrowed to the requests ``asked`` finds."""
        return SqlRequestReader(self._engine, asked)

    def assignee_names(self) -> list[str]:
        """The 责任人 of the requests this reader finds, once each, in name order."""
        name = q.c.assignee_name
        stmt = (
            select(name)
            .distinct()
            .where(q.c.voided_at.is_(None), name.is_not(None), name != "", *self._filters)
            .order_by(name)
        )
        return [str(row[0]) for row in self._fetch(stmt)]

    def _fetch(self, stmt: Select[RowT]) -> list[RowT]:
        if not self._filters:
            return super()._fetch(stmt)
        # The filters' state lists are IN lists SQLAlchemy expands as it executes (the plain
        # cursor of the unfiltered register cannot).
        with self._engine.connect() as conn:
            return cast(list[RowT], [tuple(row) for row in conn.execute(stmt)])

    def _where(self, search: RegisterSearch) -> list[ColumnElement[bool]]:
        return [*super()._where(search), *self._filters]

    def _condition(self, query: SearchQuery) -> ColumnElement[bool] | None:
        return request_condition(query)

    def _sort_columns(self, sort_key: str) -> list[ColumnExpr]:
        return _ORDER.get(sort_key, [REQUEST_COLUMNS[sort_key]])

    def _id_source(self, search: RegisterSearch) -> FromClause:
        return _WITH_HOUSEHOLD if search.sort_key == "household" else q

    def _row_source(self, keys: Sequence[str]) -> FromClause:
        return _WITH_HOUSEHOLD if "household" in keys else q
