"""Turn one transaction's pending rows into chained audit entries, in that transaction.

:class:`AuditRecorder` belongs to one unit of work. At commit it reads what the triggers left
(store/audit/capture.py), makes a change line per record written (the fields that changed, old
and new, redacted by core/audit/redact.py) under one entry for the transaction
(core/audit/changes.py), adds the events the services recorded (a sign-in, an export, a print),
chains them to the log's head and writes them with the new head, all before the transaction
commits: the log and the change it records are written together or not at all.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import replace

from sqlalchemy import Connection, insert

from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.accounts.permissions import Action, NotPermitted
from villagedesk.core.audit.chain import ChainHead, append
from villagedesk.core.audit.changes import change_line, digest_of, listed_line
from villagedesk.core.audit.entry import AuditDraft, AuditEntry, AuditKind, FieldChange, Scalar
from villagedesk.core.audit.redact import redactor
from villagedesk.core.clock import SYSTEM_CLOCK, Clock, utc_stamp
from villagedesk.store.audit import capture
from villagedesk.store.audit.capture import (
    AUDITED,
    HEAD_KEY,
    OFF,
    PENDING,
    SECRET,
    AuditedTable,
)
from villagedesk.store.audit.tables import audit_log
from villagedesk.store.settings_rows import read_setting, write_setting

CHANGED = "已修改"
"""What the log shows for a secret column's values (a password hash): only that it changed."""


class ChangeMaker:
    """One audited table's change lines: which columns count, and how each is redacted (chosen
    once per table, not per value: an import makes tens of thousands of lines)."""

    def __init__(self, table: AuditedTable) -> None:
        self.table = table
        self.key = table.position(table.key)
        self.columns = [
            (i, c, redactor(c), c in SECRET)
            for i, c in enumerate(table.columns)
            if c not in table.ignored
        ]

    def fields(
        self, old: Sequence[Scalar] | None, new: Sequence[Scalar] | None
    ) -> list[list[Scalar]]:
        """The ``[field, old, new]`` that differ, redacted (either row None: inserted/deleted).

        The rows come from SQLite's ``json_array``, so their values are JSON scalars already."""
        if old is None and new is not None:  # an insert: every value that is there
            return [
                [c, None, CHANGED if secret else redact(v)]
                for i, c, redact, secret in self.columns
                if (v := new[i]) is not None
            ]
        found: list[list[Scalar]] = []
        for i, column, redact, secret in self.columns:
            before = None if old is None else old[i]
            after = None if new is None else new[i]
            if before == after and type(before) is type(after):
                continue
            if secret:
                before, after = (None if before is None else CHANGED), CHANGED
            else:
                before = None if before is None else redact(before)
                after = None if after is None else redact(after)
            found.append([column, before, after])
        return found


MAKERS = {name: ChangeMaker(table) for name, table in AUDITED.items()}


def read_head(conn: Connection) -> ChainHead | None:
    """The log's head as kept beside it (None: the log is empty)."""
    text = read_setting(conn, HEAD_KEY)
    if not text:
        return None
    seq, _, digest = text.partition(":")
    return ChainHead(int(seq), digest)


def entry_row(entry: AuditEntry) -> dict[str, object]:
    return {
        "seq": entry.seq,
        "at": entry.at,
        "actor": entry.actor,
        "role": entry.role,
        "device": entry.device,
        "kind": entry.kind,
        "service": entry.service,
        "record_type": entry.record_type,
        "record_uuid": entry.record_uuid,
        "fields": json.dumps([list(f) for f in entry.fields], ensure_ascii=False),
        "note": entry.note,
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
        "changes": entry.changes,
        "digest": entry.digest,
    }


