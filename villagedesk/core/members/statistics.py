"""党员基本情况统计: counts of active members by sex, age, ethnicity, education, years of
membership, branch, category and standing. Each count keeps the ids of the members behind it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from villagedesk.core.dates import PartialDate, age_on
from villagedesk.core.members.model import Category, Education, Sex, Standing
from villagedesk.core.ports import StatsRow
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Statistics"


@dataclass(frozen=True)
class Bucket:
    label: Message
    member_ids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.member_ids)


@dataclass(frozen=True)
class StatGroup:
    key: str
    title: Message
    buckets: tuple[Bucket, ...]


@dataclass(frozen=True)
class MemberStatistics:
    total: int
    all_ids: tuple[int, ...]
    groups: tuple[StatGroup, ...]
    on: date


# (upper bound inclusive, label); None = no upper bound.
AGE_BANDS: tuple[tuple[int | None, str], ...] = (
    (30, QT_TRANSLATE_NOOP("Statistics", "30 and under")),
    (40, QT_TRANSLATE_NOOP("Statistics", "31–40")),
    (50, QT_TRANSLATE_NOOP("Statistics", "41–50")),
    (60, QT_TRANSLATE_NOOP("Statistics", "51–60")),
    (70, QT_TRANSLATE_NOOP("Statistics", "61–70")),
    (80, QT_TRANSLATE_NOOP("Statistics", "71–80")),
    (None, QT_TRANSLATE_NOOP("Statistics", "Over 80")),
)

# Completed years of membership: (upper bound exclusive, label).
YEARS_BANDS: tuple[tuple[int | None, str], ...] = (
    (5, QT_TRANSLATE_NOOP("Statistics", "Under 5 years")),
    (10, QT_TRANSLATE_NOOP("Statistics", "5–9 years")),
    (20, QT_TRANSLATE_NOOP("Statistics", "10–19 years")),
    (30, QT_TRANSLATE_NOOP("Statistics", "20–29 years")),
    (50, QT_TRANSLATE_NOOP("Statistics", "30–49 years")),
    (None, QT_TRANSLATE_NOOP("Statistics", "50 years and more")),
)
UNKNOWN = QT_TRANSLATE_NOOP("Statistics", "Not recorded")
NONE_CATEGORY = QT_TRANSLATE_NOOP("Statistics", "No category")


def age_band(birth: date, on: date) -> str:
    age = age_on(birth, on)
    for upper, label in AGE_BANDS:
        if upper is None or age <= upper:
            return label
    raise AssertionError("unreachable")


def membership_years(joined_on: PartialDate, on: date) -> int:
    """Completed years since joining, counting a month-only date from the 1st."""
    return age_on(joined_on.first_day(), on)


def years_band(joined_on: PartialDate | None, on: date) -> str:
    if joined_on is None:
        return UNKNOWN
    years = membership_years(joined_on, on)
    for upper, label in YEARS_BANDS:
        if upper is None or years < upper:
            return label
    raise AssertionError("unreachable")


Key = tuple[str, str]
"""A bucket's label as (translation context, source text)."""


def _stat(text: str) -> Key:
    return (CTX, text)


def _enum(text: str) -> Key:
    return ("Enum", text)


def _data(text: str) -> Key:
    return ("Data", text)


def _group(
    key: str,
    title: str,
    rows: list[StatsRow],
    keys_of: Callable[[StatsRow], Iterable[Key]],
    order: list[Key] | None,
) -> StatGroup:
    found: dict[Key, list[int]] = {}
    for row in rows:
        for k in keys_of(row):
            found.setdefault(k, []).append(row.id)
    names = list(order) if order is not None else sorted(found, key=lambda k: (-len(found[k]), k))
    names += [k for k in found if k not in names]
    buckets = tuple(Bucket(Message(*k), tuple(found.get(k, ()))) for k in names)
    return StatGroup(key, msg(CTX, title), buckets)


def member_statistics(rows: Iterable[StatsRow], *, today: date) -> MemberStatistics:
    """Count active members. Data values such as 汉族 or a branch name are shown as they are."""
    data = list(rows)

    def education_key(r: StatsRow) -> list[Key]:
        return [_enum(Education(r.education).label) if r.education else _stat(UNKNOWN)]

    def category_keys(r: StatsRow) -> list[Key]:
        keys = [_enum(c.label) for c in Category if r.categories & c.bit]
        return keys or [_stat(NONE_CATEGORY)]

    def joined(r: StatsRow) -> PartialDate | None:
        return PartialDate.from_iso(r.joined_on) if r.joined_on else None

    def years_key(r: StatsRow) -> list[Key]:
        return [_stat(years_band(joined(r), today))]

    groups = (
        _group(
            "sex",
            QT_TRANSLATE_NOOP("Statistics", "Sex"),
            data,
            lambda r: [_enum(Sex(r.sex).label)],
            [_enum(s.label) for s in Sex],
        ),
        _group(
            "age",
            QT_TRANSLATE_NOOP("Statistics", "Age"),
            data,
            lambda r: [_stat(age_band(date.fromisoformat(r.birth_date), today))],
            [_stat(label) for _, label in AGE_BANDS],
        ),
        _group(
            "ethnicity",
            QT_TRANSLATE_NOOP("Statistics", "Ethnic group"),
            data,
            lambda r: [_data(r.ethnicity) if r.ethnicity else _stat(UNKNOWN)],
            None,
        ),
        _group(
            "education",
            QT_TRANSLATE_NOOP("Statistics", "Education"),
            data,
            education_key,
            [_enum(e.label) for e in Education] + [_stat(UNKNOWN)],
        ),
        _group(
            "years",
            QT_TRANSLATE_NOOP("Statistics", "Years of membership"),
            data,
            years_key,
            [_stat(label) for _, label in YEARS_BANDS] + [_stat(UNKNOWN)],
        ),
        _group(
            "branch",
            QT_TRANSLATE_NOOP("Statistics", "Branch"),
            data,
            lambda r: [_data(r.branch_name) if r.branch_name else _stat(UNKNOWN)],
            None,
        ),
        _group(
            "category",
            QT_TRANSLATE_NOOP("Statistics", "Category"),
            data,
            category_keys,
            [_enum(c.label) for c in Category] + [_stat(NONE_CATEGORY)],
        ),
        _group(
            "standing",
            QT_TRANSLATE_NOOP("Statistics", "Standing"),
            data,
            lambda r: [_enum(Standing(r.standing).label)],
            [_enum(s.label) for s in Standing],
        ),
    )
    return MemberStatistics(len(data), tuple(r.id for r in data), groups, today)
