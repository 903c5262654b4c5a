"""重办: a follow-up saying 未解决 or 不满意 reopens the request at once and counts it; the
round's deadline is counted again from the reopening; a 重办 by hand counts too."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from tests.core.fakes_requests import CalendarDayDeadlines
from tests.core.requests.support import (
    CLOCK,
    add,
    assign,
    follow,
    get,
    make_uow,
    reach,
    reply,
    sign,
)
from villagedesk.core.requests import closing, services
from villagedesk.core.requests.events import Note
from villagedesk.core.requests.history import replay
from villagedesk.core.requests.record import RequestQuery
from villagedesk.core.requests.state import Action, RequestState


@pytest.mark.parametrize(
    ("resolution", "satisfaction", "reopens"),
    [
        ("solved", "dissatisfied", True),
        ("partly_solved", "dissatisfied", True),
        ("unsolved", "satisfied", True),
        ("unsolved", "basically_satisfied", True),
        ("solved", "satisfied", False),
        ("solved", "basically_satisfied", False),
        ("partly_solved", "satisfied", False),
    ],
)
def test_a_follow_up_reopens_on_dissatisfied_or_unsolved(
    resolution: str, satisfaction: str, reopens: bool
) -> None:
    uow = make_uow()
    rid = reach(uow, RequestState.AWAITING_FOLLOW_UP)
    follow(uow, rid, resolution, satisfaction)
    request = get(uow, rid)
    steps = [e.step for e in services.get_request(uow, request_id=rid).events]
    if reopens:
        assert request.state is RequestState.IN_PROGRESS
        assert request.progress.reopened == 1
        assert [s.action for s in steps[-2:]] == [Action.FOLLOW_UP, Action.REOPEN]
        assert steps[-1].details == Note("", automatic=True)
        assert request.progress.satisfaction is not None  # the follow-up's answer is kept
    else:
        assert request.state is RequestState.FOLLOWED_UP
        assert request.progress.reopened == 0
        assert steps[-1].action is Action.FOLLOW_UP


def test_reopenings_are_counted_round_after_round_and_filtered() -> None:
    uow = make_uow()
    rid = reach(uow, RequestState.AWAITING_FOLLOW_UP)
    untouched = reach(uow, RequestState.AWAITING_FOLLOW_UP)
    follow(uow, rid, "unsolved", "dissatisfied")
    reply(uow, rid)
    follow(uow, rid, "partly_solved", "dissatisfied")
    assert get(uow, rid).progress.reopened == 2
    reply(uow, rid)
    follow(uow, rid, "solved", "satisfied")
    closing.close_request(uow, request_id=rid, clock=CLOCK)
    closing.reopen_request(uow, request_id=rid, reason="路灯又坏了。", clock=CLOCK)
    request = get(uow, rid)
    assert request.state is RequestState.IN_PROGRESS and request.progress.reopened == 3
    assert request.progress.closed_at is None
    found = services.list_requests(uow, query=RequestQuery(reopened=True), clock=CLOCK)
    assert [r.id for r in found] == [rid] and untouched != rid


def test_the_deadline_is_counted_again_from_the_reopening() -> None:
    deadlines = CalendarDayDeadlines()
    uow = make_uow(deadlines=deadlines)
    rid = add(uow, received_at="2026-05-10 08:00")
    assert get(uow, rid).progress.due_at == datetime(2026, 5, 18)
    assign(uow, rid)
    sign(uow, rid)
    reply(uow, rid)
    follow(uow, rid, "unsolved", "satisfied")
    assert get(uow, rid).progress.due_at == datetime(2026, 5, 28)  # 7 days from 05-20
    rule, inputs = deadlines.asked[-1]
    assert rule == "7 days" and inputs.received_at == datetime(2026, 5, 20, 9, 30)


def test_the_stored_progress_is_what_the_history_adds_up_to() -> None:
    uow = make_uow()
    rid = reach(uow, RequestState.AWAITING_FOLLOW_UP)
    follow(uow, rid, "unsolved", "dissatisfied")
    reply(uow, rid)
    follow(uow, rid, "solved", "satisfied")
    closing.close_request(uow, request_id=rid, clock=CLOCK)
    detail = services.get_request(uow, request_id=rid)
    stored = detail.request.progress
    replayed = replay(detail.request.values, [e.step for e in detail.events])
    assert (
        replace(
            replayed,
            due_at=stored.due_at,
            due_estimated=stored.due_estimated,
            replied_on_time=stored.replied_on_time,
        )
        == stored
    )
    assert stored.state is RequestState.CLOSED and stored.reopened == 1
