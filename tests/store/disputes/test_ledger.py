"""The ledger's own read gives, field by field, what the whole disputes say: parties in order,
their numbers (to mask), the 包案人, the shown colour (green once closed), the follow-up, and
nothing voided or outside the period."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import update

from tests.store.disputes.conftest import AT, Village
from villagedesk.core.disputes.events import Outcome, Performance
from villagedesk.core.disputes.model import WarningLevel
from villagedesk.core.disputes.record import DisputeProgress, DisputeQuery
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.requests.events import Satisfaction
from villagedesk.store.disputes import tables as td
from villagedesk.store.disputes.ledger import ledger_disputes

CLOSED = DisputeProgress(
    state=DisputeState.CLOSED,
    state_since=AT,
    warning=WarningLevel.RED,
    outcome=Outcome.WRITTEN_AGREEMENT,
    performance=Performance.DONE,
    followed_up_at=datetime(2026, 7, 1, 10, 0),
    satisfaction=Satisfaction.SATISFIED,
    closed_at=datetime(2026, 7, 2, 9, 0),
)


def test_the_ledger_rows_say_what_the_disputes_say(village: Village) -> None:
    values = village.values()
    village.add("DHC-调-2026-0001", values, CLOSED)
    village.add("DHC-调-2026-0002", replace(values, screened_on=date(2026, 5, 1), owner=None))
    gone = village.add("DHC-调-2026-0003", replace(values, screened_on=date(2026, 5, 2)))
    village.add("DHC-调-2026-0004", replace(values, screened_on=date(2025, 12, 31)))
    with village.f() as uow:
        uow.connection.execute(
            update(td.disputes).where(td.disputes.c.id == gone).values(voided_at="2026-06-01")
        )
        uow.commit()
    with village.f().for_reading() as uow:
        whole = uow.disputes.records.list(DisputeQuery(first=date(2026, 1, 1)))
        rows = ledger_disputes(uow.connection, first=date(2026, 1, 1), last=None)
    assert [r.number for r in rows] == ["DHC-调-2026-0002", "DHC-调-2026-0001"]
    by_number = {d.number: d for d in whole}
    for row in rows:
        dispute = by_number[row.number]
        parties = dispute.values.parties
        assert row.parties == tuple(p.name for p in parties)
        assert set(row.known) == {x for p in parties for x in (p.phone, p.id_number) if x}
        owner = dispute.progress.owner or dispute.values.owner
        assert row.owner == (owner.name if owner else "")
        assert row.shown_warning is dispute.progress.shown_warning
        assert (row.outcome, row.followed_up_at, row.closed_at) == (
            dispute.progress.outcome,
            dispute.progress.followed_up_at,
            dispute.progress.closed_at,
        )
    closed = next(r for r in rows if r.number == "DHC-调-2026-0001")
    assert closed.shown_warning is WarningLevel.GREEN
    assert closed.satisfaction is Satisfaction.SATISFIED
