"""The requesters' ID numbers, read for many requests at once (the printouts mask them inside
free text, and the 民情办理单 shows its requester's in full)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Table, select

from villagedesk.core.requests.model import RequesterKind
from villagedesk.core.requests.record import Request
from villagedesk.store.households import tables as households_tables
from villagedesk.store.requests.history import CHUNK
from villagedesk.store.tables import members


def _numbers(conn: Connection, table: Table, ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(ids), CHUNK):
        chosen = select(table.c.id, table.c.id_number).where(
            table.c.id.in_(ids[start : start + CHUNK])
        )
        found.update({int(row.id): str(row.id_number or "") for row in conn.execute(chosen)})
    return found


def requester_id_numbers(conn: Connection, requests: Iterable[Request]) -> dict[int, str]:
    """Request id → its requester's ID number, for requesters chosen from the registers."""
    wanted: dict[RequesterKind, dict[int, int]] = {
        RequesterKind.RESIDENT: {},
        RequesterKind.MEMBER: {},
    }
    for r in requests:
        who = r.values.requester
        if who.person_id is not None and who.kind in wanted:
            wanted[who.kind][r.id] = who.person_id
    residents = _numbers(
        conn, households_tables.residents, sorted(set(wanted[RequesterKind.RESIDENT].values()))
    )
    people = _numbers(conn, members, sorted(set(wanted[RequesterKind.MEMBER].values())))
    out = {rid: residents.get(pid, "") for rid, pid in wanted[RequesterKind.RESIDENT].items()}
    out.update({rid: people.get(pid, "") for rid, pid in wanted[RequesterKind.MEMBER].items()})
    return {rid: number for rid, number in out.items() if number}
