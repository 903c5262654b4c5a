"""Times as the secretary types them (``2026-05-20 09:30``, ``2026.5.20 9:30``,
``2026年5月20日 9:30``), read as station time to the minute."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time

from villagedesk.core.dates import PartialDate
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Request"
_SPLIT = re.compile(
    r"^(?P<day>.+?)(?:[ T]+|(?<=日))(?P<hour>\d{1,2})[:：时](?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?分?$"
)


def parse_moment_text(text: str) -> datetime | None:
    """The moment ``text`` names, or None when it is not a date with a time of day."""
    s = unicodedata.normalize("NFKC", text).strip()
    m = _SPLIT.match(s)
    if m is None:
        return None
    try:
        day = PartialDate.parse(m["day"].strip())
        if day.day is None:
            return None
        return datetime.combine(day.first_day(), time(int(m["hour"]), int(m["minute"])))
    except ValueError:
        return None


def _has_day(text: str) -> bool:
    try:
        return PartialDate.parse(unicodedata.normalize("NFKC", text).strip()).day is not None
    except ValueError:
        return False


def parse_moment(
    text: str,
    key: str,
    errors: dict[str, list[Message]],
    *,
    today: date,
    now: datetime | None = None,
) -> datetime | None:
    """The moment typed under ``key``; an empty text is ``now`` when given. Problems go to
    ``errors[key]``: not a time, or later than now (or than today)."""
    if not text.strip():
        if now is not None:
            return now
        errors.setdefault(key, []).append(
            msg(CTX, QT_TRANSLATE_NOOP("Request", "Enter the date and time."))
        )
        return None
    moment = parse_moment_text(text)
    if moment is None:
        problem = (
            QT_TRANSLATE_NOOP("Request", "Add the time of day, like 2026-05-20 09:30.")
            if _has_day(text)
            else QT_TRANSLATE_NOOP("Request", "Not a time. Write it like 2026-05-20 09:30.")
        )
        errors.setdefault(key, []).append(msg(CTX, problem))
        return None
    if moment.date() > today or (now is not None and moment > now):
        errors.setdefault(key, []).append(
            msg(CTX, QT_TRANSLATE_NOOP("Request", "The time is in the future."))
        )
        return None
    return moment
