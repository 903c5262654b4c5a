"""民情接待日: the schedule's days, the roster in turn, days off skipped."""

from __future__ import annotations

import json
from datetime import date

import pytest

from villagedesk.core.calendar.holidays import bundled_table
from villagedesk.core.errors import ValidationError
from villagedesk.core.requests.reception import (
    ReceptionSchedule,
    check_schedule,
    schedule_from_data,
)

TABLE = bundled_table()


def test_every_monday_skips_the_national_day_holiday() -> None:
    mondays = ReceptionSchedule(weekdays=frozenset({0}))
    # 2026-10-05 is a Monday inside the National Day holiday: the next reception is 10-12.
    assert mondays.next_day(date(2026, 10, 1), TABLE) == date(2026, 10, 12)
    assert mondays.next_day(date(2026, 9, 28), TABLE) == date(2026, 9, 28)
    receives_anyway = ReceptionSchedule(weekdays=frozenset({0}), on_days_off=True)
    assert receives_anyway.next_day(date(2026, 10, 1), TABLE) == date(2026, 10, 5)


def test_days_ending_in_four_and_the_roster_in_turn() -> None:
    fours = ReceptionSchedule(
        month_days=frozenset({4, 14, 24}),
        roster=("张三", "李四", "王五"),
        starts=date(2026, 3, 1),
        on_days_off=True,
    )
    days = [date(2026, 3, 4), date(2026, 3, 14), date(2026, 3, 24), date(2026, 4, 4)]
    assert [fours.next_day(d, TABLE) for d in days] == days
    assert [fours.on_duty(d, TABLE) for d in days] == ["张三", "李四", "王五", "张三"]
    assert fours.next_day(date(2026, 3, 25), TABLE) == date(2026, 4, 4)


def test_no_schedule_has_no_next_day() -> None:
    assert ReceptionSchedule().next_day(date(2026, 3, 1), TABLE) is None
    assert ReceptionSchedule().on_duty(date(2026, 3, 1), TABLE) == ""


def test_the_schedule_survives_its_json() -> None:
    schedule = ReceptionSchedule(
        weekdays=frozenset({0, 3}),
        month_days=frozenset({4}),
        roster=("张三",),
        starts=date(2026, 1, 5),
        place="党群服务站一楼",
    )
    assert schedule_from_data(json.loads(schedule.to_json())) == schedule
    for bad in ({"weekdays": [7]}, {"month_days": [0]}, {"roster": [1]}, {"weekdays": "1"}):
        with pytest.raises(ValueError):
            schedule_from_data(bad)


def test_a_bad_roster_is_refused_in_chinese() -> None:
    with pytest.raises(ValidationError) as refused:
        check_schedule(ReceptionSchedule(weekdays=frozenset({0}), roster=("张三", " ")))
    assert "roster" in refused.value.errors
    with pytest.raises(ValidationError) as no_days:
        check_schedule(ReceptionSchedule(roster=("张三",)))
    assert "days" in no_days.value.errors
    check_schedule(ReceptionSchedule(weekdays=frozenset({0}), roster=("张三",)))
