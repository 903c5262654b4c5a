"""The store answers as the in-memory fakes do: the same services on both give the same
requests, histories and filtered lists (the deadline aside: the fake counts calendar days, the
store the working-day calendar)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from tests.core.requests.support import CADRE, CLOCK, NOW, OTHER, draft, make_db, make_uow
from tests.store.requests.conftest import Village
from villagedesk.core.households.model import Household, HouseholdValues
from villagedesk.core.households.resident import Resident
from villagedesk.core.requests import closing, escalation, handling, merging, services, timekeeping
from villagedesk.core.requests.events import RequestEvent
from villagedesk.core.requests.model import RequestType
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.record import DueFilter, Request, RequestQuery
from villagedesk.core.requests.state import RequestState

Factory = Callable[[], RequestsUnitOfWork]


Add = Callable[..., int]


def _adder(f: Factory, ids: dict[str, int], village: Village) -> Add:
    def add(name: str, **changes: object) -> int:
        asked = draft(**{"person_id": village.resident_id, **changes})
        ids[name] = services.add_request(f(), draft=asked, clock=CLOCK).id
        return ids[name]

    return add


def _work_through(f: Factory, rid: int) -> None:
    """Every step of handling, some dated before the one written before them."""
    handling.assign_request(
        f(), request_id=rid, assignee=CADRE, helpers=(OTHER,), at="2026-05-20 08:10", clock=CLOCK
    )
    handling.sign_request(f(), request_id=rid, signer=CADRE, at="2026-05-20 08:20", clock=CLOCK)
    handling.record_work(f(), request_id=rid, text="现场查看", at="2026-05-20 08:05", clock=CLOCK)
    timekeeping.suspend_request(
        f(), request_id=rid, reason="等配件", at="2026-05-20 08:30", clock=CLOCK
    )
    timekeeping.resume_request(f(), request_id=rid, at="2026-05-20 08:40", clock=CLOCK)
    escalation.escalate_request(
        f(),
        request_id=rid,
        department="镇供电所",
        text="请协调",
        at="2026-05-20 08:50",
        clock=CLOCK,
    )
    escalation.record_escalation_reply(f(), request_id=rid, text="已安排", clock=CLOCK)
    handling.hand_over(f(), request_id=rid, assignee=OTHER, reason="分工调整", clock=CLOCK)


def _refuse_wait_and_merge(f: Factory, add: Add, village: Village, into: int) -> None:
    refused = add(
        "refused", kind="complaint", channel="电话", category="环境卫生",
        requester_kind="named", person_id=None, requester_name="刘大爷",
        received_at="2026-05-18 10:00",
    )  # fmt: skip
    closing.refuse_request(
        f(), request_id=refused, ground="in_litigation", reason="已起诉", clock=CLOCK
    )
    waiting = add(
        "waiting", kind="consultation", channel="意见箱", category="其他",
        requester_kind="anonymous", person_id=None, received_at="2026-05-01 09:00",
    )  # fmt: skip
    handling.assign_request(f(), request_id=waiting, assignee=OTHER, clock=CLOCK)
    ticket = add(
        "ticket", channel="12345转办", ticket="GD2026001", requester_kind="named",
        person_id=None, requester_name="王五", household_id=village.household_id,
        received_at="2026-04-30 16:00",
    )  # fmt: skip
    merging.merge_requests(f(), request_id=ticket, into_id=into, clock=CLOCK)


def _answer(f: Factory, add: Add) -> None:
    """Replied requests: followed up (one reopened, one closed), one still awaiting it."""
    for name, follow in (("reopened", "unsolved"), ("closed", "solved"), ("answered", "")):
        rid = add(name, urgency="urgent")
        handling.assign_request(f(), request_id=rid, assignee=CADRE, clock=CLOCK)
        handling.sign_request(f(), request_id=rid, signer=CADRE, clock=CLOCK)
        closing.reply_request(f(), request_id=rid, text="已答复", by="李书记", clock=CLOCK)
        if follow:
            closing.follow_up(
                f(), request_id=rid, resolution=follow, satisfaction="satisfied", clock=CLOCK
            )
        if follow == "solved":
            closing.close_request(f(), request_id=rid, clock=CLOCK)


def _history(f: Factory, ids: dict[str, int], village: Village) -> None:
    """Requests in every kind of state, their steps at various times."""
    add = _adder(f, ids, village)
    worked = add("worked")
    _work_through(f, worked)
    _refuse_wait_and_merge(f, add, village, worked)
    _answer(f, add)
    add("fresh", kind="suggestion", channel="走访", received_at="2026-05-19 12:00")


def _comparable(request: Request) -> Request:
    values = replace(request.values, deadline_rule="")
    progress = replace(request.progress, due_at=None, due_estimated=False)
    return replace(request, values=values, progress=progress, station_code="")


def _fake_factory(village: Village) -> Factory:
    """The fake unit of work with the store's household and resident under the same ids."""
    db = make_db()
    del db.households.households[7]
    db.households.households[village.household_id] = Household(
        village.household_id,
        "h",
        HouseholdValues("东河村3组12号", "", "", frozenset(), False, ""),
        False,
        1,
    )
    person = db.households.residents.pop(11)
    moved = replace(person.values, household_id=village.household_id)
    db.households.residents[village.resident_id] = Resident(
        village.resident_id, "r", moved, False, 1
    )
    uow = make_uow(db)
    return lambda: uow


