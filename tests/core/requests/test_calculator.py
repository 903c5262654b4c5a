"""The station's deadline calculator: the default rule table on the bundled calendar."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from villagedesk.core.calendar.deadline_rules import DEFAULT_RULES, ClockStart, DeadlineRule
from villagedesk.core.calendar.deadlines import Deadline, LimitUnit, TimeLimit
from villagedesk.core.calendar.holidays import bundled_table
from villagedesk.core.errors import ValidationError
from villagedesk.core.requests.calculator import RuleTableCalculator, rule_from_text, rule_text
from villagedesk.core.requests.deadlines import ClockInputs, DeadlineKey, Pause
from villagedesk.core.requests.model import RequestType, Urgency
from villagedesk.core.requests.state import RequestState

FRIDAY_BEFORE_NATIONAL_DAY = datetime(2026, 9, 25, 10, 30)


@pytest.fixture()
def calculator() -> RuleTableCalculator:
    return RuleTableCalculator(DEFAULT_RULES, bundled_table())


def _due(
    calc: RuleTableCalculator, kind: RequestType, urgency: Urgency, inputs: ClockInputs
) -> Deadline | None:
    return calc.due(calc.rule_for(DeadlineKey(kind, urgency)), inputs)


def test_a_complaint_on_the_friday_before_national_day_skips_the_holiday(
    calculator: RuleTableCalculator,
) -> None:
    inputs = ClockInputs(FRIDAY_BEFORE_NATIONAL_DAY, None, ())
    deadline = _due(calculator, RequestType.COMPLAINT, Urgency.NORMAL, inputs)
    # 15 working days: 09-28..30 (3), 10-08, 10-09, the make-up Saturday 10-10, then 10-12..22.
    assert deadline is not None
    assert deadline.last_day == date(2026, 10, 22)
    assert deadline.due_at == datetime(2026, 10, 23)
    assert not deadline.estimated
    consultation = _due(calculator, RequestType.CONSULTATION, Urgency.NORMAL, inputs)
    assert consultation is not None and consultation.last_day == date(2026, 9, 30)


def test_a_calendar_day_limit_ending_in_the_holiday_moves_to_the_next_working_day(
    calculator: RuleTableCalculator,
) -> None:
    inputs = ClockInputs(FRIDAY_BEFORE_NATIONAL_DAY, None, ())
    deadline = _due(calculator, RequestType.HELP, Urgency.NORMAL, inputs)
    assert deadline is not None and deadline.last_day == date(2026, 10, 8)


def test_urgent_is_two_hours_and_a_suspension_stops_the_clock(
    calculator: RuleTableCalculator,
) -> None:
    received = datetime(2026, 3, 2, 9, 0)
    plain = _due(calculator, RequestType.HELP, Urgency.URGENT, ClockInputs(received, None, ()))
    assert plain is not None and plain.due_at == datetime(2026, 3, 2, 11, 0)
    pause = Pause(RequestState.SUSPENDED, datetime(2026, 3, 2, 10, 0), datetime(2026, 3, 2, 13, 0))
    held = ClockInputs(received, None, (pause,))
    stopped = _due(calculator, RequestType.HELP, Urgency.URGENT, held)
    assert stopped is not None and stopped.due_at == datetime(2026, 3, 2, 14, 0)
    escalated = ClockInputs(
        received, None, (Pause(RequestState.ESCALATED, pause.start, pause.end),)
    )
    running = _due(calculator, RequestType.HELP, Urgency.URGENT, escalated)
    assert running == plain  # the default rules stop the clock only while 挂起


def test_a_year_the_calendar_lacks_is_estimated(calculator: RuleTableCalculator) -> None:
    inputs = ClockInputs(datetime(2027, 3, 1, 9, 0), None, ())
    deadline = _due(calculator, RequestType.COMPLAINT, Urgency.NORMAL, inputs)
    assert deadline is not None and deadline.estimated


def test_a_rule_counted_from_signing_waits_for_it() -> None:
    rule = DeadlineRule(TimeLimit(5, LimitUnit.WORKING_DAYS), counted_from=ClockStart.SIGNED)
    calc = RuleTableCalculator((rule,), bundled_table())
    kept = calc.rule_for(DeadlineKey(RequestType.HELP, Urgency.NORMAL))
    assert calc.due(kept, ClockInputs(datetime(2026, 3, 2, 9, 0), None, ())) is None
    signed = calc.due(kept, ClockInputs(datetime(2026, 3, 2, 9, 0), datetime(2026, 3, 3, 9), ()))
    assert signed is not None and signed.last_day == date(2026, 3, 10)


def test_the_kept_rule_survives_a_round_trip_and_a_damaged_one_is_refused() -> None:
    for rule in DEFAULT_RULES:
        assert rule_from_text(rule_text(rule)) == rule
    with pytest.raises(ValidationError):
        rule_from_text("{not json")
    with pytest.raises(ValidationError):
        rule_from_text("[]")
