"""The hash chain of the audit log: append an entry, verify a log, check a continuation.

Each entry's hash is sha256(previous hash + the entry's canonical bytes)
(:func:`villagedesk.core.audit.entry.entry_hash`), so a row edited in the database no longer
matches its hash, and a row deleted, inserted or moved breaks the numbering or the links.
:func:`verify` names the first entry the log can no longer vouch for.

What a chain without a key cannot show on its own: someone who rewrites every row from some
point on, hashes and all, or cuts off the newest rows, leaves a log that is consistent in itself.
That is why the head (the last number and hash) is kept apart from the rows and travels in every
sync package: :func:`verify` takes the head the station recorded (``end_head``), and the township
checks that a package's entries continue the head it saw last (:func:`continues_from`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from villagedesk.core.audit.entry import (
    GENESIS_HASH,
    AuditDraft,
    AuditEntry,
    FieldChange,
    canonical,
    entry_hash,
)
from villagedesk.core.audit.redact import redact_changes
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

__all__ = [
    "GENESIS_HASH",
    "GENESIS_HEAD",
    "AuditDraft",
    "AuditEntry",
    "ChainCheck",
    "ChainHead",
    "ChainProblem",
    "FieldChange",
    "append",
    "canonical",
    "continuation_message",
    "continues_from",
    "entry_hash",
    "verify",
]

CTX = "Audit"


@dataclass(frozen=True)
class ChainHead:
    """The last entry's number and hash (0 and :data:`GENESIS_HASH` for an empty log)."""

    seq: int
    hash: str

    @classmethod
    def of(cls, entry: AuditEntry) -> ChainHead:
        return cls(entry.seq, entry.hash)


GENESIS_HEAD = ChainHead(0, GENESIS_HASH)


class ChainProblem(StrEnum):
    EDITED = "edited"
    """An entry does not match its own hash: changed after it was written (or forged)."""
    MISSING = "missing"
    """A number is missing: entries were deleted (or the newest cut off)."""
    INSERTED = "inserted"
    """A number comes twice or out of order: an entry was inserted or moved."""
    BROKEN_LINK = "broken_link"
    """An entry does not carry the previous entry's hash: one of the two was replaced."""
    REWRITTEN = "rewritten"
    """The entries do not continue the head seen last: the log was rewritten since."""


_PROBLEM_TEXTS = {
    ChainProblem.EDITED: QT_TRANSLATE_NOOP(
        "Audit", "Audit log entry {seq} was changed after it was written."
    ),
    ChainProblem.MISSING: QT_TRANSLATE_NOOP(
        "Audit", "Audit log entry {seq} is missing: entries were deleted."
    ),
    ChainProblem.INSERTED: QT_TRANSLATE_NOOP(
        "Audit", "Audit log entry {seq} appears twice or out of order: an entry was inserted."
    ),
    ChainProblem.BROKEN_LINK: QT_TRANSLATE_NOOP(
        "Audit", "Audit log entry {seq} does not link to the next one: one of them was replaced."
    ),
    ChainProblem.REWRITTEN: QT_TRANSLATE_NOOP(
        "Audit", "The audit log does not continue from entry {seq} seen last: it was rewritten."
    ),
}


@dataclass(frozen=True)
class ChainCheck:
    """The result of a check: OK, or the first bad entry's number and why.

    ``head`` is where the good part ends: the last entry that checked out (the whole log's head
    when OK). ``checked`` counts the entries that checked out.
    """

    problem: ChainProblem | None
    bad_seq: int | None
    head: ChainHead
    checked: int

    @property
    def ok(self) -> bool:
        return self.problem is None

    def message(self) -> Message:
        """操作日志完整, or which entry is bad and why."""
        if self.problem is None:
            return msg(CTX, QT_TRANSLATE_NOOP("Audit", "The audit log is complete."))
        return msg(CTX, _PROBLEM_TEXTS[self.problem], seq=self.bad_seq)


def append(prev: AuditEntry | ChainHead | None, draft: AuditDraft) -> AuditEntry:
    """The entry that follows ``prev`` (the log's last entry or head; None for an empty log).

    The draft's field values are redacted (:func:`villagedesk.core.audit.redact.redact_changes`),
    so no ID number or phone reaches the log in clear."""
    if prev is None:
        head = GENESIS_HEAD
    elif isinstance(prev, ChainHead):
        head = prev
    else:
        head = ChainHead.of(prev)
    entry = AuditEntry(
        seq=head.seq + 1,
        at=draft.at,
        actor=draft.actor,
        role=draft.role,
        device=draft.device,
        kind=str(draft.kind),
        service=draft.service,
        record_type=draft.record_type,
        record_uuid=draft.record_uuid,
        fields=redact_changes(draft.fields),
        note=draft.note,
        prev_hash=head.hash,
        hash="",
        changes=draft.changes,
        digest=draft.digest,
    )
    return replace(entry, hash=entry_hash(entry))


