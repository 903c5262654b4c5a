"""The 编号 and the agreement's number."""

from __future__ import annotations

from villagedesk.core.disputes.numbers import agreement_number, dispute_number


def test_dispute_number() -> None:
    assert dispute_number("DHC", 2026, 12) == "DHC-调-2026-0012"


def test_agreement_number() -> None:
    assert agreement_number("DHC", 2026, 3) == "（2026）DHC人调字第3号"
