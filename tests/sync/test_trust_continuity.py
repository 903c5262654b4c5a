"""Issue 9, findings 2–4: re-installs, restores on a new computer, copied folders and key files.

Each test plays the secretary's (or the attacker's) steps on real stores and real packages and
checks what the township ends with: no edit lost, nothing dropped without a word.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from tests.core.chinese import chinese
from tests.store.conftest import many_members
from tests.sync.township_fixtures import (
    NOW,
    TODAY,
    Pair,
    make_pair,
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
from villagedesk.core.township.ports import PackageStatus
from villagedesk.core.township.services import FileOutcome
from villagedesk.store import backup
from villagedesk.store.station_store import StationStore
from villagedesk.sync.keystore import export_identity, import_identity, load_identity
from villagedesk.sync.village_codec import VillageCodec


def fill(store: StationStore, n: int = 4, seed: int = 3) -> None:
    with store.uow_factory() as uow:
        uow.members.add_many(
            many_members(n, seed=seed), status=RollStatus.ON_ROLL, registered_on=TODAY
        )
        uow.commit()


def member_ids(store: StationStore) -> list[int]:
    with store.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT id FROM members ORDER BY id")]


def set_address(store: StationStore, member_id: int, address: str) -> str:
    with store.uow_factory() as uow:
        found = uow.members.get(member_id)
    assert found is not None
    member_services.update_member(
        store.uow_factory(),
        member_id=member_id,
        draft=replace(found.to_draft(), address=address),
        today=TODAY,
    )
    with store.engine.connect() as conn:
        return str(
            conn.exec_driver_sql("SELECT uuid FROM members WHERE id = ?", (member_id,)).scalar()
        )


def address_at_township(pair: Pair, uuid: str) -> str:
    return str(snapshot(pair.township)["members"][uuid]["address"])


def export_from(store: StationStore, codec: VillageCodec, out: Path) -> Path:
    result = sync_village.export_package(
        store.uow_factory(), courier=codec, folder=str(out), now=stamp()
    )
    return Path(result.path)


def import_at(pair: Pair, *files: Path, accept: str | None = None) -> sync_township.ImportReport:
    return sync_township.import_packages(
        pair.township.uow_factory(),
        codec=pair.tcodec,
        files=list(files),
        dry_run=False,
        accept=accept,
        today=TODAY,
    )


def import_restored(pair: Pair, package: Path) -> sync_township.ImportReport:
    """A restored village's first package at the township: held, because the audit log after the
    backup was written again under the numbers the township had seen (a restore shows as a
    rewrite, and the message says so); taken once the township accepts the village's key again
    for it, the village having confirmed the restore."""
    held = import_at(pair, package).files[0]
    assert (held.outcome, held.reason) == (FileOutcome.FORK, "audit_rewritten"), (
        held.message.render()
    )
    assert "备份" in chinese(held.message)
    return import_at(pair, package, accept=pair.vcodec.fingerprint())


@pytest.fixture
def pair(tmp_path: Path) -> Pair:
    p = make_pair(tmp_path / "pair")
    fill(p.village)
    assert p.import_(p.export()).exit_code == 0
    p.receipt()
    yield p
    p.close()


def test_finding2_a_reinstalled_village_starts_a_new_epoch_and_loses_nothing(
    pair: Pair, tmp_path: Path
) -> None:
    # The old install had sent more than the new one will for a while.
    for _ in range(3):
        fill(pair.village, 2, seed=len(member_ids(pair.village)))
        assert pair.import_(pair.export()).exit_code == 0
    pair.receipt()
    fresh_dir = tmp_path / "reinstalled"
    fresh = open_store(fresh_dir, village_station())
    codec = VillageCodec(fresh_dir)
    enrol = sync_township.write_enrolment_file(
        pair.township.uow_factory(), codec=pair.tcodec, out=tmp_path / "e.vdenrol"
    )
    sync_enrolment.enrol(
        fresh.uow_factory(),
        courier=codec,
        path=str(enrol),
        now=stamp(),
        accept=pair.tcodec.fingerprint(),
    )
    try:
        fill(fresh, 2, seed=99)
        first = import_at(pair, export_from(fresh, codec, pair.out), accept=codec.fingerprint())
        assert first.files[0].outcome is FileOutcome.IMPORTED
        fill(fresh, 1, seed=100)
        second = import_at(pair, export_from(fresh, codec, pair.out))
        assert second.files[0].outcome is FileOutcome.IMPORTED, second.files[0].message
        (peer,) = sync_township.villages_overview(pair.township.uow_factory())
        assert peer.epoch == 2 and peer.last_seq == 2
        # The receipt answers the new installation: its own counter, never the old one's.
        path = sync_township.write_receipt(
            pair.township.uow_factory(),
            codec=pair.tcodec,
            village_code=peer.code,
            out_dir=pair.out,
        )
        result = sync_village.import_receipt(
            fresh.uow_factory(), courier=codec, path=str(path), now=stamp()
        )
        assert result.confirmed == [1, 2]
        uuid = set_address(fresh, member_ids(fresh)[0], "新装后修改")
        third = import_at(pair, export_from(fresh, codec, pair.out))
        assert third.files[0].outcome is FileOutcome.IMPORTED
        assert address_at_township(pair, uuid) == "新装后修改"
    finally:
        fresh.close()


def test_finding3_restoring_a_backup_on_a_new_computer_keeps_later_edits(
    pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = pair.village
    saved = backup.create_backup(old.db_path, tmp_path / "usb", kind="manual", now=NOW)
    identity = export_identity(old.db_path.parent)
    ids = member_ids(old)
    # After the backup the old computer adds many (more versions than any reserved block) and
    # edits two members, and reports them ...
    fill(old, 1500, seed=8)
    kept = set_address(old, ids[0], "旧电脑备份后修改")
    later = set_address(old, ids[1], "旧电脑备份后修改")
    assert pair.import_(pair.export()).exit_code == 0
    old_files = {p.name: p.read_bytes() for p in pair.out.glob("*.vdpkg")}
    # ... then dies. A new computer restores the backup (with the station's keys).
    monkeypatch.setenv("VILLAGEDESK_KEYSTORE_DIR", str(tmp_path / "new-computer-keystore"))
    new_dir = tmp_path / "new-computer"
    new = open_store(new_dir, village_station())
    try:
        new.restore(saved, now=datetime.now())
        import_identity(new_dir, identity)
        codec = VillageCodec(new_dir)
        found = load_identity(new_dir)
        assert found is not None and found.fingerprint == pair.vcodec.fingerprint()
        set_address(new, ids[1], "新电脑恢复后修改")
        package = export_from(new, codec, pair.out)
        for name, data in old_files.items():
            assert (pair.out / name).read_bytes() == data, "no package overwrote another"
        report = import_restored(pair, package)
        assert report.files[0].outcome is FileOutcome.IMPORTED, report.files[0].message
        assert address_at_township(pair, later) == "新电脑恢复后修改"
        assert address_at_township(pair, kept) == "旧电脑备份后修改", "the old edit is kept"
        (peer,) = sync_township.villages_overview(pair.township.uow_factory())
        assert peer.epoch == 1 and peer.line == 1, "a restore is no re-installation"
        more = set_address(new, ids[2], "恢复后再改")
        assert import_at(pair, export_from(new, codec, pair.out)).exit_code == 0
        assert address_at_township(pair, more) == "恢复后再改"
    finally:
        new.close()


def test_a_restored_line_whose_first_packages_were_lost_is_a_restore_not_a_fork(
    pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the state machine: the old computer's packages after the backup and the new
    computer's first packages share numbers (both follow the backup's last one). When the new
    computer's first packages never reach the township, the next one must still be taken as the
    restore it is, not as a second copy of the data."""
    old = pair.village
    saved = backup.create_backup(old.db_path, tmp_path / "usb", kind="manual", now=NOW)
    identity = export_identity(old.db_path.parent)
    ids = member_ids(old)
    set_address(old, ids[0], "旧电脑备份后修改")
    assert pair.import_(pair.export()).exit_code == 0  # package 2 of the old line, imported
    set_address(old, ids[0], "旧电脑再改")
    lost_old = pair.export()  # package 3 of the old line, lost with the old computer
    lost_old.unlink()
    monkeypatch.setenv("VILLAGEDESK_KEYSTORE_DIR", str(tmp_path / "new-computer-keystore"))
    new_dir = tmp_path / "new-computer"
    new = open_store(new_dir, village_station())
    try:
        new.restore(saved, now=datetime.now())
        import_identity(new_dir, identity)
        codec = VillageCodec(new_dir)
        uuid = set_address(new, ids[1], "新电脑恢复后修改")
        (tmp_path / "lost-stick").mkdir()
        for _ in range(2):  # packages 2 and 3 of the new line, never carried to the township
            export_from(new, codec, tmp_path / "lost-stick")
        report = import_restored(pair, export_from(new, codec, pair.out))
        assert report.files[0].outcome is FileOutcome.IMPORTED, report.files[0].message.render()
        assert address_at_township(pair, uuid) == "新电脑恢复后修改"
        (peer,) = sync_township.villages_overview(pair.township.uow_factory())
        assert (peer.epoch, peer.line, peer.last_seq) == (1, 1, 4)
    finally:
        new.close()


