"""The read behind 矛盾纠纷排查化解台账: the printed columns of the disputes screened in a period,
as :class:`~villagedesk.core.disputes.ledger_row.LedgerDispute` values, in two queries (the
disputes, then their parties' names and numbers), oldest first."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import ColumnElement, Connection, select

from villagedesk.core.disputes.events import Outcome, Performance
from villagedesk.core.disputes.ledger_row import LedgerDispute
from villagedesk.core.disputes.model import MediationLevel, WarningLevel
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.json_values import member, optional_member, read_moment
from villagedesk.core.requests.events import Satisfaction
from villagedesk.store.disputes import tables as td

d, p = td.disputes, td.dispute_parties
_COLUMNS = (
    "id", "number", "station_code", "screened_on", "dispute_type", "summary", "people", "state",
    "warning", "mediation_level", "owner_name", "first_owner_name", "outcome", "performance",
    "followed_up_at", "satisfaction", "closed_at",
)  # fmt: skip


def _parties(
    conn: Connection, first: date | None, last: date | None
) -> dict[int, list[tuple[str, str, str]]]:
    """Each dispute's parties (name, phone, ID number), in their order."""
    asked = (
        select(p.c.dispute_id, p.c.name, p.c.phone, p.c.id_number)
        .join(d, d.c.id == p.c.dispute_id)
        .where(p.c.voided_at.is_(None), *_period(first, last))
        .order_by(p.c.dispute_id, p.c.position)
    )
    found: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for row in conn.execute(asked):
        found[row.dispute_id].append((row.name, row.phone, row.id_number))
    return found


def _period(first: date | None, last: date | None) -> list[ColumnElement[bool]]:
    chosen: list[ColumnElement[bool]] = [d.c.voided_at.is_(None)]
    if first is not None:
        chosen.append(d.c.screened_on >= first.isoformat())
    if last is not None:
        chosen.append(d.c.screened_on <= last.isoformat())
    return chosen


def ledger_disputes(
    conn: Connection, *, first: date | None, last: date | None
) -> list[LedgerDispute]:
    """The live disputes screened ``first`` … ``last`` (both inclusive; None: no bound), by
    排查日期 then 编号."""
    parties = _parties(conn, first, last)
    asked = select(*(d.c[k] for k in _COLUMNS)).where(*_period(first, last))
    rows: list[LedgerDispute] = []
    for r in conn.execute(asked.order_by(d.c.screened_on, d.c.number)):
        people = parties.get(r.id, [])
        rows.append(
            LedgerDispute(
                number=r.number,
                station_code=r.station_code,
                screened_on=date.fromisoformat(r.screened_on),
                parties=tuple(name for name, _p, _i in people),
                known=tuple(x for _n, phone, number in people for x in (number, phone) if x),
                dispute_type=r.dispute_type,
                summary=r.summary,
                people=r.people,
                state=member(DisputeState, r.state),
                warning=member(WarningLevel, r.warning),
                mediation_level=member(MediationLevel, r.mediation_level),
                owner=r.owner_name or r.first_owner_name or "",
                outcome=optional_member(Outcome, r.outcome),
                performance=optional_member(Performance, r.performance),
                followed_up_at=read_moment(r.followed_up_at),
                satisfaction=optional_member(Satisfaction, r.satisfaction),
                closed_at=read_moment(r.closed_at),
            )
        )
    return rows
