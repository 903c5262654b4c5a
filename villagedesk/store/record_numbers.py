"""core.unmasking.RecordNumbers on a unit of work's connection: a record's uuid and its numbers."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from villagedesk.core.masking import number_kind
from villagedesk.store.all_tables import AREA_TABLES  # noqa: F401  (SYNCABLE complete)
from villagedesk.store.repositories import WriteContext
from villagedesk.store.syncable import SYNCABLE


class SqlRecordNumbers:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def uuid_of(self, record_type: str, record_id: int) -> str | None:
        table = SYNCABLE[record_type]
        found = self._ctx.conn.execute(select(table.c.uuid).where(table.c.id == record_id))
        value = found.scalar()
        return None if value is None else str(value)

    def values(self, record_type: str, record_uuid: str, fields: Sequence[str]) -> list[str] | None:
        table = SYNCABLE[record_type]
        if any(number_kind(f) is None or f not in table.c for f in fields):
            raise KeyError(f"{record_type} has no number field among {list(fields)}")
        query = select(*(table.c[f] for f in fields)).where(table.c.uuid == record_uuid)
        row = self._ctx.conn.execute(query).first()
        return None if row is None else ["" if v is None else str(v) for v in row]

    def member_of(self, record_type: str, record_id: int) -> int | None:
        table = SYNCABLE[record_type]
        if "member_id" not in table.c:
            raise KeyError(f"{record_type} names no member")
        found = self._ctx.conn.execute(select(table.c.member_id).where(table.c.id == record_id))
        value = found.scalar()
        return None if value is None else int(value)