def _hash_matches(entry: AuditEntry) -> bool:
    try:
        return entry_hash(entry) == entry.hash
    except (TypeError, ValueError):  # a value that is not JSON (or not finite) was written in
        return False


def _bad(problem: ChainProblem, seq: int, head: ChainHead, checked: int) -> ChainCheck:
    return ChainCheck(problem, max(seq, 1), head, checked)


def verify(
    entries: Sequence[AuditEntry],
    start_head: ChainHead | None = None,
    *,
    end_head: ChainHead | None = None,
) -> ChainCheck:
    """Check ``entries`` (in the order stored, by number) from ``start_head`` (the genesis when
    None) and, when given, that they end at ``end_head`` (the head the station kept apart).

    The first failing check decides, reading from the start; ``bad_seq`` is the first number the
    log can no longer vouch for: the entry that fails its hash or is missing, or, when a number
    comes twice or a link is broken, the earlier of the two entries involved (either may be the
    forged one).
    """
    head = start_head or GENESIS_HEAD
    present = {e.seq for e in entries}
    for checked, entry in enumerate(entries):
        expected = head.seq + 1
        if not _hash_matches(entry):
            return _bad(ChainProblem.EDITED, expected, head, checked)
        if entry.seq == head.seq:
            return _bad(ChainProblem.INSERTED, head.seq, head, checked)
        if entry.seq != expected:
            problem = ChainProblem.MISSING
            if entry.seq < expected or expected in present:
                problem = ChainProblem.INSERTED
            return _bad(problem, expected, head, checked)
        if entry.prev_hash != head.hash:
            return _bad(ChainProblem.BROKEN_LINK, head.seq, head, checked)
        head = ChainHead.of(entry)
    return _check_end(head, len(entries), end_head)


def _check_end(head: ChainHead, checked: int, end_head: ChainHead | None) -> ChainCheck:
    if end_head is None or end_head == head:
        return ChainCheck(None, None, head, checked)
    if head.seq < end_head.seq:
        return _bad(ChainProblem.MISSING, head.seq + 1, head, checked)
    if head.seq > end_head.seq:
        return _bad(ChainProblem.INSERTED, end_head.seq + 1, head, checked)
    return _bad(ChainProblem.REWRITTEN, head.seq, head, checked)


def continues_from(head_hash: str, head_seq: int, entries: Sequence[AuditEntry]) -> ChainCheck:
    """Whether a sync package's ``entries`` continue the head the township saw last.

    A package may repeat entries the township already has (packages are cumulative until a
    receipt comes back): they are accepted when the repeated entry numbered ``head_seq`` is the
    very one seen (same hash); the rest must then follow it link by link. Refused: a gap after
    the head (MISSING), entries that lead to another entry at ``head_seq`` or do not link to it
    (REWRITTEN), and anything :func:`verify` refuses. OK reads 操作日志连续.
    """
    head = ChainHead(head_seq, head_hash)
    if not entries:
        return ChainCheck(None, None, head, 0)
    first = entries[0]
    if first.seq > head_seq + 1:
        return _bad(ChainProblem.MISSING, head_seq + 1, head, 0)
    if first.seq <= head_seq:
        position = next((i for i, e in enumerate(entries) if e.seq == head_seq), None)
        if position is None:
            return _bad(ChainProblem.REWRITTEN, head_seq, head, 0)
        seen = verify(entries[: position + 1], ChainHead(first.seq - 1, first.prev_hash))
        if not seen.ok:
            return seen
        if seen.head != head:
            return _bad(ChainProblem.REWRITTEN, head_seq, head, 0)
        entries = entries[position + 1 :]
    elif first.prev_hash != head_hash and _hash_matches(first):
        return _bad(ChainProblem.REWRITTEN, head_seq, head, 0)
    return verify(entries, head)


def continuation_message(check: ChainCheck) -> Message:
    """操作日志连续 for a true continuation, else the check's own message."""
    if check.ok:
        return msg(CTX, QT_TRANSLATE_NOOP("Audit", "The audit log continues."))
    return check.message()
