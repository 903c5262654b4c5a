"""The state machine at every allowed and refused transition: the table itself against the
specification, and every (state, step) pair through the services on a request in that state."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from tests.core.chinese import chinese, translate
from tests.core.fakes_requests import FakeRequestsUnitOfWork
from tests.core.requests.support import CADRE, CLOCK, OTHER, add, get, make_uow, reach
from villagedesk.core.errors import DomainError, ValidationError
from villagedesk.core.requests import closing, escalation, handling, merging, timekeeping
from villagedesk.core.requests.state import (
    TRANSITIONS,
    Action,
    RequestState,
    allowed_actions,
    next_state,
)

S = RequestState
A = Action
OPEN = [s for s in S if s not in (S.CLOSED, S.REFUSED, S.MERGED)]

#: The specification, written out on its own: (action, from) → to.
SPEC: dict[tuple[Action, RequestState], RequestState] = {
    (A.ASSIGN, S.UNASSIGNED): S.AWAITING_SIGNATURE,
    (A.SIGN, S.AWAITING_SIGNATURE): S.IN_PROGRESS,
    (A.HAND_OVER, S.AWAITING_SIGNATURE): S.AWAITING_SIGNATURE,
    (A.HAND_OVER, S.IN_PROGRESS): S.AWAITING_SIGNATURE,
    (A.RECORD_WORK, S.IN_PROGRESS): S.IN_PROGRESS,
    (A.RECORD_WORK, S.SUSPENDED): S.SUSPENDED,
    (A.RECORD_WORK, S.ESCALATED): S.ESCALATED,
    (A.EXTEND, S.IN_PROGRESS): S.IN_PROGRESS,
    (A.EXTEND, S.ESCALATED): S.ESCALATED,
    (A.SUSPEND, S.IN_PROGRESS): S.SUSPENDED,
    (A.RESUME, S.SUSPENDED): S.IN_PROGRESS,
    (A.ESCALATE, S.IN_PROGRESS): S.ESCALATED,
    (A.ESCALATION_REPLY, S.ESCALATED): S.IN_PROGRESS,
    (A.REPLY, S.IN_PROGRESS): S.AWAITING_FOLLOW_UP,
    (A.FOLLOW_UP, S.AWAITING_FOLLOW_UP): S.FOLLOWED_UP,
    (A.CLOSE, S.IN_PROGRESS): S.CLOSED,
    (A.CLOSE, S.AWAITING_FOLLOW_UP): S.CLOSED,
    (A.CLOSE, S.FOLLOWED_UP): S.CLOSED,
    (A.REFUSE, S.UNASSIGNED): S.REFUSED,
    (A.REFUSE, S.AWAITING_SIGNATURE): S.REFUSED,
    (A.REFUSE, S.IN_PROGRESS): S.REFUSED,
    (A.REOPEN, S.AWAITING_FOLLOW_UP): S.IN_PROGRESS,
    (A.REOPEN, S.FOLLOWED_UP): S.IN_PROGRESS,
    (A.REOPEN, S.CLOSED): S.IN_PROGRESS,
    **{(A.MERGE, s): S.MERGED for s in OPEN},
    **{(A.MERGE_IN, s): s for s in OPEN},
}

Attempt = Callable[[FakeRequestsUnitOfWork, int, int], object]

#: Each step with arguments its own rules accept, so only the state decides.
ATTEMPTS: dict[Action, Attempt] = {
    A.ASSIGN: lambda u, r, o: handling.assign_request(u, request_id=r, assignee=CADRE, clock=CLOCK),
    A.SIGN: lambda u, r, o: handling.sign_request(u, request_id=r, signer=CADRE, clock=CLOCK),
    A.HAND_OVER: lambda u, r, o: handling.hand_over(
        u, request_id=r, assignee=OTHER, reason="工作调整", clock=CLOCK
    ),
    A.RECORD_WORK: lambda u, r, o: handling.record_work(
        u, request_id=r, text="到现场查看。", clock=CLOCK
    ),
    A.EXTEND: lambda u, r, o: timekeeping.extend_deadline(
        u, request_id=r, new_due="2026-06-30", reason="等待采购", approved_by="张站长", clock=CLOCK
    ),
    A.SUSPEND: lambda u, r, o: timekeeping.suspend_request(
        u, request_id=r, reason="等待配件", clock=CLOCK
    ),
    A.RESUME: lambda u, r, o: timekeeping.resume_request(u, request_id=r, clock=CLOCK),
    A.ESCALATE: lambda u, r, o: escalation.escalate_request(
        u, request_id=r, department="镇供电所", text="请协调。", clock=CLOCK
    ),
    A.ESCALATION_REPLY: lambda u, r, o: escalation.record_escalation_reply(
        u, request_id=r, text="已安排。", clock=CLOCK
    ),
    A.REPLY: lambda u, r, o: closing.reply_request(
        u, request_id=r, text="已处理。", by="李书记", clock=CLOCK
    ),
    A.FOLLOW_UP: lambda u, r, o: closing.follow_up(
        u, request_id=r, resolution="solved", satisfaction="satisfied", clock=CLOCK
    ),
    A.CLOSE: lambda u, r, o: closing.close_request(
        u,
        request_id=r,
        statement="超出村级职权，已向诉求人说明。",
        approved_by="张站长",
        clock=CLOCK,
    ),
    A.REFUSE: lambda u, r, o: closing.refuse_request(
        u, request_id=r, ground="in_petition", reason="已进入信访程序。", clock=CLOCK
    ),
    A.REOPEN: lambda u, r, o: closing.reopen_request(
        u, request_id=r, reason="诉求人反映问题复发。", clock=CLOCK
    ),
    A.MERGE: lambda u, r, o: merging.merge_requests(u, request_id=r, into_id=o, clock=CLOCK),
    A.MERGE_IN: lambda u, r, o: merging.merge_requests(u, request_id=o, into_id=r, clock=CLOCK),
}


def test_the_table_is_the_specification() -> None:
    table = {(a, s): t for a, row in TRANSITIONS.items() for s, t in row.items()}
    assert table == SPEC
    assert set(TRANSITIONS) == set(Action)


@pytest.mark.parametrize("state", list(S))
@pytest.mark.parametrize("action", list(A))
def test_next_state_allows_exactly_the_table(action: Action, state: RequestState) -> None:
    expected = SPEC.get((action, state))
    if expected is not None:
        assert next_state(state, action) is expected
        assert action in allowed_actions(state)
        return
    with pytest.raises(DomainError) as refused:
        next_state(state, action)
    text = chinese(refused.value.message)
    assert chinese_label(state.label) in text and chinese_label(action.label) in text
    assert action not in allowed_actions(state)


def chinese_label(label: str) -> str:
    return translate("Enum", label)


@pytest.mark.parametrize("state", list(S))
@pytest.mark.parametrize("action", list(A))
def test_every_step_from_every_state_through_the_services(
    action: Action, state: RequestState
) -> None:
    uow = make_uow()
    rid = reach(uow, state)
    other = add(uow)  # the other request of a merge
    expected = SPEC.get((action, state))
    if expected is not None:
        ATTEMPTS[action](uow, rid, other)
        assert get(uow, rid).state is expected
        return
    before = copy.deepcopy(uow.state)
    commits = uow.db.commits
    with pytest.raises(DomainError) as refused:
        ATTEMPTS[action](uow, rid, other)
    if action is A.MERGE_IN:  # the request that would take the other in is named under "into"
        assert isinstance(refused.value, ValidationError) and set(refused.value.errors) == {"into"}
    else:
        assert not isinstance(refused.value, ValidationError)
        assert chinese_label(state.label) in chinese(refused.value.message)
    assert uow.db.commits == commits
    assert uow.state.events == before.events
    assert uow.state.rows == before.rows
