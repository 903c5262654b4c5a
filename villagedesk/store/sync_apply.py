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
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.exc import IntegrityError

from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.core.township import (
    ApplyPlan,
    RecordChange,
    Records,
    RecordStatus,
    TypeCounts,
)
from villagedesk.store.repositories import WriteContext
from villagedesk.store.syncable import SYNCABLE

CTX = "Sync"
_SCALARS = frozenset({str, int, float, type(None)})
#: Bookkeeping columns left out of "changed fields".
_QUIET = frozenset({"version", "updated_at"})
_LABEL_KEYS = ("name", "title", "change", "comment")


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
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)


def _label(row: Mapping[str, Any]) -> str:
    for key in _LABEL_KEYS:
        value = row.get(key)
        if isinstance(value, str) and value:
            return value
    return str(row.get("uuid", ""))[:8]


class SqlRecordApplier:
    """core.township.RecordApplier on a unit of work's connection."""

    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

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
        if not uuids:
            return {}
        sql = (
            f"SELECT uuid, id, station_code FROM {table.name} "
            "WHERE uuid IN (SELECT value FROM json_each(?))"
        )
        return {r[0]: (r[1], r[2]) for r in self._fetch(sql, json.dumps(sorted(uuids)))}

    # -- planning -------------------------------------------------------------------------------

    def plan(
        self,
        records: Records,
        *,
        village: str,
        refused: Mapping[tuple[str, str], Sequence[Message]],
    ) -> ApplyPlan:
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
            parents: dict[str, dict[str, tuple[int, str]]] = {}
            for col, parent in fks.items():
                wanted = {r[col] for r in latest.values() if isinstance(r.get(col), str)}
                parents[col] = self._ids(parent, wanted)
            present[kind] = set()
            for uid, row in latest.items():
                errors = refused.get((kind, uid))
                if errors:
                    refuse(kind, row, errors)
                    continue
                if (
                    not (len(row) == width or (len(row) == width + 1 and "id" in row))
                    or not (nameset.issubset(row))
                    or not all(type(v) in _SCALARS for v in row.values())
                ):
                    refuse(kind, row, [_message(MALFORMED)])
                    continue
                old = stored.get(uid)
                if old is not None and old["station_code"] != village:
                    refuse(kind, row, [_message(OTHER_STATION)])
                    continue
                if not self._parents_ok(row, fks, parents, present, village, table):
                    refuse(kind, row, [_message(MISSING_PARENT)])
                    continue
                present[kind].add(uid)
                values = {n: row[n] for n in names}
                if old is None:
                    tally.new += 1
                    tp.inserts.append(values)
                    changes.append(RecordChange(kind, uid, _label(row), RecordStatus.NEW))
                elif _version(row) > int(old["version"]) and not (
                    old["voided_at"] is not None and row["voided_at"] is None
                ):
                    tally.updated += 1
                    tp.updates.append(values)
                    changed = tuple(n for n in names if n not in _QUIET and values[n] != old[n])
                    changes.append(
                        RecordChange(kind, uid, _label(row), RecordStatus.UPDATED, changed)
                    )
                else:
                    tally.unchanged += 1
            tables.append(tp)
        return ApplyPlan(changes, counts, tables)

    @staticmethod
    def _parents_ok(
        row: Mapping[str, Any],
        fks: Mapping[str, Table],
        parents: Mapping[str, Mapping[str, tuple[int, str]]],
        present: Mapping[str, set[str]],
        village: str,
        table: Table,
    ) -> bool:
        for col, parent in fks.items():
            ref = row.get(col)
            if ref is None:
                continue
            if not isinstance(ref, str):
                return False
            found = parents[col].get(ref)
            if found is not None:
                if found[1] != village:
                    return False
                continue
            if parent is table:
                continue  # checked again when the second pass sets it
            if ref not in present.get(parent.name, set()):
                return False
        return True

    # -- writing --------------------------------------------------------------------------------

    def apply(self, plan: ApplyPlan) -> None:
        """Write the plan; rows that break a constraint are refused one by one, the rest stay."""
        for tp in plan.rows:
            self._write_table(plan, tp)

    def _resolve(
        self, tp: _TablePlan, rows: list[dict[str, Any]], *, skip_self: bool
    ) -> list[dict[str, Any]]:
        """Rows with FK uuids replaced by ids; rows whose parent is missing are dropped."""
        maps: dict[str, dict[str, tuple[int, str]]] = {}
        for col, parent in tp.fks.items():
            if skip_self and parent is tp.table:
                continue
            maps[col] = self._ids(parent, {r[col] for r in rows if r[col] is not None})
        out: list[dict[str, Any]] = []
        for row in rows:
            resolved = dict(row)
            ok = True
            for col, parent in tp.fks.items():
                if row[col] is None:
                    continue
                if skip_self and parent is tp.table:
                    resolved[col] = None
                    continue
                found = maps[col].get(row[col])
                if found is None:
                    ok = False
                    break
                resolved[col] = found[0]
            if ok:
                out.append(resolved)
        return out

    def _write_table(self, plan: ApplyPlan, tp: _TablePlan) -> None:
        cols = tp.columns
        name = tp.table.name
        update_sql = (
            f"UPDATE {name} SET {', '.join(f'{c} = ?' for c in cols if c != 'uuid')} WHERE uuid = ?"
        )
        insert_sql = (
            f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
        )

        def update_params(row: dict[str, Any]) -> tuple[Any, ...]:
            return (*(row[c] for c in cols if c != "uuid"), row["uuid"])

        def insert_params(row: dict[str, Any]) -> tuple[Any, ...]:
            return tuple(row[c] for c in cols)

        self_fks = [c for c, p in tp.fks.items() if p is tp.table]
        for sql, rows, params in (
            (update_sql, tp.updates, update_params),
            (insert_sql, tp.inserts, insert_params),
        ):
            if rows:
                resolved = self._resolve(tp, rows, skip_self=True)
                self._drop_missing(plan, name, rows, resolved)
                self._write_rows(plan, name, sql, resolved, params)
        if self_fks:
            rows = [r for r in tp.updates + tp.inserts if any(r[c] is not None for c in self_fks)]
            resolved = self._resolve(tp, rows, skip_self=False)
            sql = f"UPDATE {name} SET {', '.join(f'{c} = ?' for c in self_fks)} WHERE uuid = ?"
            if resolved:
                self._conn.exec_driver_sql(
                    sql, [(*(r[c] for c in self_fks), r["uuid"]) for r in resolved]
                )

    @staticmethod
    def _drop_missing(
        plan: ApplyPlan, kind: str, rows: list[dict[str, Any]], kept: list[dict[str, Any]]
    ) -> None:
        """Rows whose parent could not be written after all are refused too."""
        if len(kept) == len(rows):
            return
        kept_ids = {r["uuid"] for r in kept}
        for row in rows:
            if row["uuid"] not in kept_ids:
                _demote(plan, kind, row["uuid"], _message(MISSING_PARENT))

    def _write_rows(
        self, plan: ApplyPlan, kind: str, sql: str, rows: list[dict[str, Any]], params: Any
    ) -> None:
        if not rows:
            return
        conn = self._conn
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(sql, [params(r) for r in rows])
            return
        except IntegrityError:
            pass
        for row in rows:
            try:
                with conn.begin_nested():
                    conn.exec_driver_sql(sql, params(row))
            except IntegrityError as e:
                detail = str(e.orig) if e.orig is not None else ""
                _demote(plan, kind, row["uuid"], _message(CONFLICT, detail=detail))


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
