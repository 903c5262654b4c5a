"""Collecting the station's changes for a sync package, from every table in ``SYNCABLE``.

Each row becomes a dict of all its columns except the integer key ``id``; every integer foreign
key column holds the referenced row's uuid instead (None stays None). The foreign keys are read
from the SQLAlchemy tables, so a syncable table declared later is collected with no code here.
One query per table: the parents' uuids come from LEFT JOINs, the ``version`` index bounds the
scan, so an incremental export reads only what changed.

:func:`encode_changes` reads the same rows already encoded: SQLite builds each JSON line itself
(``json_object``, generated from the table's columns), so a full export of a big station makes no
Python dict per row. A table with a column SQLite's JSON would not render exactly as Python's
(anything but integer and text) is encoded in Python instead, row by row.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from itertools import chain
from operator import itemgetter

from sqlalchemy import (
    Column,
    Connection,
    FromClause,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    cast,
    func,
    literal,
    select,
)

from villagedesk.core.progress import Progress
from villagedesk.core.township.ports import EncodedRecords, Records
from villagedesk.store.all_tables import AREA_TABLES  # noqa: F401  (SYNCABLE complete)
from villagedesk.store.repositories import WriteContext
from villagedesk.store.sql_types import ColumnExpr, RowSelect
from villagedesk.store.syncable import SYNCABLE, ChangeCounter, max_version

BATCH = 5000
MAX_JSON_COLUMNS = 60  # json_object takes two arguments per column; SQLite allows 127 at least
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def foreign_keys(table: Table) -> dict[str, Table]:
    """Column name → referenced table, for the table's integer foreign keys to ``id``."""
    found: dict[str, Table] = {}
    for fk in table.foreign_keys:
        if fk.column.name == "id" and fk.parent.name != "id":
            found[fk.parent.name] = fk.column.table
    return found


def _select(table: Table, since: int, until: int | None) -> tuple[list[str], RowSelect]:
    fks = foreign_keys(table)
    names: list[str] = []
    cols: list[ColumnExpr] = []
    query_from: FromClause = table
    for col in table.columns:
        if col.name == "id":
            continue
        names.append(col.name)
        parent = fks.get(col.name)
        if parent is None:
            cols.append(col)
            continue
        alias = parent.alias(f"fk_{col.name}")
        query_from = query_from.outerjoin(alias, alias.c.id == col)
        cols.append(alias.c.uuid)
    version: Column[int] = table.c.version
    query = select(*cols).select_from(query_from).where(version > since)
    if until is not None:
        query = query.where(version <= until)
    return names, query.order_by(version)


def collect_changes(
    conn: Connection,
    *,
    since: int,
    until: int | None = None,
    progress: Progress | None = None,
) -> Records:
    """Every syncable row with ``since < version <= until``, by table, parents' tables first."""
    if progress is not None:
        progress.start(count_changes(conn, since=since, until=until))
    records: Records = {}
    # Hundreds of thousands of fresh dicts would set off the cyclic collector again and again
    # (none of them can be garbage); pause it while reading. Rows come straight from the driver.
    paused = gc.isenabled()
    gc.disable()
    try:
        for name, table in SYNCABLE.items():
            keys, query = _select(table, since, until)
            compiled = query.compile(conn, compile_kwargs={"literal_binds": True})
            cursor = conn.exec_driver_sql(str(compiled)).cursor
            rows = records.setdefault(name, [])
            while True:
                chunk = cursor.fetchmany(BATCH)
                if not chunk:
                    break
                rows.extend(dict(zip(keys, row, strict=True)) for row in chunk)
                if progress is not None:
                    progress.advance(len(chunk))
            cursor.close()
    finally:
        if paused:
            gc.enable()
    return records


def sql_encodable(table: Table) -> bool:
    """Whether SQLite's ``json_object`` renders every column of ``table`` exactly as Python would."""
    columns = [c for c in table.columns if c.name != "id"]
    return len(columns) <= MAX_JSON_COLUMNS and all(
        isinstance(c.type, Integer | String) for c in columns
    )


def _json_sql(conn: Connection, table: Table, since: int, until: int | None) -> str:
    """``SELECT CAST(json_object('uuid', …) AS BLOB) FROM … ORDER BY version`` for ``table``."""
    names, query = _select(table, since, until)
    pairs = chain.from_iterable(
        (literal(name, Text), col) for name, col in zip(names, query.selected_columns, strict=True)
    )
    line = cast(func.json_object(*pairs), LargeBinary)
    compiled = query.with_only_columns(line).compile(conn, compile_kwargs={"literal_binds": True})
    return str(compiled)


def _sql_lines(conn: Connection, sql: str, progress: Progress | None) -> Iterator[bytes]:
    cursor = conn.exec_driver_sql(sql).cursor
    first = itemgetter(0)
    try:
        while chunk := cursor.fetchmany(BATCH):
            yield b"\n".join([*map(first, chunk), b""])
            if progress is not None:
                progress.advance(len(chunk))
    finally:
        cursor.close()


def _python_lines(
    conn: Connection, table: Table, since: int, until: int | None, progress: Progress | None
) -> Iterator[bytes]:
    keys, query = _select(table, since, until)
    compiled = query.compile(conn, compile_kwargs={"literal_binds": True})
    cursor = conn.exec_driver_sql(str(compiled)).cursor
    encode = _ENCODER.encode
    try:
        while chunk := cursor.fetchmany(BATCH):
            lines = [encode(dict(zip(keys, row, strict=True))) for row in chunk]
            yield ("\n".join(lines) + "\n").encode("utf-8")
            if progress is not None:
                progress.advance(len(chunk))
    finally:
        cursor.close()


def encode_changes(
    conn: Connection,
    *,
    since: int,
    until: int | None = None,
    progress: Progress | None = None,
) -> EncodedRecords:
    """The rows :func:`collect_changes` returns, as JSON lines; read lazily, on ``conn``."""
    if progress is not None:
        progress.start(count_changes(conn, since=since, until=until))

    def lines(name: str) -> Iterator[bytes]:
        table = SYNCABLE[name]
        if sql_encodable(table):
            return _sql_lines(conn, _json_sql(conn, table, since, until), progress)
        return _python_lines(conn, table, since, until, progress)

    return EncodedRecords(types=tuple(SYNCABLE), lines=lines)


def count_changes(conn: Connection, *, since: int, until: int | None = None) -> int:
    """How many syncable rows changed after ``since`` (up to ``until``)."""
    total = 0
    for table in SYNCABLE.values():
        query = select(func.count()).select_from(table).where(table.c.version > since)
        if until is not None:
            query = query.where(table.c.version <= until)
        total += int(conn.execute(query).scalar() or 0)
    return total


def current_counter(conn: Connection) -> int:
    """The change counter now: the last version handed out (never below a stored version)."""
    return max(ChangeCounter.current(conn), max_version(conn))


class SqlSyncSource:
    """core.township.ports.SyncSource on a unit of work's connection."""

    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    @property
    def _conn(self) -> Connection:
        return self._ctx.conn

    def counter(self) -> int:
        return current_counter(self._conn)

    def collect(self, *, since: int, progress: Progress | None = None) -> Records:
        return collect_changes(self._conn, since=since, until=self.counter(), progress=progress)

    def encoded(self, *, since: int, progress: Progress | None = None) -> EncodedRecords:
        return encode_changes(self._conn, since=since, until=self.counter(), progress=progress)

    def count_since(self, since: int) -> int:
        return count_changes(self._conn, since=since)
