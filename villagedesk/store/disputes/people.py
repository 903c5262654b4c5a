"""The parties (``dispute_parties``) and households (``dispute_households``) of disputes:
written once with the dispute, read for many disputes at once (a register page, a ledger)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, insert, select

from villagedesk.core.disputes.model import Party
from villagedesk.store.disputes import tables as td
from villagedesk.store.disputes.rows import party_columns, read_party
from villagedesk.store.repositories import WriteContext

p, dh = td.dispute_parties, td.dispute_households
#: How many ids one ``IN (…)`` carries (well under SQLite's limit of bound values).
CHUNK = 500


def add_people(
    ctx: WriteContext, dispute_id: int, parties: Sequence[Party], household_ids: Sequence[int]
) -> None:
    """Write the parties and the households of a new dispute, in their order."""
    for position, party in enumerate(parties):
        row = ctx.insert_values(party_columns(dispute_id, position, party))
        ctx.conn.execute(insert(p).values(row))
    for position, household_id in enumerate(household_ids):
        values = {"dispute_id": dispute_id, "household_id": household_id, "position": position}
        ctx.conn.execute(insert(dh).values(ctx.insert_values(values)))


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), CHUNK):
        yield wanted[start : start + CHUNK]


def parties_of(conn: Connection, dispute_ids: Iterable[int]) -> dict[int, list[Party]]:
    """The live parties of each of ``dispute_ids``, in the order they were given."""
    found: dict[int, list[Party]] = {}
    for chunk in _chunks(dispute_ids):
        query = (
            select(p)
            .where(p.c.dispute_id.in_(chunk), p.c.voided_at.is_(None))
            .order_by(p.c.dispute_id, p.c.position, p.c.id)
        )
        for row in conn.execute(query):
            found.setdefault(row.dispute_id, []).append(read_party(row))
    return found


def households_of(conn: Connection, dispute_ids: Iterable[int]) -> dict[int, list[int]]:
    """The live household ids each of ``dispute_ids`` names, in the order they were given."""
    found: dict[int, list[int]] = {}
    for chunk in _chunks(dispute_ids):
        query = (
            select(dh.c.dispute_id, dh.c.household_id)
            .where(dh.c.dispute_id.in_(chunk), dh.c.voided_at.is_(None))
            .order_by(dh.c.dispute_id, dh.c.position, dh.c.id)
        )
        for row in conn.execute(query):
            found.setdefault(row.dispute_id, []).append(int(row.household_id))
    return found
