"""Sync export benchmarks: a full export of a big station, and an incremental export's cost.

``bench_sync_export(members=100_000, small=1_000)`` prints, in bench.py's format:
the full export of the big station (target ≤ 3 s), and the incremental export of 100 changes at
the big station vs the small one (target ≤ 1.5×). Run: ``python -m villagedesk.devtools.bench_sync``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from villagedesk.core.services import sync_village
from villagedesk.core.services.demo import fill_demo
from villagedesk.core.services.station_setup import set_up_station
from villagedesk.core.station import StationDraft
from villagedesk.devtools.bench import _report
from villagedesk.store.station_store import StationStore, open_station_store
from villagedesk.sync.enrolment import write_enrolment
from villagedesk.sync.keys import StationKeys
from villagedesk.sync.village_codec import VillageCodec

CHANGES = 100
FULL_TARGET_S = 3.0
RATIO_TARGET = 1.5


def _station(folder: Path, members: int, township: StationKeys) -> StationStore:
    store = open_station_store(folder, now=datetime.now())
    set_up_station(
        store.uow_factory(),
        draft=StationDraft(name="东河村党群服务站", code="370323104203", level="village"),
    )
    fill_demo(store.uow_factory(), members=members, today=date(2026, 1, 1))
    enrol = write_enrolment(
        folder / "town.vdenrol", station_code="370323104000", station_name="东河镇", keys=township
    )
    sync_village.enrol(store.uow_factory(), courier=VillageCodec(folder), path=str(enrol), now="x")
    return store


def _export(store: StationStore, folder: Path, out: Path, *, full: bool) -> float:
    start = time.perf_counter()
    sync_village.export_package(
        store.uow_factory(), courier=VillageCodec(folder), folder=str(out), now="x", full=full
    )
    return time.perf_counter() - start


def _incremental(store: StationStore, folder: Path, out: Path) -> float:
    """Confirm everything so far, change 100 members, time the next export (best of 3)."""
    with store.uow_factory() as uow:
        counter = uow.sync_source.counter()
        uow.village_sync.confirm(counter=counter, seqs=[], at="x")
        for member_id in range(1, CHANGES + 1):
            found = uow.members.get(member_id)
            if found is not None:
                uow.members.update(member_id, found.values)
        uow.commit()
    return min(_export(store, folder, out, full=False) for _ in range(3))


def bench_sync_export(*, members: int = 100_000, small: int = 1_000) -> None:
    township = StationKeys.generate()
    with tempfile.TemporaryDirectory(prefix="vd-bench-sync-") as tmp:
        root = Path(tmp)
        out = root / "usb"
        out.mkdir()
        big = _station(root / "big", members, township)
        try:
            full = _export(big, root / "big", out, full=True)
            _report(
                f"sync export --full, {members} members",
                f"{full:.2f} s",
                target=f"≤ {FULL_TARGET_S:g} s",
                ok=full <= FULL_TARGET_S,
            )
            big_inc = _incremental(big, root / "big", out)
        finally:
            big.close()
        little = _station(root / "small", small, township)
        try:
            small_inc = _incremental(little, root / "small", out)
        finally:
            little.close()
        ratio = big_inc / small_inc if small_inc > 0 else float("inf")
        _report(
            f"sync export of {CHANGES} changes, {members} vs {small}",
            f"{big_inc * 1000:.0f} ms",
            f"{small_inc * 1000:.0f} ms",
            ratio,
            target=f"≤ {RATIO_TARGET:g}×",
            ok=ratio <= RATIO_TARGET,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="VillageDesk sync export benchmarks")
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=1_000)
    args = parser.parse_args(argv)
    print(f"{'figure':<44} {'value':>12} {'baseline':>12} {'ratio':>8}  target", flush=True)
    bench_sync_export(members=args.members, small=args.small)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


IMPORT_TARGET_S = 5.0
REPLAY_TARGET_S = 0.5


def bench_sync_import(*, members: int = 19_000) -> None:
    """Township import of a package of about 100,000 records (members and their roll events),
    and the replay of the same package (helper "synctownship")."""
    from villagedesk.core.services import sync_township
    from villagedesk.core.station import Station, StationLevel
    from villagedesk.sync.township_codec import ContainerCodec

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        keys = StationKeys.generate()
        village = _station(root / "v", members, keys)
        result = sync_village.export_package(
            village.uow_factory(),
            courier=VillageCodec(root / "v"),
            folder=str(root),
            now="x",
            full=True,
        )
        village.close()
        township = open_station_store(root / "t", now=datetime.now())
        with township.uow_factory() as uow:
            uow.station.save(Station("370323104000", "东河镇", StationLevel.TOWNSHIP))
            uow.commit()
        codec = ContainerCodec(keys=keys)
        package = Path(result.path)
        accept = codec.read_header(package).fingerprint
        timings = []
        for _ in range(2):
            start = time.perf_counter()
            report = sync_township.import_packages(
                township.uow_factory(),
                codec=codec,
                files=[package],
                dry_run=False,
                accept=accept,
                today=date.today(),
            )
            timings.append(time.perf_counter() - start)
            assert report.exit_code == 0, report.files[0].message
        township.close()
        n = f"{result.total:,} records"
        _report(
            f"import of a package ({n})",
            f"{timings[0]:.2f} s",
            target="≤ 5 s",
            ok=timings[0] <= IMPORT_TARGET_S,
        )
        _report(
            "replay of that package",
            f"{timings[1]:.3f} s",
            target="≤ 0.5 s",
            ok=timings[1] <= REPLAY_TARGET_S,
        )
