"""Applying sync payload records to the station's own tables, for every table in ``SYNCABLE``.

Records are matched by uuid; the newer version wins and a tombstone (voided row) is never
undone. Integer foreign keys arrive as the parent's uuid and are rebuilt into the township's ids,
parents' tables first (a topological order of the tables' foreign keys; a table's references to
itself are set in a second pass). :meth:`SqlRecordApplier.plan` decides without writing (the
dry run; one planner per table, in :mod:`~villagedesk.store.township.apply_planner`);
:meth:`SqlRecordApplier.apply` writes the plan on the unit of work's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from operator import itemgetter

from sqlalchemy import Connection

from villagedesk.core.audit.entry import AuditDraft
from villagedesk.core.text import Message
from villagedesk.core.township.model import ApplyPlan, Records, RecordStatus
from villagedesk.store.audit.recorder import AuditRecorder
from villagedesk.store.repositories import WriteContext
from villagedesk.store.sql_types import SqlValue
from villagedesk.store.township.apply_lookup import DriverRow, StoredRows
from villagedesk.store.township.apply_planner import (
    CONFLICT,
    MISSING_PARENT,
    Record,
    TablePlan,
    message,
    plan_records,
)

__all__ = ["APPLY_CACHE_KIB", "SqlRecordApplier"]

#: The page cache (KiB) while a plan is written: room for a 100,000-record station's file.
APPLY_CACHE_KIB = 64 * 1024


class SqlRecordApplier:
    """core.township.model.RecordApplier on a unit of work's connection."""

    def __init__(self, ctx: WriteContext, audit: AuditRecorder | None = None) -> None:
        self._ctx = ctx
        self._rows = StoredRows(ctx)
        self._audit = audit

    @property
    def _conn(self) -> Connection:
        return self._ctx.conn

    def _fetch(self, sql: str, *params: SqlValue) -> list[DriverRow]:
        return self._rows.fetch(sql, *params)

    def plan(
        self,
        records: Records,
        *,
        village: str,
        refused: Mapping[tuple[str, str], Sequence[Message]],
    ) -> ApplyPlan:
        self._rows.reset()
        return plan_records(records, village=village, refused=refused, lookup=self._rows)

    # -- writing --------------------------------------------------------------------------------

    def apply(self, plan: ApplyPlan, *, summary: AuditDraft | None = None) -> None:
        """Write the plan; rows that break a constraint are refused one by one, the rest stay.

        With ``summary`` the township's log records the whole write as that one entry
        (``AuditRecorder.summarize``): 100,000 applied rows are not 100,000 change lines.

        A big package touches index pages all over the file: for the length of the apply the
        connection's page cache may grow (to :data:`APPLY_CACHE_KIB`), then shrinks back.
        """
        self._rows.reset()
        if summary is not None and self._audit is not None:
            self._audit.summarize(summary)
        ((before,),) = self._fetch("PRAGMA cache_size")
        assert isinstance(before, int)
        self._fetch(f"PRAGMA cache_size = {-APPLY_CACHE_KIB}")
        try:
            for tp in plan.rows:
                self._write_table(plan, tp)
        finally:
            self._fetch(f"PRAGMA cache_size = {before}")

    def _params(
        self, tp: TablePlan, rows: list[Record], order: list[str], *, skip_self: bool
    ) -> tuple[list[tuple[object, ...]], list[str]]:
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
            # the planner let through only rows whose references are None or uuids
            wanted = {ref for r in rows if isinstance(ref := r[col], str)}
            found = {u: hit[0] for u, hit in self._rows.ids(parent, wanted).items()}
            slots.append((order.index(col), found))
        if not slots:
            return [getter(r) for r in rows], []
        out: list[tuple[object, ...]] = []
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
                parent_id = ids.get(ref) if isinstance(ref, str) else None
                if parent_id is None:
                    dropped.append(str(row["uuid"]))
                    break
                values[i] = parent_id
            else:
                out.append(tuple(values))
        return out, dropped

    def _write_table(self, plan: ApplyPlan, tp: TablePlan) -> None:
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
                    _demote(plan, name, uuid, message(MISSING_PARENT))
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
        self, plan: ApplyPlan, kind: str, sql: str, params: list[tuple[object, ...]], at: int
    ) -> list[str]:
        """Write every row in one ``executemany``; a row that breaks a constraint is refused
        and the statement goes on from the row after it. The uuids (at index ``at``) of the
        rows refused that way.

        SQLite undoes a failed row's statement by itself, so no SAVEPOINT is needed around the
        statement, and none may be: inside one, each row's end walks the connection's in-memory
        sub-journal (``temp_store = MEMORY``) from its start, and a package of 100,000 members
        took hours instead of seconds."""
        driver = self._conn.connection.driver_connection
        assert driver is not None
        refused: list[str] = []
        start = 0
        while start < len(params):
            current = start

            def rows(first: int) -> Iterator[tuple[object, ...]]:
                nonlocal current
                for current in range(first, len(params)):
                    yield params[current]

            try:
                driver.executemany(sql, rows(start))
                break
            except sqlite3.IntegrityError as e:
                # executemany binds a row only when it is about to run it: ``current`` failed
                uuid = str(params[current][at])
                _demote(plan, kind, uuid, message(CONFLICT, detail=str(e)))
                refused.append(uuid)
                start = current + 1
        return refused


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
