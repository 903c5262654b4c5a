"""What every in-service repository shares: insert, update, void and bulk-insert rows of one
syncable table on the unit of work's connection, and the ISO text of a stored day."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import ColumnElement, Table, insert, update

from villagedesk.core.clock import utc_stamp
from villagedesk.store.bulk import insert_many
from villagedesk.store.repositories import WriteContext, new_id
from villagedesk.store.sql_types import ColumnValues, SqlValue
from villagedesk.store.syncable import stamp_many


def day_or_none(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def iso_or_none(value: date | None) -> str | None:
    return value.isoformat() if value else None


class TableRepository:
    """A repository over ``table``: insert, update and void its rows, stamped for sync."""

    table: Table

    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def _insert(self, values: Mapping[str, SqlValue]) -> int:
        result = self._ctx.conn.execute(insert(self.table).values(self._ctx.insert_values(values)))
        return new_id(result)

    def _update(self, row_id: int, values: Mapping[str, SqlValue]) -> None:
        stamped = self._ctx.update_values(values)
        self._ctx.conn.execute(update(self.table).where(self.table.c.id == row_id).values(stamped))

    def _void(self, row_id: int, reason: str) -> None:
        self._update(row_id, {"voided_at": utc_stamp(), "void_reason": reason})

    def _insert_many(self, rows: list[ColumnValues]) -> None:
        if not rows:
            return
        conn = self._ctx.conn
        stamp_many(conn, rows, counter=self._ctx.counter, station_code=self._ctx.station_code())
        insert_many(conn, self.table.name, rows)

    def _live(self) -> ColumnElement[bool]:
        return self.table.c.voided_at.is_(None)
