"""Writing many rows at once, shared by every register's repository.

A 100,000-member import or demo writes its rows through :func:`insert_many`: one executemany with
plain tuples, because SQLAlchemy's per-row parameter processing would cost more than SQLite's own
work; :func:`bulk_insert` stamps the rows for sync first and returns their new ids.
:func:`person_name_keys` gives the pinyin search keys stored beside a person's name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, Table, select

from villagedesk.store.repositories import WriteContext
from villagedesk.store.sql_types import ColumnValues, SqlValue
from villagedesk.store.syncable import stamp_many


def insert_many(conn: Connection, table: str, rows: Sequence[Mapping[str, SqlValue]]) -> None:
    """INSERT ``rows`` (dicts with the same keys) into ``table``; column names come from our own
    dicts, never from a user."""
    if not rows:
        return
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    conn.exec_driver_sql(sql, [tuple(row[c] for c in columns) for row in rows])


def bulk_insert(ctx: WriteContext, table: Table, rows: list[ColumnValues]) -> list[int]:
    """Stamp and insert ``rows`` in one executemany; their new ids, in order."""
    if not rows:
        return []
    conn = ctx.conn
    first = stamp_many(conn, rows, counter=ctx.counter, station_code=ctx.station_code())
    insert_many(conn, table.name, rows)
    found = conn.execute(
        select(table.c.id)
        .where(table.c.version.between(first, first + len(rows) - 1))
        .order_by(table.c.version)
    )
    return list(found.scalars().all())


def person_name_keys(name: str) -> tuple[str, str]:
    """Pinyin search keys of a person's name (initials, full), computed when the row is written."""
    from villagedesk.core.pinyin import name_keys  # on use: pypinyin's tables cost start-up time

    keys = name_keys(name)
    return keys.initials, keys.full