class AuditRecorder:
    """One unit of work's share of the log: its actor, its events, its summary mode."""

    def __init__(
        self, actor: Actor, connection: Callable[[], Connection], *, clock: Clock = SYSTEM_CLOCK
    ) -> None:
        self.actor = actor
        self._connection = connection
        self._clock = clock
        self._events: list[AuditDraft] = []
        self._summary: AuditDraft | None = None
        self._listed: str | None = None
        self._marks: dict[str, int] | None = None

    def draft(
        self,
        kind: AuditKind,
        service: str,
        *,
        record_type: str = "",
        record_uuid: str = "",
        fields: tuple[FieldChange, ...] = (),
        note: str = "",
        actor: Actor | None = None,
    ) -> AuditDraft:
        """An event by this unit of work's actor (or ``actor``: who signs in), now."""
        actor = actor or self.actor
        return AuditDraft(
            at=utc_stamp(self._clock),
            actor=actor.name,
            role=actor.role.value,
            device=actor.device,
            kind=kind,
            service=service,
            record_type=record_type,
            record_uuid=record_uuid,
            fields=fields,
            note=note,
        )

    def forget(self) -> None:
        """Drop what was recorded (the transaction was rolled back)."""
        self._events, self._summary, self._listed, self._marks = [], None, None, None

    def record(self, draft: AuditDraft) -> None:
        """Add an event (a sign-in, an export, a print…) to this transaction's entries."""
        self._events.append(draft)

    def summarize(self, draft: AuditDraft) -> None:
        """Record this transaction as the one entry ``draft`` instead of one per record (a
        township's import of whole packages, the demo's generated year)."""
        if self.actor.role is Role.VIEWER:
            raise NotPermitted(Action.WRITE_RECORDS, self.actor.role)
        if self._summary is None:
            self._connection().exec_driver_sql(f"INSERT INTO temp.{OFF} (x) VALUES (1)")
        self._summary = draft

    def list_inserts(self, note: str) -> None:
        """List this transaction's new records by type and uuid only (a spreadsheet import:
        core/audit/changes.py ``LISTED_FIELDS``); its updates and deletions keep their fields.
        ``note`` goes on the transaction's entry: where the values came from (the file's digest).
        """
        if self.actor.role is Role.VIEWER:
            raise NotPermitted(Action.WRITE_RECORDS, self.actor.role)
        if self._marks is None:
            driver = _driver(self._connection())
            self._marks = capture.watermarks(driver)
            capture.drop_insert_triggers(driver)
        self._listed = note

    def flush(self, conn: Connection, service: str) -> int:
        """Write this transaction's entries (before its commit); how many were written.

        Raises :class:`NotPermitted` when a 查看 account's transaction changed a record (an
        account aside: the open services that change one, signing in, the recovery code, one's
        own password, check the credentials themselves)."""
        listed = self._listed_lines(conn)  # before the pending rows (deletions) are emptied
        lines = self._change_lines(conn) + listed
        if self.actor.role is Role.VIEWER and any(t != "accounts" for t, _, _ in lines):
            raise NotPermitted(Action.WRITE_RECORDS, self.actor.role)
        drafts: list[AuditDraft] = []
        if lines:
            record_type, record_uuid = (lines[0][0], lines[0][1]) if len(lines) == 1 else ("", "")
            drafts.append(
                replace(
                    self.draft(
                        AuditKind.WRITE,
                        service,
                        record_type=record_type,
                        record_uuid=record_uuid,
                        note=self._listed or "",
                    ),
                    changes=len(lines),
                    digest=digest_of(line for _, _, line in lines),
                )
            )
        if self._summary is not None:
            drafts.append(self._summary)
            conn.exec_driver_sql(f"DELETE FROM temp.{OFF}")
        drafts.extend(self._events)
        self.forget()
        if not drafts:
            return 0
        self._write(conn, drafts, lines)
        return len(drafts)

    def _listed_lines(self, conn: Connection) -> list[tuple[str, str, str]]:
        """(record type, uuid, line) of every record created since :meth:`list_inserts`, and
        the INSERT triggers back."""
        if self._marks is None:
            return []
        driver = _driver(conn)
        lines: list[tuple[str, str, str]] = []
        for tbl, uuid in capture.inserted_since(driver, self._marks):
            record_type = MAKERS[tbl].table.record_type
            lines.append((record_type, uuid, listed_line(record_type, uuid)))
        capture.restore_insert_triggers(driver)
        return lines

    def _change_lines(self, conn: Connection) -> list[tuple[str, str, str]]:
        """(record type, uuid, line) of every record the transaction changed; the pending rows
        are emptied."""
        pending = conn.exec_driver_sql(f"SELECT tbl, old, new FROM temp.{PENDING} ORDER BY id")
        lines: list[tuple[str, str, str]] = []
        loads = json.loads
        for tbl, old, new in pending:
            maker = MAKERS[tbl]
            record_type = maker.table.record_type
            before = None if old is None else loads(old)
            after = None if new is None else loads(new)
            fields = maker.fields(before, after)
            if fields:
                row = after if after is not None else before
                assert row is not None
                key = row[maker.key]
                uuid = "" if key is None else str(key)
                lines.append((record_type, uuid, change_line(record_type, uuid, fields)))
        conn.exec_driver_sql(f"DELETE FROM temp.{PENDING}")
        return lines

    @staticmethod
    def _write(
        conn: Connection, drafts: list[AuditDraft], lines: list[tuple[str, str, str]]
    ) -> None:
        head = read_head(conn)
        entries: list[AuditEntry] = []
        for draft in drafts:
            entry = append(head, draft)
            entries.append(entry)
            head = ChainHead.of(entry)
        conn.execute(insert(audit_log), [entry_row(e) for e in entries])
        if lines:
            seq = entries[0].seq
            _driver(conn).executemany(
                "INSERT INTO audit_changes (seq, position, record_type, record_uuid, change) "
                "VALUES (?, ?, ?, ?, ?)",
                [(seq, i, t, u, line) for i, (t, u, line) in enumerate(lines)],
            )
        assert head is not None
        write_setting(conn, HEAD_KEY, f"{head.seq}:{head.hash}")


def _driver(conn: Connection) -> sqlite3.Connection:
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def install(conn: Connection) -> None:
    """Give ``conn``'s driver connection the capture triggers (outside any transaction)."""
    capture.install(_driver(conn))
