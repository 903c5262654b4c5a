"""The station demo on the real store: a year of requests in every state, from the demo's
residents and members, handled by its cadres, so the start page counts something on every tile;
every record follows the rules; a cancel during the requests leaves nothing."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.core.requests.support import CLOCK, TODAY
from villagedesk.core.progress import Cancelled, Progress
from villagedesk.core.requests import services
from villagedesk.core.requests.model import RequesterKind
from villagedesk.core.requests.record import RequestQuery
from villagedesk.core.requests.state import RequestState
from villagedesk.core.services.demo import fill_demo
from villagedesk.core.services.record_check import check_records
from villagedesk.core.services.workbench import Tile, workbench
from villagedesk.core.text import Message
from villagedesk.store.station_store import StationStore


@pytest.fixture
def demo(store: StationStore) -> StationStore:
    result = fill_demo(store.uow_factory(), members=60, requests=100, today=TODAY, clock=CLOCK)
    assert result.requests == 100
    return store


def test_every_state_occurs_and_the_requests_are_the_demo_people(demo: StationStore) -> None:
    found = services.list_requests(demo.uow_factory(), query=RequestQuery(), clock=CLOCK)
    assert len(found) == 100
    states = Counter(r.state for r in found)
    assert set(states) == set(RequestState), set(RequestState) - set(states)
    kinds = Counter(r.values.requester.kind for r in found)
    assert set(kinds) == set(RequesterKind)
    with demo.uow_factory().for_reading() as uow:
        for r in found:
            person = r.values.requester.person_id
            if r.values.requester.kind is RequesterKind.RESIDENT:
                assert person is not None and uow.residents.get(person) is not None
            if r.values.requester.kind is RequesterKind.MEMBER:
                assert person is not None and uow.members.get(person) is not None
    assignees = {r.progress.assignee for r in found if r.progress.assignee is not None}
    assert assignees and all(a.member_id is not None for a in assignees)
    by_time = sorted(found, key=lambda r: r.values.received_at)
    assert [r.number for r in by_time] == sorted(r.number for r in found)


def test_the_start_page_counts_something_on_every_tile(demo: StationStore) -> None:
    page = workbench(demo.uow_factory(), clock=CLOCK)
    assert set(page.counts) == set(Tile)
    assert {tile: n for tile, n in page.counts.items() if n == 0} == {}
    assert page.first_steps is None


def test_every_demo_record_follows_the_rules(demo: StationStore) -> None:
    assert check_records(demo.uow_factory, today=TODAY) == []


class CancelAtRequests(Progress):
    """Cancels once the demo has started on its requests (the members are in by then)."""

    def start(self, total: int, label: Message | None = None) -> None:
        super().start(total, label)
        if total == 37:
            self.cancel()


def test_a_cancel_during_the_requests_leaves_nothing(store: StationStore) -> None:
    with pytest.raises(Cancelled):
        fill_demo(
            store.uow_factory(),
            members=60,
            requests=37,
            today=TODAY,
            clock=CLOCK,
            progress=CancelAtRequests(),
        )
    with store.uow_factory().for_reading() as uow:
        assert uow.members.count(include_voided=True) == 0
    assert services.list_requests(store.uow_factory(), query=RequestQuery(), clock=CLOCK) == []
