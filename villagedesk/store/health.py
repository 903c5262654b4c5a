"""Database health checks: SQLite's quick_check, integrity_check and foreign_key_check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError


def _pragma_lines(engine: Engine, pragma: str) -> list[str]:
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()
    except DBAPIError as e:
        return [str(e.orig)]
    lines = [str(r[0]) for r in rows]
    return [] if lines == ["ok"] else lines


def quick_check(engine: Engine) -> list[str]:
    """SQLite's fast structural check; an empty list means the database is sound."""
    return _pragma_lines(engine, "quick_check")


def integrity_check(engine: Engine) -> list[str]:
    """The full check (reads every page and index); an empty list means sound."""
    return _pragma_lines(engine, "integrity_check")


def foreign_key_check(engine: Engine) -> list[str]:
    """Rows whose foreign keys point nowhere, one line each."""
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    except DBAPIError as e:
        return [str(e.orig)]
    return [f"{r[0]} row {r[1]} -> {r[2]}" for r in rows]


def check_file(path: Path, *, quick: bool = False) -> list[str]:
    """Check a database file that no engine holds (a backup), opened read-only."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        return [str(e)]
    try:
        lines = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.Error as e:
        return [str(e)]
    finally:
        conn.close()
    return [] if lines == ["ok"] else lines


def file_tables(path: Path) -> set[str]:
    """Names of the tables in a database file (empty when it cannot be read)."""
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return set()
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {str(r[0]) for r in rows}
    except sqlite3.Error:
        return set()
    finally:
        conn.close()


def file_revision(path: Path) -> str | None:
    """The Alembic revision stored in a database file, or None."""
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()
