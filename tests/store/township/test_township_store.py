"""Township import with real stores and real packages: accept, replays, gaps, refusals, returns."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.store.conftest import many_members
from tests.sync.township_fixtures import TODAY, Pair, make_pair, snapshot, village_station
from villagedesk.core.members import services as member_services
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.township import services as sync_township
from villagedesk.core.township import village as sync_village
from villagedesk.core.township.ports import Enrolment
from villagedesk.core.township.services import FileOutcome
from villagedesk.sync.container import write_container
from villagedesk.sync.keys import PublicKeys
from villagedesk.sync.manifest import KIND_PACKAGE, ManifestFields
from villagedesk.sync.village_codec import VillageCodec, public_keys


def add_members(pair: Pair, n: int, *, seed: int = 7) -> None:
    with pair.village.uow_factory() as uow:
        uow.members.add_many(
            many_members(n, seed=seed), status=RollStatus.ON_ROLL, registered_on=date(2026, 1, 5)
        )
        uow.commit()


def member_ids(pair: Pair) -> list[int]:
    with pair.village.uow_factory() as uow:
        rows = uow.connection.exec_driver_sql("SELECT id FROM members ORDER BY id").fetchall()
    return [r[0] for r in rows]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = make_pair(tmp_path)
    add_members(p, 30)
    yield p
    p.close()


def village_code(pair: Pair) -> str:
    station = pair.village.read_station()
    assert station is not None
    return station.code


def test_unknown_village_is_refused_until_accepted(pair: Pair) -> None:
    package = pair.export()
    report = pair.import_(package, accept=False)
    (result,) = report.files
    assert report.exit_code == 3 and result.reason == "unknown_sender"
    assert result.fingerprint == pair.vcodec.fingerprint()
    assert snapshot(pair.township)["members"] == {}
    assert sync_township.villages_overview(pair.township.uow_factory()) == []

    report = pair.import_(package)
    assert report.exit_code == 0 and report.files[0].outcome is FileOutcome.IMPORTED
    assert snapshot(pair.township) == snapshot(pair.village)
    (village,) = sync_township.villages_overview(pair.township.uow_factory())
    assert village.code == village_code(pair) and village.last_seq == 1


def test_dry_run_counts_records_and_writes_nothing(pair: Pair) -> None:
    report = pair.import_(pair.export(), dry_run=True)
    (result,) = report.files
    assert result.outcome is FileOutcome.PREVIEW
    assert result.counts["members"].new == 30 and result.counts["member_events"].new == 30
    assert {c.status.value for c in result.changes} == {"new"}
    assert snapshot(pair.township)["members"] == {}
    assert sync_township.villages_overview(pair.township.uow_factory()) == []


def test_same_package_twice_changes_nothing(pair: Pair) -> None:
    package = pair.export()
    pair.import_(package)
    before = snapshot(pair.township)
    report = pair.import_(package)
    (result,) = report.files
    assert report.exit_code == 0 and result.outcome is FileOutcome.ALREADY_IMPORTED
    assert "already imported on" in str(result.message)
    assert snapshot(pair.township) == before


def test_older_package_after_newer_changes_nothing(pair: Pair) -> None:
    first = pair.export()
    first_id = member_ids(pair)[0]
    with pair.village.uow_factory() as uow:
        old = uow.members.get(first_id)
    assert old is not None
    member_services.update_member(
        pair.village.uow_factory(),
        member_id=first_id,
        draft=replace(old.to_draft(), address="东河村三组"),
        today=TODAY,
    )
    second = pair.export()
    assert pair.import_(second).exit_code == 0
    after_newer = snapshot(pair.township)
    report = pair.import_(first)
    assert report.files[0].outcome is FileOutcome.OLDER and report.exit_code == 0
    assert snapshot(pair.township) == after_newer == snapshot(pair.village)


def test_tombstone_is_never_undone(pair: Pair) -> None:
    live = pair.export()
    first_id = member_ids(pair)[0]
    member_services.void_member(
        pair.village.uow_factory(), member_id=first_id, reason="录入错误", today=TODAY
    )
    voided = pair.export()
    pair.import_(voided)
    pair.import_(live)
    with pair.township.engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT count(*) FROM members WHERE voided_at IS NOT NULL")
        assert n.scalar() == 1


def test_gap_is_held_with_the_missing_package_named(pair: Pair) -> None:
    pair.import_(pair.export())
    pair.receipt()
    add_members(pair, 3, seed=99)
    # The township restores an old backup: it no longer holds package 1.
    with pair.township.uow_factory() as uow:
        peer = uow.township.peer(village_code(pair))
        assert peer is not None
        uow.township.save_peer(replace(peer, last_counter=0, last_seq=0))
        uow.commit()
    before = snapshot(pair.township)
    report = pair.import_(pair.export())
    (result,) = report.files
    assert result.outcome is FileOutcome.HELD and report.exit_code == 1
    assert "before package 2 is missing" in str(result.message)
    assert snapshot(pair.township) == before
    # export --full heals it.
    assert pair.import_(pair.export(full=True)).exit_code == 0
    assert snapshot(pair.township) == snapshot(pair.village)


def test_changed_village_key_is_refused(pair: Pair, tmp_path: Path) -> None:
    pair.import_(pair.export())
    other = VillageCodec(tmp_path / "stolen")
    enrolment = pair.vcodec.read_enrolment(str(pair.out / "enrol.json"))
    forged = other.write_package(
        str(tmp_path),
        file_name="forged.vdpkg",
        manifest_fields={
            "station_code": village_code(pair),
            "station_name": "东河村",
            "seq": 2,
            "counter_from": 0,
            "counter_to": 10**6,
        },
        records={},
        recipient=enrolment,
    )
    before = snapshot(pair.township)
    report = sync_township.import_packages(
        pair.township.uow_factory(),
        codec=pair.tcodec,
        files=[Path(forged.path)],
        dry_run=False,
        today=TODAY,
    )
    assert report.exit_code == 3 and report.files[0].reason == "key_changed"
    assert snapshot(pair.township) == before


def test_not_a_package_and_flipped_byte_are_refused(pair: Pair, tmp_path: Path) -> None:
    junk = tmp_path / "notes.vdpkg"
    junk.write_text("hello", encoding="utf-8")
    package = pair.export()
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped = tmp_path / "flipped.vdpkg"
    flipped.write_bytes(bytes(data))
    report = pair.import_(junk, flipped)
    assert sorted(f.reason for f in report.files) == ["corrupt", "not_a_package"]
    assert report.exit_code == 3
    assert snapshot(pair.township)["members"] == {}


def _records(pair: Pair) -> dict[str, list[dict[str, Any]]]:
    """The village's records as a package carries them, to edit before sealing."""
    return {k: list(v.values()) for k, v in snapshot(pair.village).items()}


