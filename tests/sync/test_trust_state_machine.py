"""Issue 9: a Hypothesis state machine of a village's life with its township.

Edits, exports, lost sticks, receipts, imports, re-installs (new keys, new epoch), restores from a
backup on the same computer, and key moves (a backup with the station's keys restored on a new
computer) in any order. Throughout, the township never refuses or forks a package of the living
village; at the end, after one more export and import, every record the village holds is at the
township: the same row where the village changed it in its current line, and never an older one.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tests.store.conftest import many_members
from tests.sync.township_fixtures import (
    TODAY,
    TOWNSHIP,
    open_store,
    snapshot,
    stamp,
    village_station,
)
from villagedesk.core.members import services as member_services
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.township import enrolment as sync_enrolment
from villagedesk.core.township import services as sync_township
from villagedesk.core.township import village as sync_village
from villagedesk.core.township.services import FileOutcome
from villagedesk.store import backup
from villagedesk.store.station_store import StationStore
from villagedesk.store.syncable import ChangeCounter
from villagedesk.sync.keystore import export_identity, import_identity
from villagedesk.sync.manifest import JsonObject
from villagedesk.sync.township_codec import ContainerCodec
from villagedesk.sync.village_codec import VillageCodec

CODE = village_station().code
GOOD = {FileOutcome.IMPORTED, FileOutcome.ALREADY_IMPORTED, FileOutcome.OLDER, FileOutcome.HELD}


class Computer:
    """One PC: its own key store (wrapping keys) and a data folder."""

    def __init__(self, root: Path, n: int) -> None:
        self.keystore = root / f"keystore-{n}"
        self.data = root / f"pc-{n}"

    def use(self) -> None:
        os.environ["VILLAGEDESK_KEYSTORE_DIR"] = str(self.keystore)


def _line_of(path: Path) -> int:
    """The line a package file's name says (``<code>-<seq>-r<line>[-n].vdpkg``; none: 0)."""
    found = re.search(r"-r(\d+)(?:-\d+)?\.vdpkg$", path.name)
    return int(found.group(1)) if found else 0


