"""Which schema revision a database is at, and bringing it up to date.

Reading the revision is plain SQL: alembic is imported (about 0.6 s) only when a migration is due.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from sqlalchemy import Connection, Engine, text

from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.store.engine import WRITE_OPTION

#: Every revision this program knows, oldest first; the last one is the head.
REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
)
HEAD_REVISION = REVISIONS[-1]

SchemaState = Literal["empty", "current", "behind", "ahead"]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _user_tables(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return {r[0] for r in rows}


def read_revision(conn: Connection) -> str | None:
    """The database's revision; None for an empty database. Raises for a foreign one."""
    tables = _user_tables(conn)
    if not tables:
        return None
    if "alembic_version" not in tables:
        raise DomainError(
            msg("Store", QT_TRANSLATE_NOOP("Store", "This file is not a VillageDesk database."))
        )
    value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value is not None else None


def state_of(revision: str | None) -> SchemaState:
    if revision is None:
        return "empty"
    if revision == HEAD_REVISION:
        return "current"
    if revision in REVISIONS:
        return "behind"
    return "ahead"


def schema_state(engine: Engine) -> SchemaState:
    with engine.connect() as conn:
        return state_of(read_revision(conn))


def newer_database_error(revision: str) -> DomainError:
    return DomainError(
        msg(
            "Store",
            QT_TRANSLATE_NOOP(
                "Store",
                "This database was written by a newer version of VillageDesk ({revision}). Install the newer version; nothing was changed.",
            ),
            revision=revision,
        )
    )


def migrate(engine: Engine, *, before_migration: Callable[[], None]) -> SchemaState:
    """Upgrade to the head revision; return the state found before.

    ``before_migration`` runs before a non-empty database is changed (the caller takes a backup).
    A database from a newer program is refused untouched.
    """
    with engine.connect() as conn:
        revision = read_revision(conn)
    state = state_of(revision)
    if state == "current":
        return state
    if state == "ahead":
        raise newer_database_error(revision or "")
    if state == "behind":
        before_migration()
    _upgrade(engine)
    return state


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
