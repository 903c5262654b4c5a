"""The demo disputes: a year of them through the real services, of every type, colour,
mediation level, state and outcome, with levels set by hand (a red one lowered with its
reason), reopened cases and cases whose level time ran out; mediators are never parties."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from tests.core.disputes.support import make_uow
from tests.core.fakes import FakeFactory
from tests.core.fakes_disputes import FakeDisputesUnitOfWork
from tests.core.requests.support import CLOCK, RESIDENT_ID
from villagedesk.core.disputes import services
from villagedesk.core.disputes.demo import DEMO_DISPUTES, fill_disputes_demo
from villagedesk.core.disputes.events import LevelChange, Outcome, Session, Settlement
from villagedesk.core.disputes.model import (
    DEFAULT_DISPUTE_TYPES,
    MediationLevel,
    PartyKind,
    WarningLevel,
)
from villagedesk.core.disputes.record import DisputeDetail, DisputeQuery
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.requests.demo import DemoPeople
from villagedesk.core.requests.timing import local_now


def _demo() -> tuple[FakeDisputesUnitOfWork, list[DisputeDetail]]:
    uow = make_uow()
    people = DemoPeople(residents=(RESIDENT_ID,))
    made = fill_disputes_demo(FakeFactory(uow), seed=3, people=people, clock=CLOCK)
    assert made == DEMO_DISPUTES
    found = services.list_disputes(uow, DisputeQuery())
    return uow, [services.get_dispute(uow, dispute_id=d.id) for d in found]


def test_every_state_type_colour_rung_and_outcome_occurs() -> None:
    _uow, details = _demo()
    disputes = [d.dispute for d in details]
    assert len(disputes) == DEMO_DISPUTES
    assert set(Counter(d.state for d in disputes)) == set(DisputeState)
    assert {d.values.dispute_type for d in disputes} == set(DEFAULT_DISPUTE_TYPES)
    colours = {d.progress.warning for d in disputes}
    assert colours == {WarningLevel.YELLOW, WarningLevel.ORANGE, WarningLevel.RED}
    assert {d.progress.mediation_level for d in disputes} == set(MediationLevel)
    outcomes = {
        e.step.details.outcome
        for d in details
        for e in d.events
        if isinstance(e.step.details, Settlement)
    }
    assert outcomes == set(Outcome)
    assert any(d.progress.reopened for d in disputes)
    assert all(len(d.values.parties) >= 2 for d in disputes)
    kinds = {p.kind for d in disputes for p in d.values.parties}
    assert kinds >= {PartyKind.RESIDENT, PartyKind.NAMED}
    assert any("·" in p.name for d in disputes for p in d.values.parties)  # a long name


def test_levels_set_by_hand_and_level_times_run_out() -> None:
    _uow, details = _demo()
    manual = [
        e.step.details
        for d in details
        for e in d.events
        if isinstance(e.step.details, LevelChange) and e.step.details.manual
    ]
    assert manual and all(change.note for change in manual)
    assert any(c.previous is WarningLevel.RED and c.level.rank < 3 for c in manual)
    today = local_now(CLOCK).date()
    ran_out = [
        d.dispute
        for d in details
        if d.dispute.state is DisputeState.MEDIATING
        and d.dispute.progress.level_due is not None
        and d.dispute.progress.level_due < today
    ]
    assert ran_out
    awaiting = [
        d.dispute
        for d in details
        if d.dispute.state is DisputeState.AWAITING_FOLLOW_UP
        and d.dispute.progress.performance_due is not None
        and d.dispute.progress.performance_due < today
    ]
    assert awaiting  # agreements waiting for their 回访


def test_steps_are_in_the_past_in_order_and_mediators_are_not_parties() -> None:
    _uow, details = _demo()
    now = local_now(CLOCK)
    for detail in details:
        moments = [e.at for e in detail.events]
        assert moments == sorted(moments) and moments[-1] <= now
        assert detail.dispute.values.recorded_at >= now - timedelta(days=370)
        names = {p.name for p in detail.dispute.values.parties}
        for event in detail.events:
            if isinstance(event.step.details, Session):
                mediators = {m.name for m in event.step.details.mediators}
                assert mediators and not mediators & names
        owner = detail.dispute.progress.owner
        assert owner is None or owner.name not in names
