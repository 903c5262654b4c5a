"""The station's settings as rows of the ``meta`` table: one key, one text value."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select

from villagedesk.store import tables as t


def read_setting(conn: Connection, key: str) -> str | None:
    """The value kept under ``key`` (None when nothing is)."""
    value: str | None = conn.execute(
        select(t.meta.c.value).where(t.meta.c.key == key)
    ).scalar_one_or_none()
    return value


def read_settings(conn: Connection, keys: Iterable[str]) -> dict[str, str]:
    """The values kept under ``keys``, by key (keys with nothing kept are left out)."""
    rows = conn.execute(select(t.meta.c.key, t.meta.c.value).where(t.meta.c.key.in_(list(keys))))
    return {key: value for key, value in rows}


def write_setting(conn: Connection, key: str, value: str) -> None:
    """Keep ``value`` under ``key``, replacing what was there."""
    conn.exec_driver_sql(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
