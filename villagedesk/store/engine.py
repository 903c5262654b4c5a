"""The station's SQLite engine with its PRAGMAs and explicit transaction control.

SQLAlchemy's documented pysqlite recipe: the driver's own transaction handling is switched off
(``isolation_level = None``) and SQLAlchemy emits ``BEGIN`` itself, ``BEGIN IMMEDIATE`` for
connections opened for writing (execution option ``vd_write=True``), so a writer takes the write
lock at the start instead of failing half-way with "database is locked".
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, Select, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import ConnectionPoolEntry

from villagedesk.core.faults import disk_full
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.store.sql_types import RowT

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "vd_write"

PRAGMAS: tuple[tuple[str, str], ...] = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("secure_delete", "ON"),
    ("trusted_schema", "OFF"),
    # TEMP tables (the audit capture's pending rows, with their full numbers) and sorts stay in
    # memory: no temporary file on disk ever holds them
    ("temp_store", "MEMORY"),
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
)


def apply_pragmas(dbapi_connection: sqlite3.Connection) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for name, value in PRAGMAS:
            cursor.execute(f"PRAGMA {name}={value}")
    finally:
        cursor.close()


def create_station_engine(db_path: str | Path) -> Engine:
    """An engine on ``db_path``; every connection gets the station PRAGMAs."""
    path = Path(db_path)
    connect_args: dict[str, float | bool] = {
        "timeout": BUSY_TIMEOUT_MS / 1000,
        "check_same_thread": False,
    }
    engine = create_engine(f"sqlite:///{path.as_posix()}", connect_args=connect_args)

    @event.listens_for(engine, "connect")
    def _on_connect(
        dbapi_connection: sqlite3.Connection, connection_record: ConnectionPoolEntry
    ) -> None:
        del connection_record
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def write_connection(engine: Engine) -> Connection:
    """A connection whose transactions begin with ``BEGIN IMMEDIATE``."""
    return engine.connect().execution_options(**{WRITE_OPTION: True})


def fetch_all(engine: Engine, stmt: Select[RowT]) -> list[RowT]:
    """Run ``stmt`` on the driver's cursor and return plain tuples (of the statement's row type).

    For the big registers (100,000 rows) SQLAlchemy's result processing costs as much as the
    query itself, so the readers compile the statement and fetch through the DBAPI cursor.
    """
    with engine.connect() as conn:
        compiled = stmt.compile(dialect=conn.dialect)
        params = compiled.construct_params()
        args = [params[name] for name in compiled.positiontup or ()]
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            rows: list[RowT] = cursor.execute(str(compiled), args).fetchall()
        finally:
            cursor.close()
        conn.rollback()
        return rows


# SQLite's primary result codes (https://sqlite.org/rescode.html) that have words of their own.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_TOOBIG, SQLITE_NOTADB = 13, 14, 18, 26
#: Less free space than this on the data folder's disk makes a disk I/O error a full disk.
NEARLY_FULL_BYTES = 16 * 1024 * 1024

_DATABASE_FAULTS: dict[int, str] = {
    SQLITE_BUSY: QT_TRANSLATE_NOOP(
        "Store", "The database is busy: another program is writing to it. Try again in a moment."
    ),
    SQLITE_READONLY: QT_TRANSLATE_NOOP(
        "Store",
        "The database cannot be written: the data folder or its disk is read-only. Nothing was "
        "saved.",
    ),
    SQLITE_IOERR: QT_TRANSLATE_NOOP(
        "Store",
        "The database could not be read or written (a disk error). Nothing was saved. Check the "
        "disk, then run: villagedesk check",
    ),
    SQLITE_CORRUPT: QT_TRANSLATE_NOOP(
        "Store",
        "The database is damaged. Restore a backup: villagedesk backup list shows the backups, "
        "villagedesk backup restore NAME restores one.",
    ),
    SQLITE_CANTOPEN: QT_TRANSLATE_NOOP(
        "Store",
        "The database file could not be opened: the data folder cannot be written, or the path "
        "is wrong.",
    ),
    SQLITE_TOOBIG: QT_TRANSLATE_NOOP("Store", "A value is too large to be saved."),
}
_DATABASE_FAULTS[SQLITE_LOCKED] = _DATABASE_FAULTS[SQLITE_BUSY]
_DATABASE_FAULTS[SQLITE_NOTADB] = _DATABASE_FAULTS[SQLITE_CORRUPT]


def _sqlite_error(error: BaseException) -> sqlite3.Error | None:
    if isinstance(error, DBAPIError):
        orig = error.orig
        return orig if isinstance(orig, sqlite3.Error) else None
    return error if isinstance(error, sqlite3.Error) else None


def _nearly_full(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def database_fault(error: BaseException, *, folder: Path | None = None) -> Message | None:
    """What a database error means for the user (the disk is full, the file is damaged …),
    or None for an error that has no words of its own. Never the error's text, which holds
    the SQL statement and its parameters. ``folder`` (the data folder) tells a disk I/O error
    on a full disk from another one."""
    found = _sqlite_error(error)
    if found is None:
        return None
    code = getattr(found, "sqlite_errorcode", None)
    if code is None:  # an old sqlite3 module: only the English text says what happened
        said = str(found).lower()
        code = SQLITE_FULL if "disk is full" in said else SQLITE_IOERR if "i/o" in said else -1
    primary = code & 0xFF
    if primary == SQLITE_FULL or (primary == SQLITE_IOERR and _nearly_full(folder)):
        return disk_full()
    words = _DATABASE_FAULTS.get(primary)
    return msg("Store", words) if words is not None else None