def _package(pair: Pair, tmp_path: Path, records: dict[str, list[dict[str, Any]]]) -> Path:
    """``records`` sealed by the village for the township, as its package 1."""
    enrolment = pair.vcodec.read_enrolment(str(pair.out / "enrol.json"))
    return write_container(
        tmp_path / "x.vdpkg",
        kind=KIND_PACKAGE,
        manifest_fields=ManifestFields(village_code(pair), "东河村", 1, 0, 10**6),
        records=records,
        sender_keys=pair.vcodec.keys,
        recipient=_public(enrolment),
    )


def test_invalid_record_is_refused_the_rest_imported(pair: Pair, tmp_path: Path) -> None:
    records = _records(pair)
    bad = dict(records["members"][0], id_number="370323196005010000")
    records["members"][0] = bad
    report = pair.import_(_package(pair, tmp_path, records))
    (result,) = report.files
    assert report.exit_code == 1
    assert result.counts["members"].refused == 1 and result.counts["members"].new == 29
    # Its roll event refers to a refused member: refused too.
    assert result.counts["member_events"].refused == 1
    refused = [c for c in result.changes if c.status.value == "refused"]
    assert any(c.uuid == bad["uuid"] and c.messages for c in refused)


def test_a_row_that_breaks_a_constraint_is_refused_and_the_rows_after_it_written(
    pair: Pair, tmp_path: Path
) -> None:
    """Two members of one village with one ID number: the database refuses the second when it is
    written; the rows before it and after it are written all the same."""
    records = _records(pair)
    members = records["members"]
    clash = dict(members[12], id_number=members[3]["id_number"])
    members[12] = clash
    report = pair.import_(_package(pair, tmp_path, records))
    (result,) = report.files
    assert result.counts["members"].refused == 1 and result.counts["members"].new == 29
    stored = snapshot(pair.township)["members"]
    assert clash["uuid"] not in stored
    assert {m["uuid"] for m in members} - set(stored) == {clash["uuid"]}
    [refused] = [c for c in result.changes if c.uuid == clash["uuid"]]
    assert refused.status.value == "refused" and refused.messages
    assert result.counts["member_events"].refused == 1


def _public(enrolment: Enrolment) -> PublicKeys:
    return public_keys(enrolment)


def test_return_and_receipt_reach_the_village_todo_list(pair: Pair) -> None:
    pair.import_(pair.export())
    some = next(iter(snapshot(pair.township)["members"].values()))
    returned = sync_township.return_record(
        pair.township.uow_factory(), record_uuid=some["uuid"], comment="民族填写有误"
    )
    assert returned.village == village_code(pair) and returned.summary == some["name"]
    pair.receipt()
    status = sync_village.village_status(pair.village.uow_factory(), courier=pair.vcodec)
    assert [(t.record_uuid, t.comment) for t in status.todos] == [(some["uuid"], "民族填写有误")]
    assert status.confirmed_counter > 0


def test_duplicate_id_numbers_across_villages_are_flagged(pair: Pair, tmp_path: Path) -> None:
    pair.import_(pair.export())
    other = make_pair(
        tmp_path / "west",
        village=village_station("370323104204", "西河村党群服务站"),
        township=pair.township,
        tcodec=pair.tcodec,
    )
    try:
        add_members(other, 2)  # same seed: the same two people
        assert other.import_(other.export()).exit_code == 0
        dupes = sync_township.duplicate_id_numbers(pair.township.uow_factory())
        assert len(dupes) == 2
        assert {code for code, _ in dupes[0].holders} == {"370323104203", "370323104204"}
        assert sync_township.not_reported(pair.township.uow_factory(), days=30, today=TODAY) == []
    finally:
        other.village.close()


def test_township_refuses_to_edit_a_village_record(pair: Pair) -> None:
    pair.import_(pair.export())
    with pair.township.uow_factory() as uow:
        member_id = uow.connection.exec_driver_sql("SELECT min(id) FROM members").scalar()
        m = uow.members.get(member_id)
    assert m is not None
    with pytest.raises(member_services.DomainError) as caught:
        member_services.update_member(
            pair.township.uow_factory(),
            member_id=member_id,
            draft=replace(m.to_draft(), address="改"),
            today=TODAY,
        )
    assert "village" in str(caught.value)
