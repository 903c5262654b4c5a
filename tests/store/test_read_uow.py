"""The read path: a unit of work for reading takes no write lock, so held writes and a writer
holding the lock do not block it, and it can neither commit nor write."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy.exc import OperationalError

from tests.store.conftest import add_branch, add_member, member
from villagedesk.core.errors import WritesHeld
from villagedesk.core.members import branches as branch_services
from villagedesk.core.members import services as member_services
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.text import msg
from villagedesk.store.station_store import StationStore

TODAY = date(2026, 12, 1)


def test_reads_go_on_while_writes_are_held(store: StationStore) -> None:
    member_id = add_member(store, member())
    add_branch(store, "第一党支部")
    store.uow_factory.hold(msg("Store", "checking"))
    try:
        found = member_services.get_member(store.uow_factory(), member_id=member_id)
        assert found.values.name == member().name
        assert [b.name for b in branch_services.list_branches(store.uow_factory())] == [
            "第一党支部"
        ]
        with pytest.raises(WritesHeld):
            member_services.void_member(
                store.uow_factory(), member_id=member_id, reason="录入错误", today=TODAY
            )
    finally:
        store.uow_factory.release()


def test_a_read_does_not_wait_for_a_writer_holding_the_lock(store: StationStore) -> None:
    member_id = add_member(store, member())
    writer = sqlite3.connect(store.db_path, timeout=0.1)
    try:
        writer.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
        found = member_services.get_member(store.uow_factory(), member_id=member_id)
        assert found.id == member_id
    finally:
        writer.rollback()
        writer.close()


def test_a_read_can_neither_commit_nor_write(store: StationStore) -> None:
    with store.uow_factory().for_reading() as uow:
        with pytest.raises(RuntimeError, match="cannot commit"):
            uow.commit()
        with pytest.raises(OperationalError, match="readonly"):
            uow.members.add(member(), status=RollStatus.ON_ROLL)
    # the pooled connection can write again afterwards
    assert add_member(store, member("王五", serial=13)) > 0


def test_a_read_lasts_one_block_so_the_same_unit_of_work_can_then_write(
    store: StationStore,
) -> None:
    uow = store.uow_factory()
    with uow.for_reading():
        assert uow.members.count() == 0
    with uow:  # the next block of the same unit of work writes again
        uow.members.add(member(), status=RollStatus.ON_ROLL)
        uow.commit()
    with store.uow_factory().for_reading() as again:
        assert again.members.count() == 1
