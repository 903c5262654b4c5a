"""Writing many rows at once, shared by every register's repository.

A 100,000-member import or demo writes its rows through :func:`insert_many`: one executemany with
plain tuples, because SQLAlchemy's per-row parameter processing would cost more than SQLite's own
work. :func:`person_name_keys` gives the pinyin search keys stored beside a person's name.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection


def insert_many(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """INSERT ``rows`` (dicts with the same keys) into ``table``; column names come from our own
    dicts, never from a user."""
    if not rows:
        return
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    conn.exec_driver_sql(sql, [tuple(row[c] for c in columns) for row in rows])


def person_name_keys(name: str) -> tuple[str, str]:
    """Pinyin search keys of a person's name (initials, full), computed when the row is written."""
    from villagedesk.core.pinyin import name_keys  # on use: pypinyin's tables cost start-up time

    keys = name_keys(name)
    return keys.initials, keys.full
