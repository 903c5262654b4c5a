"""Village sync services: enrol with the township, export a package, import a receipt, status.

A package holds every change since the counter the township last CONFIRMED by a receipt, so
packages are cumulative until a receipt arrives and a lost stick is healed by the next export.
Nothing is purged or marked sent on export; the package log only records what was written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import DomainError
from villagedesk.core.ports import UnitOfWork
from villagedesk.core.progress import Progress
from villagedesk.core.station import Station
from villagedesk.core.sync_ports import (
    FileRefused,
    PackageEntry,
    PackageStatus,
    Peer,
    SyncMode,
    TodoItem,
    VillageCourier,
    mode_of,
)
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

CTX = "Sync"
SYNC_CHANGES = Changes.of(Topic.SYNC)
PACKAGE_SUFFIX = ".vdpkg"


@dataclass(frozen=True)
class ExportResult:
    """A package written, read back and verified: what the user and the cover sheet need."""

    path: str
    seq: int
    counter_from: int
    counter_to: int
    counts: dict[str, int]
    full: bool
    created_at: str
    package_hash: str
    station: Station
    fingerprint: str
    township: Peer

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class ReceiptResult:
    township: Peer
    confirmed: list[int]
    confirmed_counter: int
    todos_added: int
    returned: int

    @property
    def already_imported(self) -> bool:
        return not self.confirmed and not self.todos_added


@dataclass(frozen=True)
class VillageStatus:
    mode: SyncMode
    fingerprint: str
    station: Station | None
    township: Peer | None
    packages: list[PackageEntry] = field(default_factory=list)
    confirmed_counter: int = 0
    pending_changes: int = 0
    todos: list[TodoItem] = field(default_factory=list)

    @property
    def last_package(self) -> PackageEntry | None:
        return self.packages[0] if self.packages else None


def package_file_name(station_code: str, seq: int) -> str:
    return f"{station_code}-{seq}{PACKAGE_SUFFIX}"


def _station(uow: UnitOfWork) -> Station:
    station = uow.station.get()
    if station is None:
        raise DomainError(
            msg(CTX, QT_TRANSLATE_NOOP("Sync", "Set up the station before using data sync."))
        )
    return station


def _village(uow: UnitOfWork) -> Station:
    station = _station(uow)
    if mode_of(station.level) is not SyncMode.VILLAGE:
        raise DomainError(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync", "This is a township station; this works only at a village station."
                ),
            )
        )
    return station


def _township(uow: UnitOfWork) -> Peer:
    peer = uow.village_sync.township()
    if peer is None:
        raise FileRefused(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This station is not enrolled with a township yet. Import the township's enrolment file first.",
                ),
            ),
            reason="not_enrolled",
        )
    return peer


def enrol(uow: UnitOfWork, *, courier: VillageCourier, path: str, now: str) -> Peer:
    """Import the township's enrolment file (signature checked by the courier)."""
    enrolment = courier.read_enrolment(path)
    with uow:
        _village(uow)
        uow.village_sync.enrol(enrolment, at=now)
        peer = uow.village_sync.township()
        uow.commit()
    assert peer is not None
    return peer


def export_package(
    uow: UnitOfWork,
    *,
    courier: VillageCourier,
    folder: str,
    now: str,
    full: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the next package into ``folder`` (atomically, read back and verified), log it."""
    with uow:
        station = _village(uow)
        peer = _township(uow)
        since = 0 if full else peer.last_counter
        counter_to = max(uow.sync_source.counter(), since)
        if progress is not None:
            progress.set_label(msg(CTX, QT_TRANSLATE_NOOP("Sync", "Collecting the changes…")))
        records = uow.sync_source.encoded(since=since, progress=progress)
        log = uow.village_sync
        seq = log.next_seq()
        packages = log.packages()
        file_name = package_file_name(station.code, seq)
        written = courier.write_package(
            folder,
            file_name=file_name,
            manifest_fields={
                "station_code": station.code,
                "station_name": station.name,
                "seq": seq,
                "counter_from": since,
                "counter_to": counter_to,
                "previous_hash": packages[0].hash if packages else None,
                "created_at": now,
                "notes": {"full": full},
            },
            records=records,
            recipient=peer.enrolment,
            progress=progress,
        )
        counts = {str(k): int(v) for k, v in dict(written.manifest.get("counts") or {}).items()}
        log.add_package(
            PackageEntry(
                seq=seq,
                counter_from=since,
                counter_to=counter_to,
                hash=written.hash,
                file_name=file_name,
                created_at=now,
                status=PackageStatus.EXPORTED,
                record_count=sum(counts.values()),
            )
        )
        uow.commit()
    return ExportResult(
        path=written.path,
        seq=seq,
        counter_from=since,
        counter_to=counter_to,
        counts=counts,
        full=full,
        created_at=now,
        package_hash=written.hash,
        station=station,
        fingerprint=courier.fingerprint(),
        township=peer,
    )


def wrong_direction_package() -> FileRefused:
    return FileRefused(
        msg(
            CTX,
            QT_TRANSLATE_NOOP("Sync", "This is a village station; it cannot import data packages."),
        ),
        reason="wrong_kind",
    )


def import_receipt(
    uow: UnitOfWork, *, courier: VillageCourier, path: str, now: str
) -> ReceiptResult:
    """Verify a receipt from the enrolled township and record what it confirms and returns."""
    if courier.file_kind(path) != "receipt":
        raise wrong_direction_package()
    with uow:
        station = _village(uow)
        peer = _township(uow)
        receipt = courier.open_receipt(path, township=peer.enrolment)
        if receipt.village_code != station.code or receipt.township_code != peer.code:
            raise FileRefused(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "This receipt is for station {village}, not for this station ({code}).",
                    ),
                    village=receipt.village_code,
                    code=station.code,
                ),
                reason="wrong_station",
            )
        repo = uow.village_sync
        confirmed = repo.confirm(counter=receipt.confirmed_counter, seqs=receipt.packages, at=now)
        added = repo.add_todos(receipt.returned, village=station.code, at=now)
        uow.commit()
    return ReceiptResult(
        township=peer,
        confirmed=confirmed,
        confirmed_counter=receipt.confirmed_counter,
        todos_added=added,
        returned=len(receipt.returned),
    )


def village_status(uow: UnitOfWork, *, courier: VillageCourier) -> VillageStatus:
    """Everything the sync page and ``sync status`` show at a village."""
    fingerprint = courier.fingerprint()
    with uow:
        station = uow.station.get()
        mode = mode_of(station.level) if station is not None else SyncMode.VILLAGE
        peer = uow.village_sync.township()
        confirmed = peer.last_counter if peer is not None else 0
        return VillageStatus(
            mode=mode,
            fingerprint=fingerprint,
            station=station,
            township=peer,
            packages=uow.village_sync.packages(),
            confirmed_counter=confirmed,
            pending_changes=uow.sync_source.count_since(confirmed),
            todos=uow.village_sync.todos(),
        )


def mark_todo_done(uow: UnitOfWork, *, todo_id: int, now: str) -> Changes:
    """Tick off a returned record on the to-do list."""
    with uow:
        done = uow.village_sync.mark_done(todo_id, at=now)
        uow.commit()
    return SYNC_CHANGES if done else Changes()
