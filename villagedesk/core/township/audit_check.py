"""Whether a package's audit section continues the village's log the township verified last.

:func:`check_section` runs :func:`villagedesk.core.audit.chain.continues_from` from the head the
township kept, checks each write entry's change lines against its count and digest
(:func:`villagedesk.core.audit.changes.digest_of`), and that the entries end at the head the
package states in its signed notes. OK reads 操作日志连续; otherwise the first entry it can no
longer vouch for and why. A break is held like a fork (core/township/import_steps.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from villagedesk.core.audit.chain import (
    ChainCheck,
    ChainHead,
    ChainProblem,
    continuation_message,
    continues_from,
)
from villagedesk.core.audit.changes import digest_of
from villagedesk.core.audit.entry import AuditEntry
from villagedesk.core.fingerprints import short_hash
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.core.township.audit_validators import AuditRows, ChangeRow
from villagedesk.core.township.model import PackageHeader

CTX = "Sync"


@dataclass(frozen=True)
class AuditVerdict:
    """The check of one package's section, and what the township keeps of it when it is OK."""

    check: ChainCheck
    new_entries: list[AuditEntry] = field(default_factory=list)
    """The entries after the head the township had, in order."""
    lines: dict[int, list[ChangeRow]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.check.ok

    def message(self) -> Message:
        """操作日志连续, or where the log breaks."""
        return continuation_message(self.check)


def _digest_break(rows: AuditRows) -> int | None:
    """The first entry whose change lines do not match its count and digest (or a stray line's)."""
    for entry in rows.entries:
        found = rows.lines.get(entry.seq, [])
        if len(found) != entry.changes:
            return entry.seq
        if found and digest_of(c.line for c in found) != entry.digest:
            return entry.seq
    return min(rows.stray) if rows.stray else None


def _end_check(check: ChainCheck, declared: ChainHead) -> ChainCheck:
    """The entries must reach the head the package's signed notes state."""
    reached = check.head
    if reached == declared:
        return check
    if declared.seq > reached.seq:
        return ChainCheck(ChainProblem.MISSING, reached.seq + 1, reached, check.checked)
    return ChainCheck(ChainProblem.REWRITTEN, declared.seq, reached, check.checked)


def check_section(stored: ChainHead, declared: ChainHead, rows: AuditRows) -> AuditVerdict:
    """Check ``rows`` against the township's ``stored`` head and the package's ``declared`` one."""
    check = continues_from(stored.hash, stored.seq, rows.entries)
    broken = _digest_break(rows)
    if broken is not None and (check.ok or (check.bad_seq or 0) > broken):
        return AuditVerdict(ChainCheck(ChainProblem.EDITED, broken, stored, 0))
    if not check.ok:
        return AuditVerdict(check)
    check = _end_check(check, declared)
    if not check.ok:
        return AuditVerdict(check)
    new = [e for e in rows.entries if e.seq > stored.seq]
    lines = {e.seq: rows.lines[e.seq] for e in new if e.seq in rows.lines}
    return AuditVerdict(check, new, lines)


def held_message(header: PackageHeader, verdict: AuditVerdict, *, restored: bool) -> Message:
    """Why a package is held for its audit log; a rewrite says plainly what a restore looks like."""
    text = QT_TRANSLATE_NOOP(
        "Sync",
        "The audit log of {name} ({code}) in package {seq} (fingerprint {package}) does not continue the log received before: {why} The package is held, not imported.",
    )
    if verdict.check.problem is ChainProblem.REWRITTEN or restored:
        text = QT_TRANSLATE_NOOP(
            "Sync",
            "The audit log of {name} ({code}) in package {seq} (fingerprint {package}) was rewritten: {why} A village that restored a backup shows exactly this, because the entries after the backup are written again under the same numbers. The package is held, not imported. Ask the village whether it restored a backup; if so, import the package again accepting its key (--accept with the fingerprint on its cover sheet) to take its log as it is now.",
        )
    return msg(
        CTX,
        text,
        name=header.station_name,
        code=header.station_code,
        seq=header.seq,
        package=short_hash(header.package_hash),
        why=verdict.message(),
    )


def adopted(declared: ChainHead, rows: AuditRows) -> AuditVerdict:
    """The section taken as the village's log is now (the township accepted a rewrite): checked in
    itself from its first entry's link, without the head kept before."""
    first = rows.entries[0] if rows.entries else None
    start = ChainHead(first.seq - 1, first.prev_hash) if first is not None else declared
    verdict = check_section(start, declared, rows)
    return verdict
