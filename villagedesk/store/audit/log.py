"""Reading the audit log back: filtered lists, the whole log in chunks for verification, the
entries after a head (for the sync package) and the head kept beside the log."""

from __future__ import annotations

import json
from collections.abc import Iterator

from sqlalchemy import ColumnElement, Row, select

from villagedesk.core.audit.chain import ChainHead
from villagedesk.core.audit.entry import AuditEntry, FieldChange, Scalar
from villagedesk.core.audit.query import AuditFilter
from villagedesk.store.audit.recorder import read_head
from villagedesk.store.audit.tables import audit_changes
from villagedesk.store.audit.tables import audit_log as a
from villagedesk.store.repositories import WriteContext

CHUNK = 5000


def _scalar(value: object) -> Scalar:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return json.dumps(value, ensure_ascii=False)


def _fields(text: str) -> tuple[FieldChange, ...]:
    """The stored fields; a row edited into something else reads as text (and fails its hash)."""
    try:
        items = json.loads(text)
    except ValueError:
        return (("fields", text, text),)
    if not isinstance(items, list):
        return (("fields", text, text),)
    found: list[FieldChange] = []
    for item in items:
        if isinstance(item, list) and len(item) == 3:
            found.append((str(item[0]), _scalar(item[1]), _scalar(item[2])))
        else:
            found.append(("fields", text, text))
    return tuple(found)


def entry_of(row: Row[tuple[object, ...]]) -> AuditEntry:
    m = row._mapping
    return AuditEntry(
        seq=int(m["seq"]),
        at=str(m["at"]),
        actor=str(m["actor"]),
        role=str(m["role"]),
        device=str(m["device"]),
        kind=str(m["kind"]),
        service=str(m["service"]),
        record_type=str(m["record_type"]),
        record_uuid=str(m["record_uuid"]),
        fields=_fields(str(m["fields"])),
        note=str(m["note"]),
        prev_hash=str(m["prev_hash"]),
        hash=str(m["hash"]),
        changes=int(m["changes"]),
        digest=str(m["digest"]),
    )


class SqlAuditLog:
    def __init__(self, ctx: WriteContext) -> None:
        self._ctx = ctx

    def head(self) -> ChainHead | None:
        """The head kept beside the log (None: nothing was ever logged)."""
        return read_head(self._ctx.conn)

    def entries(self, wanted: AuditFilter) -> list[AuditEntry]:
        conditions: list[ColumnElement[bool]] = []
        if wanted.since:
            conditions.append(a.c.at >= wanted.since)
        if wanted.until:
            conditions.append(a.c.at < wanted.until)
        if wanted.before_seq is not None:
            conditions.append(a.c.seq < wanted.before_seq)
        if wanted.actor:
            conditions.append(a.c.actor == wanted.actor)
        if wanted.record_uuid:
            touched = select(audit_changes.c.seq).where(
                audit_changes.c.record_uuid == wanted.record_uuid
            )
            conditions.append((a.c.record_uuid == wanted.record_uuid) | a.c.seq.in_(touched))
        chosen = select(a).where(*conditions).order_by(a.c.seq.desc())
        if wanted.limit is not None:
            chosen = chosen.limit(max(wanted.limit, 0))
        return [entry_of(r) for r in self._ctx.conn.execute(chosen)]

    def after(self, seq: int) -> list[AuditEntry]:
        """The entries numbered after ``seq``, oldest first."""
        chosen = select(a).where(a.c.seq > seq).order_by(a.c.seq)
        return [entry_of(r) for r in self._ctx.conn.execute(chosen)]

    def chunks(self, size: int = CHUNK) -> Iterator[list[AuditEntry]]:
        """The whole log, oldest first, ``size`` entries at a time (by position, so that an
        entry whose number was edited is still read where it is stored)."""
        offset = 0
        while True:
            chosen = select(a).order_by(a.c.seq).limit(size).offset(offset)
            rows = [entry_of(r) for r in self._ctx.conn.execute(chosen)]
            if not rows:
                return
            yield rows
            offset += len(rows)

    def change_lines(self, first: int, last: int) -> Iterator[tuple[int, int, str, str, str]]:
        """(seq, position, record type, uuid, line) of the entries numbered first…last."""
        c = audit_changes
        chosen = (
            select(c.c.seq, c.c.position, c.c.record_type, c.c.record_uuid, c.c.change)
            .where(c.c.seq >= first, c.c.seq <= last)
            .order_by(c.c.seq, c.c.position)
        )
        for row in self._ctx.conn.execute(chosen):
            yield int(row[0]), int(row[1]), str(row[2]), str(row[3]), str(row[4])

    def changes(self, seq: int) -> list[str]:
        """The change lines of entry ``seq``, in order."""
        c = audit_changes
        chosen = select(c.c.change).where(c.c.seq == seq).order_by(c.c.position)
        return [str(line) for line in self._ctx.conn.execute(chosen).scalars()]

    def entries_touching(self, record_uuid: str, limit: int | None) -> list[AuditEntry]:
        """The entries that changed the record ``record_uuid`` (newest first)."""
        c = audit_changes
        seqs = select(c.c.seq).where(c.c.record_uuid == record_uuid)
        chosen = select(a).where(a.c.seq.in_(seqs)).order_by(a.c.seq.desc())
        if limit is not None:
            chosen = chosen.limit(max(limit, 0))
        return [entry_of(r) for r in self._ctx.conn.execute(chosen)]
