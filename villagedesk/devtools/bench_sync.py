"""Sync benchmarks: each figure a ratio to a raw baseline measured in the same run on the same rows.

``main()`` (and ``make bench``, through :func:`bench_sync`) prints, in bench.py's format:

- the full export of a 100,000-member station vs a raw export of the same rows in one thread:
  ``SELECT *`` of every syncable table, each row a JSON line (built by SQLite, as the export's
  query does), zlib level 1, ChaCha20-Poly1305 in 64 KiB chunks (≤ 2×);
- the incremental export of 100 changes at that station vs a 1,000-member one (≤ 1.5×);
- the township import of that full package vs a raw ``executemany`` of its decoded records into
  empty tables of a fresh database (``tables.metadata``, the station PRAGMAs) (≤ 8×), and its
  replay vs that import (≤ 0.1×);
- the import of a village's 41st package at a township that holds 30 villages × 40 packages,
  with the trust, epoch and fork checks vs without them (≤ 1.1×). "Without" is a switch of this
  bench only (:func:`without_trust_checks`): the import as it was before those checks, where the
  village's key must be the accepted one and nothing else is looked at.

Short runs are timed best of :data:`RUNS` (the trust figure: its own ``TRUST_RUNS``); a run
longer than :data:`LONG_S` is timed once. The stations and the timed steps are in
``bench_sync_stations``, the raw baselines in ``bench_sync_raw``, the trust figure in
``bench_sync_trust``.
Run: ``python -m villagedesk.devtools.bench_sync [--data-dir DIR]`` (``DIR`` = a station built
with ``villagedesk --data-dir DIR demo --members 100000``, reused instead of a fresh one).
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from villagedesk.core.township import services as sync_township
from villagedesk.core.township import village as sync_village
from villagedesk.devtools.bench_report import best_time, ratio, report_figure, report_timing
from villagedesk.devtools.bench_sync_raw import raw_export, raw_import
from villagedesk.devtools.bench_sync_stations import (
    CHANGES,
    RUNS,
    decoded_records,
    enrol,
    export_package,
    import_package,
    incremental_export,
    outcome,
    township_station,
    village_station,
)
from villagedesk.devtools.bench_sync_trust import bench_trust_checks
from villagedesk.store.station_store import StationStore, open_station_store
from villagedesk.sync.keys import StationKeys
from villagedesk.sync.township_codec import ContainerCodec

LONG_S = 2.0  # a run this long is timed once: best-of-N buys nothing there
EXPORT_TARGET = 2.0
INCREMENTAL_TARGET = 1.5
IMPORT_TARGET = 8.0
REPLAY_TARGET = 0.1


def _best(run: Callable[[], float]) -> float:
    return best_time(run, RUNS, long_s=LONG_S)


def _big_station(
    root: Path, township: StationKeys, members: int, data_dir: Path | None
) -> tuple[StationStore, Path]:
    """The big village and its folder: ``data_dir`` enrolled again, or a new one of ``members``."""
    if data_dir is None:
        return village_station(root / "big", members, township), root / "big"
    big = open_station_store(data_dir, now=datetime.now())
    enrol(big, root, township)
    return big, data_dir


def bench_export(
    root: Path, township: StationKeys, *, members: int, small: int, data_dir: Path | None
) -> sync_village.ExportResult:
    """The full export vs the raw export, then 100 changes at the big station vs a small one;
    returns the big station's last full package."""
    out = root / "usb"
    out.mkdir()
    big, big_dir = _big_station(root, township, members, data_dir)
    try:
        if data_dir is not None:
            with big.uow_factory() as uow:
                members = uow.members.count()
        baseline = _best(lambda: raw_export(big.db_path))
        packages: list[sync_village.ExportResult] = []

        def full_export() -> float:
            elapsed, result = export_package(big, big_dir, out, full=True)
            packages.append(result)
            return elapsed

        full = _best(full_export)
        report_timing(
            f"sync export --full, {members} members",
            full,
            baseline,
            limit=EXPORT_TARGET,
            against="raw export",
        )
        big_inc = incremental_export(big, big_dir, out)
    finally:
        big.close()
    little = village_station(root / "small", small, township)
    try:
        small_inc = incremental_export(little, root / "small", out)
    finally:
        little.close()
    factor = ratio(big_inc, small_inc)
    report_figure(
        f"sync export of {CHANGES} changes, {members} vs {small}",
        f"{big_inc * 1000:.0f} ms",
        f"{small_inc * 1000:.0f} ms",
        factor,
        target=f"≤ {INCREMENTAL_TARGET:g}×",
        ok=factor <= INCREMENTAL_TARGET,
    )
    return packages[-1]


def bench_import(root: Path, keys: StationKeys, package: Path, records: int) -> None:
    """The township import of ``package`` vs raw inserts of its records, then its replay."""
    codec = ContainerCodec(keys=keys)
    accept = codec.read_header(package).fingerprint
    township = township_station(root / "township")
    try:
        imported, report = import_package(township, codec, package, accept=accept)
        if outcome(report) is not sync_township.FileOutcome.IMPORTED:
            raise SystemExit(f"import: {report.files[0].message}")

        def replay() -> float:
            elapsed, again = import_package(township, codec, package)
            if outcome(again) is not sync_township.FileOutcome.ALREADY_IMPORTED:
                raise SystemExit(f"replay: {again.files[0].message}")
            return elapsed

        replayed = _best(replay)
    finally:
        township.close()
    decoded = decoded_records(codec, package)
    baseline = raw_import(decoded, root)
    del decoded
    report_timing(
        f"import of that package ({records:,} records)",
        imported,
        baseline,
        limit=IMPORT_TARGET,
        against="raw executemany",
    )
    report_timing(
        "replay of that package", replayed, imported, limit=REPLAY_TARGET, against="its import"
    )


def bench_sync(
    *,
    members: int = 100_000,
    small: int = 1_000,
    import_members: int | None = None,
    data_dir: Path | None = None,
) -> None:
    """Every sync figure. The township imports the big station's full export itself, unless
    ``import_members`` asks for a package from a station of that size instead."""
    township = StationKeys.generate()
    with tempfile.TemporaryDirectory(prefix="vd-bench-sync-") as tmp:
        root = Path(tmp)
        package = bench_export(root, township, members=members, small=small, data_dir=data_dir)
        if import_members is not None:
            other = village_station(root / "import", import_members, township)
            try:
                package = export_package(other, root / "import", root, full=True)[1]
            finally:
                other.close()
        bench_import(root, township, Path(package.path), package.total)
        bench_trust_checks(root, township, members=small)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="VillageDesk sync benchmarks")
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument(
        "--import-members",
        type=int,
        help="import a package of a station this size (default: the full export itself)",
    )
    parser.add_argument("--data-dir", type=Path, help="reuse a village station for the export")
    args = parser.parse_args(argv)
    print(f"{'figure':<44} {'value':>12} {'baseline':>12} {'ratio':>8}  target", flush=True)
    bench_sync(
        members=args.members,
        small=args.small,
        import_members=args.import_members,
        data_dir=args.data_dir,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
