"""What the applier reads of the stored rows: rows by uuid and uuid → id, cached per plan/apply."""

from __future__ import annotations

import json
from typing import cast

from sqlalchemy import Table

from villagedesk.store.repositories import WriteContext
from villagedesk.store.sql_types import SqlValue
from villagedesk.store.township.collect import foreign_keys

#: A stored row as the planner compares it: every column but id (FKs as the parents' uuids),
#: and its id as ``_id``.
StoredRecord = dict[str, SqlValue]
#: A row straight from the driver's cursor.
DriverRow = tuple[SqlValue, ...]


class StoredRows:
    """Reads on the unit of work's connection, with the uuid lookups of one plan or apply.

    Table name → uuid → (id, station_code), or None when not stored (parents are written before
    their children, so none goes stale within one plan or apply; :meth:`reset` starts afresh).
    """

    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx
        self._known: dict[str, dict[str, tuple[int, str] | None]] = {}

    def reset(self) -> None:
        self._known = {}

    def fetch(self, sql: str, *params: SqlValue) -> list[DriverRow]:
        """Rows from the driver's cursor (SQLAlchemy's row processing costs more here)."""
        cursor = self._ctx.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            rows: list[DriverRow] = cursor.execute(sql, params).fetchall()
        finally:
            cursor.close()
        return rows

    def stored(self, table: Table, uuids: list[str]) -> dict[str, StoredRecord]:
        """Stored rows by uuid, every column but id, FKs as parent uuids (plus ``_id``)."""
        fks = foreign_keys(table)
        names = [c.name for c in table.columns if c.name != "id"]
        select_cols = [f"t.{n}" if n not in fks else f"p_{n}.uuid" for n in names]
        joins = " ".join(
            f"LEFT JOIN {parent.name} p_{col} ON p_{col}.id = t.{col}"
            for col, parent in fks.items()
        )
        sql = (
            f"SELECT t.id, {', '.join(select_cols)} FROM {table.name} t {joins} "
            "WHERE t.uuid IN (SELECT value FROM json_each(?))"
        )
        out: dict[str, StoredRecord] = {}
        for row in self.fetch(sql, json.dumps(uuids)):
            values = dict(zip(names, row[1:], strict=True))
            values["_id"] = row[0]
            out[str(values["uuid"])] = values
        return out

    def ids(self, table: Table, uuids: set[str]) -> dict[str, tuple[int, str]]:
        """uuid → (id, station_code) of the stored rows among ``uuids``."""
        known = self._known.setdefault(table.name, {})
        unknown = sorted(u for u in uuids if u not in known)
        if unknown:
            sql = (
                f"SELECT uuid, id, station_code FROM {table.name} "
                "WHERE uuid IN (SELECT value FROM json_each(?))"
            )
            # uuid, id and station_code are NOT NULL text, integer and text
            rows = cast(list[tuple[str, int, str]], self.fetch(sql, json.dumps(unknown)))
            found = {r[0]: (r[1], r[2]) for r in rows}
            for uuid in unknown:
                known[uuid] = found.get(uuid)
        return {u: hit for u in uuids if (hit := known[u]) is not None}
