"""Dates known to the day or only to the month, as secretaries write them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from villagedesk.core.dates import PartialDate, add_years, age_on


@pytest.mark.parametrize(
    "text",
    [
        "1985-07-12",
        "1985/7/12",
        "1985.07.12",
        "1985年7月12日",
        "1985年07月12日",
        "19850712",
        " 1985.7.12 ",
        "１９８５．０７．１２",
        "１９８５年７月１２日",
        "1985－07－12",
    ],
)
def test_day_forms(text: str) -> None:
    assert PartialDate.parse(text) == PartialDate(1985, 7, 12)


@pytest.mark.parametrize(
    "text",
    ["1985.07", "1985-07", "1985/7", "1985年7月", "198507", "１９８５．０７", "１９８５年７月"],
)
def test_month_forms_keep_month_precision(text: str) -> None:
    parsed = PartialDate.parse(text)
    assert parsed == PartialDate(1985, 7)
    assert parsed.is_month
    assert parsed.display() == "1985.07"
    assert parsed.iso() == "1985-07"
    assert PartialDate.from_iso(parsed.iso()) == parsed


@pytest.mark.parametrize(
    "text",
    ["", "1985", "1985.13", "1985.00", "1985.02.30", "1985.7.32", "19851301", "1985071",
     "07/12/1985", "abc", "1985.07.12.01", "0000.01"],
)  # fmt: skip
def test_invalid_input_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_comparison_at_the_coarser_precision() -> None:
    month = PartialDate(1985, 7)
    assert month.compare(PartialDate(1985, 7, 12)) == 0
    assert month.compare(date(1985, 7, 31)) == 0
    assert not month.is_before(PartialDate(1985, 7, 1))
    assert PartialDate(1985, 6).is_before(PartialDate(1985, 7, 1))
    assert PartialDate(1985, 7, 1).is_after(PartialDate(1985, 6))
    assert PartialDate(1985, 7, 11).is_before(date(1985, 7, 12))
    assert PartialDate(1986, 1).is_after(PartialDate(1985, 12, 31))


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_day_dates_round_trip(value: date) -> None:
    d = PartialDate.of(value)
    assert PartialDate.parse(d.display()) == d
    assert PartialDate.from_iso(d.iso()) == d
    assert d.first_day() == value


def test_years_and_age() -> None:
    assert add_years(date(2000, 2, 29), 1) == date(2001, 2, 28)
    assert age_on(date(1985, 7, 12), date(2024, 7, 11)) == 38
    assert age_on(date(1985, 7, 12), date(2024, 7, 12)) == 39
