"""The ladder's time: a level's 15 days and the case's month on the holiday table, when moving
up is offered, a move up, and an extension with every party's consent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from tests.core.chinese import chinese
from villagedesk.core.calendar.holidays import bundled_table
from villagedesk.core.disputes.events import CaseExtension
from villagedesk.core.disputes.ladder import (
    case_due,
    check_escalation,
    check_extension,
    escalation_offer,
    level_due,
)
from villagedesk.core.disputes.model import MediationLevel, Party, PartyKind, PartyRole
from villagedesk.core.disputes.record import DisputeProgress
from villagedesk.core.disputes.state import DisputeState

TABLE = bundled_table()
PROGRESS = DisputeProgress(
    mediation_level=MediationLevel.FAMILY,
    level_due=date(2026, 6, 16),
    case_due=date(2026, 6, 30),
)
PARTIES = (
    Party(PartyKind.NAMED, PartyRole.APPLICANT, "张三"),
    Party(PartyKind.NAMED, PartyRole.RESPONDENT, "阿不都热合曼·买买提"),
    Party(PartyKind.NAMED, PartyRole.OTHER, "李四"),
)


def test_a_level_has_15_days_counted_from_the_next_day() -> None:
    assert level_due(datetime(2026, 3, 2, 16, 30), 15, TABLE) == date(2026, 3, 17)


def test_a_level_ending_in_the_national_day_holiday_moves_to_the_next_working_day() -> None:
    assert level_due(datetime(2026, 9, 22, 9, 0), 15, TABLE) == date(2026, 10, 8)


@pytest.mark.parametrize(
    ("recorded", "due"),
    [
        (datetime(2026, 3, 10, 9, 0), date(2026, 4, 10)),
        (datetime(2026, 5, 31, 9, 0), date(2026, 6, 30)),  # 31st → end of a 30-day month
        (datetime(2026, 1, 31, 9, 0), date(2026, 2, 28)),  # end of February (a make-up workday)
        (datetime(2026, 4, 3, 9, 0), date(2026, 5, 6)),  # 5-3 falls in 劳动节
        (datetime(2026, 9, 1, 9, 0), date(2026, 10, 8)),  # 10-1 falls in 国庆
        (datetime(2026, 12, 15, 9, 0), date(2027, 1, 15)),
    ],
)
def test_the_case_has_one_month(recorded: datetime, due: date) -> None:
    assert case_due(recorded, TABLE) == due


def test_moving_up_is_offered_when_the_time_ran_out() -> None:
    assert escalation_offer(PROGRESS, date(2026, 6, 16)) == ()
    offered = escalation_offer(PROGRESS, date(2026, 6, 17))
    assert [chinese(m) for m in offered] == ["本层级调解期限已于 2026-06-16 届满。"]


def test_moving_up_is_offered_after_a_failed_session() -> None:
    failed = replace(PROGRESS, last_session_failed=True)
    assert [chinese(m) for m in escalation_offer(failed, date(2026, 6, 1))] == [
        "最近一次调解未果。"
    ]


def test_nothing_is_offered_at_the_township_or_out_of_mediation() -> None:
    late = date(2026, 7, 1)
    failed = replace(PROGRESS, last_session_failed=True)
    assert escalation_offer(replace(failed, mediation_level=MediationLevel.TOWNSHIP), late) == ()
    settled = replace(failed, state=DisputeState.AWAITING_PERFORMANCE)
    assert escalation_offer(settled, late) == ()


def test_a_move_up_needs_a_reason_and_a_level_above() -> None:
    assert [chinese(m) for m in check_escalation(PROGRESS, " ")["reason"]] == ["请写明理由。"]
    assert check_escalation(PROGRESS, "家族调解未果") == {}
    top = replace(PROGRESS, mediation_level=MediationLevel.TOWNSHIP)
    assert "level" in check_escalation(top, "上报")


def test_an_extension_needs_every_applicant_and_respondent() -> None:
    today = date(2026, 6, 20)
    only_one = CaseExtension(date(2026, 7, 15), "需要鉴定", ("张三",))
    errors = check_extension(PROGRESS, PARTIES, only_one, today)
    assert [chinese(m) for m in errors["consents"]] == [
        "延长调解期限须经全体申请人和被申请人同意；尚缺：阿不都热合曼·买买提。"
    ]
    both = replace(only_one, consents=("张三", "阿不都热合曼·买买提"))
    assert check_extension(PROGRESS, PARTIES, both, today) == {}  # 李四 (其他) is not needed


def test_an_extension_must_end_later_and_have_a_reason() -> None:
    earlier = CaseExtension(date(2026, 6, 30), "", ("张三", "阿不都热合曼·买买提"))
    errors = check_extension(PROGRESS, PARTIES, earlier, date(2026, 6, 20))
    assert set(errors) == {"new_due", "reason"}
    assert chinese(errors["new_due"][0]) == "新的调解期限必须晚于现在的期限（2026-06-30）。"
