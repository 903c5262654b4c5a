"""Collecting changes for a package, and the village's sync bookkeeping."""

from __future__ import annotations

from sqlalchemy import text

from tests.store.conftest import add_branch, add_member, member
from villagedesk.core.dates import PartialDate
from villagedesk.core.members.roll import RollChange, RollStatus
from villagedesk.core.township.ports import Enrolment, PackageEntry, PackageStatus, ReturnedRecord
from villagedesk.store.station_store import StationStore
from villagedesk.store.syncable import SYNCABLE
from villagedesk.store.township.collect import collect_changes, foreign_keys

TOWNSHIP = Enrolment("370323104000", "东河镇", "AAAA-BBBB-CCCC-DDDD", "c2lnbg==", "Ym94")


def _collect(store: StationStore, since: int) -> dict[str, list[dict[str, object]]]:
    with store.engine.connect() as conn:
        return collect_changes(conn, since=since)


def test_every_syncable_table_is_collected_with_parents_as_uuids(store: StationStore) -> None:
    branch_id = add_branch(store, "第一党支部")
    member_id = add_member(store, member("张建国", branch_id=branch_id))
    with store.uow_factory() as uow:
        uow.members.add_event(member_id, RollChange.REGISTERED, PartialDate(2026, 1, 1), "")
        uow.commit()
    records = _collect(store, 0)
    assert set(records) == set(SYNCABLE)
    (branch,) = records["branches"]
    (row,) = records["members"]
    assert "id" not in row
    assert row["branch_id"] == branch["uuid"]
    assert row["name"] == "张建国" and row["station_code"] == "370323104203"
    events = [e for e in records["member_events"] if e["member_id"] == row["uuid"]]
    assert len(events) == 1, "the member's roll events travel with it, pointing at its uuid"


def test_only_changes_after_the_counter_and_tombstones_too(store: StationStore) -> None:
    first = add_member(store, member("张建国", serial=11))
    add_member(store, member("李秀英", serial=12))
    with store.engine.connect() as conn:
        mark = int(conn.execute(text("SELECT max(version) FROM members")).scalar() or 0)
    with store.uow_factory() as uow:
        uow.members.void(first)
        uow.commit()
    changed = _collect(store, mark)
    (tomb,) = changed["members"]
    assert tomb["name"] == "张建国" and tomb["voided_at"] is not None
    assert changed["branches"] == []


def test_foreign_keys_are_read_from_the_tables() -> None:
    assert foreign_keys(SYNCABLE["members"]) == {"branch_id": SYNCABLE["branches"]}
    assert "parent_id" in foreign_keys(SYNCABLE["branches"])


def test_a_null_parent_stays_null(store: StationStore) -> None:
    add_member(store, member("王玉兰"), RollStatus.ON_ROLL)
    (row,) = _collect(store, 0)["members"]
    assert row["branch_id"] is None


def test_enrolment_packages_confirmation_and_todos(store: StationStore) -> None:
    with store.uow_factory() as uow:
        repo = uow.village_sync
        assert repo.township() is None and repo.next_seq() == 1
        repo.enrol(TOWNSHIP, at="2026-11-01T00:00:00Z", keep_confirmed=False)
        for seq, (start, end) in enumerate([(0, 10), (0, 20)], start=1):
            repo.add_package(
                PackageEntry(
                    seq,
                    start,
                    end,
                    f"h{seq}",
                    f"x-{seq}.vdpkg",
                    "2026-11-02",
                    PackageStatus.EXPORTED,
                )
            )
        uow.commit()
    with store.uow_factory() as uow:
        repo = uow.village_sync
        assert repo.next_seq() == 3
        assert repo.confirm(counter=10, hashes=["h1"], at="2026-11-03") == [1]
        assert [p.status for p in repo.packages()] == [
            PackageStatus.EXPORTED,
            PackageStatus.CONFIRMED,
        ]
        peer = repo.township()
        assert peer is not None and peer.last_counter == 10 and peer.last_seq == 1
        item = ReturnedRecord("u-1", "members", "出生日期有误", "2026-11-03T01:00:00Z", "张建国")
        assert repo.add_todos([item, item], village="370323104203", at="2026-11-04") == 1
        assert repo.add_todos([item], village="370323104203", at="2026-11-05") == 0
        (todo,) = repo.todos()
        assert todo.comment == "出生日期有误" and todo.summary == "张建国"
        assert repo.mark_done(todo.id, at="2026-11-06")
        assert repo.todos() == [] and len(repo.todos(include_done=True)) == 1
        # A rotated key of the same township keeps what it confirmed ...
        rotated = Enrolment(TOWNSHIP.code, "东河镇", "1111-2222-3333-4444", "a", "b")
        repo.enrol(rotated, at="x", keep_confirmed=True)
        peer = repo.township()
        assert peer is not None and peer.fingerprint == "1111-2222-3333-4444"
        assert peer.last_counter == 10
        # ... a replaced township knows nothing of this station: everything goes again.
        replaced = Enrolment(TOWNSHIP.code, "东河镇", "5555-6666-7777-8888", "c", "d")
        repo.enrol(replaced, at="y", keep_confirmed=False)
        peer = repo.township()
        assert peer is not None and peer.last_counter == 0
        uow.commit()


def test_live_id_numbers_are_unique_per_station(store: StationStore) -> None:
    values = member("张建国", serial=11)
    add_member(store, values)
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO members (uuid, station_code, created_at, updated_at, version, name, "
                "name_initials, name_pinyin, id_number, sex, birth_date, standing, roll_status) "
                "VALUES ('other', '370323104999', 'x', 'x', 999, '张建国', 'zjg', 'zhangjianguo', "
                ":n, 'male', '1960-05-01', 'full', 'on_roll')"
            ),
            {"n": values.id_number},
        )
        count = conn.execute(
            text("SELECT count(*) FROM members WHERE id_number = :n"), {"n": values.id_number}
        ).scalar()
    assert count == 2
