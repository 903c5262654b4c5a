"""The request services on the real station database: a request from receipt to 销号 read
back after every step, its number, a reopening, a merge, the lists, reads while writes are held."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import update

from tests.core.requests.support import CADRE, CLOCK, OTHER
from tests.store.requests.conftest import Village
from villagedesk.core.errors import NotFound, WritesHeld
from villagedesk.core.requests import closing, handling, merging, services
from villagedesk.core.requests.events import (
    Assignment,
    FollowUp,
    MergeLink,
    Note,
    Resolution,
    Satisfaction,
    Signing,
)
from villagedesk.core.requests.model import (
    AttachmentDraft,
    AttachmentKind,
    ChannelOption,
    Requester,
    RequesterKind,
    RequestLists,
)
from villagedesk.core.requests.state import Action, RequestState
from villagedesk.core.text import msg
from villagedesk.store.requests import tables as tr

PHOTO = AttachmentDraft("requests/2026/灯.jpg", 2048, head=b"\xff\xd8\xff\xe0", name="灯.jpg")
SCAN = AttachmentDraft("requests/2026/回执.pdf", 4096, head=b"%PDF-1.4", name="回执.pdf")


def test_a_request_from_receipt_to_closing(village: Village) -> None:
    rid = village.add(attachments=(PHOTO,))
    got = village.get(rid)
    assert got.number == "DHC-2026-0001" and got.state is RequestState.UNASSIGNED
    assert got.values.requester == Requester(
        RequesterKind.RESIDENT, village.resident_id, "张桂兰", "13812345678"
    )
    assert got.values.household_id == village.household_id
    assert got.values.received_at == datetime(2026, 5, 20, 8, 0)
    assert got.values.deadline_rule and got.progress.due_at is not None
    assert got.station_code == "370323104203"
    assert [(a.values.name, a.values.kind, a.event_id) for a in got.attachments] == [
        ("灯.jpg", AttachmentKind.IMAGE, None)
    ]

    f = village.f
    handling.assign_request(f(), request_id=rid, assignee=CADRE, helpers=(OTHER,), clock=CLOCK)
    got = village.get(rid)
    assert got.state is RequestState.AWAITING_SIGNATURE
    assert got.progress.assignee == CADRE and got.progress.helpers == (OTHER,)

    village.sign(rid)
    got = village.get(rid)
    assert got.state is RequestState.IN_PROGRESS
    assert got.progress.signed_at == datetime(2026, 5, 20, 9, 30)
    assert got.progress.signed_on_time is True

    handling.record_work(f(), request_id=rid, text="已更换", attachments=(SCAN,), clock=CLOCK)
    village.reply(rid)
    got = village.get(rid)
    assert got.state is RequestState.AWAITING_FOLLOW_UP
    assert got.progress.replied_at == datetime(2026, 5, 20, 9, 30)
    assert [a.event_id is None for a in got.attachments] == [True, False]

    village.follow(rid, "solved", "satisfied")
    got = village.get(rid)
    assert got.state is RequestState.FOLLOWED_UP
    assert got.progress.resolution is Resolution.SOLVED
    assert got.progress.satisfaction is Satisfaction.SATISFIED

    closing.close_request(f(), request_id=rid, clock=CLOCK)
    detail = services.get_request(f(), request_id=rid)
    assert detail.request.state is RequestState.CLOSED
    assert detail.request.progress.closed_at == datetime(2026, 5, 20, 9, 30)
    steps = [e.step for e in detail.events]
    assert [s.action for s in steps] == [
        Action.ASSIGN,
        Action.SIGN,
        Action.RECORD_WORK,
        Action.REPLY,
        Action.FOLLOW_UP,
        Action.CLOSE,
    ]
    assert steps[0].details == Assignment(CADRE, (OTHER,), "")
    assert steps[1].details == Signing(CADRE)
    assert steps[3].details == Note("已更换灯泡。") and steps[3].by == "李书记"
    assert steps[4].details == FollowUp(Resolution.SOLVED, Satisfaction.SATISFIED)


def _void(village: Village, request_id: int) -> None:
    with village.f() as uow:
        uow.connection.execute(
            update(tr.requests)
            .where(tr.requests.c.id == request_id)
            .values(voided_at="2026-05-20T02:00:00Z", void_reason="录入错误")
        )
        uow.commit()


def test_numbers_run_per_year_and_a_voided_one_is_never_given_again(village: Village) -> None:
    first, second = village.add(), village.add()
    _void(village, second)
    third = village.add()
    last_year = village.add(received_at="2025-12-31 23:50")
    assert village.get(first).number == "DHC-2026-0001"
    assert village.get(third).number == "DHC-2026-0003"
    assert village.get(last_year).number == "DHC-2025-0001"
    with pytest.raises(NotFound):
        village.get(second)
    assert services.find_request(village.f(), number="dhc-2026-0003").request.id == third
    with pytest.raises(NotFound):
        services.find_request(village.f(), number="DHC-2026-0002")
    assert {r.id for r in services.list_requests(village.f(), clock=CLOCK)} == {
        first,
        third,
        last_year,
    }


def test_a_dissatisfied_follow_up_reopens_the_request(village: Village) -> None:
    rid = village.add()
    village.assign(rid)
    village.sign(rid)
    village.reply(rid)
    village.follow(rid, "partly_solved", "dissatisfied")
    detail = services.get_request(village.f(), request_id=rid)
    assert detail.request.state is RequestState.IN_PROGRESS
    assert detail.request.progress.reopened == 1
    assert detail.request.progress.round_start == datetime(2026, 5, 20, 9, 30)
    assert detail.events[-1].action is Action.REOPEN
    last = detail.events[-1].step.details
    assert isinstance(last, Note) and last.automatic


def test_a_merge_moves_the_attachments_and_the_requester(village: Village) -> None:
    source = village.add(
        requester_kind="named", person_id=None, requester_name="刘大爷", attachments=(PHOTO,)
    )
    target = village.add(attachments=(SCAN,))
    merging.merge_requests(village.f(), request_id=source, into_id=target, clock=CLOCK)
    merged, kept = village.get(source), village.get(target)
    assert merged.state is RequestState.MERGED and merged.progress.merged_into == target
    assert merged.attachments == ()
    assert [a.values.name for a in kept.attachments] == ["灯.jpg", "回执.pdf"]
    assert all(a.request_id == target for a in kept.attachments)
    assert kept.co_requesters == (Requester(RequesterKind.NAMED, None, "刘大爷"),)
    came_in = services.get_request(village.f(), request_id=target).events[-1].step
    assert came_in.action is Action.MERGE_IN
    assert came_in.details == MergeLink(source, merged.number, kept.co_requesters[0])


def test_the_station_lists_start_with_the_defaults_and_are_kept(village: Village) -> None:
    assert services.request_lists(village.f()) == RequestLists()
    lists = RequestLists(
        (ChannelOption("电话"), ChannelOption("12345转办", ticket=True)), ("土地",)
    )
    services.save_request_lists(village.f(), lists=lists)
    assert services.request_lists(village.f()) == lists


def test_reading_goes_on_while_writes_are_held(village: Village) -> None:
    rid = village.add()
    village.f.hold(msg("Store", "checking"))
    try:
        assert village.get(rid).number == "DHC-2026-0001"
        assert [r.id for r in services.list_requests(village.f(), clock=CLOCK)] == [rid]
        assert services.request_lists(village.f()) == RequestLists()
        with pytest.raises(WritesHeld):
            village.add()
        with pytest.raises(WritesHeld):
            village.assign(rid)
    finally:
        village.f.release()
    village.assign(rid)
    assert village.get(rid).state is RequestState.AWAITING_SIGNATURE


def test_many_histories_at_once_and_only_the_steps_asked(village: Village) -> None:
    from villagedesk.core.requests.state import Action

    first, second = village.add(), village.add()
    for step in (village.assign, village.sign, village.reply):
        step(first)
    village.assign(second)
    with village.f() as uow:
        history = uow.requests.history
        every = history.events_of([first, second])
        assert every[first] == history.events(first)
        assert every[second] == history.events(second)
        replies = history.events_of([first, second], frozenset({Action.REPLY}))
    assert [e.action for e in replies[first]] == [Action.REPLY]
    assert replies[second] == []
