"""Township sync values and the ports its services need (plain Python, no sync/store imports).

The township keeps one :class:`VillagePeer` per accepted village, a log of the packages it saw,
and the records it returned for correction. :class:`TownshipCodec` is the package format as the
township services see it (implemented over ``villagedesk.sync`` by ``sync/township_codec.py``);
:class:`RecordApplier` writes payload records into the station's tables (``store/township/apply.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from villagedesk.core.audit.entry import AuditDraft
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message
from villagedesk.core.township.ports import FileRefused, PackageStatus, Peer, Receipt

#: Payload records: record type (syncable table name) → rows as plain dicts (FKs as uuids).
Records = Mapping[str, Sequence[Mapping[str, object]]]

#: An accepted village at a township (the same row shape as the village's township peer).
VillagePeer = Peer


@dataclass(frozen=True)
class PackageHeader:
    """The verified manifest of a package or receipt, as plain values."""

    kind: str
    station_code: str
    station_name: str
    fingerprint: str
    sign_public: str
    box_public: str
    recipient: str
    seq: int
    counter_from: int
    counter_to: int
    package_hash: str
    created_at: str
    counts: Mapping[str, int] = field(default_factory=dict)
    installation: str = ""
    line: int = 0
    line_base: int | None = None
    """On a restored line: the newest package the restore knew; later numbers are the line's own.
    None from programs that did not say (then every package named is taken as the old line's)."""
    previous_hash: str | None = None
    links: tuple[tuple[int, str], ...] = ()
    """(seq, hash) of earlier packages of the same history the village names in this one."""
    audit_from: int = 0
    """The village's audit entry the package's audit section follows (core/township/audit_section.py)."""
    audit_head: tuple[int, str] | None = None
    """The village's audit head (seq, hash) as the package states it; None: a package from a
    program whose packages did not carry the audit log."""


@dataclass(frozen=True)
class PackageLogEntry:
    """One package the township saw (table ``sync_package_log``)."""

    village: str
    seq: int
    counter_from: int
    counter_to: int
    package_hash: str
    file_name: str
    created_at: str
    imported_at: str
    status: PackageStatus
    record_count: int = 0
    note: str = ""
    installation: str = ""
    line: int = 0
    previous_hash: str = ""
    links: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class TownshipReturn:
    """A received record sent back to its village for correction (table ``sync_return``)."""

    record_uuid: str
    record_type: str
    village: str
    comment: str
    created_at: str
    summary: str = ""
    sent_in_receipt: str | None = None


@dataclass(frozen=True)
class TownshipReply:
    """The township's reply to a request a village 上报 to it (table ``sync_request_reply``):
    one per 上报, named by the village, the request's 编号 and when it was escalated.
    ``replied_at`` is station time (``2026-11-20 15:30``)."""

    village: str
    number: str
    escalated_at: str
    text: str
    department: str
    by: str
    replied_at: str
    created_at: str = ""
    sent_in_receipt: str | None = None


class RecordStatus(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    RecordStatus.NEW: QT_TRANSLATE_NOOP("Enum", "New"),
    RecordStatus.UPDATED: QT_TRANSLATE_NOOP("Enum", "Updated"),
    RecordStatus.UNCHANGED: QT_TRANSLATE_NOOP("Enum", "Unchanged"),
    RecordStatus.REFUSED: QT_TRANSLATE_NOOP("Enum", "Refused"),
}


@dataclass(frozen=True)
class RecordChange:
    """What an import does (or would do) to one record; ``fields`` are the changed columns."""

    record_type: str
    uuid: str
    label: str
    status: RecordStatus
    fields: tuple[str, ...] = ()
    messages: tuple[Message, ...] = ()


@dataclass
class TypeCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0


@dataclass
class ApplyPlan:
    """The applier's decision per record, ready to write (opaque ``rows`` for the store)."""

    changes: list[RecordChange]
    counts: dict[str, TypeCounts]
    rows: Any = None
    """The applier's own per-table plans, which only it reads (core never looks inside). Typing
    them here would need the plan generic in the store's row type, which the store's applier
    would then name."""


class PackageRefused(FileRefused):
    """A package or receipt refused as a whole; nothing of it is written.

    ``reason`` is the format's code (see ``villagedesk.sync.errors``); ``fingerprint`` is the
    sender's fingerprint when the refusal is about an unknown or changed key.
    """

    def __init__(self, message: Message, *, reason: str, fingerprint: str = "") -> None:
        super().__init__(message, reason=reason)
        self.fingerprint = fingerprint


Trust = Callable[[PackageHeader], None]


class TownshipCodec(Protocol):
    """The sync format as the township uses it. Raises :class:`PackageRefused` on any refusal."""

    def fingerprint(self) -> str: ...
    def read_header(self, path: Path) -> PackageHeader:
        """The signed header alone (signature checked), to order a session's files."""
        ...

    def verify(self, path: Path) -> PackageHeader:
        """Signature, recipient and payload hash checked, nothing decrypted (for replays)."""
        ...

    def open_package(self, path: Path, *, trust: Trust) -> tuple[PackageHeader, Records]: ...
    def write_receipt(
        self, out_dir: Path, *, village: VillagePeer, receipt: Receipt, township_name: str
    ) -> Path: ...
    def write_enrolment(self, out: Path, *, station_code: str, station_name: str) -> Path: ...


class TownshipRepository(Protocol):
    """Township bookkeeping over sync_peer, sync_package_log and sync_return."""

    def peers(self) -> list[VillagePeer]: ...
    def peer(self, code: str) -> VillagePeer | None: ...
    def known_hashes(
        self, village: str, *, installation: str, line: int, learned: bool
    ) -> dict[int, str]:
        """seq → hash of one line of a village's history as imported (see sync_township_trust
        ``known_hashes``); ``learned`` adds what the imported packages named."""
        ...

    def adopt_installation(self, village: str, installation: str) -> None:
        """Log entries from before installations were numbered belong to ``installation``."""
        ...

    def code_of_key(self, fingerprint: str) -> str | None:
        """The village code whose accepted key has this fingerprint, if any."""
        ...

    def save_peer(self, peer: VillagePeer) -> None: ...
    def log(self, village: str | None = None) -> list[PackageLogEntry]: ...
    def find_logged(self, village: str, package_hash: str) -> PackageLogEntry | None: ...
    def add_log(self, entry: PackageLogEntry) -> None: ...
    def add_return(self, returned: TownshipReturn) -> None: ...
    def returns(self, village: str | None = None) -> list[TownshipReturn]: ...
    def mark_returns_sent(self, village: str, *, at: str) -> None: ...
    def save_reply(self, reply: TownshipReply) -> None:
        """Add the reply, or replace the one given to the same 上报 before."""
        ...

    def replies(self, village: str | None = None) -> list[TownshipReply]: ...
    def mark_replies_sent(self, village: str, *, at: str) -> None: ...
    def find_record(self, record_uuid: str) -> tuple[str, str, str] | None:
        """(record type, station code, short label) of a stored syncable record, or None."""
        ...

    def duplicate_id_numbers(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """ID numbers on live members of more than one station: (number, [(station, name)])."""
        ...


class RecordApplier(Protocol):
    """Payload records into the station's tables (newer version wins, tombstones stay)."""

    def plan(
        self,
        records: Records,
        *,
        village: str,
        refused: Mapping[tuple[str, str], Sequence[Message]],
    ) -> ApplyPlan: ...
    def apply(self, plan: ApplyPlan, *, summary: AuditDraft | None = None) -> None:
        """Write the plan; with ``summary``, the township's log records the whole write as
        that one entry (no change line per record)."""
        ...
