"""The dispute's state machine through the services: every allowed step lands where the table
says, every refused one writes nothing; the ladder, the extension, the agreement's number,
履行 and 回访 reopening the case, 销号 only after the follow-up."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date

import pytest

from tests.core.chinese import chinese
from tests.core.disputes.support import CLOCK, DUE, add, get, kept, later, make_uow, reach, written
from tests.core.fakes_disputes import FakeDisputesUnitOfWork
from villagedesk.core.disputes import mediation, settling
from villagedesk.core.disputes.events import (
    CaseExtension,
    DisputeNote,
    Performance,
    PerformanceRecord,
    Session,
    SessionResult,
)
from villagedesk.core.disputes.model import MediationLevel, WarningLevel
from villagedesk.core.disputes.state import TRANSITIONS, DisputeAction, DisputeState
from villagedesk.core.errors import DomainError, ValidationError
from villagedesk.core.requests.model import Handler
from villagedesk.core.text import msg

A = DisputeAction
MEDIATOR = Handler("王调解")


def session(result: SessionResult = SessionResult.ADJOURNED) -> Session:
    return Session(
        date(2026, 5, 20), "村委会", (MEDIATOR,), ("张桂兰", "李大山"), "双方陈述。", result
    )


Step = Callable[[FakeDisputesUnitOfWork, int], object]
STEPS: dict[DisputeAction, Step] = {
    A.SESSION: lambda u, d: mediation.record_session(u, CLOCK, dispute_id=d, session=session()),
    A.ESCALATE: lambda u, d: mediation.escalate(u, CLOCK, dispute_id=d, reason="村民小组调解不成"),
    A.EXTEND: lambda u, d: mediation.extend_case(
        u,
        CLOCK,
        dispute_id=d,
        extension=CaseExtension(date(2026, 7, 31), "需要测量", ("张桂兰", "李大山")),
    ),
    A.SETTLE: lambda u, d: settling.settle(u, CLOCK, dispute_id=d, settlement=written()),
    A.PERFORM: lambda u, d: settling.record_performance(
        u, CLOCK, dispute_id=d, record=PerformanceRecord(Performance.DONE)
    ),
    A.FOLLOW_UP: lambda u, d: settling.follow_up(u, later(10), dispute_id=d, follow_up=kept()),
    A.CLOSE: lambda u, d: settling.close_dispute(u, later(10), dispute_id=d),
    A.REOPEN: lambda u, d: settling.reopen_dispute(u, later(10), dispute_id=d, reason="又起争执"),
    A.HAND_OVER: lambda u, d: mediation.hand_over(
        u, later(10), dispute_id=d, owner=Handler("赵主任"), reason="工作调整"
    ),
}
CASES = [(a, s) for a in STEPS for s in DisputeState]


@pytest.mark.parametrize(("action", "state"), CASES)
def test_each_step_lands_where_the_table_says_or_writes_nothing(
    action: DisputeAction, state: DisputeState
) -> None:
    uow = make_uow()
    did = reach(uow, state)
    allowed = TRANSITIONS[action].get(state)
    before = copy.deepcopy(uow.dispute_state)
    if allowed is None:
        with pytest.raises(DomainError) as refused:
            STEPS[action](uow, did)
        assert uow.dispute_state == before
        assert refused.value.message.params["state"] == msg("Enum", state.label)
        return
    STEPS[action](uow, did)
    assert get(uow, did).state is allowed
    assert uow.dispute_state.events[-1].action is action


def test_escalate_moves_one_level_up_with_a_new_level_due_and_stops_at_the_township() -> None:
    uow = make_uow()
    did = add(uow, level="family")
    first = get(uow, did).progress
    mediation.escalate(uow, later(20), dispute_id=did, reason="家族调解不成")
    p = get(uow, did).progress
    assert (first.mediation_level, p.mediation_level) == (
        MediationLevel.FAMILY,
        MediationLevel.GROUP,
    )
    assert p.level_due is not None and first.level_due is not None and p.level_due > first.level_due
    mediation.escalate(uow, later(21), dispute_id=did, reason="小组调解不成")
    mediation.escalate(uow, later(22), dispute_id=did, reason="村调委会调解不成")
    assert get(uow, did).progress.mediation_level is MediationLevel.TOWNSHIP
    before = copy.deepcopy(uow.dispute_state)
    with pytest.raises(ValidationError) as refused:
        mediation.escalate(uow, later(23), dispute_id=did, reason="再上移")
    assert "乡镇" in chinese(refused.value.errors["level"][0])
    assert uow.dispute_state == before


def test_escalate_needs_a_reason() -> None:
    uow = make_uow()
    did = add(uow)
    with pytest.raises(ValidationError) as refused:
        mediation.escalate(uow, CLOCK, dispute_id=did, reason="  ")
    assert chinese(refused.value.errors["reason"][0]) == "请写明理由。"


def test_an_extension_needs_every_party_s_consent() -> None:
    uow = make_uow()
    did = add(uow)
    lacking = CaseExtension(date(2026, 7, 31), "需要测量", ("张桂兰",))
    with pytest.raises(ValidationError) as refused:
        mediation.extend_case(uow, CLOCK, dispute_id=did, extension=lacking)
    assert "李大山" in chinese(refused.value.errors["consents"][0])
    assert get(uow, did).progress.extended is False
    full = CaseExtension(date(2026, 7, 31), "需要测量", ("张桂兰", "李大山"))
    mediation.extend_case(uow, CLOCK, dispute_id=did, extension=full)
    p = get(uow, did).progress
    assert (p.case_due, p.extended) == (date(2026, 7, 31), True)


def test_a_party_cannot_be_the_mediator_or_the_case_owner() -> None:
    uow = make_uow()
    did = add(uow)
    own = Session(
        date(2026, 5, 20), "", (Handler("李大山"),), (), "调解。", SessionResult.ADJOURNED
    )
    with pytest.raises(ValidationError) as refused:
        mediation.record_session(uow, CLOCK, dispute_id=did, session=own)
    assert "当事人" in chinese(refused.value.errors["mediators"][0])
    with pytest.raises(ValidationError):
        mediation.hand_over(uow, CLOCK, dispute_id=did, owner=Handler("张桂兰"), reason="换人")
    assert get(uow, did).progress.sessions == 0


def test_written_agreements_are_numbered_in_turn() -> None:
    uow = make_uow()
    first, second = add(uow), add(uow)
    settling.settle(uow, CLOCK, dispute_id=first, settlement=written())
    settling.settle(uow, CLOCK, dispute_id=second, settlement=written())
    assert get(uow, first).progress.agreement_number == "（2026）DHC人调字第1号"
    assert get(uow, second).progress.agreement_number == "（2026）DHC人调字第2号"
    assert get(uow, first).progress.performance_due == DUE


def test_an_agreement_without_its_time_limit_in_the_past_is_refused() -> None:
    uow = make_uow()
    did = add(uow)
    with pytest.raises(ValidationError) as refused:
        settling.settle(uow, CLOCK, dispute_id=did, settlement=written(date(2026, 5, 1)))
    assert "履行期限" in chinese(refused.value.errors["due"][0])
    assert get(uow, did).state is DisputeState.MEDIATING


def test_not_performed_reopens_the_case_and_counts_it() -> None:
    uow = make_uow()
    did = reach(uow, DisputeState.AWAITING_PERFORMANCE)
    record = PerformanceRecord(Performance.NOT_DONE, "拒不疏通")
    settling.record_performance(uow, CLOCK, dispute_id=did, record=record)
    p = get(uow, did).progress
    assert (p.state, p.reopened, p.agreement_number) == (DisputeState.MEDIATING, 1, "")
    last = uow.dispute_state.events[-1].step
    assert (last.action, last.details) == (A.REOPEN, DisputeNote("", automatic=True))


def test_partly_performed_still_awaits_performance() -> None:
    uow = make_uow()
    did = reach(uow, DisputeState.AWAITING_PERFORMANCE)
    record = PerformanceRecord(Performance.PARTLY)
    settling.record_performance(uow, CLOCK, dispute_id=did, record=record)
    assert get(uow, did).state is DisputeState.AWAITING_PERFORMANCE


def test_an_unkept_follow_up_reopens_and_closing_stays_refused() -> None:
    uow = make_uow()
    did = reach(uow, DisputeState.AWAITING_FOLLOW_UP)
    settling.follow_up(uow, later(10), dispute_id=did, follow_up=kept(Performance.NOT_DONE))
    p = get(uow, did).progress
    assert (p.state, p.reopened) == (DisputeState.MEDIATING, 1)
    with pytest.raises(DomainError):
        settling.close_dispute(uow, later(10), dispute_id=did)


def test_a_follow_up_on_or_before_the_agreed_date_is_refused() -> None:
    uow = make_uow()
    did = reach(uow, DisputeState.AWAITING_FOLLOW_UP)
    with pytest.raises(ValidationError) as refused:
        settling.follow_up(uow, later(5), dispute_id=did, follow_up=kept())
    assert "2026-05-25" in chinese(refused.value.errors["at"][0])
    assert get(uow, did).state is DisputeState.AWAITING_FOLLOW_UP


def test_closing_comes_only_after_the_follow_up_and_turns_green() -> None:
    uow = make_uow()
    did = reach(uow, DisputeState.AWAITING_FOLLOW_UP)
    with pytest.raises(DomainError):
        settling.close_dispute(uow, CLOCK, dispute_id=did)
    settling.follow_up(uow, later(10), dispute_id=did, follow_up=kept())
    settling.close_dispute(uow, later(10), dispute_id=did)
    p = get(uow, did).progress
    assert p.state is DisputeState.CLOSED and p.shown_warning is WarningLevel.GREEN
    assert p.closed_at is not None


def test_reopening_by_hand_needs_a_reason_and_counts() -> None:
    uow = make_uow()
    did = reach(uow, DisputeState.CLOSED)
    with pytest.raises(ValidationError):
        settling.reopen_dispute(uow, later(11), dispute_id=did, reason="")
    settling.reopen_dispute(uow, later(11), dispute_id=did, reason="又起争执")
    p = get(uow, did).progress
    assert (p.state, p.reopened, p.closed_at) == (DisputeState.MEDIATING, 1, None)
