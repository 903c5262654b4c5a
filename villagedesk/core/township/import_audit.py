"""The audit step of the township import: between opening a package and applying its records.

The package's audit section is read (refused when malformed, :mod:`audit_validators`) and checked
against the head the township verified last for the village (:mod:`audit_check`). A gap or a
rewrite holds the package like a fork: logged with status ``fork`` and the reason in its note,
listed in the village's next receipt and on the township's page; nothing of it is applied. When
the user accepts the village's key again for such a package (``--accept`` with the fingerprint it
was signed with), the section is taken as the village's log is now. After the records are applied,
:func:`keep_audit` stores the new entries and moves the head on; :func:`log_import` records the
import in the township's own log as one SYNC entry (a summary: no change line per record).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Protocol

from villagedesk.core.accounts.guard import current_service, service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.accounts.ports import AuditSink
from villagedesk.core.audit.chain import GENESIS_HEAD, ChainCheck, ChainHead, ChainProblem
from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.core.township import import_steps as step
from villagedesk.core.township.audit_check import AuditVerdict, adopted, check_section, held_message
from villagedesk.core.township.audit_trail import TownshipAuditUnitOfWork
from villagedesk.core.township.audit_validators import AuditRows, read_audit_section
from villagedesk.core.township.import_outcome import FileOutcome, FileResult
from villagedesk.core.township.model import PackageHeader, Records
from villagedesk.core.township.ports import AUDIT_HOLD_NOTE, PackageStatus
from villagedesk.core.township.trust import Continuity


class AuditedTownshipUnitOfWork(TownshipAuditUnitOfWork, Protocol):
    """The township's import unit of work, with its own audit log's sink."""

    @property
    def audit(self) -> AuditSink: ...


def _start(
    uow: AuditedTownshipUnitOfWork, header: PackageHeader, state: Continuity, rows: AuditRows
) -> ChainHead:
    """Where the section must continue from: the head kept for this epoch, else the genesis (or,
    for a section that starts later, the first entry's link: a log first seen mid-way)."""
    kept = uow.township_audit.head(header.station_code)
    if kept is not None and kept.epoch == state.peer.epoch:
        return kept.head
    if header.audit_from == 0 or not rows.entries:
        return GENESIS_HEAD
    first = rows.entries[0]
    return ChainHead(first.seq - 1, first.prev_hash)


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Check a package's audit log"))
def verdict_of(
    uow: AuditedTownshipUnitOfWork,
    s: step.Session,
    header: PackageHeader,
    audit: Records,
    state: Continuity,
) -> AuditVerdict | None:
    """The check of the package's audit section (None: a package from before the log travelled,
    for a village whose log the township never received)."""
    if header.audit_head is None:
        kept = uow.township_audit.head(header.station_code)
        if kept is None or kept.epoch != state.peer.epoch:
            return None
        missing = ChainCheck(ChainProblem.MISSING, kept.head.seq + 1, kept.head, 0)
        return AuditVerdict(missing)
    declared = ChainHead(*header.audit_head)
    rows = read_audit_section(audit)
    retaken = s.accept == header.fingerprint.upper() and not state.new_epoch
    verdict = check_section(_start(uow, header, state, rows), declared, rows)
    if verdict.check.problem is ChainProblem.REWRITTEN and retaken:
        return adopted(declared, rows)  # a restore the user confirmed: checked in itself
    return verdict


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Hold a package whose audit log breaks"))
def audit_held(
    uow: AuditedTownshipUnitOfWork,
    s: step.Session,
    path: Path,
    header: PackageHeader,
    verdict: AuditVerdict,
    state: Continuity,
) -> FileResult:
    """Hold a package whose audit log breaks, like a fork; log it (not in a dry run)."""
    message = held_message(header, verdict, restored=state.restored)
    check = verdict.check
    if not s.dry_run and uow.township.find_logged(header.station_code, header.package_hash) is None:
        s.write_once()
        entry = step.log_entry(header, path, s.now, PackageStatus.FORK)
        note = f"{AUDIT_HOLD_NOTE}{check.problem}:{check.bad_seq}"
        uow.township.add_log(replace(entry, note=note))
        _record(
            uow, f"package {header.seq} of {header.station_code} held: audit log {check.problem}"
        )
        uow.commit()
    return FileResult(
        path,
        FileOutcome.FORK,
        message,
        header,
        fingerprint=header.fingerprint,
        # a rewrite (a restore, once the village confirms it) can be accepted; a gap cannot
        reason="audit_rewritten" if check.problem is ChainProblem.REWRITTEN else "audit",
        audit=verdict.message(),
    )


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Keep a village's audit log entries"))
def keep_audit(
    uow: AuditedTownshipUnitOfWork,
    s: step.Session,
    header: PackageHeader,
    verdict: AuditVerdict | None,
    epoch: int,
) -> None:
    """Store the section's new entries and the head it reached."""
    if verdict is None:
        return
    uow.township_audit.store(
        header.station_code,
        epoch=epoch,
        entries=verdict.new_entries,
        lines=verdict.lines,
        head=verdict.check.head,
        package_hash=header.package_hash,
        at=s.now,
    )


def _record(uow: AuditedTownshipUnitOfWork, note: str) -> None:
    uow.audit.record(uow.audit.draft(AuditKind.SYNC, current_service() or "sync", note=note))


def import_note(header: PackageHeader, records: Records) -> str:
    """The note of the township's SYNC entry for an imported package."""
    count = sum(len(rows) for rows in records.values())
    return f"package {header.seq} of {header.station_code} imported ({count} records)"
