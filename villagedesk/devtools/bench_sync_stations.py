"""The stations the sync benches run on, and the steps they time.

A village filled with demo members and enrolled at the township; a township; the export of a
package (full or the changes since the last receipt) and the township's import of one, each
returning its seconds. Every step goes through the same core services as the window.
"""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

from villagedesk.core.services.demo import fill_demo
from villagedesk.core.services.station_setup import set_up_station
from villagedesk.core.station import Station, StationDraft, StationLevel
from villagedesk.core.township import enrolment as sync_enrolment
from villagedesk.core.township import services as sync_township
from villagedesk.core.township import village as sync_village
from villagedesk.core.township.model import PackageHeader, Records
from villagedesk.store.station_store import StationStore, open_station_store
from villagedesk.sync.enrolment import write_enrolment
from villagedesk.sync.keys import StationKeys
from villagedesk.sync.township_codec import ContainerCodec
from villagedesk.sync.village_codec import VillageCodec

CHANGES = 100
RUNS = 3
TOWNSHIP_CODE = "370323104000"
VILLAGE_CODE = "370323104203"


# -- village side ------------------------------------------------------------------------------


def enrol(store: StationStore, folder: Path, township: StationKeys) -> None:
    """Enrol the village ``store`` at the township of ``township``'s keys (again, if need be)."""
    enrolment = write_enrolment(
        folder / "town.vdenrol", station_code=TOWNSHIP_CODE, station_name="东河镇", keys=township
    )
    with store.uow_factory() as uow:  # a reused --data-dir may be enrolled by an earlier run
        current = uow.village_sync.township()
    sync_enrolment.enrol(
        store.uow_factory(),
        courier=VillageCodec(folder),
        path=str(enrolment),
        now="x",
        accept=township.fingerprint,
        replace_township=current.fingerprint if current is not None else None,
    )


def village_station(folder: Path, members: int, township: StationKeys) -> StationStore:
    """A new village station in ``folder`` with ``members`` demo members, enrolled."""
    store = open_station_store(folder, now=datetime.now())
    set_up_station(
        store.uow_factory(),
        draft=StationDraft(name="东河村党群服务站", code=VILLAGE_CODE, level="village"),
    )
    fill_demo(store.uow_factory(), members=members, today=date(2026, 1, 1))
    enrol(store, folder, township)
    return store


def export_package(
    store: StationStore, folder: Path, out: Path, *, full: bool
) -> tuple[float, sync_village.ExportResult]:
    """Seconds to export a package into ``out``, and what was exported."""
    start = time.perf_counter()
    result = sync_village.export_package(
        store.uow_factory(), courier=VillageCodec(folder), folder=str(out), now="x", full=full
    )
    return time.perf_counter() - start, result


def edit_members(store: StationStore, count: int, *, first: int = 1) -> None:
    """Save ``count`` members unchanged: each gets a new version, so the next package has them."""
    with store.uow_factory() as uow:
        for member_id in range(first, first + count):
            found = uow.members.get(member_id)
            if found is not None:
                uow.members.update(member_id, found.values)
        uow.commit()


def confirm(store: StationStore, *, counter: int, hashes: list[str]) -> None:
    """What a receipt does: the township has everything up to ``counter``."""
    with store.uow_factory() as uow:
        uow.village_sync.confirm(counter=counter, hashes=hashes, at="x")
        uow.commit()


def incremental_export(store: StationStore, folder: Path, out: Path) -> float:
    """Confirm everything so far, change 100 members, time the next export (best of 3)."""
    with store.uow_factory() as uow:
        counter = uow.sync_source.counter()
        hashes = [p.hash for p in uow.village_sync.packages()]
    confirm(store, counter=counter, hashes=hashes)
    edit_members(store, CHANGES)
    return min(export_package(store, folder, out, full=False)[0] for _ in range(RUNS))


# -- township side ---------------------------------------------------------------------------


def township_station(folder: Path) -> StationStore:
    """The township station in ``folder``, set up if it is new."""
    store = open_station_store(folder, now=datetime.now())
    with store.uow_factory() as uow:
        if uow.station.get() is None:
            uow.station.save(Station(TOWNSHIP_CODE, "东河镇", StationLevel.TOWNSHIP))
            uow.commit()
    return store


def import_package(
    store: StationStore, codec: ContainerCodec, package: Path, *, accept: str | None = None
) -> tuple[float, sync_township.ImportReport]:
    """Seconds to import ``package`` at the township, and its report (a failure stops the bench)."""
    start = time.perf_counter()
    report = sync_township.import_packages(
        store.uow_factory(),
        codec=codec,
        files=[package],
        dry_run=False,
        accept=accept,
        today=date.today(),
    )
    elapsed = time.perf_counter() - start
    if report.exit_code != 0:
        raise SystemExit(f"import of {package.name} failed: {report.files[0].message}")
    return elapsed, report


def outcome(report: sync_township.ImportReport) -> sync_township.FileOutcome:
    """The outcome of the report's one file."""
    return report.files[0].outcome


def decoded_records(codec: ContainerCodec, package: Path) -> Records:
    """The records ``package`` carries, decrypted and decoded, its signer not checked."""

    def trust(header: PackageHeader) -> None:
        del header

    return codec.open_package(package, trust=trust)[1]
