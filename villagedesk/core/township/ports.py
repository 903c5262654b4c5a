"""Sync at a village: plain values and the ports the sync services need; and the two units of
work of the area, the village side's (:class:`VillageSyncUnitOfWork`) and the township side's
(:class:`TownshipUnitOfWork`, whose repositories ``core.township.model`` declares).

The store implements :class:`VillageSyncRepository` and :class:`SyncSource` (on the unit of work);
the package format (``villagedesk.sync``) implements :class:`VillageCourier`: keys, enrolment
files, writing packages and opening receipts. Only plain values cross these ports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from villagedesk.core.errors import DomainError
from villagedesk.core.ports import StationRepository, Transaction
from villagedesk.core.progress import Progress
from villagedesk.core.station import StationLevel
from villagedesk.core.text import Message
from villagedesk.core.township.receipt import EscalationReply as EscalationReply
from villagedesk.core.township.receipt import Receipt as Receipt
from villagedesk.core.township.receipt import ReturnedRecord as ReturnedRecord
from villagedesk.core.township.receipt import receipt_from_json as receipt_from_json
from villagedesk.core.township.receipt import receipt_to_json as receipt_to_json

if TYPE_CHECKING:  # the township side's repositories; core.township.model imports this module
    from villagedesk.core.township.model import RecordApplier, TownshipRepository

Records = dict[str, list[dict[str, object]]]
"""Records by syncable table name: every column but ``id``, integer FKs as the parent's uuid."""


@dataclass(frozen=True)
class EncodedRecords:
    """The same content as :data:`Records`, already encoded by the store for a package's payload.

    ``types``: every syncable table name, parents first. ``lines(type)`` yields blocks of UTF-8
    JSON lines: one record (one JSON object) per line, each line ending in ``\\n``, no other
    newline. The blocks are read lazily from the database: use them once, inside the unit of work.
    """

    types: tuple[str, ...]
    lines: Callable[[str], Iterator[bytes]]


class SyncMode(StrEnum):
    """A township imports packages and writes receipts; a village exports and imports receipts."""

    VILLAGE = "village"
    TOWNSHIP = "township"


def mode_of(level: StationLevel) -> SyncMode:
    """The station's sync mode: township and county are township mode, the rest village mode."""
    if level in (StationLevel.TOWNSHIP, StationLevel.COUNTY):
        return SyncMode.TOWNSHIP
    return SyncMode.VILLAGE


