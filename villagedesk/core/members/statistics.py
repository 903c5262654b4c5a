"""党员基本情况统计: counts of active members by sex, age, ethnicity, education, years of
membership, branch, category and standing. Each count keeps the ids of the members behind it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from villagedesk.core.dates import PartialDate, age_on
from villagedesk.core.members.model import Category, Education, Sex, Standing
from villagedesk.core.members.ports import StatsRow
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


KeysOf = Callable[[StatsRow, date], Iterable[Key]]
"""The bucket(s) a member's row counts in, on a day."""


def _sex(r: StatsRow, on: date) -> list[Key]:
    return [_enum(Sex(r.sex).label)]


def _age(r: StatsRow, on: date) -> list[Key]:
    return [_stat(age_band(date.fromisoformat(r.birth_date), on))]


def _ethnicity(r: StatsRow, on: date) -> list[Key]:
    return [_data(r.ethnicity) if r.ethnicity else _stat(UNKNOWN)]


def _education(r: StatsRow, on: date) -> list[Key]:
    return [_enum(Education(r.education).label) if r.education else _stat(UNKNOWN)]


def _years(r: StatsRow, on: date) -> list[Key]:
    joined = PartialDate.from_iso(r.joined_on) if r.joined_on else None
    return [_stat(years_band(joined, on))]


def _branch(r: StatsRow, on: date) -> list[Key]:
    return [_data(r.branch_name) if r.branch_name else _stat(UNKNOWN)]


def _categories(r: StatsRow, on: date) -> list[Key]:
    keys = [_enum(c.label) for c in Category if r.categories & c.bit]
    return keys or [_stat(NONE_CATEGORY)]


def _standing(r: StatsRow, on: date) -> list[Key]:
    return [_enum(Standing(r.standing).label)]


@dataclass(frozen=True)
class _GroupSpec:
    """One group of the page: its buckets in a fixed order, or (``order`` None) by count."""

    key: str
    title: str
    keys_of: KeysOf
    order: list[Key] | None


_GROUPS = (
    _GroupSpec("sex", QT_TRANSLATE_NOOP("Statistics", "Sex"), _sex, [_enum(s.label) for s in Sex]),
    _GroupSpec(
        "age",
        QT_TRANSLATE_NOOP("Statistics", "Age"),
        _age,
        [_stat(label) for _, label in AGE_BANDS],
    ),
    _GroupSpec("ethnicity", QT_TRANSLATE_NOOP("Statistics", "Ethnic group"), _ethnicity, None),
    _GroupSpec(
        "education",
        QT_TRANSLATE_NOOP("Statistics", "Education"),
        _education,
        [_enum(e.label) for e in Education] + [_stat(UNKNOWN)],
    ),
    _GroupSpec(
        "years",
        QT_TRANSLATE_NOOP("Statistics", "Years of membership"),
        _years,
        [_stat(label) for _, label in YEARS_BANDS] + [_stat(UNKNOWN)],
    ),
    _GroupSpec("branch", QT_TRANSLATE_NOOP("Statistics", "Branch"), _branch, None),
    _GroupSpec(
        "category",
        QT_TRANSLATE_NOOP("Statistics", "Category"),
        _categories,
        [_enum(c.label) for c in Category] + [_stat(NONE_CATEGORY)],
    ),
    _GroupSpec(
        "standing",
        QT_TRANSLATE_NOOP("Statistics", "Standing"),
        _standing,
        [_enum(s.label) for s in Standing],
    ),
)


def _group(spec: _GroupSpec, rows: list[StatsRow], on: date) -> StatGroup:
    found: dict[Key, list[int]] = {}
    for row in rows:
        for k in spec.keys_of(row, on):
            found.setdefault(k, []).append(row.id)
    order = spec.order
    names = list(order) if order is not None else sorted(found, key=lambda k: (-len(found[k]), k))
    names += [k for k in found if k not in names]
    buckets = tuple(Bucket(Message(*k), tuple(found.get(k, ()))) for k in names)
    return StatGroup(spec.key, msg(CTX, spec.title), buckets)


def member_statistics(rows: Iterable[StatsRow], *, today: date) -> MemberStatistics:
    """Count active members. Data values such as 汉族 or a branch name are shown as they are."""
    data = list(rows)
    groups = tuple(_group(spec, data, today) for spec in _GROUPS)
    return MemberStatistics(len(data), tuple(r.id for r in data), groups, today)
