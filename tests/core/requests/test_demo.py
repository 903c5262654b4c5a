"""The demo's requests: a year of them in every state, through the services."""

from __future__ import annotations

from collections import Counter

from tests.core.fakes import FakeFactory
from tests.core.requests.support import CLOCK, make_uow
from villagedesk.core.requests import services
from villagedesk.core.requests.demo import fill_requests_demo
from villagedesk.core.requests.record import RequestQuery
from villagedesk.core.requests.state import RequestState


def test_the_demo_fills_every_state_with_numbers_in_date_order() -> None:
    uow = make_uow()
    assert fill_requests_demo(FakeFactory(uow), clock=CLOCK) == 80
    found = services.list_requests(uow, query=RequestQuery(), clock=CLOCK)
    assert len(found) == 80
    states = Counter(r.state for r in found)
    for state in (
        RequestState.CLOSED,
        RequestState.AWAITING_FOLLOW_UP,
        RequestState.AWAITING_SIGNATURE,
        RequestState.IN_PROGRESS,
        RequestState.UNASSIGNED,
    ):
        assert states[state] > 0, state
    assert any(r.progress.reopened for r in found)
    by_time = sorted(found, key=lambda r: r.values.received_at)
    assert [r.number for r in by_time] == sorted(r.number for r in found)
