"""The station's SQLite engine with its PRAGMAs and explicit transaction control.

SQLAlchemy's documented pysqlite recipe: the driver's own transaction handling is switched off
(``isolation_level = None``) and SQLAlchemy emits ``BEGIN`` itself, ``BEGIN IMMEDIATE`` for
connections opened for writing (execution option ``vd_write=True``), so a writer takes the write
lock at the start instead of failing half-way with "database is locked".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Select, create_engine, event
from sqlalchemy.engine import Connection

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "vd_write"

PRAGMAS: tuple[tuple[str, str], ...] = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("secure_delete", "ON"),
    ("trusted_schema", "OFF"),
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
    connect_args: dict[str, Any] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    engine = create_engine(f"sqlite:///{path.as_posix()}", connect_args=connect_args)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, connection_record: Any) -> None:
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


def fetch_all(engine: Engine, stmt: Select[Any]) -> list[tuple[Any, ...]]:
    """Run ``stmt`` on the driver's cursor and return plain tuples.

    For the big registers (100,000 rows) SQLAlchemy's result processing costs as much as the
    query itself, so the readers compile the statement and fetch through the DBAPI cursor.
    """
    with engine.connect() as conn:
        compiled = stmt.compile(dialect=conn.dialect)
        params = compiled.construct_params()
        args = [params[name] for name in compiled.positiontup or ()]
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            rows: list[tuple[Any, ...]] = cursor.execute(str(compiled), args).fetchall()
        finally:
            cursor.close()
        conn.rollback()
        return rows
