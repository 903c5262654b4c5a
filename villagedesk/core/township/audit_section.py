"""The audit log's section of a village package (操作日志随包): what the village puts in.

A package carries the audit entries after the head of the newest package the township confirmed
by a receipt (from the first entry when none was confirmed), each write entry's change lines,
and, in its signed notes, where the section starts and the log's head:

- ``records/audit_entries.jsonl``: one entry per line, as :func:`core.audit.codec.entry_to_json`
  writes it (the hash covers every field);
- ``records/audit_changes.jsonl``: ``{"seq": n, "line": "<change line>"}`` per line, in the order
  of the entry's digest (core/audit/changes.py); the line is carried as text, byte for byte;
- notes ``"audit": {"from": n, "head": [seq, hash]}``.

The township checks them (:mod:`villagedesk.core.township.audit_check`) before it applies anything.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from villagedesk.core.accounts.guard import current_service
from villagedesk.core.accounts.ports import AuditSink
from villagedesk.core.audit.chain import GENESIS_HEAD, ChainHead
from villagedesk.core.audit.codec import entry_to_json
from villagedesk.core.audit.entry import AuditEntry, AuditKind
from villagedesk.core.township.ports import (
    EncodedRecords,
    PackageEntry,
    PackageStatus,
    VillageSyncUnitOfWork,
)
from villagedesk.core.township.receipt_replies import ReceiptUnitOfWork

AUDIT_ENTRIES = "audit_entries"
AUDIT_CHANGES = "audit_changes"
AUDIT_TYPES = (AUDIT_ENTRIES, AUDIT_CHANGES)
NOTE_KEY = "audit"
_BATCH = 2000
_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode


class PackageAuditLog(Protocol):
    """The village's own log, as a package reads it."""

    def head(self) -> ChainHead | None: ...
    def after(self, seq: int) -> list[AuditEntry]: ...
    def change_lines(self, first: int, last: int) -> Iterator[tuple[int, int, str, str, str]]: ...


class Audited(Protocol):
    """A unit of work that records audit events."""

    @property
    def audit(self) -> AuditSink: ...


class AuditedReceiptUnitOfWork(ReceiptUnitOfWork, Audited, Protocol):
    """The receipt's unit of work, logging the sync in the station's own log."""


def log_sync(audit: AuditSink, note: str) -> None:
    """A SYNC entry in this station's own log (``uow.audit``), written with the transaction
    of the declared service that calls it."""
    audit.record(audit.draft(AuditKind.SYNC, current_service() or "sync", note=note))


class AuditedVillageUnitOfWork(VillageSyncUnitOfWork, Protocol):
    """The village's sync unit of work with its audit log (to read it, and to log the sync)."""

    @property
    def audit_log(self) -> PackageAuditLog: ...
    @property
    def audit(self) -> AuditSink: ...


@dataclass(frozen=True)
class AuditSection:
    """Where a package's audit section starts (the entry before its first) and the log's head."""

    since: int
    head: ChainHead

    def notes(self) -> dict[str, object]:
        return {"from": self.since, "head": [self.head.seq, self.head.hash]}


def audit_since(packages: Sequence[PackageEntry]) -> int:
    """The audit head of the newest package the township confirmed (0: none confirmed)."""
    return max((p.audit_seq for p in packages if p.status is PackageStatus.CONFIRMED), default=0)


def section_of(log: PackageAuditLog, packages: Sequence[PackageEntry]) -> AuditSection:
    head = log.head() or GENESIS_HEAD
    return AuditSection(since=min(audit_since(packages), head.seq), head=head)


def _blocks(lines: Iterator[str]) -> Iterator[bytes]:
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= _BATCH:
            yield ("\n".join(batch) + "\n").encode("utf-8")
            batch = []
    if batch:
        yield ("\n".join(batch) + "\n").encode("utf-8")


def _entry_lines(log: PackageAuditLog, section: AuditSection) -> Iterator[str]:
    for entry in log.after(section.since):
        if entry.seq > section.head.seq:
            return
        yield _ENCODE(entry_to_json(entry))


def _change_lines(log: PackageAuditLog, section: AuditSection) -> Iterator[str]:
    if section.head.seq <= section.since:
        return
    for seq, _, _, _, line in log.change_lines(section.since + 1, section.head.seq):
        yield _ENCODE({"seq": seq, "line": line})


def with_audit(
    records: EncodedRecords, log: PackageAuditLog, section: AuditSection
) -> EncodedRecords:
    """The package's records followed by the audit section (read lazily, like the records)."""

    def lines(record_type: str) -> Iterator[bytes]:
        if record_type == AUDIT_ENTRIES:
            return _blocks(_entry_lines(log, section))
        if record_type == AUDIT_CHANGES:
            return _blocks(_change_lines(log, section))
        return records.lines(record_type)

    types = tuple(t for t in records.types if t not in AUDIT_TYPES) + AUDIT_TYPES
    return EncodedRecords(types=types, lines=lines)
