"""The audit log's services: verify it, list it, and record the events that are not writes
(a full number shown, an export, a print of personal data, a backup…).

:func:`check_log` reads the whole log a chunk at a time: the chain (core/audit/chain.py) from the
first entry to the head kept beside the log, and each write entry's change lines against its
digest. It reports the first entry the log can no longer vouch for, whichever check finds it.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.accounts.ports import AuditLogReader, AuditUnitOfWork
from villagedesk.core.audit.chain import GENESIS_HEAD, ChainCheck, ChainHead, ChainProblem, verify
from villagedesk.core.audit.changes import LineDigest, parse_change_line
from villagedesk.core.audit.entry import AuditEntry, AuditKind
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.text import QT_TRANSLATE_NOOP


def _changes_break(reader: AuditLogReader, entries: list[AuditEntry]) -> int | None:
    """The first entry of ``entries`` whose change lines do not match its count and digest
    (or the first stray line's number). The lines are streamed: one entry may stand for a
    transaction of hundreds of thousands of records, and only its running digest is kept."""
    if not entries:
        return None
    by_seq = {e.seq: e for e in entries}
    bad: list[int] = []
    seen: set[int] = set()
    lines = reader.change_lines(entries[0].seq, entries[-1].seq)
    for seq, group in itertools.groupby(lines, key=lambda found: found[0]):
        seen.add(seq)
        entry = by_seq.get(seq)
        if entry is None:
            bad.append(seq)  # lines with no entry of their own
            break  # the stream is in order: nothing after it comes first
        digest = LineDigest()
        for _, _, record_type, record_uuid, line in group:
            try:
                named_type, named_uuid, _ = parse_change_line(line)
            except ValueError:
                named_type, named_uuid = None, None
            if (named_type, named_uuid) != (record_type, record_uuid):
                break
            digest.add(line)
        else:
            if digest.count == entry.changes and digest.hexdigest() == entry.digest:
                continue
        bad.append(seq)
        break
    missing = [e.seq for e in entries if e.changes and e.seq not in seen]
    found = bad + missing
    return min(found) if found else None


def check_log(reader: AuditLogReader) -> ChainCheck:
    """The whole log checked (for ``audit verify`` and the start-up check)."""
    head: ChainHead | None = None
    checked = 0
    for chunk in reader.chunks():
        found = verify(chunk, head)
        broken = _changes_break(reader, chunk)
        if broken is not None and (found.ok or (found.bad_seq or 0) > broken):
            return ChainCheck(ChainProblem.EDITED, broken, found.head, checked)
        if not found.ok:
            return found
        head, checked = found.head, checked + found.checked
    end = reader.head()
    if end is None:
        return ChainCheck(None, None, head or GENESIS_HEAD, checked)
    return replace(verify([], head, end_head=end), checked=checked)


@service(Action.VIEW_AUDIT, label=QT_TRANSLATE_NOOP("Services", "Verify the audit log"))
def verify_log(uow: AuditUnitOfWork) -> ChainCheck:
    with uow.for_reading():
        return check_log(uow.audit_log)


@service(Action.VIEW_AUDIT, label=QT_TRANSLATE_NOOP("Services", "List the audit log entries"))
def list_entries(uow: AuditUnitOfWork, wanted: AuditFilter) -> list[AuditEntry]:
    with uow.for_reading():
        return uow.audit_log.entries(wanted)


@service(
    Action.VIEW_AUDIT, label=QT_TRANSLATE_NOOP("Services", "Show an audit log entry's changes")
)
def entry_changes(uow: AuditUnitOfWork, *, seq: int) -> list[str]:
    """The change lines of entry ``seq`` (what its transaction changed, record by record)."""
    with uow.for_reading():
        return uow.audit_log.changes(seq)


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Record an event in the audit log")
)
def record_event(
    uow: AuditUnitOfWork,
    *,
    kind: AuditKind,
    source: str,
    record_type: str = "",
    record_uuid: str = "",
    note: str = "",
) -> None:
    """Log an event that changes no record (a print of personal data, an export, a backup…)."""
    with uow:
        uow.audit.record(
            uow.audit.draft(
                kind, source, record_type=record_type, record_uuid=record_uuid, note=note
            )
        )
        uow.commit()
