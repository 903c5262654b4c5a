"""What a village's package carries besides its records: the header fields and signed notes.

The notes name the installation, its line (how often its data was restored) and the packages
before this one, so the township can check the history (:mod:`villagedesk.core.township.trust`).
"""

from __future__ import annotations

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.progress import Progress
from villagedesk.core.station import Station
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.core.township.ports import (
    EncodedRecords,
    PackageEntry,
    PackageStatus,
    Peer,
    VillageCourier,
    VillageSyncUnitOfWork,
)

CTX = "Sync"
#: How many earlier packages a package names (newest confirmed one first, then the rest).
HISTORY_LIMIT = 2000


def history(packages: list[PackageEntry]) -> list[list[int | str]]:
    """(seq, hash) of the packages since the newest one the township confirmed, oldest first."""
    named: list[list[int | str]] = []
    for entry in packages:  # newest first
        if entry.status is PackageStatus.REFUSED:
            continue
        named.append([entry.seq, entry.hash])
        if entry.status is PackageStatus.CONFIRMED or len(named) >= HISTORY_LIMIT:
            break
    return named[::-1]


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Write a package's notes"))
def package_notes(
    uow: VillageSyncUnitOfWork,
    courier: VillageCourier,
    packages: list[PackageEntry],
    *,
    full: bool,
    line: int,
) -> dict[str, object]:
    """The package's signed notes: full or not, the installation, its line and history."""
    log = uow.village_sync
    return {
        "full": full,
        "installation": courier.installation(),
        "line": line,
        "line_base": log.line_base() if line else 0,
        "history": history(packages),
    }


def package_header(
    station: Station, seq: int, since: int, counter_to: int, packages: list[PackageEntry], now: str
) -> dict[str, object]:
    """The manifest's fields but the notes: who sends which changes, after which package."""
    return {
        "station_code": station.code,
        "station_name": station.name,
        "seq": seq,
        "counter_from": since,
        "counter_to": counter_to,
        "previous_hash": packages[0].hash if packages else None,
        "created_at": now,
    }


@service(Action.SYNC, label=QT_TRANSLATE_NOOP("Services", "Collect the changes for a package"))
def collect_changes(
    uow: VillageSyncUnitOfWork, peer: Peer, *, full: bool, progress: Progress | None
) -> tuple[int, int, EncodedRecords]:
    """The counter range of the next package and its records (everything, with ``full``)."""
    since = 0 if full else peer.last_counter
    counter_to = max(uow.sync_source.counter(), since)
    if progress is not None:
        progress.set_label(msg(CTX, QT_TRANSLATE_NOOP("Sync", "Collecting the changes…")))
    return since, counter_to, uow.sync_source.encoded(since=since, progress=progress)
