"""The 编号 and the agreement's number."""

from __future__ import annotations

from villagedesk.core.disputes.numbers import agreement_number, dispute_number


def test_dispute_number() -> None:
    assert dispute_number("DHC", 2026, 12) == "DHC-调-2026-0012"


def test_agreement_number() -> None:
    assert agreement_number("DHC", 2026, 3) == "（2026）DHC人调字第3号"


def test_the_committee_is_the_village_the_station_serves() -> None:
    from villagedesk.core.disputes.committee import committee_place

    assert committee_place("东河村党群服务站") == "东河村"
    assert committee_place("幸福里社区党群服务中心") == "幸福里社区"
    assert committee_place("东河村") == "东河村"
    assert committee_place("服务站") == "服务站"
