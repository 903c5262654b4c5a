"""What the dispute service tests share: the requests' station (a household, a resident), a
fixed clock, a fake unit of work and disputes driven into any state."""

from __future__ import annotations

from datetime import date, timedelta

from tests.core.fakes_disputes import FakeDisputesUnitOfWork
from tests.core.requests.support import CLOCK as CLOCK
from tests.core.requests.support import RESIDENT_ID, make_db
from villagedesk.core.clock import FixedClock
from villagedesk.core.disputes import services, settling
from villagedesk.core.disputes.events import (
    Agreement,
    DisputeFollowUp,
    Outcome,
    Performance,
    PerformanceRecord,
    Settlement,
)
from villagedesk.core.disputes.model import DisputeDraft, PartyDraft, RiskFactors
from villagedesk.core.disputes.record import Dispute
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.requests.events import Satisfaction

TODAY = date(2026, 5, 20)
DUE = date(2026, 5, 25)


def later(days: int) -> FixedClock:
    return FixedClock(CLOCK.now() + timedelta(days=days))


def make_uow() -> FakeDisputesUnitOfWork:
    return FakeDisputesUnitOfWork(make_db())


def draft(**changes: object) -> DisputeDraft:
    """Two neighbours over a drain: the resident 张桂兰 and a typed 李大山."""
    fields: dict[str, object] = {
        "parties": (
            PartyDraft(kind="resident", role="applicant", person_id=RESIDENT_ID),
            PartyDraft(kind="named", role="respondent", name="李大山"),
        ),
        "dispute_type": "邻里",
        "summary": "排水沟堵塞，雨水流进张家院子。",
        "risks": RiskFactors(),
    }
    fields.update(changes)
    return DisputeDraft(**fields)  # type: ignore[arg-type]


def add(uow: FakeDisputesUnitOfWork, **changes: object) -> int:
    return services.add_dispute(uow, CLOCK, draft=draft(**changes)).id


def get(uow: FakeDisputesUnitOfWork, dispute_id: int) -> Dispute:
    return services.get_dispute(uow, dispute_id=dispute_id).dispute


def written(due: date = DUE) -> Settlement:
    return Settlement(
        Outcome.WRITTEN_AGREEMENT,
        Agreement("两家相邻。", "排水沟堵塞。", "李大山疏通排水沟。", "当场疏通", due),
    )


def kept(performance: Performance | None = Performance.DONE) -> DisputeFollowUp:
    return DisputeFollowUp(performance, Satisfaction.SATISFIED, hidden_risk=False)


def reach(uow: FakeDisputesUnitOfWork, state: DisputeState) -> int:
    """A new dispute driven into ``state`` by the services (a written agreement)."""
    did = add(uow)
    if state is DisputeState.MEDIATING:
        return did
    settling.settle(uow, CLOCK, dispute_id=did, settlement=written())
    if state is DisputeState.AWAITING_PERFORMANCE:
        return did
    record = PerformanceRecord(Performance.DONE)
    settling.record_performance(uow, CLOCK, dispute_id=did, record=record)
    if state is DisputeState.AWAITING_FOLLOW_UP:
        return did
    settling.follow_up(uow, later(10), dispute_id=did, follow_up=kept())
    if state is DisputeState.FOLLOWED_UP:
        return did
    settling.close_dispute(uow, later(10), dispute_id=did)
    return did
