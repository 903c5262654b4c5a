"""Planning a package's records without writing (the dry run, and the first half of an apply).

One :class:`TablePlanner` per syncable table knows the table's columns, foreign keys and label
columns; :func:`plan_records` runs them parents first (:func:`table_order`) and gathers what each
decided into one :class:`~villagedesk.core.township.model.ApplyPlan`. Records are matched by
uuid; the newer version wins and a tombstone (voided row) is never undone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from sqlalchemy import Table

from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.core.township.model import (
    ApplyPlan,
    RecordChange,
    Records,
    RecordStatus,
    TypeCounts,
)
from villagedesk.store.all_tables import AREA_TABLES  # noqa: F401  (SYNCABLE complete)
from villagedesk.store.syncable import SYNCABLE
from villagedesk.store.township.apply_lookup import StoredRecord, StoredRows
from villagedesk.store.township.collect import foreign_keys

CTX = "Sync"
_SCALARS = frozenset({str, int, float, type(None)})
#: Bookkeeping columns left out of "changed fields".
_QUIET = frozenset({"version", "updated_at"})
LABEL_KEYS = ("name", "title", "change", "comment", "number")

MALFORMED = QT_TRANSLATE_NOOP("Sync", "The record is malformed.")
UNKNOWN_TYPE = QT_TRANSLATE_NOOP(
    "Sync", "Records of the type {type} are unknown to this version of VillageDesk."
)
OTHER_STATION = QT_TRANSLATE_NOOP("Sync", "A record with this id belongs to another station.")
MISSING_PARENT = QT_TRANSLATE_NOOP("Sync", "The record refers to a record that is missing.")
CONFLICT = QT_TRANSLATE_NOOP("Sync", "The record conflicts with a stored record: {detail}")

Refused = Mapping[tuple[str, str], Sequence[Message]]
#: Per foreign key: column, the stored parents' uuid → station code, the uuids written in this
#: package, and whether the reference may wait for the second (self) pass.
ParentCheck = tuple[str, dict[str, str], set[str], bool]
#: A record as a package carries it: column → value (JSON scalars once checked, FKs as uuids).
Record = Mapping[str, object]


def message(text: str, **params: object) -> Message:
    return msg(CTX, text, **params)


def table_order() -> list[Table]:
    """Syncable tables, every parent before its children (self references ignored)."""
    done: list[Table] = []
    seen: set[str] = set()

    def visit(table: Table, path: frozenset[str]) -> None:
        if table.name in seen or table.name in path:
            return
        for parent in foreign_keys(table).values():
            if parent.name in SYNCABLE and parent is not table:
                visit(parent, path | {table.name})
        seen.add(table.name)
        done.append(table)

    for table in SYNCABLE.values():
        visit(table, frozenset())
    return done


@dataclass
class TablePlan:
    table: Table
    columns: list[str]
    fks: dict[str, Table]
    #: The payload rows (every column in ``columns``, FKs as parent uuids).
    inserts: list[Record] = field(default_factory=list)
    updates: list[Record] = field(default_factory=list)


@dataclass
class Decisions:
    """What the planners decided so far: every record's change and the counts per type."""

    changes: list[RecordChange] = field(default_factory=list)
    counts: dict[str, TypeCounts] = field(default_factory=dict)
    #: uuids that will exist after the apply, per table (for the children's references).
    present: dict[str, set[str]] = field(default_factory=dict)

    def refuse(self, kind: str, row: Record, messages: Sequence[Message]) -> None:
        self.counts.setdefault(kind, TypeCounts()).refused += 1
        uuid = str(row.get("uuid", ""))
        self.changes.append(
            RecordChange(kind, uuid, label(row), RecordStatus.REFUSED, messages=tuple(messages))
        )


def label(row: Record, keys: Sequence[str] = LABEL_KEYS) -> str:
    for key in keys:
        value = row.get(key)
        if isinstance(value, str) and value:
            return value
    return str(row.get("uuid", ""))[:8]


def version(row: Record) -> int:
    value = row.get("version")
    return value if isinstance(value, int) else -1


def plan_records(
    records: Records, *, village: str, refused: Refused, lookup: StoredRows
) -> ApplyPlan:
    """Plan every record: unknown types refused, then each table's planner, parents first."""
    decided = Decisions()
    for kind, rows in records.items():
        if kind not in SYNCABLE:
            for row in rows:
                decided.refuse(kind, row, [message(UNKNOWN_TYPE, type=kind)])
    tables: list[TablePlan] = []
    for table in table_order():
        rows = records.get(table.name) or ()
        if rows:
            planner = planner_for(table)
            tables.append(planner.plan(rows, village, refused, lookup=lookup, decided=decided))
    return ApplyPlan(decided.changes, decided.counts, tables)


