"""Reading a package's audit section at the township, refusing anything malformed.

The counts are checked against the caps from the signed manifest before anything is decrypted
(:func:`check_audit_counts`, in the trust step); after opening, every entry is read with
:func:`villagedesk.core.audit.codec.entry_from_json` and every change line with
:func:`villagedesk.core.audit.changes.parse_change_line` (:func:`read_audit_section`), each text
within its size. A malformed section refuses the whole package (``PackageRefused``, reason
``malformed`` or ``too_large``) in words that name a position, never a value from the file.
Whether a well-formed section continues the village's log is :mod:`audit_check`'s question.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from villagedesk.core.audit.changes import parse_change_line
from villagedesk.core.audit.codec import entry_from_json
from villagedesk.core.audit.entry import AuditEntry
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.core.township.audit_section import AUDIT_CHANGES, AUDIT_ENTRIES, AUDIT_TYPES
from villagedesk.core.township.model import PackageHeader, PackageRefused, Records

CTX = "Sync"
MAX_ENTRIES = 500_000
"""Entries one package may carry (a station writes a few hundred a day)."""
MAX_CHANGES = 5_000_000
"""Change lines one package may carry (an import of 100,000 records is 100,000 lines)."""
MAX_TEXT = 4096
"""Characters of any one text of an entry (a name, a note, a field's value)."""
MAX_FIELDS = 1000
MAX_LINE = 256 * 1024
"""Characters of one change line (a record's fields, old and new)."""


@dataclass(frozen=True)
class ChangeRow:
    """One change line of a write entry: the record it names and the line as carried."""

    record_type: str
    record_uuid: str
    line: str


@dataclass
class AuditRows:
    """A package's audit section, read: its entries in file order, each entry's change lines."""

    entries: list[AuditEntry] = field(default_factory=list)
    lines: dict[int, list[ChangeRow]] = field(default_factory=dict)
    stray: list[int] = field(default_factory=list)
    """Entry numbers of change lines whose entry the package does not carry."""


def _too_large() -> PackageRefused:
    return PackageRefused(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Sync",
                "The package's audit log is larger than any village writes; the package is refused and nothing was imported.",
            ),
        ),
        reason="too_large",
    )


def _malformed(part: str, number: int) -> PackageRefused:
    return PackageRefused(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Sync",
                "The package's audit log is malformed ({part}, line {number}); the package is refused and nothing was imported.",
            ),
            part=part,
            number=number,
        ),
        reason="malformed",
    )


def check_audit_counts(header: PackageHeader) -> None:
    """Refuse a package whose signed counts promise more audit rows than the caps."""
    counts: Mapping[str, int] = header.counts
    if counts.get(AUDIT_ENTRIES, 0) > MAX_ENTRIES or counts.get(AUDIT_CHANGES, 0) > MAX_CHANGES:
        raise _too_large()


def split_records(records: Records) -> tuple[Records, Records]:
    """The package's records without the audit section, and the audit section."""
    plain = {t: rows for t, rows in records.items() if t not in AUDIT_TYPES}
    audit = {t: rows for t, rows in records.items() if t in AUDIT_TYPES}
    return plain, audit


def _texts_fit(entry: AuditEntry) -> bool:
    texts = (
        entry.at,
        entry.actor,
        entry.role,
        entry.device,
        entry.kind,
        entry.service,
        entry.record_type,
        entry.record_uuid,
        entry.note,
        entry.prev_hash,
        entry.hash,
        entry.digest,
    )
    if any(len(t) > MAX_TEXT for t in texts) or len(entry.fields) > MAX_FIELDS:
        return False
    return all(
        len(name) <= MAX_TEXT
        and all(not isinstance(v, str) or len(v) <= MAX_TEXT for v in (old, new))
        for name, old, new in entry.fields
    )


def _entries(rows: Sequence[Mapping[str, object]]) -> list[AuditEntry]:
    if len(rows) > MAX_ENTRIES:
        raise _too_large()
    found: list[AuditEntry] = []
    for number, row in enumerate(rows, start=1):
        try:
            entry = entry_from_json(row)
        except (ValueError, TypeError, AttributeError):
            raise _malformed(AUDIT_ENTRIES, number) from None
        if entry.seq < 1 or not _texts_fit(entry):
            raise _malformed(AUDIT_ENTRIES, number)
        found.append(entry)
    return found


def _change(row: Mapping[str, object], number: int) -> tuple[int, ChangeRow]:
    seq, line = row.get("seq"), row.get("line")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1 or set(row) != {"seq", "line"}:
        raise _malformed(AUDIT_CHANGES, number)
    if not isinstance(line, str) or len(line) > MAX_LINE:
        raise _malformed(AUDIT_CHANGES, number)
    try:
        record_type, record_uuid, _ = parse_change_line(line)
    except (ValueError, TypeError, RecursionError):
        raise _malformed(AUDIT_CHANGES, number) from None
    if len(record_type) > MAX_TEXT or len(record_uuid) > MAX_TEXT:
        raise _malformed(AUDIT_CHANGES, number)
    return seq, ChangeRow(record_type, record_uuid, line)


def read_audit_section(audit: Records) -> AuditRows:
    """The section's entries and change lines; PackageRefused when anything is malformed."""
    found = AuditRows(entries=_entries(audit.get(AUDIT_ENTRIES, ())))
    changes = audit.get(AUDIT_CHANGES, ())
    if len(changes) > MAX_CHANGES:
        raise _too_large()
    carried = {e.seq for e in found.entries}
    for number, row in enumerate(changes, start=1):
        seq, change = _change(row, number)
        if seq not in carried and seq not in found.stray:
            found.stray.append(seq)
        found.lines.setdefault(seq, []).append(change)
    return found
