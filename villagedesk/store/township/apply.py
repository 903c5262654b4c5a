"""Applying sync payload records to the station's own tables, for every table in ``SYNCABLE``.

Records are matched by uuid; the newer version wins and a tombstone (voided row) is never
undone. Integer foreign keys arrive as the parent's uuid and are rebuilt into the township's ids,
parents' tables first (a topological order of the tables' foreign keys; a table's references to
itself are set in a second pass). :meth:`SqlRecordApplier.plan` decides without writing (the
dry run); :meth:`SqlRecordApplier.apply` writes the plan on the unit of work's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.exc import IntegrityError

from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.core.township.model import (
    ApplyPlan,
    RecordChange,
    Records,
    RecordStatus,
    TypeCounts,
)
from villagedesk.store.all_tables import AREA_TABLES  # noqa: F401  (SYNCABLE complete)
from villagedesk.store.repositories import WriteContext
from villagedesk.store.syncable import SYNCABLE

CTX = "Sync"
_SCALARS = frozenset({str, int, float, type(None)})
#: Bookkeeping columns left out of "changed fields".
_QUIET = frozenset({"version", "updated_at"})
_LABEL_KEYS = ("name", "title", "change", "comment")
#: The page cache (KiB) while a plan is written: room for a 100,000-record station's file.
APPLY_CACHE_KIB = 64 * 1024


def foreign_keys(table: Table) -> dict[str, Table]:
    """Column name → referenced table, for the table's integer foreign keys to ``id``."""
    return {
        fk.parent.name: fk.column.table
        for fk in table.foreign_keys
        if fk.column.name == "id" and fk.parent.name != "id"
    }


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


def _message(text: str, **params: Any) -> Message:
    return msg(CTX, text, **params)


MALFORMED = QT_TRANSLATE_NOOP("Sync", "The record is malformed.")
UNKNOWN_TYPE = QT_TRANSLATE_NOOP(
    "Sync", "Records of the type {type} are unknown to this version of VillageDesk."
)
OTHER_STATION = QT_TRANSLATE_NOOP("Sync", "A record with this id belongs to another station.")
MISSING_PARENT = QT_TRANSLATE_NOOP("Sync", "The record refers to a record that is missing.")
CONFLICT = QT_TRANSLATE_NOOP("Sync", "The record conflicts with a stored record: {detail}")


@dataclass
class _TablePlan:
    table: Table
    columns: list[str]
    fks: dict[str, Table]
    #: The payload rows (every column in ``columns``, FKs as parent uuids).
    inserts: list[Mapping[str, Any]] = field(default_factory=list)
    updates: list[Mapping[str, Any]] = field(default_factory=list)


def _label(row: Mapping[str, Any], keys: Sequence[str] = _LABEL_KEYS) -> str:
    for key in keys:
        value = row.get(key)
        if isinstance(value, str) and value:
            return value
    return str(row.get("uuid", ""))[:8]


