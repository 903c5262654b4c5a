"""The bundled holiday table (core/calendar/data) says what chinesecalendar says, day by day."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from fnmatch import fnmatch
from pathlib import Path

import chinese_calendar
import pytest

from villagedesk.core.calendar.holidays import bundled_table, bundled_years

FIRST, LAST = 2004, 2026
ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "villagedesk" / "core" / "calendar" / "data"


def test_the_bundled_years_are_2004_to_2026() -> None:
    assert bundled_table().years == tuple(range(FIRST, LAST + 1))
    assert [y.year for y in bundled_years()] == list(range(FIRST, LAST + 1))


def test_every_day_from_2004_to_2026_agrees_with_chinesecalendar() -> None:
    table = bundled_table()
    day, wrong = date(FIRST, 1, 1), []
    while day.year <= LAST:
        if table.is_working_day(day) != chinese_calendar.is_workday(day):
            wrong.append(day)
        day += timedelta(days=1)
    assert not wrong


def test_the_names_are_the_holidays_chinese_names() -> None:
    table = bundled_table()
    for day, english in [*chinese_calendar.holidays.items(), *chinese_calendar.workdays.items()]:
        entry = table.entry(day)
        assert entry is not None, day
        assert entry.name == chinese_calendar.Holiday(english).chinese
    assert table.entry(date(2026, 10, 1)).name == "国庆节"  # type: ignore[union-attr]


def test_make_up_days_are_weekends_and_holidays_named_off() -> None:
    for year in bundled_years():
        for day in year.days:
            assert day.day.year == year.year
            if not day.off:
                assert day.day.weekday() >= 5, day


@pytest.mark.parametrize("day", ["01-04", "02-14", "02-28", "05-09", "09-20", "10-10"])
def test_the_2026_make_up_days_are_working_days(day: str) -> None:
    made_up = date.fromisoformat(f"2026-{day}")
    assert made_up.weekday() >= 5
    assert bundled_table().is_working_day(made_up)


def test_2027_is_not_in_the_table() -> None:
    table = bundled_table()
    assert not table.knows(2027)
    assert table.is_estimated(date(2027, 10, 1))
    assert table.is_working_day(date(2027, 10, 1))  # a Friday: weekends only, 估算


def test_the_data_files_ship_as_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["villagedesk"]
    files = sorted(DATA.glob("*.json"))
    assert len(files) == LAST - FIRST + 1
    for path in files:
        inside = path.relative_to(ROOT / "villagedesk").as_posix()
        assert any(fnmatch(inside, pattern) for pattern in patterns), inside
