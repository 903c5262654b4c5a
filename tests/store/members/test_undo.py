"""The store side of 撤销 and 显示已作废: undone events stay in the history with their reason, a
void is undone on the row, and the reader lists voided records with why (older ones too)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import update

from tests.store.conftest import member
from villagedesk.core.members import services as svc
from villagedesk.core.members.model import MemberDraft
from villagedesk.core.members.roll import RollChange, RollStatus
from villagedesk.core.members.roll_undo import last_change, undo_last_change
from villagedesk.core.search import parse_search
from villagedesk.store import tables as t
from villagedesk.store.station_store import StationStore

TODAY = date(2026, 11, 21)


def _register(store: StationStore, name: str, serial: int) -> int:
    values = member(name, serial=serial)
    draft = MemberDraft(name=values.name, id_number=values.id_number)
    return svc.register_member(store.uow_factory(), draft=draft, today=TODAY).id


def test_an_undone_change_stays_in_the_history(store: StationStore) -> None:
    mid = _register(store, "张建国", 11)
    svc.change_roll_status(
        store.uow_factory(),
        member_id=mid,
        change=RollChange.TRANSFER_OUT,
        effective_on="2026.01.01",  # dated before the (bookkeeping) registration
        reason="迁出",
        today=TODAY,
    )
    found = last_change(store.uow_factory(), member_id=mid)
    assert found is not None and found.status_after is RollStatus.ON_ROLL
    undo_last_change(store.uow_factory(), member_id=mid, event_id=found.event.id, reason="录错")
    with store.uow_factory() as uow:
        assert uow.members.get(mid).roll_status is RollStatus.ON_ROLL  # type: ignore[union-attr]
        live = uow.members.events(mid)
        every = uow.members.events(mid, include_undone=True)
    assert [e.change for e in live] == [RollChange.REGISTERED]
    undone = [e for e in every if e.undone]
    assert [(e.change, e.reason, e.undo_reason) for e in undone] == [
        (RollChange.TRANSFER_OUT, "迁出", "录错")
    ]


def test_voided_records_are_listed_with_their_reason(store: StationStore) -> None:
    live = _register(store, "李秀英", 12)
    gone = _register(store, "王志强", 13)
    old = _register(store, "赵刚", 14)
    for mid, why in ((gone, "重复录入"), (old, "测试数据")):
        svc.void_member(store.uow_factory(), member_id=mid, reason=why, today=TODAY)
    with store.engine.begin() as conn:  # voided before the reason was kept on the row
        conn.execute(update(t.members).where(t.members.c.id == old).values(void_reason=""))
    reader = store.member_reader
    everyone = parse_search("")
    assert reader.search_ids(everyone, include_inactive=True) == [live]
    voided = reader.search_ids(everyone, voided=True)
    assert sorted(voided) == sorted([gone, old])
    rows = reader.rows(voided, ["name", "void_reason"])
    assert rows[gone] == ("王志强", "重复录入") and rows[old] == ("赵刚", "测试数据")
    assert reader.search_ids(parse_search("wzq"), voided=True) == [gone]

    found = last_change(store.uow_factory(), member_id=gone)
    assert found is not None and found.is_void
    undo_last_change(store.uow_factory(), member_id=gone, event_id=found.event.id, reason="误删")
    assert reader.search_ids(everyone, voided=True) == [old]
    assert reader.rows([gone], ["void_reason"])[gone] == ("",)
    assert sorted(reader.search_ids(everyone)) == sorted([live, gone])
