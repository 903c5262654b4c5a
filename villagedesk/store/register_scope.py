"""What a township's registers add to any register's read side: the village column (the village's
name from sync_peer, else its code), the village filter, and the station scope the view asks for.
"""

from __future__ import annotations

from sqlalchemy import Engine, Table, func, select

from villagedesk.core.ownership import StationScope, VillageChoice, is_township
from villagedesk.store import tables as t
from villagedesk.store.repositories import read_station
from villagedesk.store.sql_types import ColumnExpr

VILLAGE_ROLE = "village"


def village_label(table: Table) -> ColumnExpr:
    """The record's village as the township reads it: accepted village's name, the station's own
    name for its own records, else the code."""
    peer = (
        select(t.sync_peer.c.name)
        .where(t.sync_peer.c.role == VILLAGE_ROLE, t.sync_peer.c.code == table.c.station_code)
        .scalar_subquery()
    )
    own = select(t.station.c.name).where(t.station.c.code == table.c.station_code).scalar_subquery()
    return func.coalesce(peer, own, table.c.station_code)


def scope_columns(table: Table) -> dict[str, ColumnExpr]:
    """The keys every township register's reader adds: ``village`` and ``station_code``."""
    return {"village": village_label(table), "station_code": table.c.station_code}


def read_scope(engine: Engine) -> StationScope:
    """Township mode or not, the station's own code, and the accepted villages by code."""
    with engine.connect() as conn:
        station = read_station(conn)
        if not is_township(station):
            return StationScope(False, station.code if station is not None else "")
        assert station is not None
        rows = conn.execute(
            select(t.sync_peer.c.code, t.sync_peer.c.name)
            .where(t.sync_peer.c.role == VILLAGE_ROLE)
            .order_by(t.sync_peer.c.code)
        ).all()
    villages = tuple(VillageChoice(code, name or code) for code, name in rows)
    return StationScope(True, station.code, villages, station.name)
