"""The requests themselves (table ``requests``): core.requests.ports.RequestRecords on the unit
of work. A voided request is not read back, but its serial stays given: numbers are never
reused."""

from __future__ import annotations

import builtins
from datetime import date, datetime, time, timedelta
from typing import cast

from sqlalchemy import ColumnElement, func, insert, select, update

from villagedesk.core.requests.model import Requester, RequestValues
from villagedesk.core.requests.record import (
    DueFilter,
    Request,
    RequestProgress,
    RequestQuery,
    matches,
)
from villagedesk.core.requests.state import DEADLINE_STATES, OPEN, RequestState
from villagedesk.store.repositories import WriteContext, new_id
from villagedesk.store.requests import tables as tr
from villagedesk.store.requests.codec import dump, load_all, moment_text
from villagedesk.store.requests.history import attachments_of
from villagedesk.store.requests.rows import progress_columns, read_request, values_columns
from villagedesk.store.sql_types import RowSelect

q = tr.requests
#: An id list longer than this is not asked of SQL (bound parameters are limited); matches()
#: checks it on the rows read.
MAX_SQL_IDS = 900


def _day_start(day: date) -> str:
    return day.isoformat()


def _day_after(day: date) -> str:
    return (day + timedelta(days=1)).isoformat()


def _states(asked: RequestQuery) -> frozenset[RequestState] | None:
    """The states the filters leave (None: any state)."""
    wanted = None if asked.state is None else frozenset({asked.state})
    for on, states in (
        (asked.unassigned, frozenset({RequestState.UNASSIGNED})),
        (asked.awaiting_follow_up, frozenset({RequestState.AWAITING_FOLLOW_UP})),
        (asked.open_only, OPEN),
    ):
        if on:
            wanted = states if wanted is None else wanted & states
    return wanted


def _due(query: RowSelect, due: DueFilter, now: datetime) -> RowSelect:
    """Held against a deadline that passed (overdue) or falls later today (the SQL reading of
    ``record.is_overdue`` and ``record.is_due_today``: times are stored as fixed-width text)."""
    held = q.c.state.in_(sorted(s.value for s in DEADLINE_STATES))
    if due is DueFilter.OVERDUE:
        return query.where(held, q.c.due_at < moment_text(now))
    today = datetime.combine(now.date(), time())
    return query.where(
        held,
        q.c.due_at >= moment_text(now),
        q.c.due_at > moment_text(today),
        q.c.due_at <= moment_text(today + timedelta(days=1)),
    )


def _sql_only(asked: RequestQuery) -> bool:
    """Whether SQL answers every filter of ``asked`` (only "mine" needs the stored person)."""
    return (
        asked.assignee is None
        and (asked.due is None or asked.now is not None)
        and (asked.ids is None or len(asked.ids) <= MAX_SQL_IDS)
    )


def _narrowed(query: RowSelect, asked: RequestQuery) -> RowSelect:
    """``query`` with the filters SQL answers directly; :func:`matches` checks all of them."""
    if asked.due is not None and asked.now is not None:
        query = _due(query, asked.due, asked.now)
    states = _states(asked)
    if states is not None:
        query = query.where(q.c.state.in_(sorted(s.value for s in states)))
    if asked.reopened:
        query = query.where(q.c.reopened > 0)
    if asked.returned:
        returned_open = q.c.state.in_(sorted(s.value for s in OPEN))
        query = query.where(q.c.returned_at.is_not(None), returned_open)
    if asked.channel:
        query = query.where(q.c.channel == asked.channel)
    if asked.kind is not None:
        query = query.where(q.c.kind == asked.kind.value)
    if asked.category:
        query = query.where(q.c.category == asked.category)
    if asked.household_id is not None:
        query = query.where(q.c.household_id == asked.household_id)
    if asked.received_from is not None:
        query = query.where(q.c.received_at >= _day_start(asked.received_from))
    if asked.received_to is not None:
        query = query.where(q.c.received_at < _day_after(asked.received_to))
    if asked.ids is not None and len(asked.ids) <= MAX_SQL_IDS:
        query = query.where(q.c.id.in_(sorted(asked.ids)))
    return query


def filter_condition(asked: RequestQuery) -> ColumnElement[bool] | None:
    """The WHERE clause of the filters :func:`_narrowed` answers in SQL (None: none), for the
    request register's reader, which adds "mine" and a long id list itself."""
    return _narrowed(select(q.c.id), asked).whereclause


class SqlRequestRecords:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def add(
        self,
        number: str,
        year: int,
        sequence: int,
        values: RequestValues,
        progress: RequestProgress,
    ) -> int:
        columns = {
            "number": number,
            "year": year,
            "sequence": sequence,
            **values_columns(values),
            **progress_columns(progress),
        }
        row = self._ctx.insert_values(columns)
        return new_id(self._ctx.conn.execute(insert(q).values(row)))

    def _read(self, query: RowSelect) -> builtins.list[Request]:
        rows = list(self._ctx.conn.execute(query.where(q.c.voided_at.is_(None))))
        files = attachments_of(self._ctx.conn, (row.id for row in rows))
        return [read_request(row, files.get(row.id, ())) for row in rows]

    def get(self, request_id: int) -> Request | None:
        found = self._read(select(q).where(q.c.id == request_id))
        return found[0] if found else None

    def find_by_number(self, number: str) -> Request | None:
        found = self._read(select(q).where(q.c.number == number, self._ctx.own(q)))
        return found[0] if found else None

    def max_sequence(self, year: int) -> int:
        query = select(func.max(q.c.sequence)).where(q.c.year == year, self._ctx.own(q))
        return int(self._ctx.conn.execute(query).scalar() or 0)

    def save_progress(self, request_id: int, progress: RequestProgress) -> None:
        row = self._ctx.update_values(progress_columns(progress))
        self._ctx.conn.execute(update(q).where(q.c.id == request_id).values(row))

    def list(self, query: RequestQuery) -> builtins.list[Request]:
        chosen = _narrowed(select(q), query).order_by(q.c.received_at.desc(), q.c.id.desc())
        found = self._read(chosen)
        if _sql_only(query):
            return found  # SQL answered every filter (the parity tests hold it to matches())
        return [r for r in found if matches(r, query)]

    def count(self, query: RequestQuery) -> int:
        if not _sql_only(query):
            return len(self.list(query))
        counted = cast(RowSelect, select(func.count()).select_from(q))
        chosen = _narrowed(counted, query)
        return int(self._ctx.conn.execute(chosen.where(q.c.voided_at.is_(None))).scalar() or 0)

    def received_between(self, first: date, last: date) -> builtins.list[Request]:
        chosen = select(q).where(
            q.c.received_at >= _day_start(first), q.c.received_at < _day_after(last)
        )
        return self._read(chosen.order_by(q.c.received_at, q.c.id))

    def add_co_requester(self, request_id: int, requester: Requester, from_request_id: int) -> None:
        conn = self._ctx.conn
        stored = conn.execute(select(q.c.co_requesters).where(q.c.id == request_id)).scalar()
        people = (*load_all(Requester, str(stored or "[]")), requester)
        row = self._ctx.update_values({"co_requesters": dump(people)})
        conn.execute(update(q).where(q.c.id == request_id).values(row))
