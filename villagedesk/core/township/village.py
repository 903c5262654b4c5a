"""Village sync services: enrol with the township, export a package, import a receipt, status.

A package holds every change since the counter the township last CONFIRMED by a receipt, so
packages are cumulative until a receipt arrives and a lost stick is healed by the next export.
Nothing is purged or marked sent on export; the package log only records what was written.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.errors import DomainError
from villagedesk.core.progress import Progress
from villagedesk.core.station import Station
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.core.township.audit_section import (
    AUDIT_TYPES,
    NOTE_KEY,
    AuditedReceiptUnitOfWork,
    AuditedVillageUnitOfWork,
    log_sync,
    section_of,
    with_audit,
)
from villagedesk.core.township.package_contents import (
    collect_changes,
    package_header,
    package_notes,
)
from villagedesk.core.township.ports import (
    FileRefused,
    PackageEntry,
    PackageStatus,
    Peer,
    SyncMode,
    VillageCourier,
    VillageSyncUnitOfWork,
    mode_of,
)
from villagedesk.core.township.receipt_checks import check_receipt_is_ours
from villagedesk.core.township.receipt_replies import (
    apply_calendar_years,
    apply_replies,
)
from villagedesk.core.township.receipt_takeovers import apply_takeovers
from villagedesk.core.township.village_model import ExportResult, ReceiptResult, VillageStatus

CTX = "Sync"
SYNC_CHANGES = Changes.of(Topic.SYNC)
PACKAGE_SUFFIX = ".vdpkg"

__all__ = [
    "CTX",
    "SYNC_CHANGES",
    "ExportResult",
    "ReceiptResult",
    "VillageStatus",
    "export_package",
    "import_receipt",
    "mark_todo_done",
    "package_file_name",
    "village_station",
    "village_status",
    "wrong_direction_package",
]


def package_file_name(station_code: str, seq: int, line: int = 0) -> str:
    """``<code>-<seq>.vdpkg``; after a restore ``<code>-<seq>-r<line>.vdpkg`` (never the same name
    as a package of the history before the restore, which may still be on the stick)."""
    restored = f"-r{line}" if line else ""
    return f"{station_code}-{seq}{restored}{PACKAGE_SUFFIX}"


def _station(uow: VillageSyncUnitOfWork) -> Station:
    station = uow.station.get()
    if station is None:
        raise DomainError(
            msg(CTX, QT_TRANSLATE_NOOP("Sync", "Set up the station before using data sync."))
        )
    return station


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Check this is a village station")
)
def village_station(uow: VillageSyncUnitOfWork) -> Station:
    """The station, which must be a village station (not a township)."""
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


def _township(uow: VillageSyncUnitOfWork) -> Peer:
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


def _written_counts(manifest: Mapping[str, object]) -> dict[str, int]:
    """The records written per type, as the written package's manifest counts them."""
    counts = manifest.get("counts") or {}
    if not isinstance(counts, Mapping):
        raise TypeError("the manifest's counts are not a mapping")
    # the audit section is no register: the cover sheet and the log count records only
    return {str(k): int(v) for k, v in counts.items() if k not in AUDIT_TYPES}


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Export a sync package"))
def export_package(
    uow: AuditedVillageUnitOfWork,
    *,
    courier: VillageCourier,
    folder: str,
    now: str,
    full: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the next package into ``folder`` (atomically, read back and verified), log it."""
    with uow:
        station = village_station(uow)
        peer = _township(uow)
        since, counter_to, records = collect_changes(uow, peer, full=full, progress=progress)
        log = uow.village_sync
        seq = log.next_seq()
        packages = log.packages()
        line = log.line()
        file_name = package_file_name(station.code, seq, line)
        audit = section_of(uow.audit_log, packages)
        notes = package_notes(uow, courier, packages, full=full, line=line)
        written = courier.write_package(
            folder,
            file_name=file_name,
            manifest_fields={
                **package_header(station, seq, since, counter_to, packages, now),
                "notes": {**notes, NOTE_KEY: audit.notes()},
            },
            records=with_audit(records, uow.audit_log, audit),
            recipient=peer.enrolment,
            progress=progress,
        )
        counts = _written_counts(written.manifest)
        entry = PackageEntry(
            seq=seq,
            counter_from=since,
            counter_to=counter_to,
            hash=written.hash,
            file_name=PurePath(written.path).name,
            created_at=now,
            status=PackageStatus.EXPORTED,
            record_count=sum(counts.values()),
            audit_seq=audit.head.seq,
        )
        log.add_package(entry)
        log_sync(uow.audit, f"package {seq} written (audit log {audit.since + 1}-{audit.head.seq})")
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


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Import a receipt"))
def import_receipt(
    uow: AuditedReceiptUnitOfWork,
    *,
    courier: VillageCourier,
    path: str,
    now: str,
    clock: Clock = SYSTEM_CLOCK,
) -> ReceiptResult:
    """Verify a receipt from the enrolled township and record what it confirms and returns;
    then write the township's replies into the requests, add its holiday years and write its
    take-overs into the disputes (each in a transaction of its own, after the receipt's; see
    ``receipt_replies`` and ``receipt_takeovers``)."""
    if courier.file_kind(path) != "receipt":
        raise wrong_direction_package()
    with uow:
        station = village_station(uow)
        peer = _township(uow)
        receipt = courier.open_receipt(path, township=peer.enrolment)
        check_receipt_is_ours(receipt, station.code, peer.code, courier.installation())
        repo = uow.village_sync
        # Never past this station's own highest version: a receipt may come from a history
        # this installation does not have (a re-install, a copy), and its changes would be
        # taken as confirmed without ever being sent.
        counter = min(receipt.confirmed_counter, uow.sync_source.counter())
        confirmed = repo.confirm(
            counter=counter,
            hashes=receipt.hashes,
            held=receipt.held,
            forks=receipt.forks,
            audit_held=receipt.audit_held,
            at=now,
        )
        added = repo.add_todos(receipt.returned, village=station.code, at=now)
        mine = {p.hash for p in repo.packages()}
        log_sync(uow.audit, f"receipt applied (packages {', '.join(map(str, confirmed)) or '-'})")
        uow.commit()
    replies = apply_replies(uow, receipt.replies, clock=clock)
    years = apply_calendar_years(uow, receipt.calendar_years)
    takeovers = apply_takeovers(uow, receipt.takeovers, clock=clock)
    return ReceiptResult(
        township=peer,
        confirmed=confirmed,
        confirmed_counter=counter,
        todos_added=added,
        returned=len(receipt.returned),
        held=len(mine & set(receipt.held)),
        forks=len(mine & (set(receipt.forks) - set(receipt.audit_held))),
        audit_held=len(mine & set(receipt.audit_held)),
        replies=replies,
        calendar=years,
        takeovers=takeovers,
    )


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Show the sync status"))
def village_status(uow: VillageSyncUnitOfWork, *, courier: VillageCourier) -> VillageStatus:
    """Everything the sync page and ``sync status`` show at a village."""
    fingerprint = courier.fingerprint()
    with uow.for_reading():
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


@service(
    Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Mark a returned record corrected")
)
def mark_todo_done(uow: VillageSyncUnitOfWork, *, todo_id: int, now: str) -> Changes:
    """Tick off a returned record on the to-do list."""
    with uow:
        done = uow.village_sync.mark_done(todo_id, at=now)
        uow.commit()
    return SYNC_CHANGES if done else Changes()
