"""Rules of the in-service campaign, each in one place: the campaign year of a date, the station's
short code, the contact-card number, dates to the day and service hours."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.dates import PartialDate
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "InService"
#: What every in-service write changes: the screens showing the campaign refresh.
IN_SERVICE_CHANGES = Changes.of(Topic.IN_SERVICE)

#: The suffixes a station's name carries after its place name.
_STATION_SUFFIXES = (
    "党群服务站",
    "党群服务中心",
    "党员服务中心",
    "党员服务站",
    "便民服务中心",
    "服务中心",
    "服务站",
    "党支部",
    "党委",
    "村委会",
    "居委会",
)
_PLACE = re.compile(r"[^省市县区镇乡村]+?(?:自治州|自治县|街道|社区|居委会|省|市|县|区|镇|乡|村)")
_CODE = re.compile(r"^[A-Z]{2,4}$")
_LONG_DIGITS = re.compile(r"\d{11,}")
FALLBACK_CODE = "ZD"
MAX_PLACES = 999


# -- campaign year ------------------------------------------------------------------------------


def campaign_year_of(day: date, start_month: int = 1) -> int:
    """The campaign year ``day`` falls in: named after the calendar year it starts in."""
    return day.year if day.month >= start_month else day.year - 1


def campaign_year_bounds(year: int, start_month: int = 1) -> tuple[date, date]:
    """First and last day of campaign year ``year``."""
    first = date(year, start_month, 1)
    following = date(year + 1, start_month, 1)
    return first, following - timedelta(days=1)


def campaign_year_label(year: int, start_month: int = 1) -> str:
    """2026, or 2026–2027 when the year does not start in January."""
    return str(year) if start_month == 1 else f"{year}–{year + 1}"


def check_start_month(value: int) -> list[Message]:
    if 1 <= value <= 12:
        return []
    return [msg(CTX, QT_TRANSLATE_NOOP("InService", "The month must be between 1 and 12."))]


# -- short code and card number -----------------------------------------------------------------


def village_part(station_name: str) -> str:
    """The village or community in a station's name: 沂源县鲁村镇东河村党群服务站 -> 东河村."""
    name = "".join(unicodedata.normalize("NFKC", station_name).split())
    changed = True
    while changed:
        changed = False
        for suffix in _STATION_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix):
                name, changed = name[: -len(suffix)], True
    places = _PLACE.findall(name)
    for place in reversed(places):
        if place.endswith(("村", "社区", "居委会")):
            return str(place)
    return str(places[-1]) if places else name


def derive_short_code(station_name: str) -> str:
    """Pinyin initials of the village part, 2–4 capitals: 东河村 -> DHC."""
    from villagedesk.core.pinyin import name_keys

    part = "".join(ch for ch in village_part(station_name) if not ch.isdigit())
    # A leading 一 takes the surname reading, so that 区 reads qu (not the surname ou).
    letters = (name_keys("一" + part).initials.split() or [""])[0][1:]
    code = "".join(c for c in letters.upper() if "A" <= c <= "Z")[:4]
    return code if len(code) >= 2 else FALLBACK_CODE


def check_short_code(text: str) -> tuple[str, list[Message]]:
    """The code as stored (capitals) and any problems; an empty text means "derive it"."""
    code = unicodedata.normalize("NFKC", text).strip().upper()
    if not code or _CODE.match(code):
        return code, []
    return code, [
        msg(CTX, QT_TRANSLATE_NOOP("InService", "The short code is 2 to 4 letters, e.g. DHC."))
    ]


def card_number(short_code: str, campaign_year: int, sequence: int) -> str:
    """The contact card's number, e.g. DC-2026-0012. Never a run of 11 or more digits."""
    number = f"{short_code}-{campaign_year}-{sequence:04d}"
    if has_long_digit_run(number):  # a sequence past 10^10 would read as a phone or ID number
        raise ValueError("sequence too large for a card number")
    return number


def has_long_digit_run(text: str) -> bool:
    return _LONG_DIGITS.search(text) is not None


# -- field parsing ------------------------------------------------------------------------------


def parse_day(
    text: str, field: str, errors: dict[str, list[Message]], *, today: date, required: bool = True
) -> date | None:
    """A date to the day, not in the future; problems go to ``errors[field]``."""
    if not text.strip():
        if required:
            errors.setdefault(field, []).append(
                msg(CTX, QT_TRANSLATE_NOOP("InService", "Enter the date."))
            )
        return None
    try:
        value = PartialDate.parse(text)
    except ValueError:
        value = None
    if value is None or value.day is None:
        errors.setdefault(field, []).append(
            msg(CTX, QT_TRANSLATE_NOOP("InService", "Not a date. Write it like 2026.03.15."))
        )
        return None
    day = value.first_day()
    if day > today:
        errors.setdefault(field, []).append(
            msg(CTX, QT_TRANSLATE_NOOP("InService", "The date is in the future."))
        )
        return None
    return day


def check_places(text: str, errors: dict[str, list[Message]]) -> int:
    """A post's number of places: a whole number from 1 to MAX_PLACES (0 when it is not)."""
    try:
        places = int(text.strip())
    except ValueError:
        places = 0
    if not 1 <= places <= MAX_PLACES:
        errors["places"] = [
            msg(
                CTX,
                QT_TRANSLATE_NOOP("InService", "The number of places is a whole number from 1."),
            )
        ]
        return 0
    return places


def parse_hours(text: str, errors: dict[str, list[Message]]) -> int | None:
    """Hours as typed (2, 2.5, 2.0) as half hours: more than 0, at most 24, in half hours."""
    s = unicodedata.normalize("NFKC", text).strip()
    try:
        halves = float(s) * 2
    except ValueError:
        halves = -1.0
    if not s or halves != halves or halves <= 0 or halves > 48:
        errors.setdefault("hours", []).append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "InService", "Hours must be more than 0 and at most 24 for one record."
                ),
            )
        )
        return None
    if halves != int(halves):
        errors.setdefault("hours", []).append(
            msg(CTX, QT_TRANSLATE_NOOP("InService", "Hours are counted in half hours, e.g. 1.5."))
        )
        return None
    return int(halves)
