"""The clock port and the three stored UTC stamps (each format kept as the station stores it)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from villagedesk.core.clock import (
    SYSTEM_CLOCK,
    FixedClock,
    parse_stamp,
    utc_offset_stamp,
    utc_stamp,
    utc_stamp_seconds,
)

AT = datetime(2026, 11, 21, 14, 15, 0, 123456, tzinfo=UTC)


def test_the_three_stamps() -> None:
    clock = FixedClock(AT)
    assert utc_stamp(clock) == "2026-11-21T14:15:00.123Z"
    assert utc_stamp_seconds(clock) == "2026-11-21T14:15:00Z"
    assert utc_offset_stamp(clock) == "2026-11-21T14:15:00+00:00"


def test_a_clock_in_another_zone_still_stamps_utc() -> None:
    beijing = timezone(timedelta(hours=8))
    clock = FixedClock(AT.astimezone(beijing))
    assert clock.now().utcoffset() == timedelta(0)
    assert utc_stamp(clock) == "2026-11-21T14:15:00.123Z"


def test_every_stored_stamp_reads_back() -> None:
    clock = FixedClock(AT)
    for text in (utc_stamp(clock), utc_stamp_seconds(clock), utc_offset_stamp(clock)):
        assert parse_stamp(text).replace(microsecond=0) == AT.replace(microsecond=0)


def test_the_system_clock_is_aware_utc() -> None:
    now = SYSTEM_CLOCK.now()
    assert now.tzinfo is not None and now.utcoffset() == timedelta(0)
    assert utc_stamp().endswith("Z") and len(utc_stamp()) == len("2026-11-21T14:15:00.123Z")
