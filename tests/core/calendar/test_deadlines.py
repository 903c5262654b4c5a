"""Deadlines on the working-day calendar: 民法典 第201条/第203条, the stopped clock, 估算."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.chinese import chinese, translate
from villagedesk.core.calendar.deadlines import (
    Deadline,
    LimitUnit,
    Suspension,
    TimeLimit,
    compute_deadline,
    stopped_intervals,
)
from villagedesk.core.calendar.holidays import bundled_table

TABLE = bundled_table()
HOURS, DAYS, WORKING = LimitUnit.HOURS, LimitUnit.CALENDAR_DAYS, LimitUnit.WORKING_DAYS


def _due(amount: int, unit: LimitUnit, start: datetime, *stops: Suspension) -> Deadline:
    return compute_deadline(TimeLimit(amount, unit), start, TABLE, stops)


def test_day_limits_do_not_count_the_day_of_receipt_and_end_at_midnight() -> None:
    due = _due(3, WORKING, datetime(2026, 11, 2, 23, 59))  # a Monday
    assert due == Deadline(
        datetime(2026, 11, 6), date(2026, 11, 5), whole_days=True, estimated=False
    )
    assert due.iso() == "2026-11-05"
    assert not due.is_overdue(datetime(2026, 11, 5, 23, 59))
    assert due.is_overdue(datetime(2026, 11, 6, 0, 0))
    assert due.time_left(datetime(2026, 11, 5, 12)) == timedelta(hours=12)


def test_hour_limits_run_from_the_minute_of_receipt_round_the_clock() -> None:
    due = _due(2, HOURS, datetime(2026, 10, 3, 23, 15))  # 国庆, at night
    assert due == Deadline(datetime(2026, 10, 4, 1, 15), date(2026, 10, 4), False, False)
    assert due.iso() == "2026-10-04T01:15"
    assert not _due(24, HOURS, datetime(2027, 10, 1, 9)).estimated


def test_a_calendar_day_limit_ending_on_an_off_day_moves_to_the_next_working_day() -> None:
    assert _due(7, DAYS, datetime(2026, 9, 25, 10)).last_day == date(2026, 10, 8)
    assert _due(1, DAYS, datetime(2026, 11, 6, 10)).last_day == date(2026, 11, 9)  # Sat → Mon
    assert _due(1, DAYS, datetime(2026, 10, 9, 10)).last_day == date(2026, 10, 10)  # made up


day_limits = st.builds(
    TimeLimit, st.integers(min_value=1, max_value=40), st.sampled_from([DAYS, WORKING])
)
moments = st.datetimes(min_value=datetime(2003, 1, 1), max_value=datetime(2028, 12, 31))
stops = st.lists(
    st.tuples(moments, st.integers(min_value=0, max_value=20 * 24 * 60)).map(
        lambda s: Suspension(s[0], s[0] + timedelta(minutes=s[1]))
    ),
    max_size=4,
)


@given(day_limits, moments, stops)
def test_a_day_deadline_never_falls_on_an_off_day(
    limit: TimeLimit, start: datetime, suspensions: list[Suspension]
) -> None:
    due = compute_deadline(limit, start, TABLE, suspensions)
    assert TABLE.is_working_day(due.last_day)
    assert due.last_day > start.date()
    assert due.due_at == datetime.combine(due.last_day + timedelta(days=1), datetime.min.time())
    if limit.unit is WORKING and not suspensions:
        counted = sum(
            TABLE.is_working_day(start.date() + timedelta(days=i))
            for i in range(1, (due.last_day - start.date()).days + 1)
        )
        assert counted == limit.amount


@given(day_limits, moments, stops)
def test_stopping_the_clock_never_brings_a_deadline_forward(
    limit: TimeLimit, start: datetime, suspensions: list[Suspension]
) -> None:
    plain = compute_deadline(limit, start, TABLE)
    assert compute_deadline(limit, start, TABLE, suspensions).due_at >= plain.due_at


STEP = timedelta(minutes=10)
steps = st.integers(min_value=0, max_value=6 * 24 * 6)  # up to six days in 10-minute steps
aligned = steps.map(lambda n: datetime(2026, 9, 28) + n * STEP)
aligned_stops = st.lists(
    st.tuples(aligned, steps).map(lambda s: Suspension(s[0], s[0] + s[1] * STEP)), max_size=4
)


@given(st.integers(min_value=1, max_value=48), aligned, aligned_stops)
def test_an_hour_limit_is_lengthened_by_the_stopped_time_after_the_start(
    hours: int, start: datetime, suspensions: list[Suspension]
) -> None:
    due = compute_deadline(TimeLimit(hours, HOURS), start, TABLE, suspensions)
    running, at = timedelta(), start
    while running < timedelta(hours=hours):  # walk the clock step by step
        if not any(s.start <= at < s.end for s in suspensions):
            running += STEP
        at += STEP
    assert due.due_at == at


def test_an_hour_limit_with_a_stop() -> None:
    start = datetime(2026, 11, 2, 10, 0)
    stop = Suspension(datetime(2026, 11, 2, 10, 30), datetime(2026, 11, 2, 11, 30))
    assert _due(2, HOURS, start, stop).due_at == datetime(2026, 11, 2, 13, 0)
    before = Suspension(datetime(2026, 11, 1), datetime(2026, 11, 2, 10, 30))
    assert _due(2, HOURS, start, before).due_at == datetime(2026, 11, 2, 12, 30)
    after = Suspension(datetime(2026, 11, 2, 12, 0), datetime(2026, 11, 3))
    assert _due(2, HOURS, start, after).due_at == datetime(2026, 11, 2, 12, 0)
    # overlapping and repeated stops: stopped from 10:00 to 11:30 in all
    assert _due(2, HOURS, start, stop, stop, before).due_at == datetime(2026, 11, 2, 13, 30)


def test_a_day_the_clock_enters_stopped_is_not_counted() -> None:
    start = datetime(2026, 11, 2, 9, 0)  # Monday; 3 working days end on Thursday 11-05
    over_night = Suspension(datetime(2026, 11, 3, 14, 0), datetime(2026, 11, 4, 10, 0))
    assert _due(3, WORKING, start, over_night).last_day == date(2026, 11, 6)
    within_a_day = Suspension(datetime(2026, 11, 3, 10, 0), datetime(2026, 11, 3, 15, 0))
    assert _due(3, WORKING, start, within_a_day).last_day == date(2026, 11, 5)
    weekend = Suspension(datetime(2026, 11, 6, 18, 0), datetime(2026, 11, 9, 8, 0))
    # 11-07, 11-08 and 11-09 are entered stopped: 11-09 + 3 days
    assert _due(7, DAYS, start, weekend).last_day == date(2026, 11, 12)


def test_the_state_history_gives_the_stopped_intervals() -> None:
    t = [datetime(2026, 11, 2, h) for h in range(8, 20)]
    history = [
        (t[0], "received"),
        (t[1], "suspended"),
        (t[2], "suspended"),
        (t[3], "in_progress"),
        (t[5], "suspended"),
    ]
    found = stopped_intervals(history, {"suspended"}, now=t[9])
    assert found == (Suspension(t[1], t[3]), Suspension(t[5], t[9]))
    assert stopped_intervals(history[:4], {"suspended"}, now=t[9]) == (Suspension(t[1], t[3]),)
    assert stopped_intervals([], {"suspended"}, now=t[9]) == ()


def test_2027_day_deadlines_are_estimated() -> None:
    assert _due(15, WORKING, datetime(2027, 9, 24, 10)).estimated
    assert _due(7, DAYS, datetime(2027, 3, 1, 10)).estimated
    crossing = _due(7, DAYS, datetime(2026, 12, 28, 10))  # 2027-01-04, a Monday in 2027
    assert crossing.last_day == date(2027, 1, 4) and crossing.estimated
    inside = _due(7, DAYS, datetime(2026, 12, 20, 10))  # Sunday 12-27 → Monday 12-28
    assert inside.last_day == date(2026, 12, 28) and not inside.estimated


def test_the_label_says_estimated_in_chinese() -> None:
    assert _due(7, DAYS, datetime(2027, 3, 1, 10)).display(translate) == "2027-03-08（估算）"
    assert _due(2, HOURS, datetime(2026, 3, 2, 9)).display(translate) == "2026-03-02 11:00"
    assert _due(1, WORKING, datetime(2026, 3, 2, 9)).display(translate) == "2026-03-03"
    assert [chinese(TimeLimit(3, u).label()) for u in LimitUnit] == ["3 小时", "3 天", "3 个工作日"]


def test_due_soon_means_by_the_end_of_the_next_working_day() -> None:
    due = _due(1, WORKING, datetime(2026, 9, 29, 9))  # ends 2026-09-30
    assert due.is_due_soon(datetime(2026, 9, 29, 9), TABLE)
    late = _due(2, WORKING, datetime(2026, 9, 29, 9))  # ends 2026-10-08
    assert not late.is_due_soon(datetime(2026, 9, 29, 9), TABLE)
    assert late.is_due_soon(datetime(2026, 9, 30, 9), TABLE)  # next working day is 10-08
    assert not late.is_due_soon(datetime(2026, 10, 9), TABLE)  # overdue


def test_bad_limits_and_times_are_programming_errors() -> None:
    for amount in (0, -1, 1001, True):
        with pytest.raises(ValueError):
            TimeLimit(amount, DAYS)
    with pytest.raises(ValueError):
        Suspension(datetime(2026, 1, 2), datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        _due(1, DAYS, datetime.fromisoformat("2026-01-01T09:00+08:00"))