class SqlRecordApplier:
    """core.township.model.RecordApplier on a unit of work's connection."""

    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx
        # Table name → uuid → (id, station_code), or None when not stored: the lookups of one
        # plan() or apply() (parents are written before their children, so none goes stale).
        self._known: dict[str, dict[str, tuple[int, str] | None]] = {}

    @property
    def _conn(self) -> Connection:
        return self._ctx.conn

    # -- reading --------------------------------------------------------------------------------

    def _stored(self, table: Table, uuids: list[str]) -> dict[str, dict[str, Any]]:
        """Stored rows by uuid, every column but id, FKs as parent uuids (plus ``_id``)."""
        fks = foreign_keys(table)
        names = [c.name for c in table.columns if c.name != "id"]
        select_cols = [f"t.{n}" if n not in fks else f"p_{n}.uuid" for n in names]
        joins = " ".join(
            f"LEFT JOIN {parent.name} p_{col} ON p_{col}.id = t.{col}"
            for col, parent in fks.items()
        )
        sql = (
            f"SELECT t.id, {', '.join(select_cols)} FROM {table.name} t {joins} "
            "WHERE t.uuid IN (SELECT value FROM json_each(?))"
        )
        out: dict[str, dict[str, Any]] = {}
        for row in self._fetch(sql, json.dumps(uuids)):
            values = dict(zip(names, row[1:], strict=True))
            values["_id"] = row[0]
            out[values["uuid"]] = values
        return out

    def _fetch(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Rows from the driver's cursor (SQLAlchemy's row processing costs more here)."""
        cursor = self._conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            rows: list[tuple[Any, ...]] = cursor.execute(sql, params).fetchall()
        finally:
            cursor.close()
        return rows

    def _ids(self, table: Table, uuids: set[str]) -> dict[str, tuple[int, str]]:
        """uuid → (id, station_code) of the stored rows among ``uuids``."""
        known = self._known.setdefault(table.name, {})
        unknown = sorted(u for u in uuids if u not in known)
        if unknown:
            sql = (
                f"SELECT uuid, id, station_code FROM {table.name} "
                "WHERE uuid IN (SELECT value FROM json_each(?))"
            )
            found = {r[0]: (r[1], r[2]) for r in self._fetch(sql, json.dumps(unknown))}
            for uuid in unknown:
                known[uuid] = found.get(uuid)
        return {u: hit for u in uuids if (hit := known[u]) is not None}

    # -- planning -------------------------------------------------------------------------------

    def plan(
        self,
        records: Records,
        *,
        village: str,
        refused: Mapping[tuple[str, str], Sequence[Message]],
    ) -> ApplyPlan:
        self._known = {}
        changes: list[RecordChange] = []
        counts: dict[str, TypeCounts] = {}
        tables: list[_TablePlan] = []
        # uuids that will exist after the apply, per table (for the children's references).
        present: dict[str, set[str]] = {}

        def refuse(kind: str, row: Mapping[str, Any], messages: Sequence[Message]) -> None:
            counts.setdefault(kind, TypeCounts()).refused += 1
            changes.append(
                RecordChange(
                    kind,
                    str(row.get("uuid", "")),
                    _label(row),
                    RecordStatus.REFUSED,
                    messages=tuple(messages),
                )
            )

        for kind, rows in records.items():
            if kind not in SYNCABLE:
                for row in rows:
                    refuse(kind, row, [_message(UNKNOWN_TYPE, type=kind)])
        for table in table_order():
            rows = records.get(table.name) or ()
            if not rows:
                continue
            kind = table.name
            tally = counts.setdefault(kind, TypeCounts())
            names = [c.name for c in table.columns if c.name != "id"]
            nameset, width = frozenset(names), len(names)
            fks = foreign_keys(table)
            tp = _TablePlan(table, names, fks)
            label_keys = [k for k in _LABEL_KEYS if k in nameset]
            latest: dict[str, Mapping[str, Any]] = {}
            for row in rows:
                uid = row.get("uuid")
                if not isinstance(uid, str):
                    refuse(kind, row, [_message(MALFORMED)])
                    continue
                if uid in latest and _version(latest[uid]) >= _version(row):
                    continue
                latest[uid] = row
            stored = self._stored(table, list(latest))
            # Per foreign key: the stored parents' uuid → station code, the uuids written in
            # this package, and whether the reference may wait for the second (self) pass.
            checks: list[tuple[str, dict[str, str], set[str], bool]] = []
            for col, parent in fks.items():
                wanted = {r[col] for r in latest.values() if isinstance(r.get(col), str)}
                found = {u: code for u, (_, code) in self._ids(parent, wanted).items()}
                checks.append((col, found, present.get(parent.name, set()), parent is table))
            written = present[kind] = set()
            new, updated, unchanged = RecordStatus.NEW, RecordStatus.UPDATED, 0
            for uid, row in latest.items():
                errors = refused.get((kind, uid)) if refused else None
                if errors:
                    refuse(kind, row, errors)
                    continue
                size = len(row)
                if (
                    not (size == width or (size == width + 1 and "id" in row))
                    or not nameset.issubset(row)
                    or not _SCALARS.issuperset(map(type, row.values()))
                ):
                    refuse(kind, row, [_message(MALFORMED)])
                    continue
                old = stored.get(uid)
                if old is not None and old["station_code"] != village:
                    refuse(kind, row, [_message(OTHER_STATION)])
                    continue
                if checks and not _parents_ok(row, checks, village):
                    refuse(kind, row, [_message(MISSING_PARENT)])
                    continue
                written.add(uid)
                if old is None:
                    tp.inserts.append(row)
                    changes.append(RecordChange(kind, uid, _label(row, label_keys), new))
                elif _version(row) > int(old["version"]) and not (
                    old["voided_at"] is not None and row["voided_at"] is None
                ):
                    tp.updates.append(row)
                    changed = tuple(n for n in names if n not in _QUIET and row[n] != old[n])
                    changes.append(
                        RecordChange(kind, uid, _label(row, label_keys), updated, changed)
                    )
                else:
                    unchanged += 1
            tally.new += len(tp.inserts)
            tally.updated += len(tp.updates)
            tally.unchanged += unchanged
            tables.append(tp)
        return ApplyPlan(changes, counts, tables)

    # -- writing --------------------------------------------------------------------------------

    def apply(self, plan: ApplyPlan) -> None:
        """Write the plan; rows that break a constraint are refused one by one, the rest stay.

        A big package touches index pages all over the file: for the length of the apply the
        connection's page cache may grow (to :data:`APPLY_CACHE_KIB`), then shrinks back.
        """
        self._known = {}
        (before,) = self._fetch("PRAGMA cache_size")
        self._fetch(f"PRAGMA cache_size = {-APPLY_CACHE_KIB}")
        try:
            for tp in plan.rows:
                self._write_table(plan, tp)
        finally:
            self._fetch(f"PRAGMA cache_size = {int(before[0])}")

    def _params(
        self, tp: _TablePlan, rows: list[Mapping[str, Any]], order: list[str], *, skip_self: bool
    ) -> tuple[list[tuple[Any, ...]], list[str]]:
        """Each row's values in ``order``, FK uuids replaced by ids (self references by None
        with ``skip_self``); and the uuids of the rows dropped because a parent is missing."""
        getter = itemgetter(*order)
        slots: list[tuple[int, dict[str, int] | None]] = []
        for col, parent in tp.fks.items():
            if col not in order:
                continue
            if skip_self and parent is tp.table:
                slots.append((order.index(col), None))
                continue
            wanted = {r[col] for r in rows if r[col] is not None}
            found = {u: hit[0] for u, hit in self._ids(parent, wanted).items()}
            slots.append((order.index(col), found))
        if not slots:
            return [getter(r) for r in rows], []
        out: list[tuple[Any, ...]] = []
        dropped: list[str] = []
        for row in rows:
            values = list(getter(row))
            for i, ids in slots:
                ref = values[i]
                if ref is None:
                    continue
                if ids is None:
                    values[i] = None
                    continue
                parent_id = ids.get(ref)
                if parent_id is None:
                    dropped.append(row["uuid"])
                    break
                values[i] = parent_id
            else:
                out.append(tuple(values))
        return out, dropped

    def _write_table(self, plan: ApplyPlan, tp: _TablePlan) -> None:
        cols = tp.columns
        name = tp.table.name
        settable = [c for c in cols if c != "uuid"]
        update_sql = f"UPDATE {name} SET {', '.join(f'{c} = ?' for c in settable)} WHERE uuid = ?"
        insert_sql = (
            f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
        )
        refused: set[str] = set()
        for sql, rows, order in (
            (update_sql, tp.updates, [*settable, "uuid"]),
            (insert_sql, tp.inserts, cols),
        ):
            if rows:
                params, dropped = self._params(tp, rows, order, skip_self=True)
                for uuid in dropped:
                    _demote(plan, name, uuid, _message(MISSING_PARENT))
                refused.update(dropped)
                refused.update(self._write_rows(plan, name, sql, params, order.index("uuid")))
        self_fks = [c for c, p in tp.fks.items() if p is tp.table]
        if self_fks:
            rows = [
                r
                for r in tp.updates + tp.inserts
                if r["uuid"] not in refused and any(r[c] is not None for c in self_fks)
            ]
            order = [*self_fks, "uuid"]
            params, _ = self._params(tp, rows, order, skip_self=False)
            sql = f"UPDATE {name} SET {', '.join(f'{c} = ?' for c in self_fks)} WHERE uuid = ?"
            if params:
                self._conn.exec_driver_sql(sql, params)

    def _write_rows(
        self, plan: ApplyPlan, kind: str, sql: str, params: list[tuple[Any, ...]], at: int
    ) -> list[str]:
        """Write every row in one statement, or row by row when one breaks a constraint;
        the uuids (at index ``at``) of the rows refused that way."""
        if not params:
            return []
        conn = self._conn
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(sql, params)
            return []
        except IntegrityError:
            pass
        refused: list[str] = []
        for row in params:
            try:
                with conn.begin_nested():
                    conn.exec_driver_sql(sql, row)
            except IntegrityError as e:
                detail = str(e.orig) if e.orig is not None else ""
                _demote(plan, kind, row[at], _message(CONFLICT, detail=detail))
                refused.append(row[at])
        return refused


def _parents_ok(
    row: Mapping[str, Any],
    checks: list[tuple[str, dict[str, str], set[str], bool]],
    village: str,
) -> bool:
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


def _version(row: Mapping[str, Any]) -> int:
    value = row.get("version")
    return value if isinstance(value, int) else -1


def _demote(plan: ApplyPlan, kind: str, uuid: str, message: Message) -> None:
    """A planned new/updated record that could not be written after all: count it refused."""
    for i, change in enumerate(plan.changes):
        if change.record_type == kind and change.uuid == uuid:
            tally = plan.counts[kind]
            if change.status is RecordStatus.NEW:
                tally.new -= 1
            elif change.status is RecordStatus.UPDATED:
                tally.updated -= 1
            tally.refused += 1
            plan.changes[i] = replace(
                change, status=RecordStatus.REFUSED, fields=(), messages=(message,)
            )
            return
