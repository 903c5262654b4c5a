"""What the township import says about each file: outcomes, results, the report, the messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from villagedesk.core.changes import Changes
from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.core.township.model import (
    PackageHeader,
    PackageLogEntry,
    PackageRefused,
    RecordChange,
    TypeCounts,
    VillagePeer,
)

CTX = "Sync"


class FileOutcome(StrEnum):
    IMPORTED = "imported"
    PREVIEW = "preview"
    ALREADY_IMPORTED = "already_imported"
    OLDER = "older"
    HELD = "held"
    FORK = "fork"
    REFUSED = "refused"


#: The outcomes that write to the township's database (outside a dry run).
WRITING = (FileOutcome.IMPORTED, FileOutcome.HELD, FileOutcome.FORK)


@dataclass(frozen=True)
class FileResult:
    path: Path
    outcome: FileOutcome
    message: Message
    header: PackageHeader | None = None
    counts: dict[str, TypeCounts] = field(default_factory=dict)
    changes: list[RecordChange] = field(default_factory=list)
    fingerprint: str = ""
    reason: str = ""
    audit: Message | None = None
    """What the check of the package's audit log found (操作日志连续, or where it breaks)."""

    @property
    def refused_records(self) -> int:
        return sum(c.refused for c in self.counts.values())

    @property
    def exit_code(self) -> int:
        if self.outcome is FileOutcome.REFUSED:
            return 3
        if self.outcome in (FileOutcome.HELD, FileOutcome.FORK) or self.refused_records:
            return 1
        return 0


@dataclass(frozen=True)
class ImportReport:
    files: list[FileResult]
    changes: Changes = field(default_factory=Changes)

    @property
    def exit_code(self) -> int:
        return max((f.exit_code for f in self.files), default=0)


def refusal(path: Path, error: PackageRefused | DomainError) -> FileResult:
    """A whole file refused: exit 3, nothing written."""
    reason = getattr(error, "reason", "refused")
    fingerprint = getattr(error, "fingerprint", "")
    return FileResult(
        path, FileOutcome.REFUSED, error.message, reason=str(reason), fingerprint=fingerprint
    )


def done(path: Path, header: PackageHeader, outcome: FileOutcome, message: Message) -> FileResult:
    return FileResult(path, outcome, message, header)


def not_accepted(header: PackageHeader) -> PackageRefused:
    return PackageRefused(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Sync",
                "{name} ({code}) is a village not yet accepted here. Compare its key fingerprint {fingerprint} with the cover sheet; to accept it, import again with --accept {fingerprint}.",
            ),
            name=header.station_name,
            code=header.station_code,
            fingerprint=header.fingerprint,
        ),
        reason="unknown_sender",
        fingerprint=header.fingerprint,
    )


def key_changed(header: PackageHeader, known: str) -> PackageRefused:
    return PackageRefused(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Sync",
                "{name} ({code}) signed this package with a different key (fingerprint {fingerprint}) from the accepted one ({known}). It is refused until the new key is accepted with --accept {fingerprint}.",
            ),
            name=header.station_name,
            code=header.station_code,
            fingerprint=header.fingerprint,
            known=known,
        ),
        reason="key_changed",
        fingerprint=header.fingerprint,
    )


def already_message(header: PackageHeader, logged: PackageLogEntry) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Sync", "Package {seq} from {name} was already imported on {date}; nothing changed."
        ),
        seq=header.seq,
        name=header.station_name,
        date=logged.imported_at[:10],
    )


def older_message(header: PackageHeader, peer: VillagePeer) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Sync",
            "Package {seq} from {name} is older than the data already imported (up to package {last}); nothing changed.",
        ),
        seq=header.seq,
        name=header.station_name,
        last=peer.last_seq,
    )


def held_message(header: PackageHeader) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Sync",
            "Package {seq} from {name} is held, not imported: the data before package {seq} is missing. Ask the village for a full export (sync export --full).",
        ),
        seq=header.seq,
        name=header.station_name,
    )


def preview_message(header: PackageHeader) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP("Sync", "Package {seq} from {name}: preview, nothing written."),
        seq=header.seq,
        name=header.station_name,
    )


def imported_message(header: PackageHeader) -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP("Sync", "Package {seq} from {name} imported."),
        seq=header.seq,
        name=header.station_name,
    )