@cache
def planner_for(table: Table) -> TablePlanner:
    return TablePlanner(table)


class TablePlanner:
    """Decides, for one table's records, which are new, updated, unchanged or refused."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.kind = table.name
        self.names = [c.name for c in table.columns if c.name != "id"]
        self.nameset = frozenset(self.names)
        self.width = len(self.names)
        self.fks = foreign_keys(table)
        self.label_keys = [k for k in LABEL_KEYS if k in self.nameset]

    def plan(
        self,
        rows: Sequence[Record],
        village: str,
        refused: Refused,
        *,
        lookup: StoredRows,
        decided: Decisions,
    ) -> TablePlan:
        tally = decided.counts.setdefault(self.kind, TypeCounts())
        tp = TablePlan(self.table, self.names, self.fks)
        latest = self.latest(rows, decided)
        stored = lookup.stored(self.table, list(latest))
        checks = self.parent_checks(latest, lookup, decided.present)
        written = decided.present[self.kind] = set()
        unchanged = 0
        problem_of, place, changes = self.problem, self.place, decided.changes
        for uid, row in latest.items():
            old = stored.get(uid)
            problem = problem_of(uid, row, old, village, refused, checks)
            if problem:
                decided.refuse(self.kind, row, problem)
                continue
            written.add(uid)
            if not place(tp, uid, row, old, changes):
                unchanged += 1
        tally.new += len(tp.inserts)
        tally.updated += len(tp.updates)
        tally.unchanged += unchanged
        return tp

    def latest(self, rows: Sequence[Record], decided: Decisions) -> dict[str, Record]:
        """The newest row of each uuid (rows without a uuid refused as malformed)."""
        latest: dict[str, Record] = {}
        for row in rows:
            uid = row.get("uuid")
            if not isinstance(uid, str):
                decided.refuse(self.kind, row, [message(MALFORMED)])
                continue
            if uid in latest and version(latest[uid]) >= version(row):
                continue
            latest[uid] = row
        return latest

    def parent_checks(
        self,
        latest: Mapping[str, Record],
        lookup: StoredRows,
        present: Mapping[str, set[str]],
    ) -> list[ParentCheck]:
        checks: list[ParentCheck] = []
        for col, parent in self.fks.items():
            wanted = {ref for r in latest.values() if isinstance(ref := r.get(col), str)}
            found = {u: code for u, (_, code) in lookup.ids(parent, wanted).items()}
            checks.append((col, found, present.get(parent.name, set()), parent is self.table))
        return checks

    def problem(
        self,
        uid: str,
        row: Record,
        old: StoredRecord | None,
        village: str,
        refused: Refused,
        checks: list[ParentCheck],
    ) -> Sequence[Message] | None:
        """Why the record is refused (validation, shape, owner, parents), or None."""
        errors = refused.get((self.kind, uid)) if refused else None
        if errors:
            return errors
        size = len(row)
        if (
            not (size == self.width or (size == self.width + 1 and "id" in row))
            or not self.nameset.issubset(row)
            or not _SCALARS.issuperset(map(type, row.values()))
        ):
            return [message(MALFORMED)]
        if old is not None and old["station_code"] != village:
            return [message(OTHER_STATION)]
        if checks and not parents_ok(row, checks, village):
            return [message(MISSING_PARENT)]
        return None

    def place(
        self,
        tp: TablePlan,
        uid: str,
        row: Record,
        old: StoredRecord | None,
        changes: list[RecordChange],
    ) -> bool:
        """Add the record to the inserts or updates (and its change); False: unchanged."""
        if old is None:
            tp.inserts.append(row)
            changes.append(
                RecordChange(self.kind, uid, label(row, self.label_keys), RecordStatus.NEW)
            )
            return True
        stored_version = old["version"]
        assert stored_version is not None  # a NOT NULL column
        if version(row) > int(stored_version) and not (
            old["voided_at"] is not None and row["voided_at"] is None
        ):
            tp.updates.append(row)
            changed = tuple(n for n in self.names if n not in _QUIET and row[n] != old[n])
            name = label(row, self.label_keys)
            changes.append(RecordChange(self.kind, uid, name, RecordStatus.UPDATED, changed))
            return True
        return False


def parents_ok(row: Record, checks: list[ParentCheck], village: str) -> bool:
    """Every FK of ``row`` names a stored parent of ``village`` or one written in this package."""
    for col, stored, written, is_self in checks:
        ref = row.get(col)
        if ref is None:
            continue
        if not isinstance(ref, str):
            return False
        code = stored.get(ref)
        if code is not None:
            if code != village:
                return False
            continue
        if is_self:
            continue  # checked again when the second pass sets it
        if ref not in written:
            return False
    return True