@pytest.fixture
def both(village: Village) -> tuple[Factory, Factory, dict[str, int]]:
    fake = _fake_factory(village)
    store: Factory = village.f
    fake_ids: dict[str, int] = {}
    store_ids: dict[str, int] = {}
    for f, ids in ((fake, fake_ids), (store, store_ids)):
        _history(f, ids, village)
    assert fake_ids == store_ids
    return fake, store, store_ids


def _events(f: Factory, request_id: int) -> tuple[RequestEvent, ...]:
    return services.get_request(f(), request_id=request_id).events


def test_every_request_and_its_history_read_back_as_the_fake_keeps_them(
    both: tuple[Factory, Factory, dict[str, int]],
) -> None:
    fake, store, ids = both
    for rid in ids.values():
        got = services.get_request(store(), request_id=rid)
        want = services.get_request(fake(), request_id=rid)
        assert _comparable(got.request) == _comparable(want.request)
        assert got.events == want.events


#: Each filter and the requests it leaves, newest receipt first.
QUERIES: list[tuple[RequestQuery, list[str]]] = [
    (RequestQuery(), ["answered", "closed", "reopened", "worked", "fresh", "refused", "waiting", "ticket"]),
    (RequestQuery(state=RequestState.IN_PROGRESS), ["reopened"]),
    (RequestQuery(unassigned=True), ["fresh"]),
    (RequestQuery(awaiting_follow_up=True), ["answered"]),
    (RequestQuery(open_only=True), ["answered", "reopened", "worked", "fresh", "waiting"]),
    (RequestQuery(open_only=True, state=RequestState.CLOSED), []),
    (RequestQuery(reopened=True), ["reopened"]),
    (RequestQuery(assignee=CADRE), ["answered", "closed", "reopened"]),
    (RequestQuery(assignee=OTHER), ["worked", "waiting"]),
    (RequestQuery(channel="电话"), ["refused"]),
    (RequestQuery(kind=RequestType.CONSULTATION), ["waiting"]),
    (RequestQuery(category="基础设施"), ["answered", "closed", "reopened", "worked", "fresh", "ticket"]),
    (RequestQuery(received_from=date(2026, 5, 1), received_to=date(2026, 5, 18)), ["refused", "waiting"]),
    (RequestQuery(received_to=date(2026, 4, 30)), ["ticket"]),
    (RequestQuery(received_from=date(2026, 5, 19)), ["answered", "closed", "reopened", "worked", "fresh"]),
    (RequestQuery(due=DueFilter.OVERDUE), ["waiting"]),
]  # fmt: skip


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_the_filtered_lists_are_the_fakes(
    both: tuple[Factory, Factory, dict[str, int]], query: RequestQuery, expected: list[str]
) -> None:
    fake, store, ids = both
    got = [r.id for r in services.list_requests(store(), query=query, clock=CLOCK)]
    want = [r.id for r in services.list_requests(fake(), query=query, clock=CLOCK)]
    assert got == want == [ids[name] for name in expected]
    judged = replace(query, now=NOW)
    with store() as uow:
        assert uow.requests.records.count(judged) == len(expected)


def test_the_household_filter_and_the_three_rates_window(
    both: tuple[Factory, Factory, dict[str, int]], village: Village
) -> None:
    fake, store, ids = both
    query = RequestQuery(household_id=village.household_id)
    got = [r.id for r in services.list_requests(store(), query=query, clock=CLOCK)]
    assert got == [r.id for r in services.list_requests(fake(), query=query, clock=CLOCK)]
    assert set(got) == set(ids.values()) - {ids["refused"], ids["waiting"]}
    with store() as uow:
        window = uow.requests.records.received_between(date(2026, 4, 30), date(2026, 5, 18))
    assert {r.id for r in window} == {ids["refused"], ids["waiting"], ids["ticket"]}


def test_the_id_filter_of_a_figure_is_the_fakes(
    both: tuple[Factory, Factory, dict[str, int]],
) -> None:
    fake, store, ids = both
    wanted = frozenset({ids["closed"], ids["waiting"], ids["refused"]})
    query = RequestQuery(ids=wanted, open_only=True)
    got = [r.id for r in services.list_requests(store(), query=query, clock=CLOCK)]
    assert got == [r.id for r in services.list_requests(fake(), query=query, clock=CLOCK)]
    assert got == [ids["waiting"]]
    with store() as uow:
        assert uow.requests.records.count(RequestQuery(ids=wanted)) == 3
        assert uow.requests.records.count(RequestQuery(ids=frozenset())) == 0
