"""One year of the holiday table as a ``holiday-cn`` JSON document, read with every check.

The schema is the public holiday-cn data's: ``{"year": 2026, "days": [{"name": "元旦",
"date": "2026-01-01", "isOffDay": true}, …]}``; other keys (``$schema``, ``papers``) are
ignored. A document comes from the package data, a township's receipt or a file a secretary
picked, so it is read as hostile: bounded in size, the year in range, every date a real date of
that year, no date twice. A year's notice may name make-up days at the edge of the next or the
previous year (holiday-cn's 2007.json has 2006-12-30), so December of the year before and January
of the year after are accepted too. Refusals are :class:`ValidationError` in Chinese.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypedDict

from villagedesk.core.errors import ValidationError
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

MIN_YEAR = 2000
MAX_YEAR = 2100
MAX_DOCUMENT_BYTES = 64 * 1024
MAX_DAYS = 120
MAX_NAME_LENGTH = 40
MAX_REPORTED = 10

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

C = "Calendar"


class HolidayDayData(TypedDict):
    """One ``days`` entry as holiday-cn writes it."""

    name: str
    date: str
    isOffDay: bool


class HolidayDocument(TypedDict):
    year: int
    days: list[HolidayDayData]


@dataclass(frozen=True)
class HolidayDay:
    """A day the notice names: an off-day of a holiday (``off``) or a make-up working day."""

    day: date
    name: str
    off: bool


@dataclass(frozen=True)
class HolidayYear:
    """One year's notice (节假日安排), its days in date order."""

    year: int
    days: tuple[HolidayDay, ...]

    def to_document(self) -> HolidayDocument:
        return {
            "year": self.year,
            "days": [
                {"name": d.name, "date": d.day.isoformat(), "isOffDay": d.off} for d in self.days
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_document(), ensure_ascii=False, indent=1)


def _refuse(*messages: Message) -> ValidationError:
    return ValidationError({"file": list(messages)})


def _decode(data: str | bytes) -> object:
    size = len(data)  # a str's UTF-8 form is never shorter than its length
    if isinstance(data, str) and size <= MAX_DOCUMENT_BYTES:
        size = len(data.encode("utf-8"))
    if size > MAX_DOCUMENT_BYTES:
        text = QT_TRANSLATE_NOOP(
            "Calendar", "The calendar file is too large ({size} KB; at most {limit} KB)."
        )
        raise _refuse(msg(C, text, size=size // 1024, limit=MAX_DOCUMENT_BYTES // 1024))
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        raise _refuse(
            msg(C, QT_TRANSLATE_NOOP("Calendar", "The calendar file is not a valid JSON document."))
        ) from None


def _read_year(document: Mapping[str, object]) -> int:
    year = document.get("year")
    if isinstance(year, bool) or not isinstance(year, int):
        raise _refuse(
            msg(C, QT_TRANSLATE_NOOP("Calendar", "The calendar file does not name its year."))
        )
    if not MIN_YEAR <= year <= MAX_YEAR:
        text = QT_TRANSLATE_NOOP("Calendar", "The year {year} is outside {first}–{last}.")
        raise _refuse(msg(C, text, year=year, first=MIN_YEAR, last=MAX_YEAR))
    return year


def _read_day_list(document: Mapping[str, object]) -> list[object]:
    days = document.get("days")
    if not isinstance(days, list):
        raise _refuse(
            msg(C, QT_TRANSLATE_NOOP("Calendar", "The calendar file has no list of days."))
        )
    if not days:
        text = QT_TRANSLATE_NOOP(
            "Calendar", "The calendar file lists no days (not published yet?)."
        )
        raise _refuse(msg(C, text))
    if len(days) > MAX_DAYS:
        text = QT_TRANSLATE_NOOP(
            "Calendar", "The calendar file lists {count} days; at most {limit} are allowed."
        )
        raise _refuse(msg(C, text, count=len(days), limit=MAX_DAYS))
    return days


def _in_reach(day: date, year: int) -> bool:
    """The year itself, or the edge month of a neighbouring year a notice may name."""
    return (
        day.year == year
        or (day.year == year - 1 and day.month == 12)
        or (day.year == year + 1 and day.month == 1)
    )


def _read_day(item: object, year: int) -> HolidayDay | Message:
    if not isinstance(item, dict):
        return msg(C, QT_TRANSLATE_NOOP("Calendar", "it is not a day."))
    name, text, off = item.get("name"), item.get("date"), item.get("isOffDay")
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME_LENGTH:
        return msg(C, QT_TRANSLATE_NOOP("Calendar", "the holiday's name is missing or too long."))
    if not isinstance(off, bool):
        return msg(C, QT_TRANSLATE_NOOP("Calendar", "“isOffDay” is not true or false."))
    day = _parse_date(text)
    if day is None:
        return msg(C, QT_TRANSLATE_NOOP("Calendar", "the date is not a date like 2026-10-01."))
    if not _in_reach(day, year):
        return msg(
            C,
            QT_TRANSLATE_NOOP("Calendar", "the date {date} is not in {year}."),
            date=text,
            year=year,
        )
    return HolidayDay(day, name.strip(), off)


def _parse_date(text: object) -> date | None:
    if not isinstance(text, str) or not _ISO_DATE.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _day_problem(number: int, problem: Message) -> Message:
    return msg(
        C, QT_TRANSLATE_NOOP("Calendar", "Day {number}: {problem}"), number=number, problem=problem
    )


def _read_days(items: list[object], year: int) -> tuple[list[HolidayDay], list[Message]]:
    days: list[HolidayDay] = []
    problems: list[Message] = []
    seen: set[date] = set()
    for number, item in enumerate(items, start=1):
        read = _read_day(item, year)
        if isinstance(read, Message):
            problems.append(_day_problem(number, read))
        elif read.day in seen:
            text = QT_TRANSLATE_NOOP("Calendar", "the date {date} is listed twice.")
            problems.append(_day_problem(number, msg(C, text, date=read.day.isoformat())))
        else:
            seen.add(read.day)
            days.append(read)
    return days, problems


def _bounded(problems: list[Message]) -> list[Message]:
    if len(problems) <= MAX_REPORTED:
        return problems
    more = msg(
        C, QT_TRANSLATE_NOOP("Calendar", "… and {count} more."), count=len(problems) - MAX_REPORTED
    )
    return [*problems[:MAX_REPORTED], more]


def read_holiday_document(data: str | bytes) -> HolidayYear:
    """Read one holiday-cn document; raise :class:`ValidationError` (key ``file``) naming every
    problem, at most :data:`MAX_REPORTED` of them."""
    document = _decode(data)
    if not isinstance(document, dict):
        text = QT_TRANSLATE_NOOP("Calendar", "The calendar file is not one year's holiday table.")
        raise _refuse(msg(C, text))
    year = _read_year(document)
    days, problems = _read_days(_read_day_list(document), year)
    if problems:
        raise _refuse(*_bounded(problems))
    return HolidayYear(year, tuple(sorted(days, key=lambda d: d.day)))
