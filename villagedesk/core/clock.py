"""The clock port: where the time comes from, and the ISO texts the station stores it as.

Services that need the time take a ``now`` text (or a :class:`Clock`) as a keyword argument, so a
test can pass a fixed one; :data:`SYSTEM_CLOCK` is the real time. Every stored time is UTC:

- :func:`utc_stamp` ``2026-11-21T14:15:00.123Z``: records (created, updated, voided), the
  township's import log, returns and receipts.
- :func:`utc_stamp_seconds` ``2026-11-21T14:15:00Z``: what the village's sync page and CLI hand
  the village services (the packages it writes, its to-do list, its enrolment).
- :func:`utc_offset_stamp` ``2026-11-21T14:15:00+00:00``: a manifest or enrolment file written
  without a given time, and the key file.

All three are read back with :func:`parse_stamp`; the texts of one format sort by time.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Tells the time, timezone-aware, in UTC."""

    def now(self) -> datetime: ...


class SystemClock:
    """The computer's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock stopped at ``at`` (tests, proofs)."""

    def __init__(self, at: datetime) -> None:
        self.at = at.astimezone(UTC)

    def now(self) -> datetime:
        return self.at


SYSTEM_CLOCK: Clock = SystemClock()


def utc_stamp(clock: Clock = SYSTEM_CLOCK) -> str:
    """UTC time as ISO-8601 text with milliseconds, e.g. ``2026-11-21T14:15:00.123Z``."""
    return clock.now().astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_stamp_seconds(clock: Clock = SYSTEM_CLOCK) -> str:
    """UTC time as ISO-8601 text to the second, e.g. ``2026-11-21T14:15:00Z``."""
    return clock.now().astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def utc_offset_stamp(clock: Clock = SYSTEM_CLOCK) -> str:
    """UTC time to the second with a numeric offset, e.g. ``2026-11-21T14:15:00+00:00``."""
    return clock.now().astimezone(UTC).isoformat(timespec="seconds")


def parse_stamp(text: str) -> datetime:
    """An aware datetime from any of the three stamps (ValueError when it is none of them)."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
