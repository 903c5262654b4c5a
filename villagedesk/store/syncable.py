"""Syncable records: the columns every synced register carries, and the station's change counter.

A table declared with :func:`syncable_table` gets ``uuid``, ``station_code``, timestamps, a
``version`` and void columns, and is listed in :data:`SYNCABLE` so the sync code can walk every
syncable table. ``version`` is the station's global change counter, raised on every write.

The counter never goes backwards, not even after an older backup is restored: a high-water mark
is kept outside the database (``counters.json``) and inside it (``meta``, so it travels with
every backup), reserved in blocks. Before a version past the reserved bound is handed out, both
are rewritten with a new bound; on open the counter starts at the largest of the database's
value and those bounds.

A restore starts a new era: the counter jumps by :data:`RESTORE_ERA` past every mark it knows.
The computer the backup came from may have handed out versions after the backup that no mark
here can know of (they may already be at the township); an edit made after the restore must
still be newer than all of them, or the township would keep the older value.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import Column, Connection, Integer, MetaData, Table, Text, select, text
from sqlalchemy.schema import SchemaItem

from villagedesk import fsutil
from villagedesk.core.clock import utc_stamp
from villagedesk.store.sql_types import ColumnValues, SqlValue

#: Every syncable table, by name, in declaration order (parents before children).
SYNCABLE: dict[str, Table] = {}

COUNTER_KEY = "change_counter"
BOUND_KEY = "change_counter_bound"
LINE_KEY = "sync_line"
# The newest package the restored data knew of when its line began (0: none).
LINE_BASE_KEY = "sync_line_base"
BLOCK = 1000
RESTORE_ERA = 1 << 32


def syncable_table(name: str, metadata: MetaData, *columns: SchemaItem) -> Table:
    """Declare a table with the syncable columns in front of ``columns`` (columns, indexes,
    constraints), and register it."""
    table = Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True),
        Column("uuid", Text, nullable=False, unique=True),
        Column("station_code", Text, nullable=False),
        Column("created_at", Text, nullable=False),
        Column("updated_at", Text, nullable=False),
        Column("version", Integer, nullable=False, index=True),
        Column("voided_at", Text, nullable=True),
        Column("void_reason", Text, nullable=False, server_default=""),
        *columns,
    )
    SYNCABLE[name] = table
    return table


class ChangeCounter:
    """Hands out versions from the ``meta`` table, guarded by the high-water mark file."""

    def __init__(self, path: Path, *, block: int = BLOCK) -> None:
        self.path = path
        self.block = block
        self._lock = threading.Lock()
        self.bound = self._read_bound()
        self._floor = self.bound
        self._db_floor_read = False

    def _read_file(self, key: str) -> int:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return max(0, int(data.get(key, 0)))
        except (OSError, ValueError, TypeError, AttributeError):
            return 0

    def _read_bound(self) -> int:
        return self._read_file("change_counter_bound")

    def _write_bound(self, bound: int, *, line: int | None = None) -> None:
        fields = {
            "change_counter_bound": bound,
            # The highest line this computer has started: a second restore of the same backup
            # here starts a line of its own, never one the township has seen already.
            "sync_line": self._read_file("sync_line") if line is None else line,
        }
        payload = json.dumps(fields, indent=2) + "\n"
        fsutil.atomic_write_bytes(self.path, payload.encode("utf-8"))
        self.bound = bound

    @staticmethod
    def _get(conn: Connection, key: str) -> int:
        value = conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": key}).scalar()
        return int(value) if value is not None else 0

    @classmethod
    def current(cls, conn: Connection) -> int:
        """The last version handed out, as the database knows it."""
        return cls._get(conn, COUNTER_KEY)

    def allocate(self, conn: Connection, n: int = 1) -> int:
        """Reserve ``n`` consecutive versions in ``conn``'s transaction; return the first."""
        if n < 1:
            raise ValueError("n must be positive")
        with self._lock:
            if not self._db_floor_read:  # the mark the database carries (say, from a backup)
                self._floor = max(self._floor, self._get(conn, BOUND_KEY))
                self._db_floor_read = True
            start = max(self.current(conn), self._floor) + 1
            last = start + n - 1
            if last > self.bound or last > self._get(conn, BOUND_KEY):
                bound = max(self.bound, last + self.block)
                self._write_bound(bound)
                self._set(conn, bound, BOUND_KEY)
            self._set(conn, last)
            return start

    def raise_to_high_water(self, conn: Connection) -> int:
        """After a restore: start a new era past every mark known here. Returns the counter.

        The era is also a new line of this installation's package history (``sync_line``): the
        township learns from it that packages it saw after the backup's last one belong to a
        history that ended with the restore. That last one is kept too (``sync_line_base``):
        packages named above it belong to the new line, whatever the old computer numbered so.
        """
        with self._lock:
            line = max(self._get(conn, LINE_KEY), self._read_file("sync_line")) + 1
            self._set(conn, line, LINE_KEY)
            base = conn.execute(text("SELECT coalesce(max(seq), 0) FROM sync_package_log")).scalar()
            self._set(conn, int(base or 0), LINE_BASE_KEY)
            self.bound = max(self.bound, self._read_bound())
            known = max(self.current(conn), self._get(conn, BOUND_KEY), self.bound, self._floor)
            value = known + RESTORE_ERA
            self._floor = value
            self._db_floor_read = True
            self._write_bound(value + self.block, line=line)
            self._set(conn, value + self.block, BOUND_KEY)
            self._set(conn, value)
            return value

    @staticmethod
    def _set(conn: Connection, value: int, key: str = COUNTER_KEY) -> None:
        conn.execute(
            text(
                "INSERT INTO meta (key, value) VALUES (:k, :v) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
            ),
            {"k": key, "v": str(value)},
        )


def stamp_insert(
    conn: Connection,
    values: Mapping[str, SqlValue],
    *,
    counter: ChangeCounter,
    station_code: str,
    now: str | None = None,
) -> ColumnValues:
    """``values`` plus uuid, station, timestamps and a fresh version, for an INSERT."""
    ts = now or utc_stamp()
    return {
        **values,
        "uuid": values.get("uuid") or str(uuid.uuid4()),
        "station_code": station_code,
        "created_at": ts,
        "updated_at": ts,
        "version": counter.allocate(conn),
    }


def stamp_update(
    conn: Connection,
    values: Mapping[str, SqlValue],
    *,
    counter: ChangeCounter,
    now: str | None = None,
) -> ColumnValues:
    """``values`` plus the new ``updated_at`` and version, for an UPDATE (or a void)."""
    return {**values, "updated_at": now or utc_stamp(), "version": counter.allocate(conn)}


def stamp_many(
    conn: Connection,
    rows: list[ColumnValues],
    *,
    counter: ChangeCounter,
    station_code: str,
) -> int:
    """Stamp ``rows`` in place for a bulk INSERT, versions allocated in one go; return the first."""
    if not rows:
        return 0
    first = counter.allocate(conn, len(rows))
    ts = utc_stamp()
    for i, row in enumerate(rows):
        row["uuid"] = row.get("uuid") or str(uuid.uuid4())
        row["station_code"] = station_code
        row["created_at"] = ts
        row["updated_at"] = ts
        row["version"] = first + i
    return first


def max_version(conn: Connection) -> int:
    """The highest version stored in any syncable table (0 when empty)."""
    best = 0
    for table in SYNCABLE.values():
        v = conn.execute(select(table.c.version).order_by(table.c.version.desc()).limit(1))
        best = max(best, v.scalar() or 0)
    return best
