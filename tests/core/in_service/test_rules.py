"""In-service rules on their own: campaign years, the short code, card numbers, hours."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from villagedesk.core.in_service.model import format_hours
from villagedesk.core.in_service.rules import (
    campaign_year_bounds,
    campaign_year_of,
    card_number,
    check_short_code,
    derive_short_code,
    has_long_digit_run,
    parse_hours,
    village_part,
)
from villagedesk.core.text import Message


def test_a_january_campaign_year_is_the_calendar_year() -> None:
    assert campaign_year_of(date(2026, 1, 1)) == 2026
    assert campaign_year_of(date(2026, 12, 31)) == 2026
    assert campaign_year_bounds(2026) == (date(2026, 1, 1), date(2026, 12, 31))


def test_a_campaign_year_starting_in_july_is_named_after_the_year_it_starts_in() -> None:
    assert campaign_year_of(date(2026, 6, 30), 7) == 2025
    assert campaign_year_of(date(2026, 7, 1), 7) == 2026
    assert campaign_year_bounds(2026, 7) == (date(2026, 7, 1), date(2027, 6, 30))
    assert campaign_year_bounds(2025, 3) == (date(2025, 3, 1), date(2026, 2, 28))


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 12))
def test_every_day_lies_within_the_bounds_of_its_campaign_year(day: date, start: int) -> None:
    first, last = campaign_year_bounds(campaign_year_of(day, start), start)
    assert first <= day <= last


@pytest.mark.parametrize(
    ("station", "code"),
    [
        ("沂源县鲁村镇东河村党群服务站", "DHC"),
        ("东河村", "DHC"),
        ("鲁村镇西河村党员服务中心", "XHC"),
        ("本溪市平山区幸福社区党群服务中心", "XFSQ"),
        ("", "ZD"),
    ],
)
def test_the_short_code_comes_from_the_village_part_of_the_name(station: str, code: str) -> None:
    assert derive_short_code(station) == code


def test_the_village_part_skips_county_and_township() -> None:
    assert village_part("沂源县鲁村镇东河村党群服务站") == "东河村"


def test_a_short_code_setting_is_2_to_4_letters() -> None:
    assert check_short_code(" dhc ") == ("DHC", [])
    assert check_short_code("")[1] == []
    for bad in ("D", "DHCUN", "D1", "东河"):
        assert check_short_code(bad)[1], bad


def test_card_numbers_look_like_the_printed_card() -> None:
    assert card_number("DC", 2026, 12) == "DC-2026-0012"
    assert card_number("DHC", 2026, 12345) == "DHC-2026-12345"


@given(st.from_regex(r"[A-Z]{2,4}", fullmatch=True), st.integers(2000, 2099), st.integers(1, 10**9))
def test_a_card_number_never_holds_a_run_of_11_digits(code: str, year: int, seq: int) -> None:
    number = card_number(code, year, seq)
    assert not re.search(r"\d{11,}", number)
    assert re.fullmatch(r"[A-Z]{2,4}-\d{4}-\d{4,}", number)


def test_a_sequence_that_would_make_a_phone_like_run_is_refused() -> None:
    assert has_long_digit_run("13905331234")
    with pytest.raises(ValueError):
        card_number("DC", 2026, 10**11)


@pytest.mark.parametrize(
    ("text", "halves"), [("0.5", 1), ("2", 4), ("2.5", 5), ("24", 48), ("３", 6)]
)
def test_hours_are_kept_as_half_hours(text: str, halves: int) -> None:
    errors: dict[str, list[Message]] = {}
    assert parse_hours(text, errors) == halves
    assert errors == {}
    assert format_hours(halves) == text.replace("３", "3")


@pytest.mark.parametrize("text", ["0", "-1", "24.5", "25", "1.25", "", "abc", "nan"])
def test_hours_outside_half_hour_steps_or_the_day_are_refused(text: str) -> None:
    errors: dict[str, list[Message]] = {}
    assert parse_hours(text, errors) is None
    assert errors["hours"]