class FileRefused(DomainError):
    """A sync file (package, receipt, enrolment) refused as a whole; nothing of it was used.

    ``reason`` is the format's reason code (see ``villagedesk.sync.errors``) or ``wrong_kind`` /
    ``not_enrolled`` / ``wrong_station`` from the village services.
    """

    def __init__(self, message: Message, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class PackageStatus(StrEnum):
    EXPORTED = "exported"
    CONFIRMED = "confirmed"
    IMPORTED = "imported"
    HELD = "held"
    FORK = "fork"
    AUDIT_HELD = "audit_held"
    """At a village: held by the township because this station's 操作日志 does not continue
    from the one it last sent (the township logs it as a fork, :data:`AUDIT_HOLD_NOTE`)."""
    REFUSED = "refused"


AUDIT_HOLD_NOTE = "audit:"
"""How the note of a package the township holds for its audit log begins."""


@dataclass(frozen=True)
class Enrolment:
    """A township's identity as its enrolment file states it (signature already checked)."""

    code: str
    name: str
    fingerprint: str
    sign_public: str
    box_public: str
    endorsed_by: str = ""
    """Fingerprint of the township's previous key when that key signed this file (a rotation)."""


@dataclass(frozen=True)
class Peer:
    """The township a village is enrolled with (or, at a township, an accepted village)."""

    code: str
    name: str
    fingerprint: str
    sign_public: str
    box_public: str
    accepted_at: str
    last_seq: int = 0
    last_counter: int = 0
    last_package_at: str | None = None
    installation: str = ""
    """At a township: the village installation trusted now ("" until its first package)."""
    epoch: int = 1
    """At a township: 1, plus one for every time the village's key was replaced (re-installed)."""
    line: int = 0
    """At a township: how many times that installation was restored from a backup."""

    @property
    def enrolment(self) -> Enrolment:
        return Enrolment(self.code, self.name, self.fingerprint, self.sign_public, self.box_public)


@dataclass(frozen=True)
class PackageEntry:
    """One package in the log: at a village, one the station exported."""

    seq: int
    counter_from: int
    counter_to: int
    hash: str
    file_name: str
    created_at: str
    status: PackageStatus
    record_count: int = 0
    confirmed_at: str | None = None
    audit_seq: int = 0
    """The audit log's head (entry number) the package carried."""


@dataclass(frozen=True)
class TodoItem:
    """A returned record on the village's to-do list."""

    id: int
    record_uuid: str
    record_type: str
    comment: str
    created_at: str
    received_at: str
    done_at: str | None = None
    summary: str = ""


@dataclass(frozen=True)
class WrittenPackage:
    """A package written, read back and verified."""

    path: str
    hash: str
    manifest: Mapping[str, object] = field(default_factory=dict)
    """The package's manifest as JSON; ``counts`` holds the records written per type."""


class VillageSyncRepository(Protocol):
    """The village's sync bookkeeping: enrolment, package log, confirmed counter, to-do list."""

    def township(self) -> Peer | None: ...
    def enrol(self, enrolment: Enrolment, *, at: str, keep_confirmed: bool) -> None:
        """Trust this township; ``keep_confirmed`` keeps what the previous key confirmed."""
        ...

    def line(self) -> int:
        """How many times this station's data was restored from a backup (travels with it)."""
        ...

    def line_base(self) -> int:
        """The newest package the restored data knew of when the current line began (0: none)."""
        ...

    def packages(self) -> list[PackageEntry]:
        """Newest first."""
        ...

    def next_seq(self) -> int: ...
    def add_package(self, entry: PackageEntry) -> None: ...
    def confirm(
        self,
        *,
        counter: int,
        hashes: Sequence[str],
        at: str,
        held: Sequence[str] = (),
        forks: Sequence[str] = (),
        audit_held: Sequence[str] = (),
    ) -> list[int]:
        """Record the township's confirmation by package hash; return the seqs newly confirmed.
        ``held``, ``forks`` and ``audit_held`` (among the forks) are the packages it holds.

        ``counter`` is the confirmed change counter, already capped by the caller; it only rises.
        """
        ...

    def add_todos(self, items: Sequence[ReturnedRecord], *, village: str, at: str) -> int:
        """Add returned records not on the list yet; return how many were new."""
        ...

    def todos(self, *, include_done: bool = False) -> list[TodoItem]: ...
    def mark_done(self, todo_id: int, *, at: str) -> bool: ...


class SyncSource(Protocol):
    """Reads the station's syncable records changed after a counter value."""

    def counter(self) -> int:
        """The station's change counter now (the last version handed out)."""
        ...

    def collect(self, *, since: int, progress: Progress | None = None) -> Records: ...
    def encoded(self, *, since: int, progress: Progress | None = None) -> EncodedRecords:
        """What :meth:`collect` returns, encoded as the payload carries it (for big exports)."""
        ...

    def count_since(self, since: int) -> int: ...


class VillageCourier(Protocol):
    """The package format, as a village uses it: own keys, enrolment, packages, receipts."""

    def fingerprint(self) -> str: ...
    def installation(self) -> str:
        """The id of this installation's package history (kept with the keys)."""
        ...

    def read_enrolment(self, path: str) -> Enrolment: ...
    def file_kind(self, path: str) -> str:
        """``"package"`` or ``"receipt"`` from the header alone; raises if not a sync file."""
        ...

    def write_package(
        self,
        folder: str,
        *,
        file_name: str,
        manifest_fields: Mapping[str, object],
        records: Records | EncodedRecords,
        recipient: Enrolment,
        progress: Progress | None = None,
    ) -> WrittenPackage:
        """The returned ``manifest`` holds ``counts``: the records written per type."""
        ...

    def open_receipt(self, path: str, *, township: Enrolment) -> Receipt: ...


class VillageSyncUnitOfWork(Transaction, Protocol):
    """What the village's sync services use: the station, its sync bookkeeping and the records
    a package carries."""

    @property
    def station(self) -> StationRepository: ...
    @property
    def village_sync(self) -> VillageSyncRepository: ...
    @property
    def sync_source(self) -> SyncSource: ...


class TownshipUnitOfWork(Transaction, Protocol):
    """What the township's sync services use: the station, the township's bookkeeping and the
    writer of the villages' records."""

    @property
    def station(self) -> StationRepository: ...
    @property
    def township(self) -> TownshipRepository: ...
    @property
    def sync_apply(self) -> RecordApplier: ...
