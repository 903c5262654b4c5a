"""Dates that may be known only to the month (1985.07), kept and compared at their precision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_FULLWIDTH = str.maketrans("０１２３４５６７８９．－／　", "0123456789.-/ ")

_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^(\d{4})\s*[-./]\s*(\d{1,2})(?:\s*[-./]\s*(\d{1,2}))?$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日?)?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})?$"),
)


@dataclass(frozen=True)
class PartialDate:
    """A calendar date whose day may be unknown (``day is None`` means month precision)."""

    year: int
    month: int
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1000 <= self.year <= 9999:
            raise ValueError("invalid partial date")
        if self.day is not None:
            date(self.year, self.month, self.day)  # raises ValueError when impossible

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def of(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse 1985-07-12, 1985/7/12, 1985.07.12, 1985年7月12日, 19850712 and the month forms
        1985.07, 1985-07, 1985年7月, 198507. Raises ValueError on anything else."""
        s = text.strip().translate(_FULLWIDTH).strip()
        for pattern in _PATTERNS:
            m = pattern.match(s)
            if m:
                year, month = int(m.group(1)), int(m.group(2))
                day = int(m.group(3)) if m.group(3) else None
                return cls(year, month, day)
        raise ValueError(f"not a date: {text!r}")

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """Inverse of :meth:`iso` (the storage form)."""
        parts = text.split("-")
        return cls(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else None)

    # -- forms ----------------------------------------------------------------------------------
    @property
    def is_month(self) -> bool:
        return self.day is None

    def iso(self) -> str:
        """Storage form: ``YYYY-MM`` or ``YYYY-MM-DD``; sorts correctly as text."""
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def display(self) -> str:
        """The form secretaries write: ``1985.07`` or ``1985.07.12``."""
        if self.day is None:
            return f"{self.year:04d}.{self.month:02d}"
        return f"{self.year:04d}.{self.month:02d}.{self.day:02d}"

    def __str__(self) -> str:
        return self.display()

    def first_day(self) -> date:
        return date(self.year, self.month, self.day or 1)

    # -- comparison at the coarser precision ----------------------------------------------------
    def compare(self, other: PartialDate | date) -> int:
        """-1, 0 or 1, comparing only as far as both dates are known.

        1985.07 and 1985.07.12 compare equal: neither is known to come before the other.
        """
        # A date has the same year/month/day attributes (its day always known).
        a: tuple[int, ...] = (self.year, self.month)
        b: tuple[int, ...] = (other.year, other.month)
        if self.day is not None and other.day is not None:
            a, b = (*a, self.day), (*b, other.day)
        return (a > b) - (a < b)

    def is_before(self, other: PartialDate | date) -> bool:
        return self.compare(other) < 0

    def is_after(self, other: PartialDate | date) -> bool:
        return self.compare(other) > 0


#: How every date is shown on screen and on paper (2026.01.01), and the same for Qt's date edits.
DISPLAY_FORMAT = "%Y.%m.%d"
QT_DISPLAY_FORMAT = "yyyy.MM.dd"


def display_date(value: date | None) -> str:
    """``2026.01.01``; empty for no date."""
    return value.strftime(DISPLAY_FORMAT) if value is not None else ""


def display_stamp_day(stamp: str | None) -> str:
    """The day of a stored ISO stamp (``2026-01-01T08:30:00Z``) as ``2026.01.01``; a stamp that is
    not one is shown as it is."""
    if not stamp:
        return ""
    try:
        return display_date(date.fromisoformat(stamp[:10]))
    except ValueError:
        return stamp


def add_years(value: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return value.replace(year=value.year + years)
    except ValueError:
        return value.replace(year=value.year + years, day=28)


def age_on(birth: date, on: date) -> int:
    """Completed years of age on ``on``."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
