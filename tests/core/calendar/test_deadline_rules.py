"""The default rule table, and a request received just before 国庆 2026 under each rule."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.core.chinese import chinese, is_chinese
from villagedesk.core.calendar.deadline_rules import (
    DEFAULT_RULES,
    SUSPENDED,
    ClockStart,
    DeadlineRule,
    RequestKind,
    Urgency,
    find_rule,
)
from villagedesk.core.calendar.deadlines import Deadline, LimitUnit, TimeLimit
from villagedesk.core.calendar.holidays import bundled_table
from villagedesk.core.errors import DomainError, ValidationError

TABLE = bundled_table()
K, U = RequestKind, Urgency

# (type, urgency, water/power/heating) → the limit the issue lists
EXPECTED_LIMITS = [
    (K.HELP, U.URGENT, True, TimeLimit(2, LimitUnit.HOURS)),
    (K.COMPLAINT, U.URGENT, False, TimeLimit(2, LimitUnit.HOURS)),
    (K.HELP, U.NORMAL, True, TimeLimit(24, LimitUnit.HOURS)),
    (K.HELP, U.COMPLEX, True, TimeLimit(24, LimitUnit.HOURS)),
    (K.CONSULTATION, U.NORMAL, False, TimeLimit(3, LimitUnit.WORKING_DAYS)),
    (K.CONSULTATION, U.COMPLEX, False, TimeLimit(3, LimitUnit.WORKING_DAYS)),
    (K.COMPLAINT, U.NORMAL, False, TimeLimit(15, LimitUnit.WORKING_DAYS)),
    (K.SUGGESTION, U.COMPLEX, False, TimeLimit(15, LimitUnit.WORKING_DAYS)),
    (K.HELP, U.NORMAL, False, TimeLimit(7, LimitUnit.CALENDAR_DAYS)),
    (K.REPORT, U.NORMAL, False, TimeLimit(7, LimitUnit.CALENDAR_DAYS)),
    (K.HELP, U.COMPLEX, False, TimeLimit(15, LimitUnit.CALENDAR_DAYS)),
    (K.REPORT, U.COMPLEX, False, TimeLimit(15, LimitUnit.CALENDAR_DAYS)),
]


@pytest.mark.parametrize(("kind", "urgency", "utilities", "limit"), EXPECTED_LIMITS)
def test_the_default_rules(kind: str, urgency: str, utilities: bool, limit: TimeLimit) -> None:
    rule = find_rule(DEFAULT_RULES, request_type=kind, urgency=urgency, utilities=utilities)
    assert rule.limit == limit
    assert rule.counted_from is ClockStart.RECEIVED
    assert rule.stop_states == {SUSPENDED}


def test_plain_strings_find_the_same_rules() -> None:
    assert find_rule(DEFAULT_RULES, request_type="consultation", urgency="normal").limit.amount == 3


# 2026-09-25 is the Friday before 国庆 (and itself 中秋, off); 09-18 the last Friday worked.
# 09-20 (Sunday) and 10-10 (Saturday) are made-up working days; 10-01…10-07 are off.
FRIDAY_OFF = datetime(2026, 9, 25, 10, 0)
FRIDAY_WORKED = datetime(2026, 9, 18, 16, 30)
BEFORE_NATIONAL_DAY = [
    (FRIDAY_OFF, K.HELP, U.URGENT, True, "2026-09-25T12:00"),
    (FRIDAY_OFF, K.HELP, U.NORMAL, True, "2026-09-26T10:00"),
    (FRIDAY_OFF, K.CONSULTATION, U.NORMAL, False, "2026-09-30"),
    (FRIDAY_OFF, K.COMPLAINT, U.NORMAL, False, "2026-10-22"),
    (FRIDAY_OFF, K.SUGGESTION, U.NORMAL, False, "2026-10-22"),
    (FRIDAY_OFF, K.REPORT, U.NORMAL, False, "2026-10-08"),  # 10-02 is off
    (FRIDAY_OFF, K.REPORT, U.COMPLEX, False, "2026-10-10"),  # a made-up Saturday
    (FRIDAY_WORKED, K.HELP, U.URGENT, False, "2026-09-18T18:30"),
    (FRIDAY_WORKED, K.HELP, U.NORMAL, True, "2026-09-19T16:30"),
    (FRIDAY_WORKED, K.CONSULTATION, U.NORMAL, False, "2026-09-22"),  # 09-20 counts
    (FRIDAY_WORKED, K.COMPLAINT, U.NORMAL, False, "2026-10-15"),
    (FRIDAY_WORKED, K.SUGGESTION, U.COMPLEX, False, "2026-10-15"),
    (FRIDAY_WORKED, K.HELP, U.NORMAL, False, "2026-09-28"),  # 09-25 is 中秋
    (FRIDAY_WORKED, K.REPORT, U.COMPLEX, False, "2026-10-08"),  # 10-03 is off
]


@pytest.mark.parametrize(("received", "kind", "urgency", "utilities", "due"), BEFORE_NATIONAL_DAY)
def test_a_request_received_on_the_friday_before_national_day(
    received: datetime, kind: str, urgency: str, utilities: bool, due: str
) -> None:
    rule = find_rule(DEFAULT_RULES, request_type=kind, urgency=urgency, utilities=utilities)
    deadline = rule.deadline(TABLE, received_at=received, signed_at=None, history=(), now=received)
    assert deadline is not None
    assert deadline.iso() == due
    assert not deadline.estimated
    if deadline.whole_days:
        assert TABLE.is_working_day(deadline.last_day)


def test_a_suspended_request_keeps_its_time() -> None:
    rule = find_rule(DEFAULT_RULES, request_type=K.CONSULTATION, urgency=U.NORMAL)
    received = datetime(2026, 9, 28, 9, 0)  # Monday; 3 working days end on 10-08
    history = [
        (received, "received"),
        (datetime(2026, 9, 29, 15, 0), SUSPENDED),
        (datetime(2026, 10, 8, 9, 0), "in_progress"),  # 09-30 and 10-08 entered stopped
    ]
    due = rule.deadline(TABLE, received_at=received, signed_at=None, history=history, now=received)
    assert due is not None and due.last_day == date(2026, 10, 10)
    still = rule.deadline(
        TABLE,
        received_at=received,
        signed_at=None,
        history=history[:2],
        now=datetime(2026, 10, 9, 12),
    )
    assert still is not None and still.last_day == date(2026, 10, 12)


def test_a_rule_counted_from_signing_waits_for_it() -> None:
    rule = DeadlineRule(TimeLimit(1, LimitUnit.WORKING_DAYS), counted_from=ClockStart.SIGNED)
    received, signed = datetime(2026, 9, 28, 9), datetime(2026, 9, 30, 9)
    assert (
        rule.deadline(TABLE, received_at=received, signed_at=None, history=(), now=signed) is None
    )
    due = rule.deadline(TABLE, received_at=received, signed_at=signed, history=(), now=signed)
    assert due == Deadline(datetime(2026, 10, 9), date(2026, 10, 8), True, False)


def test_2027_requests_are_estimated() -> None:
    rule = find_rule(DEFAULT_RULES, request_type=K.COMPLAINT, urgency=U.NORMAL)
    at = datetime(2027, 9, 24, 10)
    due = rule.deadline(TABLE, received_at=at, signed_at=None, history=(), now=at)
    assert due is not None and due.estimated


def test_rules_round_trip_through_plain_data() -> None:
    for rule in DEFAULT_RULES:
        assert DeadlineRule.from_data(rule.to_data()) == rule
    assert DEFAULT_RULES[0].to_data() == {
        "amount": 2,
        "unit": "hours",
        "request_type": None,
        "urgency": "urgent",
        "utilities": None,
        "counted_from": "received",
        "stop_states": ["suspended"],
    }


@pytest.mark.parametrize(
    "change",
    [
        {"amount": 0},
        {"amount": "3"},
        {"amount": True},
        {"amount": 10**9},
        {"unit": "weeks"},
        {"utilities": "yes"},
        {"request_type": 3},
        {"request_type": ""},
        {"counted_from": "assigned"},
        {"stop_states": "suspended"},
        {"stop_states": [1]},
    ],
)
def test_a_bad_rule_is_refused_in_chinese(change: dict[str, object]) -> None:
    data = {**DEFAULT_RULES[2].to_data(), **change}
    with pytest.raises(ValidationError) as caught:
        DeadlineRule.from_data(data)
    assert all(is_chinese(chinese(m)) for _, m in caught.value.all_messages())


def test_no_matching_rule_is_refused_in_chinese() -> None:
    only = [DeadlineRule(TimeLimit(3, LimitUnit.WORKING_DAYS), request_type=K.CONSULTATION)]
    with pytest.raises(DomainError) as caught:
        find_rule(only, request_type=K.REPORT, urgency=U.NORMAL)
    assert is_chinese(chinese(caught.value.message))
