"""ID number checks: what a secretary sees when typing a 公民身份号码."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric

from villagedesk.core.errors import DomainError
from villagedesk.core.id_number import (
    IdNumberInfo,
    check_character,
    check_id_number,
    is_excel_damaged,
    region_warning,
)
from villagedesk.core.members.model import Sex

TODAY = date(2024, 6, 1)
_WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]


def with_check(first17: str) -> str:
    """Independent ISO 7064 MOD 11-2, so a misuse of stdnum would show."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


def make_id(region: str, birth: date, seq: int) -> str:
    return with_check(f"{region}{birth:%Y%m%d}{seq:03d}")


def error_text(text: str) -> str:
    with pytest.raises(DomainError) as exc:
        check_id_number(text, today=TODAY)
    return exc.value.message.render()


valid_ids = st.builds(
    make_id,
    st.sampled_from(["370323", "110105", "530523", "440305"]),
    st.dates(min_value=date(1920, 1, 1), max_value=TODAY),
    st.integers(min_value=0, max_value=999),
)


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_character_agrees_with_the_standard(first17: str) -> None:
    assert first17 + check_character(first17) == with_check(first17)


def test_known_numbers_are_accepted() -> None:
    info = check_id_number("11010519491231002X", today=TODAY)
    assert info == IdNumberInfo(
        "11010519491231002X", date(1949, 12, 31), Sex.FEMALE, "110105", True
    )
    assert check_id_number("360426199101010071", today=TODAY).sex is Sex.MALE


@given(valid_ids)
def test_valid_numbers_are_accepted_with_birth_date_and_sex(number: str) -> None:
    info = check_id_number(number, today=TODAY)
    assert info.number == number
    assert f"{info.birth_date:%Y%m%d}" == number[6:14]
    assert info.sex is (Sex.MALE if int(number[16]) % 2 == 1 else Sex.FEMALE)


_REPLACEMENTS = "0123456789XxAa "


@given(valid_ids, st.integers(min_value=0, max_value=17), st.sampled_from(_REPLACEMENTS))
def test_every_single_character_change_is_refused(number: str, pos: int, new: str) -> None:
    old = number[pos]
    if new == old or (old == "X" and new == "x"):
        return
    changed = number[:pos] + new + number[pos + 1 :]
    with pytest.raises(DomainError):
        check_id_number(changed, today=TODAY)


def test_lower_case_x_full_width_and_spaces_are_normalised() -> None:
    assert check_id_number("11010519491231002x", today=TODAY).number == "11010519491231002X"
    assert check_id_number(" 110105 19491231 002X ", today=TODAY).number == "11010519491231002X"
    full_width = "１１０１０５１９４９１２３１００２Ｘ"
    assert check_id_number(full_width, today=TODAY).number == "11010519491231002X"


def test_fifteen_digit_numbers_are_refused_with_an_explanation() -> None:
    text = error_text("110105491231002")
    assert "15-digit" in text and "18-digit" in text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "Enter the ID number"),
        ("   ", "Enter the ID number"),
        ("11010519491231002", "has 17"),
        ("110105194912310021X", "has 19"),
        ("1101051949123100AX", "only digits"),
        ("X1010519491231002X", "only digits"),
        ("110105194912310021", "check digit is wrong"),
        ("1.10105E+17", "spreadsheet"),
        ("110105194912310000", "spreadsheet"),
    ],
)
def test_each_problem_gets_its_own_message(text: str, words: str) -> None:
    assert words in error_text(text)


def test_impossible_dates_are_refused() -> None:
    for digits in ("19900230", "19901301", "19900000", "18991231"):
        assert "not a possible date" in error_text(with_check(f"110105{digits}001"))


def test_future_birth_date_is_refused() -> None:
    tomorrow = TODAY + timedelta(days=1)
    assert "future" in error_text(make_id("110105", tomorrow, 1))
    assert check_id_number(make_id("110105", TODAY, 1), today=TODAY).birth_date == TODAY


@pytest.mark.parametrize("year", [1950, 1989, 2010])
def test_region_coded_after_the_birth_year_is_accepted_without_warning(year: int) -> None:
    number = make_id("370323", date(year, 3, 4), 12)
    if year < 1989:
        assert not ric.is_valid(number)  # stdnum's own check refuses it; ours must not
    info = check_id_number(number, today=TODAY)
    assert info.region_known
    assert region_warning(info) is None


@pytest.mark.parametrize("year", [1950, 2010])
def test_unknown_region_is_only_a_warning(year: int) -> None:
    info = check_id_number(make_id("999999", date(year, 1, 1), 5), today=TODAY)
    assert not info.region_known
    warning = region_warning(info)
    assert warning is not None
    assert "999999" in warning.render()


@pytest.mark.parametrize(
    ("text", "damaged"),
    [
        ("1.10105E+17", True),
        ("1.10105e17", True),
        ("110105194912310000", True),
        ("110105194912310021.0", True),
        ("11010519491231002X", False),
        ("360426199101010071", False),
        ("张三", False),
        ("", False),
    ],
)
def test_excel_damage_is_recognised(text: str, damaged: bool) -> None:
    assert is_excel_damaged(text) is damaged