class VillageLife(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.saved_keystore = os.environ["VILLAGEDESK_KEYSTORE_DIR"]
        self.root = Path(tempfile.mkdtemp(prefix="vd-life-"))
        self.stick = self.root / "stick"
        self.stick.mkdir()
        self.computers = 0
        self.township = open_store(self.root / "township", TOWNSHIP)
        self.tcodec = ContainerCodec(self.root / "township")
        self.tcodec.fingerprint()
        self.village: StationStore
        self.vcodec: VillageCodec
        self.era_start = 0
        self.backups: list[tuple[Path, JsonObject]] = []
        self.seed = 0
        self.serials = 0
        self._install()

    # -- helpers ----------------------------------------------------------------------------

    def _computer(self) -> Computer:
        self.computers += 1
        pc = Computer(self.root, self.computers)
        pc.use()
        return pc

    def _install(self) -> None:
        pc = self._computer()
        self.village = open_store(pc.data, village_station())
        self.vcodec = VillageCodec(pc.data)
        enrol = sync_township.write_enrolment_file(
            self.township.uow_factory(), codec=self.tcodec, out=self.root / "town.vdenrol"
        )
        sync_enrolment.enrol(
            self.village.uow_factory(),
            courier=self.vcodec,
            path=str(enrol),
            now=stamp(),
            accept=self.tcodec.fingerprint(),
        )
        self.era_start = 0

    def _ids(self) -> list[int]:
        with self.village.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT id FROM members WHERE voided_at IS NULL")
            return [r[0] for r in rows]

    def _clear_stick(self) -> None:
        for p in self.stick.glob("*.vdpkg"):
            p.unlink()

    def _import(self, files: list[Path]) -> None:
        if not files:
            return
        report = sync_township.import_packages(
            self.township.uow_factory(),
            codec=self.tcodec,
            files=files,
            dry_run=False,
            accept=self.vcodec.fingerprint(),
            today=TODAY,
        )
        peers = sync_township.villages_overview(self.township.uow_factory())
        line = peers[0].line if peers else 0
        for result in report.files:
            if result.outcome is FileOutcome.FORK and _line_of(result.path) < line:
                continue  # made before a restore the township has seen: held, never imported
            assert result.outcome in GOOD, result.message.render()

    # -- rules ------------------------------------------------------------------------------

    @rule(n=st.integers(1, 3))
    def add(self, n: int) -> None:
        self.seed += 1
        first, self.serials = self.serials, self.serials + n  # a random birth date may repeat
        with self.village.uow_factory() as uow:
            uow.members.add_many(
                many_members(n, seed=self.seed * 1000 + len(self._ids()), first_serial=first),
                status=RollStatus.ON_ROLL,
                registered_on=TODAY,
            )
            uow.commit()

    @rule(pick=st.integers(0, 50))
    def edit(self, pick: int) -> None:
        ids = self._ids()
        if not ids:
            return
        member_id = ids[pick % len(ids)]
        with self.village.uow_factory() as uow:
            found = uow.members.get(member_id)
        assert found is not None
        self.seed += 1
        member_services.update_member(
            self.village.uow_factory(),
            member_id=member_id,
            draft=replace(found.to_draft(), address=f"东河村{self.seed}号"),
            today=TODAY,
        )

    @rule()
    def export(self) -> None:
        sync_village.export_package(
            self.village.uow_factory(), courier=self.vcodec, folder=str(self.stick), now=stamp()
        )

    @precondition(lambda self: any(self.stick.glob("*.vdpkg")))
    @rule(pick=st.integers(0, 20))
    def lose_a_package(self, pick: int) -> None:
        files = sorted(self.stick.glob("*.vdpkg"))
        files[pick % len(files)].unlink()

    @rule(data=st.data())
    def import_stick(self, data: st.DataObject) -> None:
        files = sorted(self.stick.glob("*.vdpkg"))
        self._import(data.draw(st.permutations(files)))

    @rule()
    def receipt(self) -> None:
        peer = next(iter(sync_township.villages_overview(self.township.uow_factory())), None)
        if peer is None or peer.fingerprint != self.vcodec.fingerprint():
            return
        path = sync_township.write_receipt(
            self.township.uow_factory(), codec=self.tcodec, village_code=CODE, out_dir=self.root
        )
        sync_village.import_receipt(
            self.village.uow_factory(), courier=self.vcodec, path=str(path), now=stamp()
        )
        path.unlink()

    @rule()
    def take_backup(self) -> None:
        made = backup.create_backup(
            self.village.db_path,
            self.root / "usb-backups",
            kind="manual",
            now=datetime(2026, 12, 1, 8, 0, len(self.backups) % 60),
        )
        self.backups.append((made, export_identity(self.village.db_path.parent)))

    @precondition(lambda self: bool(self.backups))
    @rule(new_computer=st.booleans(), pick=st.integers(0, 5))
    def restore(self, new_computer: bool, pick: int) -> None:
        made, identity = self.backups[-1 - pick % len(self.backups)]
        if new_computer:  # the old PC is gone with whatever it had not reported
            self.village.close()
            self._clear_stick()
            pc = self._computer()
            self.village = open_store(pc.data, village_station())
            self.village.restore(made, now=datetime.now())
            import_identity(pc.data, identity)
            self.vcodec = VillageCodec(pc.data)
        else:
            self.village.restore(made, now=datetime.now())
        with self.village.engine.connect() as conn:
            self.era_start = ChangeCounter.current(conn)

    @rule()
    def reinstall(self) -> None:
        """A new installation with no data and new keys: the township accepts it (new epoch)."""
        self.village.close()
        self._clear_stick()
        self._install()

    # -- checks -----------------------------------------------------------------------------

    @invariant()
    def the_township_never_has_an_older_row_than_it_imported(self) -> None:
        peers = sync_township.villages_overview(self.township.uow_factory())
        assert len(peers) <= 1

    def teardown(self) -> None:
        try:
            self._import(
                [
                    Path(
                        sync_village.export_package(
                            self.village.uow_factory(),
                            courier=self.vcodec,
                            folder=str(self.stick),
                            now=stamp(),
                        ).path
                    )
                ]
            )
            village = snapshot(self.village, CODE)
            township = snapshot(self.township, CODE)
            for kind, rows in village.items():
                for uuid, row in rows.items():
                    there = township[kind].get(uuid)
                    assert there is not None, f"{kind} {uuid} never reached the township"
                    if row["version"] > self.era_start:
                        assert there == row, f"{kind} {uuid}: the village's edit was lost"
                    else:
                        assert there["version"] >= row["version"]
        finally:
            self.village.close()
            self.township.close()
            os.environ["VILLAGEDESK_KEYSTORE_DIR"] = self.saved_keystore
            shutil.rmtree(self.root, ignore_errors=True)


VillageLife.TestCase.settings = settings(
    max_examples=int(os.environ.get("VD_LIFE_EXAMPLES", "12")),
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_village_life = VillageLife.TestCase
