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

Short runs are timed best of :data:`RUNS` (the trust figure: :data:`TRUST_RUNS`); a run longer
than :data:`LONG_S` is timed once.
Run: ``python -m villagedesk.devtools.bench_sync [--data-dir DIR]`` (``DIR`` = a station built
with ``villagedesk --data-dir DIR demo --members 100000``, reused instead of a fresh one).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any
from unittest import mock

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from sqlalchemy import create_engine

from villagedesk.core.services.demo import fill_demo
from villagedesk.core.services.station_setup import set_up_station
from villagedesk.core.station import Station, StationDraft, StationLevel
from villagedesk.core.township import enrolment as sync_enrolment
from villagedesk.core.township import import_steps
from villagedesk.core.township import services as sync_township
from villagedesk.core.township import village as sync_village
from villagedesk.core.township.model import (
    PackageHeader,
    PackageLogEntry,
    Records,
    Trust,
    VillagePeer,
)
from villagedesk.core.township.ports import PackageStatus
from villagedesk.core.township.trust import Continuity
from villagedesk.devtools.bench_report import report_figure
from villagedesk.store.all_tables import metadata
from villagedesk.store.engine import apply_pragmas
from villagedesk.store.station_store import StationStore, open_station_store
from villagedesk.store.syncable import SYNCABLE
from villagedesk.store.township.collect import BATCH, MAX_JSON_COLUMNS
from villagedesk.sync.container import CHUNK_SIZE
from villagedesk.sync.enrolment import write_enrolment
from villagedesk.sync.keys import StationKeys
from villagedesk.sync.township_codec import ContainerCodec
from villagedesk.sync.village_codec import VillageCodec

CHANGES = 100
RUNS = 3
LONG_S = 2.0  # a run this long is timed once: best-of-N buys nothing there
EXPORT_TARGET = 2.0
INCREMENTAL_TARGET = 1.5
IMPORT_TARGET = 8.0
REPLAY_TARGET = 0.1
TRUST_TARGET = 1.1
TRUST_RUNS = 9  # runs of some 20 ms (one fsync among them), judged to 10 %: a steadier minimum
TRUST_VILLAGES = 30
TRUST_HISTORY = 40  # packages each village sent before the one timed
TRUST_EDITS = 5  # members changed for each of those packages
TOWNSHIP_CODE = "370323104000"
VILLAGE_CODE = "370323104203"
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _best(run: Callable[[], float], runs: int = RUNS) -> float:
    """The fastest of ``runs`` timings; a single one when the first took :data:`LONG_S` or more."""
    best = run()
    for _ in range(runs - 1):
        if best >= LONG_S:
            break
        best = min(best, run())
    return best


def _ratio(value: float, baseline: float) -> float:
    return value / baseline if baseline > 0 else float("inf")


