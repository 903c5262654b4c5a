"""Unit of work and repositories: rollback unless committed, member and branch round trips."""

from __future__ import annotations

from datetime import date

import pytest

from tests.store.conftest import STATION, add_branch, add_member, member
from villagedesk.core.dates import PartialDate
from villagedesk.core.errors import DomainError, WritesHeld
from villagedesk.core.members.branch import BranchDraft
from villagedesk.core.members.model import Category
from villagedesk.core.members.roll import RollChange, RollStatus
from villagedesk.core.text import msg
from villagedesk.store.station_store import StationStore


def test_station_is_saved_and_read_back(store: StationStore) -> None:
    with store.uow_factory() as uow:
        assert uow.station.get() == STATION


def test_leaving_without_commit_rolls_back(store: StationStore) -> None:
    with store.uow_factory() as uow:
        uow.members.add(member(), status=RollStatus.ON_ROLL)
    with pytest.raises(RuntimeError), store.uow_factory() as uow:
        uow.members.add(member(), status=RollStatus.ON_ROLL)
        uow.commit()
        uow.members.add(member("李四", serial=12), status=RollStatus.ON_ROLL)
        raise RuntimeError("boom")
    with store.uow_factory() as uow:
        assert uow.members.count() == 1
        assert uow.members.find_by_id_number(member("李四", serial=12).id_number) is None


def test_held_writes_refuse_a_unit_of_work(store: StationStore) -> None:
    reason = msg("Store", "held for the test")
    store.uow_factory.hold(reason)
    with pytest.raises(WritesHeld) as caught, store.uow_factory():
        pass
    assert caught.value.message == reason
    store.uow_factory.release()
    store.uow_factory()


def test_member_round_trip(store: StationStore) -> None:
    branch_id = add_branch(store, "第一党支部")
    values = member(
        "单建国",
        branch_id=branch_id,
        phone="13812345678",
        categories=frozenset({Category.VETERAN, Category.MOBILE}),
        joined_on=PartialDate(1985, 7),
    )
    member_id = add_member(store, values)
    with store.uow_factory() as uow:
        got = uow.members.get(member_id)
        assert got is not None
        assert got.values == values
        assert got.branch_name == "第一党支部"
        assert got.roll_status is RollStatus.ON_ROLL
        assert not got.voided
        assert got.uuid and got.created_at.endswith("Z")
        assert uow.members.find_by_id_number(values.id_number) == got
        assert uow.members.get(member_id + 100) is None
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT name_initials, name_pinyin, station_code FROM members"
        ).one()
    assert tuple(row) == ("sjg", "shanjianguo", STATION.code)


def test_update_status_void_and_events(store: StationStore) -> None:
    member_id = add_member(store, member())
    with store.uow_factory() as uow:
        uow.members.update(member_id, member("张建华"))
        uow.members.add_event(member_id, RollChange.TRANSFER_OUT, PartialDate(2024, 3, 1), "外迁")
        uow.members.set_status(member_id, RollStatus.TRANSFERRED_OUT)
        uow.commit()
    with store.uow_factory() as uow:
        got = uow.members.get(member_id)
        assert got is not None
        assert got.name == "张建华" and got.roll_status is RollStatus.TRANSFERRED_OUT
        [event] = uow.members.events(member_id)
        assert (event.change, event.effective_on, event.reason) == (
            RollChange.TRANSFER_OUT,
            PartialDate(2024, 3, 1),
            "外迁",
        )
        uow.members.void(member_id)
        uow.commit()
    with store.uow_factory() as uow:
        assert uow.members.count() == 0
        assert uow.members.count(include_voided=True) == 1
        voided = uow.members.find_by_id_number(member().id_number)
        assert voided is not None and voided.voided
        # The number of a voided record may be registered again; the live one is found first.
        new_id = uow.members.add(member("张建国"), status=RollStatus.ON_ROLL)
        found = uow.members.find_by_id_number(member().id_number)
        assert found is not None and found.id == new_id
        with pytest.raises(Exception, match="UNIQUE"):
            uow.members.add(member("张建国"), status=RollStatus.ON_ROLL)


def test_branches_list_counts_active_members(store: StationStore) -> None:
    first = add_branch(store, "第一党支部")
    second = add_branch(store, "第二党支部")
    add_member(store, member(serial=1, branch_id=first))
    add_member(store, member(serial=2, branch_id=first))
    add_member(store, member(serial=3, branch_id=first), RollStatus.DECEASED)
    with store.uow_factory() as uow:
        listed = {b.name: b.member_count for b in uow.branches.list()}
        assert listed == {"第一党支部": 2, "第二党支部": 0}
        got = uow.branches.get(first)
        assert got is not None and got.member_count == 2
        uow.branches.void(second, "重复录入")
        uow.branches.update(first, BranchDraft(name="东河村党支部", grid="一网格"))
        uow.commit()
    with store.uow_factory() as uow:
        assert [b.name for b in uow.branches.list()] == ["东河村党支部"]
        assert len(uow.branches.list(include_voided=True)) == 2
        assert uow.branches.find_by_name("第二党支部") is None
        # A voided name may be used again, a live one may not.
        uow.branches.add(BranchDraft(name="第二党支部"))
        with pytest.raises(DomainError):
            uow.branches.add(BranchDraft(name="东河村党支部"))


def test_add_many_writes_members_and_registered_events(store: StationStore) -> None:
    from tests.store.conftest import many_members

    rows = many_members(50)
    with store.uow_factory() as uow:
        uow.members.add_many(rows, status=RollStatus.ON_ROLL, registered_on=date(2026, 11, 21))
        uow.commit()
    with store.uow_factory() as uow:
        assert uow.members.count() == 50
        got = uow.members.find_by_id_number(rows[17].id_number)
        assert got is not None and got.values == rows[17]
        [event] = uow.members.events(got.id)
        assert event.change is RollChange.REGISTERED
        assert event.effective_on == PartialDate(2026, 11, 21)  # the registered_on given
    with store.engine.connect() as conn:
        versions = (
            conn.exec_driver_sql(
                "SELECT version FROM members UNION ALL SELECT version FROM member_events"
            )
            .scalars()
            .all()
        )
    assert len(set(versions)) == 100