def test_restoring_the_same_backup_twice_on_one_computer_starts_two_lines(
    pair: Pair, tmp_path: Path
) -> None:
    """Found by the state machine: the line came from the backup alone, so a second restore of
    the same backup started the line the township had seen already, and its first package was
    held as a second copy of the data."""
    saved = backup.create_backup(pair.village.db_path, tmp_path / "backups", kind="manual", now=NOW)
    ids = member_ids(pair.village)
    for n, address in enumerate(("第一次恢复后修改", "第二次恢复后修改"), start=1):
        pair.village.restore(saved, now=datetime.now())
        uuid = set_address(pair.village, ids[0], address)
        report = pair.import_(pair.export())
        assert report.files[0].outcome is FileOutcome.IMPORTED, report.files[0].message.render()
        assert address_at_township(pair, uuid) == address
        (peer,) = sync_township.villages_overview(pair.township.uow_factory())
        assert (peer.epoch, peer.line) == (1, n)


def copied(pair: Pair, tmp_path: Path) -> tuple[StationStore, VillageCodec]:
    source = pair.village.db_path.parent
    pair.village.close()
    target = tmp_path / "copied"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.lock"))
    pair.village = open_store(source, village_station())
    return open_store(target, village_station()), VillageCodec(target)


def test_finding4_a_copied_data_folder_is_held_as_a_fork_never_dropped(
    pair: Pair, tmp_path: Path
) -> None:
    copy, codec = copied(pair, tmp_path)
    try:
        ids = member_ids(pair.village)
        set_address(pair.village, ids[0], "正本")
        set_address(copy, ids[0], "副本")
        real = pair.export()
        other = export_from(copy, codec, pair.out)
        assert pair.import_(real).files[0].outcome is FileOutcome.IMPORTED
        report = import_at(pair, other)
        (result,) = report.files
        assert result.outcome is FileOutcome.FORK and report.exit_code == 1
        text = result.message.render()
        assert "Two different copies" in text and result.header is not None
        assert result.header.package_hash[:4].upper() in text
        log = sync_township.forks(pair.township.uow_factory())
        assert [e.seq for e in log["370323104203"]] == [2]
        again = import_at(pair, other)
        assert again.files[0].outcome is FileOutcome.FORK, "reported again, never dropped"
        assert address_at_township(pair, set_address(copy, ids[1], "副本2")) != "副本2"
        later = import_at(pair, export_from(copy, codec, pair.out))
        assert later.files[0].outcome is FileOutcome.FORK
        # The village learns it from the receipt.
        pair.receipt()
        receipt = sync_township.write_receipt(
            pair.township.uow_factory(),
            codec=pair.tcodec,
            village_code="370323104203",
            out_dir=pair.out,
        )
        result2 = sync_village.import_receipt(
            copy.uow_factory(), courier=codec, path=str(receipt), now=stamp()
        )
        assert result2.forks == 2 and result2.confirmed == []
        status = sync_village.village_status(copy.uow_factory(), courier=codec)
        assert {p.seq: p.status for p in status.packages}[2] is PackageStatus.FORK
    finally:
        copy.close()


