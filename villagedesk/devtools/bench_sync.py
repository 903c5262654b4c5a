"""Sync benchmarks: full and incremental export at a village, import and replay at a township.

``main()`` prints, in bench.py's format, every sync figure of ``make bench``:
the full export of a 100,000-member station (target ≤ 3 s), the incremental export of 100 changes
at that station vs a 1,000-member one (≤ 1.5×), the township import of a package of about
100,000 records (≤ 5 s) and the replay of that package (≤ 0.5 s).
Run: ``python -m villagedesk.devtools.bench_sync [--data-dir DIR]`` (``DIR`` = a station built
with ``villagedesk --data-dir DIR demo --members 100000``, reused instead of a fresh one).
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
IMPORT_TARGET_S = 5.0
REPLAY_TARGET_S = 0.5
IMPORT_MEMBERS = 19_000  # a demo station of this size holds about 100,000 syncable records


def _enrol(store: StationStore, folder: Path, township: StationKeys) -> None:
    enrol = write_enrolment(
        folder / "town.vdenrol", station_code="370323104000", station_name="东河镇", keys=township
    )
    sync_village.enrol(
        store.uow_factory(),
        courier=VillageCodec(folder),
        path=str(enrol),
        now="x",
        accept=township.fingerprint,
    )


def _station(folder: Path, members: int, township: StationKeys) -> StationStore:
    store = open_station_store(folder, now=datetime.now())
    set_up_station(
        store.uow_factory(),
        draft=StationDraft(name="东河村党群服务站", code="370323104203", level="village"),
    )
    fill_demo(store.uow_factory(), members=members, today=date(2026, 1, 1))
    _enrol(store, folder, township)
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
        hashes = [p.hash for p in uow.village_sync.packages()]
        uow.village_sync.confirm(counter=counter, hashes=hashes, at="x")
        for member_id in range(1, CHANGES + 1):
            found = uow.members.get(member_id)
            if found is not None:
                uow.members.update(member_id, found.values)
        uow.commit()
    return min(_export(store, folder, out, full=False) for _ in range(3))


def bench_sync_export(
    *, members: int = 100_000, small: int = 1_000, data_dir: Path | None = None
) -> None:
    """Full export of the big station, then 100 changes at the big vs the small station."""
    township = StationKeys.generate()
    with tempfile.TemporaryDirectory(prefix="vd-bench-sync-") as tmp:
        root = Path(tmp)
        out = root / "usb"
        out.mkdir()
        if data_dir is not None:
            big_dir = data_dir
            big = open_station_store(big_dir, now=datetime.now())
            _enrol(big, root, township)
            with big.uow_factory() as uow:
                members = uow.members.count()
        else:
            big_dir = root / "big"
            big = _station(big_dir, members, township)
        try:
            full = _export(big, big_dir, out, full=True)
            _report(
                f"sync export --full, {members} members",
                f"{full:.2f} s",
                target=f"≤ {FULL_TARGET_S:g} s",
                ok=full <= FULL_TARGET_S,
            )
            big_inc = _incremental(big, big_dir, out)
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


def bench_sync_import(*, members: int = IMPORT_MEMBERS) -> None:
    """Township import of a package of about 100,000 records, and the replay of that package."""
    from villagedesk.core.services import sync_township
    from villagedesk.core.station import Station, StationLevel
    from villagedesk.sync.township_codec import ContainerCodec

    with tempfile.TemporaryDirectory(prefix="vd-bench-sync-") as tmp:
        root = Path(tmp)
        keys = StationKeys.generate()
        village = _station(root / "v", members, keys)
        try:
            result = sync_village.export_package(
                village.uow_factory(),
                courier=VillageCodec(root / "v"),
                folder=str(root),
                now="x",
                full=True,
            )
        finally:
            village.close()
        township = open_station_store(root / "t", now=datetime.now())
        try:
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
                if report.exit_code != 0:
                    raise SystemExit(f"import failed: {report.files[0].message}")
        finally:
            township.close()
    _report(
        f"import of a package ({result.total:,} records)",
        f"{timings[0]:.2f} s",
        target=f"≤ {IMPORT_TARGET_S:g} s",
        ok=timings[0] <= IMPORT_TARGET_S,
    )
    _report(
        "replay of that package",
        f"{timings[1]:.3f} s",
        target=f"≤ {REPLAY_TARGET_S:g} s",
        ok=timings[1] <= REPLAY_TARGET_S,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="VillageDesk sync benchmarks")
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--import-members", type=int, default=IMPORT_MEMBERS)
    parser.add_argument("--data-dir", type=Path, help="reuse a village station for the export")
    args = parser.parse_args(argv)
    print(f"{'figure':<44} {'value':>12} {'baseline':>12} {'ratio':>8}  target", flush=True)
    bench_sync_export(members=args.members, small=args.small, data_dir=args.data_dir)
    bench_sync_import(members=args.import_members)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
