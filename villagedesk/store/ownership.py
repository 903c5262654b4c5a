"""core.ownership.RecordOwners on a unit of work's connection: a record's station, a village's name."""

from __future__ import annotations

from sqlalchemy import select

from villagedesk.store.all_tables import AREA_TABLES  # noqa: F401  (SYNCABLE complete)
from villagedesk.store.repositories import WriteContext
from villagedesk.store.syncable import SYNCABLE
from villagedesk.store.tables import sync_peer


class SqlRecordOwners:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def station_of(self, record_type: str, record_id: int) -> str | None:
        table = SYNCABLE[record_type]
        query = select(table.c.station_code).where(table.c.id == record_id)
        code = self._ctx.conn.execute(query).scalar()
        return None if code is None else str(code)

    def village_name(self, code: str) -> str:
        query = select(sync_peer.c.name).where(sync_peer.c.code == code)
        name = self._ctx.conn.execute(query).scalar()
        return str(name) if name else code
