"""The ledgers' own read (store.requests.ledger) gives what the whole requests and their
histories give: the same requests in the same order, the same printed fields, the same steps
and the requester numbers the masking hides."""

from __future__ import annotations

from tests.core.requests.support import CLOCK
from tests.store.requests.conftest import Village
from villagedesk.core.requests import closing, merging
from villagedesk.core.requests.ledger_row import LEDGER_STEPS, LedgerRow
from villagedesk.core.requests.record import Request, RequestQuery
from villagedesk.core.requests.state import RequestState
from villagedesk.store.requests.ledger import ledger_rows
from villagedesk.store.requests.people import requester_id_numbers


def _fill(village: Village) -> None:
    """Requests in several states: closed after a follow-up, reopened by a 不满意 one,
    refused, merged, waiting; a resident, a typed name with a phone, an anonymous requester."""
    f = village.f
    done = village.add(content="路灯坏了，电话13812345678")
    for step in (village.assign, village.sign, village.reply):
        step(done)
    village.follow(done, "solved", "satisfied")
    closing.close_request(f(), request_id=done, clock=CLOCK)
    again = village.add(received_at="2026-05-19 09:00")
    for step in (village.assign, village.sign, village.reply):
        step(again)
    village.follow(again, "unsolved", "dissatisfied")
    refused = village.add(requester_kind="anonymous", person_id=None)
    closing.refuse_request(
        f(), request_id=refused, ground="in_litigation", reason="已起诉", clock=CLOCK
    )
    kept = village.add(
        requester_kind="named", person_id=None, requester_name="王五",
        requester_phone="13900001111", received_at="2026-05-18 10:00",
    )  # fmt: skip
    gone = village.add(received_at="2026-05-18 10:00")
    merging.merge_requests(f(), request_id=gone, into_id=kept, clock=CLOCK)


def _expected(village: Village, requests: list[Request]) -> list[LedgerRow]:
    """The ledger rows the whole requests and their histories make."""
    uow = village.f()
    with uow.for_reading():
        histories = uow.requests.history.events_of((r.id for r in requests), LEDGER_STEPS)
        numbers = requester_id_numbers(uow.connection, requests)
    found = []
    for r in sorted(requests, key=lambda r: (r.values.received_at, r.number)):
        v, p = r.values, r.progress
        steps = [(e.action, e.at, e.step.by) for e in histories[r.id]]
        found.append((
            r.id, r.number, r.station_code, v.received_at, v.channel, v.category, v.content,
            v.requester.kind, v.requester.name, v.requester.phone, numbers.get(r.id, ""),
            tuple(c.phone for c in r.co_requesters), p.assignee.name if p.assignee else "",
            p.state, p.due_at, p.due_estimated, p.extended_to, p.closed_at, p.resolution,
            p.satisfaction, steps,
        ))  # fmt: skip
    return found  # type: ignore[return-value]


def _plain(rows: list[LedgerRow]) -> list[tuple[object, ...]]:
    return [(*row[:-1], [(s.action, s.at, s.by) for s in row.steps]) for row in rows]


def test_the_ledger_rows_are_the_whole_requests_fields(village: Village) -> None:
    _fill(village)
    uow = village.f()
    with uow.for_reading():
        requests = uow.requests.records.list(RequestQuery())
        read = ledger_rows(uow.connection, first=None, last=None)
    assert {r.state for r in requests} >= {
        RequestState.CLOSED,
        RequestState.REFUSED,
        RequestState.MERGED,
    }
    assert _plain(read) == _expected(village, requests)
    assert any(row.co_phones == ("13812345678",) for row in read)  # the merged requester's
    assert any(row.id_number for row in read)


def test_the_follow_up_ledger_reads_the_requests_followed_up(village: Village) -> None:
    _fill(village)
    uow = village.f()
    with uow.for_reading():
        requests = uow.requests.records.list(RequestQuery())
        read = ledger_rows(uow.connection, first=None, last=None, followed_up_only=True)
    followed = [r for r in requests if r.progress.followed_up_at or r.progress.reopened]
    assert len(followed) == 2
    assert _plain(read) == _expected(village, followed)
    answers = {(s.resolution, s.satisfaction) for row in read for s in row.steps if s.resolution}
    assert {a.value for pair in answers for a in pair if a} >= {"solved", "dissatisfied"}