def _s(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


# -- village side ------------------------------------------------------------------------------


def _enrol(store: StationStore, folder: Path, township: StationKeys) -> None:
    enrol = write_enrolment(
        folder / "town.vdenrol", station_code=TOWNSHIP_CODE, station_name="东河镇", keys=township
    )
    with store.uow_factory() as uow:  # a reused --data-dir may be enrolled by an earlier run
        current = uow.village_sync.township()
    sync_enrolment.enrol(
        store.uow_factory(),
        courier=VillageCodec(folder),
        path=str(enrol),
        now="x",
        accept=township.fingerprint,
        replace_township=current.fingerprint if current is not None else None,
    )


def _station(folder: Path, members: int, township: StationKeys) -> StationStore:
    store = open_station_store(folder, now=datetime.now())
    set_up_station(
        store.uow_factory(),
        draft=StationDraft(name="东河村党群服务站", code=VILLAGE_CODE, level="village"),
    )
    fill_demo(store.uow_factory(), members=members, today=date(2026, 1, 1))
    _enrol(store, folder, township)
    return store


def _export_package(
    store: StationStore, folder: Path, out: Path, *, full: bool
) -> tuple[float, sync_village.ExportResult]:
    start = time.perf_counter()
    result = sync_village.export_package(
        store.uow_factory(), courier=VillageCodec(folder), folder=str(out), now="x", full=full
    )
    return time.perf_counter() - start, result


def _export(store: StationStore, folder: Path, out: Path, *, full: bool) -> float:
    return _export_package(store, folder, out, full=full)[0]


def _edit(store: StationStore, count: int, *, first: int = 1) -> None:
    """Save ``count`` members unchanged: each gets a new version, so the next package has them."""
    with store.uow_factory() as uow:
        for member_id in range(first, first + count):
            found = uow.members.get(member_id)
            if found is not None:
                uow.members.update(member_id, found.values)
        uow.commit()


def _confirm(store: StationStore, *, counter: int, hashes: list[str]) -> None:
    with store.uow_factory() as uow:
        uow.village_sync.confirm(counter=counter, hashes=hashes, at="x")
        uow.commit()


def _incremental(store: StationStore, folder: Path, out: Path) -> float:
    """Confirm everything so far, change 100 members, time the next export (best of 3)."""
    with store.uow_factory() as uow:
        counter = uow.sync_source.counter()
        hashes = [p.hash for p in uow.village_sync.packages()]
    _confirm(store, counter=counter, hashes=hashes)
    _edit(store, CHANGES)
    return min(_export(store, folder, out, full=False) for _ in range(RUNS))


def _json_lines_sql(conn: sqlite3.Connection, name: str) -> tuple[str, list[str]]:
    """``SELECT *`` of ``name`` with each row one JSON object, built by SQLite when it can."""
    keys = [d[0] for d in conn.execute(f'SELECT * FROM "{name}" LIMIT 0').description]
    if len(keys) > MAX_JSON_COLUMNS:
        return f'SELECT * FROM "{name}"', keys
    pairs = ", ".join(f"'{k}', \"{k}\"" for k in keys)
    return f'SELECT CAST(json_object({pairs}) AS BLOB) FROM "{name}"', []


def raw_export(db: Path) -> float:
    """Seconds to read every syncable row and seal it as a package would, in one thread.

    ``SELECT *`` of each table in :data:`SYNCABLE` through sqlite3, each row one JSON line of
    its column names and values (SQLite's ``json_object``, as the export's own query does:
    encoding the rows with Python's ``json`` alone takes longer than the whole export), the
    lines deflated (zlib level 1) and the stream encrypted with ChaCha20-Poly1305 in 64 KiB
    chunks. Nothing is written.
    """
    aead = ChaCha20Poly1305(ChaCha20Poly1305.generate_key())
    encode = _ENCODER.encode
    conn = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
    try:
        start = time.perf_counter()
        deflate = zlib.compressobj(1, zlib.DEFLATED, -15)
        pending = bytearray()
        index = 0
        for name in SYNCABLE:
            sql, keys = _json_lines_sql(conn, name)
            cursor = conn.execute(sql)
            while rows := cursor.fetchmany(BATCH):
                if keys:
                    text = "".join([encode(dict(zip(keys, r, strict=True))) + "\n" for r in rows])
                    lines = text.encode("utf-8")
                else:
                    lines = b"\n".join([r[0] for r in rows]) + b"\n"
                pending += deflate.compress(lines)
                while len(pending) >= CHUNK_SIZE:
                    aead.encrypt(index.to_bytes(12, "big"), bytes(pending[:CHUNK_SIZE]), None)
                    del pending[:CHUNK_SIZE]
                    index += 1
            cursor.close()
        pending += deflate.flush()
        for at in range(0, len(pending), CHUNK_SIZE):
            aead.encrypt(index.to_bytes(12, "big"), bytes(pending[at : at + CHUNK_SIZE]), None)
            index += 1
        return time.perf_counter() - start
    finally:
        conn.close()


# -- township side ---------------------------------------------------------------------------


def _township(folder: Path) -> StationStore:
    store = open_station_store(folder, now=datetime.now())
    with store.uow_factory() as uow:
        if uow.station.get() is None:
            uow.station.save(Station(TOWNSHIP_CODE, "东河镇", StationLevel.TOWNSHIP))
            uow.commit()
    return store


def _import(
    store: StationStore, codec: ContainerCodec, package: Path, *, accept: str | None = None
) -> tuple[float, sync_township.ImportReport]:
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


def _outcome(report: sync_township.ImportReport) -> sync_township.FileOutcome:
    return report.files[0].outcome


def raw_import(records: Records, folder: Path) -> float:
    """Seconds to ``executemany`` the records into empty tables of a fresh database.

    The tables come from ``tables.metadata`` (``create_all``, not timed), the connection gets the
    station PRAGMAs but no foreign key checks: the integer foreign key columns get the parents'
    uuids as the package carries them. One transaction, as an import's.
    """
    db = folder / "raw-import.db"
    engine = create_engine(f"sqlite:///{db.as_posix()}")
    metadata.create_all(engine)
    engine.dispose()
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        apply_pragmas(conn)
        conn.execute("PRAGMA foreign_keys=OFF")
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for name, rows in records.items():
            if not rows:
                continue
            table = SYNCABLE[name]
            keys = [c.name for c in table.columns if c.name in rows[0]]
            columns = ", ".join(f'"{k}"' for k in keys)
            marks = ", ".join("?" * len(keys))
            values = itemgetter(*keys)  # a tuple: every table has several columns
            conn.executemany(
                f'INSERT INTO "{name}" ({columns}) VALUES ({marks})', map(values, rows)
            )
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def _decoded(codec: ContainerCodec, package: Path) -> Records:
    def trust(header: PackageHeader) -> None:
        del header

    return codec.open_package(package, trust=trust)[1]


# -- the trust, epoch and fork checks --------------------------------------------------------


@contextlib.contextmanager
def without_trust_checks() -> Iterator[None]:
    """Bench only: the township import as before its trust, epoch and fork checks.

    The trust step checks only that the package is signed with the key accepted for its village
    (no look-up of the key's other villages, no log, no history), and the village's record is
    saved as it is (no installation adopted). Only for a village already known, with its key.
    """

    def key_only(uow: Any, s: Any, found: list[Continuity]) -> Trust:
        del s

        def trust(header: PackageHeader) -> None:
            peer = uow.township.peer(header.station_code)
            if peer is None or peer.fingerprint != header.fingerprint:
                raise RuntimeError("without_trust_checks: the village must be known, same key")
            found.append(Continuity(peer))

        return trust

    def save_peer(uow: Any, state: Continuity) -> None:
        uow.township.save_peer(state.peer)

    with (
        mock.patch.object(import_steps, "trust_step", key_only),
        mock.patch.object(import_steps, "save_state", save_peer),
    ):
        yield


def _digest(*parts: object) -> str:
    return hashlib.sha256("/".join(map(str, parts)).encode()).hexdigest()


def _log_other_villages(store: StationStore, villages: int, history: int) -> None:
    """Accepted villages with ``history`` imported packages each, as a real history names them
    (each package names every earlier one), written through the township repository."""
    with store.uow_factory() as uow:
        for v in range(villages):
            code = f"370323104{300 + v:03d}"
            installation = uuid.uuid4().hex
            hashes = [_digest(code, seq) for seq in range(1, history + 1)]
            uow.township.save_peer(
                VillagePeer(
                    code=code,
                    name=f"村{v}",
                    fingerprint=_digest("key", code)[:32].upper(),
                    sign_public="",
                    box_public="",
                    accepted_at="x",
                    last_seq=history,
                    last_counter=history * 10,
                    last_package_at="x",
                    installation=installation,
                    epoch=1,
                )
            )
            for seq in range(1, history + 1):
                uow.township.add_log(
                    PackageLogEntry(
                        village=code,
                        seq=seq,
                        counter_from=(seq - 1) * 10,
                        counter_to=seq * 10,
                        package_hash=hashes[seq - 1],
                        file_name=f"{code}-{seq}.vdpkg",
                        created_at="x",
                        imported_at="x",
                        status=PackageStatus.IMPORTED,
                        record_count=TRUST_EDITS,
                        installation=installation,
                        previous_hash=hashes[seq - 2] if seq > 1 else "",
                        links=tuple((s, hashes[s - 1]) for s in range(1, seq)),
                    )
                )
        uow.commit()


@dataclass(frozen=True)
class _TrustSetup:
    township: Path  # the township's data folder, closed, to copy before each run
    package: Path  # the village's next package
    records: int


def _trust_setup(
    root: Path, keys: StationKeys, *, members: int, villages: int, history: int
) -> _TrustSetup:
    """A township holding ``villages`` × ``history`` packages; the real path for one village.

    That village's packages are exported and imported one by one (the first full); its receipts
    only move the confirmed counter, so every package names all the earlier ones. Then it
    changes 100 members and exports the package to time.
    """
    out = root / "trust-usb"
    out.mkdir()
    village_dir, town_dir = root / "trust-village", root / "trust-township"
    village = _station(village_dir, members, keys)
    town = _township(town_dir)
    codec = ContainerCodec(keys=keys)
    try:
        for seq in range(1, history + 1):
            if seq > 1:
                _edit(village, TRUST_EDITS, first=seq * TRUST_EDITS)
            _, result = _export_package(village, village_dir, out, full=seq == 1)
            accept = codec.read_header(Path(result.path)).fingerprint if seq == 1 else None
            _, report = _import(town, codec, Path(result.path), accept=accept)
            if _outcome(report) is not sync_township.FileOutcome.IMPORTED:
                raise SystemExit(f"trust set-up: package {seq}: {report.files[0].message}")
            _confirm(village, counter=result.counter_to, hashes=[])
        _log_other_villages(town, villages - 1, history)
        _edit(village, CHANGES)
        _, result = _export_package(village, village_dir, out, full=False)
    finally:
        village.close()
        town.close()
    return _TrustSetup(town_dir, Path(result.path), result.total)


def bench_trust_checks(
    root: Path,
    keys: StationKeys,
    *,
    members: int = 1_000,
    villages: int = TRUST_VILLAGES,
    history: int = TRUST_HISTORY,
) -> None:
    """The import of package ``history + 1`` with the checks vs without, best of
    :data:`TRUST_RUNS` each, each run on a fresh copy of the same township; runs alternate, so a
    change of the machine's load hits both.

    Each run previews the package first (a dry run, as the township page does before it
    imports), so neither side is timed compiling its SQL for the first time in the process.
    """
    setup = _trust_setup(root, keys, members=members, villages=villages, history=history)
    codec = ContainerCodec(keys=keys)
    timings: dict[bool, list[float]] = {True: [], False: []}
    run_dir = root / "trust-run"
    for _ in range(TRUST_RUNS):
        for checks in (True, False):
            shutil.rmtree(run_dir, ignore_errors=True)
            shutil.copytree(setup.township, run_dir)
            if hasattr(os, "sync"):  # the copy's dirty pages, not flushed by the import's fsync
                os.sync()
            store = open_station_store(run_dir, now=datetime.now())
            try:
                with contextlib.nullcontext() if checks else without_trust_checks():
                    sync_township.import_packages(
                        store.uow_factory(),
                        codec=codec,
                        files=[setup.package],
                        dry_run=True,
                        today=date.today(),
                    )
                    elapsed, report = _import(store, codec, setup.package)
            finally:
                store.close()
            if _outcome(report) is not sync_township.FileOutcome.IMPORTED:
                raise SystemExit(f"trust checks: {report.files[0].message}")
            timings[checks].append(elapsed)
    with_checks, without = min(timings[True]), min(timings[False])
    ratio = _ratio(with_checks, without)
    report_figure(
        f"trust checks, {villages}×{history} pkgs ({setup.records:,} rec)",
        _s(with_checks),
        _s(without),
        ratio,
        target=f"≤ {TRUST_TARGET:g}× without them",
        ok=ratio <= TRUST_TARGET,
    )


def bench_import(root: Path, keys: StationKeys, package: Path, records: int) -> None:
    """The township import of ``package`` vs raw inserts of its records, then its replay."""
    codec = ContainerCodec(keys=keys)
    accept = codec.read_header(package).fingerprint
    township = _township(root / "township")
    try:
        imported, report = _import(township, codec, package, accept=accept)
        if _outcome(report) is not sync_township.FileOutcome.IMPORTED:
            raise SystemExit(f"import: {report.files[0].message}")

        def replay() -> float:
            elapsed, again = _import(township, codec, package)
            if _outcome(again) is not sync_township.FileOutcome.ALREADY_IMPORTED:
                raise SystemExit(f"replay: {again.files[0].message}")
            return elapsed

        replayed = _best(replay)
    finally:
        township.close()
    decoded = _decoded(codec, package)
    baseline = raw_import(decoded, root)
    del decoded
    ratio = _ratio(imported, baseline)
    report_figure(
        f"import of that package ({records:,} records)",
        _s(imported),
        _s(baseline),
        ratio,
        target=f"≤ {IMPORT_TARGET:g}× raw executemany",
        ok=ratio <= IMPORT_TARGET,
    )
    ratio = _ratio(replayed, imported)
    report_figure(
        "replay of that package",
        _s(replayed),
        _s(imported),
        ratio,
        target=f"≤ {REPLAY_TARGET:g}× its import",
        ok=ratio <= REPLAY_TARGET,
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
            baseline = _best(lambda: raw_export(big.db_path))
            packages: list[sync_village.ExportResult] = []

            def full_export() -> float:
                elapsed, result = _export_package(big, big_dir, out, full=True)
                packages.append(result)
                return elapsed

            full = _best(full_export)
            ratio = _ratio(full, baseline)
            report_figure(
                f"sync export --full, {members} members",
                _s(full),
                _s(baseline),
                ratio,
                target=f"≤ {EXPORT_TARGET:g}× raw export",
                ok=ratio <= EXPORT_TARGET,
            )
            big_inc = _incremental(big, big_dir, out)
        finally:
            big.close()
        little = _station(root / "small", small, township)
        try:
            small_inc = _incremental(little, root / "small", out)
        finally:
            little.close()
        ratio = _ratio(big_inc, small_inc)
        report_figure(
            f"sync export of {CHANGES} changes, {members} vs {small}",
            f"{big_inc * 1000:.0f} ms",
            f"{small_inc * 1000:.0f} ms",
            ratio,
            target=f"≤ {INCREMENTAL_TARGET:g}×",
            ok=ratio <= INCREMENTAL_TARGET,
        )
        package = packages[-1]
        if import_members is not None:
            other = _station(root / "import", import_members, township)
            try:
                package = _export_package(other, root / "import", root, full=True)[1]
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
