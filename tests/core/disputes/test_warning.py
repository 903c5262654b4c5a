"""The colour rules on a table of cases, each at its boundary, the reasons shown, and a level
set by hand."""

from __future__ import annotations

import pytest

from tests.core.chinese import chinese
from villagedesk.core.disputes.events import LevelReason
from villagedesk.core.disputes.model import RiskFactors, WarningLevel
from villagedesk.core.disputes.settings import WarningRules
from villagedesk.core.disputes.warning import assess, check_manual_level, reason_message

Y, OR, R = WarningLevel.YELLOW, WarningLevel.ORANGE, WarningLevel.RED
RULES = WarningRules()


@pytest.mark.parametrize(
    ("risks", "people", "failed_sessions", "level"),
    [
        (RiskFactors(), 2, 0, Y),
        (RiskFactors(failed_mediations=1), 2, 0, Y),
        (RiskFactors(failed_mediations=2), 2, 0, OR),
        (RiskFactors(failed_mediations=3), 2, 0, R),
        (RiskFactors(failed_mediations=1), 2, 1, OR),
        (RiskFactors(failed_mediations=1), 2, 2, R),
        (RiskFactors(), 2, 3, R),
        (RiskFactors(police_calls=2), 2, 0, Y),
        (RiskFactors(police_calls=3), 2, 0, R),
        (RiskFactors(), 4, 0, Y),
        (RiskFactors(), 5, 0, OR),
        (RiskFactors(), 9, 0, OR),
        (RiskFactors(), 10, 0, R),
        (RiskFactors(criminal_risk=True), 2, 0, R),
        (RiskFactors(petition_signs=True), 2, 0, R),
        (RiskFactors(threats=True), 2, 0, OR),
        (RiskFactors(weapons=True), 2, 0, OR),
        (RiskFactors(vulnerable=True), 2, 0, Y),
        (RiskFactors(threats=True, weapons=True, criminal_risk=True), 5, 0, R),
    ],
)
def test_the_colour_rules(
    risks: RiskFactors, people: int, failed_sessions: int, level: WarningLevel
) -> None:
    assert assess(risks, people, failed_sessions, RULES).level is level


def test_red_lists_only_the_red_reasons() -> None:
    found = assess(RiskFactors(threats=True, failed_mediations=1), 12, 2, RULES)
    assert found.level is R
    assert found.reasons == (LevelReason("failed_mediations", 3), LevelReason("people", 12))
    assert [chinese(reason_message(r)) for r in found.reasons] == ["调解未果 3 次", "涉及 12 人"]


def test_orange_and_plain_yellow_reasons() -> None:
    orange = assess(RiskFactors(threats=True, weapons=True), 5, 0, RULES)
    assert [chinese(reason_message(r)) for r in orange.reasons] == ["扬言报复", "持械", "涉及 5 人"]
    assert assess(RiskFactors(), 2, 0, RULES).reasons == ()


def test_every_reason_reads_in_chinese() -> None:
    red = assess(RiskFactors(criminal_risk=True, police_calls=4, petition_signs=True), 2, 0, RULES)
    assert [chinese(reason_message(r)) for r in red.reasons] == [
        "有民转刑风险",
        "报警 4 次",
        "有重复访、越级访、集体访苗头",
    ]


def test_the_station_can_change_a_threshold() -> None:
    rules = WarningRules(red_people=20, red_on_petition_signs=False)
    assert assess(RiskFactors(), 10, 0, rules).level is OR
    assert assess(RiskFactors(petition_signs=True), 2, 0, rules).level is Y


def test_a_manual_change_needs_a_note() -> None:
    errors = check_manual_level(Y, OR, "  ")
    assert [chinese(m) for m in errors["note"]] == ["调整预警等级必须写明理由。"]
    assert check_manual_level(Y, OR, "当事人情绪激动") == {}


def test_lowering_red_without_a_reason_is_refused() -> None:
    errors = check_manual_level(R, Y, "")
    assert [chinese(m) for m in errors["note"]] == ["降低红色预警必须写明理由。"]
    assert check_manual_level(R, Y, "双方已和解") == {}


def test_the_same_level_or_green_is_refused() -> None:
    assert [chinese(m) for m in check_manual_level(OR, OR, "再看看")["level"]] == [
        "该纠纷已是这一预警等级。"
    ]
    assert "level" in check_manual_level(OR, WarningLevel.GREEN, "已化解")
