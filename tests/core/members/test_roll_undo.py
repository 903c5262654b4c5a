"""撤销: the last roll change or void of a member is undone, and the history says so."""

from __future__ import annotations

import pytest

from tests.core.fakes import FakeDb
from tests.core.members.test_services import TODAY, register, uow
from villagedesk.core.errors import DomainError, ValidationError
from villagedesk.core.members import services as svc
from villagedesk.core.members.roll import RollChange, RollStatus
from villagedesk.core.members.roll_undo import last_change, undo_last_change


@pytest.fixture
def db() -> FakeDb:
    return FakeDb()


def _change(db: FakeDb, mid: int, change: RollChange, when: str = "2024.03.01") -> None:
    svc.change_roll_status(
        uow(db), member_id=mid, change=change, effective_on=when, reason="", today=TODAY
    )


def test_nothing_to_undo_for_a_new_member(db: FakeDb) -> None:
    assert last_change(uow(db), member_id=register(db)) is None


def test_undoing_a_death_puts_the_member_back_and_keeps_the_event(db: FakeDb) -> None:
    mid = register(db)
    _change(db, mid, RollChange.SUSPENDED, "2024.01.01")
    _change(db, mid, RollChange.DECEASED, "2024.03.01")
    found = last_change(uow(db), member_id=mid)
    assert found is not None
    assert found.event.change is RollChange.DECEASED
    assert found.status_after is RollStatus.SUSPENDED  # where the death found the member
    with pytest.raises(ValidationError):
        undo_last_change(uow(db), member_id=mid, event_id=found.event.id, reason="  ")
    assert db.members[mid].roll_status is RollStatus.DECEASED  # nothing written

    undo_last_change(uow(db), member_id=mid, event_id=found.event.id, reason="录错了人")
    assert db.members[mid].roll_status is RollStatus.SUSPENDED
    live = svc.member_history(uow(db), member_id=mid)
    assert [e.change for e in live] == [RollChange.REGISTERED, RollChange.SUSPENDED]
    every = svc.member_history(uow(db), member_id=mid, include_undone=True)
    undone = [e for e in every if e.undone]
    assert [(e.change, e.undo_reason) for e in undone] == [(RollChange.DECEASED, "录错了人")]
    # the next change may be dated as if the undone one never happened
    _change(db, mid, RollChange.RESTORED, "2024.02.01")
    assert db.members[mid].roll_status is RollStatus.ON_ROLL


def test_only_the_last_change_can_be_undone(db: FakeDb) -> None:
    mid = register(db)
    _change(db, mid, RollChange.TRANSFER_OUT, "2024.01.01")
    first = last_change(uow(db), member_id=mid)
    assert first is not None
    _change(db, mid, RollChange.TRANSFER_IN, "2024.02.01")
    with pytest.raises(DomainError):
        undo_last_change(uow(db), member_id=mid, event_id=first.event.id, reason="错")
    assert db.members[mid].roll_status is RollStatus.ON_ROLL


def test_undoing_a_void_restores_the_record(db: FakeDb) -> None:
    mid = register(db)
    svc.void_member(uow(db), member_id=mid, reason="重复录入", today=TODAY)
    assert db.void_reasons[mid] == "重复录入"
    found = last_change(uow(db), member_id=mid)
    assert found is not None and found.is_void
    undo_last_change(uow(db), member_id=mid, event_id=found.event.id, reason="作废错了")
    assert not db.members[mid].voided
    assert db.members[mid].roll_status is RollStatus.ON_ROLL
    assert last_change(uow(db), member_id=mid) is None


def test_a_void_is_not_undone_when_its_number_was_taken_meanwhile(db: FakeDb) -> None:
    mid = register(db)
    svc.void_member(uow(db), member_id=mid, reason="重复录入", today=TODAY)
    register(db, name="张建军")  # the same ID number, now free, entered again
    found = last_change(uow(db), member_id=mid)
    assert found is not None
    with pytest.raises(DomainError) as refused:
        undo_last_change(uow(db), member_id=mid, event_id=found.event.id, reason="作废错了")
    assert refused.value.message.params["name"] == "张建军"
    assert db.members[mid].voided
