"""What every write leaves for the audit log, caught by SQLite itself.

Each writing connection gets TEMP triggers on every audited table (the syncable registers, the
station row, the accounts and the settings in ``meta``): after each INSERT, UPDATE or DELETE
they add the row's values before and after, as JSON arrays, to the TEMP table
``audit_pending``. Nothing can write around them (bulk inserts, ``executemany``, raw SQL), and
they live in the connection's memory only, so the values they copy never reach the disk outside
the record itself. At commit the unit of work turns the pending rows into chained entries
(store/audit/recorder.py) in the same transaction; a rollback drops both.

A unit of work that records one summary instead (a township's import of a whole package, the
demo's thousands of records) puts a row in ``audit_off``, which the triggers' WHEN reads.

A unit of work that lists its new records by type and uuid only (a spreadsheet import:
AuditRecorder.list_inserts) drops the INSERT triggers for the rest of its transaction and notes
each table's highest rowid instead (:func:`watermarks`); at commit the rows above it are the new
ones (:func:`inserted_since`) and the triggers come back. An import's 20,000 rows then cost no
trigger at all: on the machines the stations run, a trigger that does nothing costs about 3 µs a
row, a fifth of what the whole log may add to an import. Updates and deletions are caught as
always. A rollback undoes the dropping with the rest (SQLite's DDL is transactional).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Table

from villagedesk.store.accounts.tables import accounts
from villagedesk.store.all_tables import AREA_TABLES
from villagedesk.store.syncable import (
    BOUND_KEY,
    COUNTER_KEY,
    LINE_BASE_KEY,
    LINE_KEY,
    SYNCABLE,
)
from villagedesk.store.tables import meta, station

del AREA_TABLES  # imported so that SYNCABLE lists every area's tables

PENDING = "audit_pending"
OFF = "audit_off"

#: Columns every syncable row carries that say nothing about the record itself.
BOOKKEEPING = frozenset({"id", "uuid", "station_code", "created_at", "updated_at", "version"})
#: Columns whose values never go into the log; that they changed does.
SECRET = frozenset({"password_hash", "recovery_hash"})
#: Columns the sign-in keeps up to date: recorded as sign-in entries, not as changes.
SIGN_IN = frozenset({"failed_attempts", "locked_until"})
#: Settings in ``meta`` that are the program's own bookkeeping, not the station's choices.
UNAUDITED_KEYS = (COUNTER_KEY, BOUND_KEY, LINE_KEY, LINE_BASE_KEY)
HEAD_KEY = "audit.head"


@dataclass(frozen=True)
class AuditedTable:
    """A table the triggers watch: its columns in order, which of them identifies the record,
    and which are left out of the fields an entry lists."""

    name: str
    record_type: str
    columns: tuple[str, ...]
    key: str
    ignored: frozenset[str]

    def position(self, column: str) -> int:
        return self.columns.index(column)


#: Columns derived from another one (the name's pinyin for the search): they add nothing.
DERIVED_SUFFIXES = ("_pinyin", "_initials")


def _audited(table: Table, *, record_type: str, key: str, ignored: frozenset[str]) -> AuditedTable:
    """``columns``: what the triggers copy, the record's key and the columns it lists (a copy of
    the left-out ones would only make every captured row longer)."""
    every = tuple(c.name for c in table.columns)
    left_out = ignored | frozenset(c for c in every if c.endswith(DERIVED_SUFFIXES))
    columns = tuple(c for c in every if c not in left_out or c == key)
    return AuditedTable(table.name, record_type, columns, key, left_out)


def audited_tables() -> dict[str, AuditedTable]:
    """Every audited table by name."""
    found = {
        name: _audited(table, record_type=name, key="uuid", ignored=BOOKKEEPING)
        for name, table in SYNCABLE.items()
    }
    found["station"] = _audited(
        station, record_type="station", key="code", ignored=frozenset({"id"})
    )
    found["accounts"] = _audited(
        accounts, record_type="accounts", key="uuid", ignored=frozenset({"id", "uuid"}) | SIGN_IN
    )
    found["meta"] = _audited(meta, record_type="settings", key="key", ignored=frozenset({"key"}))
    return found


AUDITED = audited_tables()


def _row(prefix: str, table: AuditedTable) -> str:
    return "json_array(" + ", ".join(f'{prefix}."{c}"' for c in table.columns) + ")"


def _left_out(row: str) -> str:
    """SQL true for a ``meta`` row the log leaves out (the program's own bookkeeping)."""
    keys = ", ".join(f"'{k}'" for k in UNAUDITED_KEYS)
    return f"{row}key IN ({keys}) OR {row}key LIKE 'audit.%'"


def _when(table: AuditedTable, row: str) -> str:
    when = f"NOT EXISTS (SELECT 1 FROM temp.{OFF})"
    if table.name == "meta":
        when += f" AND NOT ({_left_out(row + '.')})"
    return when


OPS = ("insert", "update", "delete")


def _trigger_name(table: AuditedTable, op: str) -> str:
    return f"audit_{table.name}_{op}"


def trigger_statement(table: AuditedTable, op: str) -> str:
    """The TEMP trigger that copies ``table``'s rows changed by ``op`` to ``audit_pending``; a
    deleted row's rowid goes with it (:func:`inserted_since`)."""
    old, new, rid, row = {
        "insert": ("NULL", _row("NEW", table), "NULL", "NEW"),
        "update": (_row("OLD", table), _row("NEW", table), "NULL", "NEW"),
        "delete": (_row("OLD", table), "NULL", "OLD.rowid", "OLD"),
    }[op]
    return (
        f'CREATE TEMP TRIGGER IF NOT EXISTS "{_trigger_name(table, op)}" '
        f'AFTER {op.upper()} ON main."{table.name}" WHEN {_when(table, row)} '
        f"BEGIN INSERT INTO {PENDING} (tbl, old, new, rid) "
        f"VALUES ('{table.name}', {old}, {new}, {rid}); END"
    )


def watermarks(driver: sqlite3.Connection) -> dict[str, int]:
    """Each audited table's highest rowid (0 when empty). SQLite gives a new row the highest
    rowid plus one (no writer here chooses one), so a row written later lies above it, or in the
    place of a row deleted meanwhile (:func:`inserted_since`): deleting the top rows lowers the
    highest."""
    marks: dict[str, int] = {}
    for name in AUDITED:
        (top,) = driver.execute(f'SELECT coalesce(max(rowid), 0) FROM main."{name}"').fetchone()
        marks[name] = int(top)
    return marks


def drop_insert_triggers(driver: sqlite3.Connection) -> None:
    """Stop copying inserted rows (until :func:`restore_insert_triggers`, or a rollback)."""
    for table in AUDITED.values():
        driver.execute(f'DROP TRIGGER IF EXISTS temp."{_trigger_name(table, "insert")}"')


def restore_insert_triggers(driver: sqlite3.Connection) -> None:
    for table in AUDITED.values():
        driver.execute(trigger_statement(table, "insert"))


def inserted_since(driver: sqlite3.Connection, marks: dict[str, int]) -> Iterator[tuple[str, str]]:
    """(table, key) of every audited row above its table's mark or in the place of a row this
    transaction deleted (read before the pending rows are emptied), table by table in rowid
    order (the settings in ``meta`` that the log leaves out are left out here too)."""
    freed: dict[str, set[int]] = {}
    for name, rid in driver.execute(f"SELECT tbl, rid FROM temp.{PENDING} WHERE rid IS NOT NULL"):
        freed.setdefault(str(name), set()).add(int(rid))
    for name, mark in marks.items():
        table = AUDITED[name]
        places = sorted(r for r in freed.get(name, ()) if r <= mark)
        where = "rowid > ?"
        if places:  # rowids, read from SQLite as integers
            where = f"({where} OR rowid IN ({', '.join(map(str, places))}))"
        if name == "meta":
            where += f" AND NOT ({_left_out('')})"
        rows = driver.execute(
            f'SELECT "{table.key}" FROM main."{name}" WHERE {where} ORDER BY rowid', (mark,)
        )
        for (key,) in rows:
            yield name, "" if key is None else str(key)


def install(driver: sqlite3.Connection) -> None:
    """Give ``driver`` the pending table and the triggers, once per connection."""
    found = driver.execute(
        "SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = ?", (PENDING,)
    ).fetchone()
    if found is not None:
        return
    driver.execute(
        f"CREATE TEMP TABLE {PENDING} "
        "(id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, old TEXT, new TEXT, rid INTEGER)"
    )
    driver.execute(f"CREATE TEMP TABLE {OFF} (x INTEGER)")
    for table in AUDITED.values():
        for op in OPS:
            driver.execute(trigger_statement(table, op))
