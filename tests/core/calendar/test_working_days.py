"""Working-day arithmetic: adding and counting agree, and years outside the table are 估算."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from villagedesk.core.calendar.holidays import bundled_table
from villagedesk.core.calendar.working_days import (
    DayCount,
    DayResult,
    add_working_days,
    count_working_days,
    next_working_day,
    working_day_on_or_after,
)

TABLE = bundled_table()
days = st.dates(min_value=date(2002, 1, 1), max_value=date(2029, 12, 31))
counts = st.integers(min_value=0, max_value=400)


@given(days, counts)
def test_adding_n_working_days_and_counting_them_back_agree(start: date, n: int) -> None:
    found = add_working_days(TABLE, start, n)
    assert count_working_days(TABLE, start, found.day) == DayCount(n, found.estimated)
    assert count_working_days(TABLE, found.day, start).days == -n
    if n:
        assert TABLE.is_working_day(found.day)
        assert add_working_days(TABLE, start, n - 1).day < found.day


@given(days, st.integers(min_value=0, max_value=120))
def test_counting_is_counting_day_by_day(start: date, span: int) -> None:
    end = start + timedelta(days=span)
    one_by_one = sum(TABLE.is_working_day(start + timedelta(days=i)) for i in range(1, span + 1))
    assert count_working_days(TABLE, start, end).days == one_by_one


@given(days)
def test_the_next_working_day_is_the_first_worked_after(day: date) -> None:
    found = next_working_day(TABLE, day)
    assert found.day > day and TABLE.is_working_day(found.day)
    assert count_working_days(TABLE, day, found.day).days == 1
    assert found == add_working_days(TABLE, day, 1)


def test_a_working_day_is_its_own_on_or_after() -> None:
    assert working_day_on_or_after(TABLE, date(2026, 9, 30)) == DayResult(date(2026, 9, 30), False)
    assert working_day_on_or_after(TABLE, date(2026, 10, 1)) == DayResult(date(2026, 10, 8), False)


def test_national_day_2026() -> None:
    assert next_working_day(TABLE, date(2026, 9, 30)) == DayResult(date(2026, 10, 8), False)
    # 10-08, 10-09, the made-up Saturday 10-10, then Monday 10-12
    assert add_working_days(TABLE, date(2026, 9, 30), 4) == DayResult(date(2026, 10, 12), False)
    assert count_working_days(TABLE, date(2026, 9, 24), date(2026, 10, 12)).days == 7


def test_spring_festival_2026_make_up_saturdays_count() -> None:
    # 02-13 Fri → 02-14 Sat (made up) → 02-15…02-23 off → 02-24 Tue; February has 20
    # weekdays, 6 of them off (02-16…02-20, 02-23), and 2 Saturdays made up
    assert add_working_days(TABLE, date(2026, 2, 13), 1).day == date(2026, 2, 14)
    assert add_working_days(TABLE, date(2026, 2, 13), 2).day == date(2026, 2, 24)
    assert count_working_days(TABLE, date(2026, 2, 1), date(2026, 2, 28)).days == 20 - 6 + 2


def test_2027_counts_weekends_only_and_is_estimated() -> None:
    # 2027-09-30 is a Thursday; without a notice 10-01 (Friday) is a working day
    assert add_working_days(TABLE, date(2027, 9, 30), 1) == DayResult(date(2027, 10, 1), True)
    assert add_working_days(TABLE, date(2027, 10, 1), 1) == DayResult(date(2027, 10, 4), True)
    assert count_working_days(TABLE, date(2027, 9, 26), date(2027, 10, 3)) == DayCount(5, True)
    assert next_working_day(TABLE, date(2027, 1, 1)).estimated


def test_crossing_into_2027_is_estimated_and_staying_in_2026_is_not() -> None:
    assert add_working_days(TABLE, date(2026, 12, 24), 10).estimated
    assert not add_working_days(TABLE, date(2026, 12, 24), 4).estimated
    assert not add_working_days(TABLE, date(2027, 1, 1), 0).estimated  # nothing was counted
    assert not count_working_days(TABLE, date(2026, 12, 31), date(2026, 12, 31)).estimated


def test_a_negative_count_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        add_working_days(TABLE, date(2026, 1, 1), -1)
