"""The trust figure of the sync benches: a township's import of a village's next package with
the trust, epoch and fork checks vs without them (≤ 1.1×).

The township holds 30 villages × 40 packages. "Without" is a switch of this bench only
(:func:`without_trust_checks`): the import as it was before those checks, where the village's key
must be the accepted one and nothing else is looked at.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from unittest import mock

from villagedesk.core.township import import_steps
from villagedesk.core.township import services as sync_township
from villagedesk.core.township.model import PackageHeader, PackageLogEntry, Trust, VillagePeer
from villagedesk.core.township.ports import PackageStatus, TownshipUnitOfWork
from villagedesk.core.township.trust import Continuity
from villagedesk.devtools.bench_report import report_timing
from villagedesk.devtools.bench_sync_stations import (
    CHANGES,
    confirm,
    edit_members,
    export_package,
    import_package,
    outcome,
    township_station,
    village_station,
)
from villagedesk.store.station_store import StationStore, open_station_store
from villagedesk.sync.keys import StationKeys
from villagedesk.sync.township_codec import ContainerCodec

TRUST_TARGET = 1.1
TRUST_RUNS = 9  # runs of some 20 ms (one fsync among them), judged to 10 %: a steadier minimum
TRUST_VILLAGES = 30
TRUST_HISTORY = 40  # packages each village sent before the one timed
TRUST_EDITS = 5  # members changed for each of those packages


@contextlib.contextmanager
def without_trust_checks() -> Iterator[None]:
    """Bench only: the township import as before its trust, epoch and fork checks.

    The trust step checks only that the package is signed with the key accepted for its village
    (no look-up of the key's other villages, no log, no history), and the village's record is
    saved as it is (no installation adopted). Only for a village already known, with its key.
    """

    def key_only(
        uow: TownshipUnitOfWork, s: import_steps.Session, found: list[Continuity]
    ) -> Trust:
        del s

        def trust(header: PackageHeader) -> None:
            peer = uow.township.peer(header.station_code)
            if peer is None or peer.fingerprint != header.fingerprint:
                raise RuntimeError("without_trust_checks: the village must be known, same key")
            found.append(Continuity(peer))

        return trust

    def save_peer(uow: TownshipUnitOfWork, state: Continuity) -> None:
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
    village = village_station(village_dir, members, keys)
    town = township_station(town_dir)
    codec = ContainerCodec(keys=keys)
    try:
        for seq in range(1, history + 1):
            if seq > 1:
                edit_members(village, TRUST_EDITS, first=seq * TRUST_EDITS)
            _, result = export_package(village, village_dir, out, full=seq == 1)
            accept = codec.read_header(Path(result.path)).fingerprint if seq == 1 else None
            _, report = import_package(town, codec, Path(result.path), accept=accept)
            if outcome(report) is not sync_township.FileOutcome.IMPORTED:
                raise SystemExit(f"trust set-up: package {seq}: {report.files[0].message}")
            confirm(village, counter=result.counter_to, hashes=[])
        _log_other_villages(town, villages - 1, history)
        edit_members(village, CHANGES)
        _, result = export_package(village, village_dir, out, full=False)
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
                    elapsed, report = import_package(store, codec, setup.package)
            finally:
                store.close()
            if outcome(report) is not sync_township.FileOutcome.IMPORTED:
                raise SystemExit(f"trust checks: {report.files[0].message}")
            timings[checks].append(elapsed)
    with_checks, without = min(timings[True]), min(timings[False])
    report_timing(
        f"trust checks, {villages}×{history} pkgs ({setup.records:,} rec)",
        with_checks,
        without,
        limit=TRUST_TARGET,
        against="without them",
    )