def test_finding4_copied_key_files_on_a_fresh_install_are_a_fork(
    pair: Pair, tmp_path: Path
) -> None:
    fresh_dir = tmp_path / "fresh"
    fresh = open_store(fresh_dir, village_station())
    try:
        (fresh_dir / "keys").mkdir()
        shutil.copy(pair.village.db_path.parent / "keys" / "station.keys", fresh_dir / "keys")
        codec = VillageCodec(fresh_dir)
        assert codec.fingerprint() == pair.vcodec.fingerprint()
        enrol = sync_township.write_enrolment_file(
            pair.township.uow_factory(), codec=pair.tcodec, out=tmp_path / "e.vdenrol"
        )
        sync_enrolment.enrol(
            fresh.uow_factory(),
            courier=codec,
            path=str(enrol),
            now=stamp(),
            accept=pair.tcodec.fingerprint(),
        )
        fill(fresh, 2, seed=42)
        (result,) = import_at(pair, export_from(fresh, codec, pair.out)).files
        assert result.outcome is FileOutcome.FORK, result.message
    finally:
        fresh.close()


def test_finding4_a_key_accepted_for_one_village_is_refused_for_another(
    pair: Pair, tmp_path: Path
) -> None:
    other_dir = tmp_path / "other-village"
    other = open_store(other_dir, village_station("370323104299", "西岭村"))
    try:
        (other_dir / "keys").mkdir()
        shutil.copy(pair.village.db_path.parent / "keys" / "station.keys", other_dir / "keys")
        codec = VillageCodec(other_dir)
        enrol = sync_township.write_enrolment_file(
            pair.township.uow_factory(), codec=pair.tcodec, out=tmp_path / "e.vdenrol"
        )
        sync_enrolment.enrol(
            other.uow_factory(),
            courier=codec,
            path=str(enrol),
            now=stamp(),
            accept=pair.tcodec.fingerprint(),
        )
        fill(other, 1, seed=5)
        report = import_at(pair, export_from(other, codec, pair.out), accept=codec.fingerprint())
        (result,) = report.files
        assert result.outcome is FileOutcome.REFUSED and result.reason == "key_elsewhere"
        assert report.exit_code == 3
        assert "370323104299" not in snapshot(pair.township).get("stations", {})
    finally:
        other.close()


def test_finding4_receipts_confirm_packages_by_hash(pair: Pair, tmp_path: Path) -> None:
    copy, codec = copied(pair, tmp_path)
    try:
        fill(pair.village, 1, seed=11)
        fill(copy, 1, seed=12)
        assert pair.import_(pair.export()).exit_code == 0
        export_from(copy, codec, pair.out)  # the copy's package 2: never at the township
        receipt = sync_township.write_receipt(
            pair.township.uow_factory(),
            codec=pair.tcodec,
            village_code="370323104203",
            out_dir=pair.out,
        )
        result = sync_village.import_receipt(
            copy.uow_factory(), courier=codec, path=str(receipt), now=stamp()
        )
        assert result.confirmed == [], "the number matches, the package does not"
    finally:
        copy.close()
