"""The read behind 民情台账 and 回访台账: only the columns the two ledgers print, as
:class:`~villagedesk.core.requests.ledger_row.LedgerRow` values, in two queries (the requests
with their requesters' ID numbers, then their printed steps), for tens of thousands of rows
without building whole requests and histories."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select

from villagedesk.core.requests.events import RefusalGround, Resolution, Satisfaction
from villagedesk.core.requests.ledger_row import LEDGER_STEPS, LedgerRow, LedgerStep
from villagedesk.core.requests.model import Requester, RequesterKind
from villagedesk.core.requests.state import Action, RequestState
from villagedesk.store.households import tables as households_tables
from villagedesk.store.requests import tables as tr
from villagedesk.store.requests.codec import load_all, member, read_moment
from villagedesk.store.sql_types import RowSelect, SqlRow
from villagedesk.store.tables import members

q, e = tr.requests, tr.request_events
Condition = ColumnElement[bool]
#: The columns of ``requests`` a ledger row is made of.
_COLUMNS = (
    "id", "number", "station_code", "received_at", "channel", "category", "content",
    "requester_kind", "requester_name", "requester_phone", "co_requesters", "assignee_name",
    "state", "due_at", "due_estimated", "extended_to", "closed_at", "resolution", "satisfaction",
)  # fmt: skip


def _chosen(first: date | None, last: date | None, *, followed_up_only: bool) -> list[Condition]:
    """The live requests of a ledger: received ``first`` … ``last`` (both inclusive, None: no
    bound), and with ``followed_up_only`` only those followed up or reopened."""
    found: list[Condition] = [q.c.voided_at.is_(None)]
    if first is not None:
        found.append(q.c.received_at >= first.isoformat())
    if last is not None:
        found.append(q.c.received_at < (last + timedelta(days=1)).isoformat())
    if followed_up_only:
        found.append(or_(q.c.followed_up_at.is_not(None), q.c.reopened != 0))
    return found


def _step(action: Action, at: datetime, by: str, details: str) -> LedgerStep:
    raw = json.loads(details)
    if action is Action.REPLY:
        return LedgerStep(action, at, by, raw["text"])
    if action is Action.REFUSE:
        return LedgerStep(action, at, by, raw["reason"], member(RefusalGround, raw["ground"]))
    if action is Action.FOLLOW_UP:
        resolution = member(Resolution, raw["resolution"])
        return LedgerStep(
            action, at, by, "", None, resolution, member(Satisfaction, raw["satisfaction"])
        )
    return LedgerStep(action, at, by, str(raw.get("statement", "")))


def _steps(
    conn: Connection, chosen: Sequence[Condition], actions: Collection[Action]
) -> dict[int, list[LedgerStep]]:
    """The chosen requests' steps of ``actions``, each request's oldest first."""
    query = (
        select(e.c.request_id, e.c.action, e.c.at, e.c.actor, e.c.details)
        .select_from(e.join(q, q.c.id == e.c.request_id))
        .where(*chosen, e.c.voided_at.is_(None), e.c.action.in_(sorted(a.value for a in actions)))
        .order_by(e.c.request_id, e.c.at, e.c.id)
    )
    found: dict[int, list[LedgerStep]] = {}
    for request_id, action, at, by, details in conn.execute(query):
        step = _step(member(Action, action), datetime.fromisoformat(at), by, details)
        found.setdefault(request_id, []).append(step)
    return found


def _requests_query(chosen: Sequence[Condition]) -> RowSelect:
    """The ledger's columns of the chosen requests, with the ID number of a requester chosen
    from the residents or the members (``store.requests.people`` reads it the same way)."""
    residents = households_tables.residents
    person = func.coalesce(q.c.requester_resident_id, q.c.requester_member_id)
    resident = and_(q.c.requester_kind == RequesterKind.RESIDENT.value, residents.c.id == person)
    party = and_(q.c.requester_kind == RequesterKind.MEMBER.value, members.c.id == person)
    joined = q.outerjoin(residents, resident).outerjoin(members, party)
    id_number = func.coalesce(residents.c.id_number, members.c.id_number, "")
    return (
        select(*(q.c[name] for name in _COLUMNS), id_number.label("id_number"))
        .select_from(joined)
        .where(*chosen)
        .order_by(q.c.received_at.desc(), q.c.id.desc())
    )


def _row(row: SqlRow, steps: list[LedgerStep] | None) -> LedgerRow:
    (rid, number, station, received, channel, category, content, kind, name, phone, co,
     assignee, state, due, estimated, extended, closed, resolution, satisfaction, id_number,
     ) = row  # fmt: skip
    return LedgerRow(
        rid, number, station, datetime.fromisoformat(received), channel, category, content,
        member(RequesterKind, kind), name, phone, str(id_number or ""),
        tuple(r.phone for r in load_all(Requester, co)),
        "" if assignee is None else assignee, member(RequestState, state), read_moment(due),
        bool(estimated), read_moment(extended), read_moment(closed),
        None if resolution is None else member(Resolution, resolution),
        None if satisfaction is None else member(Satisfaction, satisfaction),
        tuple(steps) if steps else (),
    )  # fmt: skip


def ledger_rows(
    conn: Connection,
    *,
    first: date | None,
    last: date | None,
    followed_up_only: bool = False,
    actions: Collection[Action] = LEDGER_STEPS,
) -> list[LedgerRow]:
    """The live requests received ``first`` … ``last`` (both inclusive; None: no bound), with
    ``followed_up_only`` only those followed up or reopened, each with its steps of ``actions``;
    oldest receipt first, then by 编号."""
    chosen = _chosen(first, last, followed_up_only=followed_up_only)
    steps = _steps(conn, chosen, actions)
    rows = [_row(row, steps.get(row.id)) for row in conn.execute(_requests_query(chosen))]
    rows.sort(key=lambda r: (r.received_at, r.number))  # stable: ties stay newest id first
    return rows
