"""Realistic demo data for a village station: names by real surname frequency, valid ID numbers
with the region code of one county (沂源县, seed 000), and dates that agree with each other.

Pure generation only; :mod:`villagedesk.core.services.demo` writes it through the store ports.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from villagedesk.core.dates import PartialDate, add_years
from villagedesk.core.id_number import check_character
from villagedesk.core.members.model import Category, Education, MemberValues, Sex, Standing

#: 沂源县, 淄博市, 山东省: the county of the demo village.
REGION_CODE = "370323"
STATION_CODE = "370323104203"
STATION_NAME = "沂源县鲁村镇东河村党群服务站"
VILLAGE = "东河村"

# Surnames with rough relative frequency (per mille) in rural Shandong.
SURNAMES: tuple[tuple[str, int], ...] = (
    ("王", 92),
    ("张", 85),
    ("李", 80),
    ("刘", 66),
    ("陈", 30),
    ("杨", 28),
    ("赵", 32),
    ("孙", 40),
    ("高", 25),
    ("徐", 22),
    ("马", 20),
    ("朱", 18),
    ("胡", 12),
    ("郭", 17),
    ("吕", 12),
    ("宋", 16),
    ("于", 18),
    ("周", 14),
    ("任", 10),
    ("翟", 8),
    ("唐", 9),
    ("韩", 12),
    ("冯", 10),
    ("崔", 11),
    ("董", 10),
    ("曹", 10),
    ("魏", 9),
    ("田", 9),
    ("石", 9),
    ("姜", 10),
    ("贾", 7),
    ("毕", 6),
    ("亓", 5),
    ("齐", 7),
    ("丁", 7),
    ("薛", 6),
    ("尹", 5),
    ("侯", 6),
    ("孟", 7),
    ("秦", 5),
    ("黄", 8),
    ("吴", 9),
    ("林", 6),
    ("何", 6),
    ("曾", 3),
    ("单", 3),
    ("解", 3),
    ("仇", 2),
    ("缪", 1),
    ("查", 1),
    ("区", 1),
    ("朴", 1),
    ("房", 4),
    ("路", 4),
    ("邢", 5),
    ("隗", 1),
)
MALE_CHARS = "建国军伟强明志海刚勇斌波杰涛磊鹏峰辉东华林平文庆德福贵喜春山成祥永振兴长宝金元学民新"
FEMALE_CHARS = "秀英兰芳玉梅红霞丽娟敏静艳萍燕琴凤云珍桂花翠荣美春淑慧婷雪芬月"
RARE_CHARS = "堃喆赟䶮"

WORK_UNITS = (
    "沂源县人民医院",
    "鲁村镇人民政府",
    "沂源县供电公司",
    "沂源县第二中学",
    "鲁村镇中心小学",
    "沂源县农业农村局",
    "沂源县公安局鲁村派出所",
    "沂源县自然资源局",
    "鲁村镇卫生院",
    "沂源县农村商业银行鲁村支行",
)
MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "177",
    "180",
    "181",
    "182",
    "183",
    "186",
    "187",
    "188",
    "189",
    "199",
)


@dataclass(frozen=True)
class DemoMember:
    values: MemberValues
    group_index: int
    fate: str
    """"" (on roll), "transferred_out" or "deceased"."""


class DemoGenerator:
    """Yields demo members; the same seed gives the same station."""

    def __init__(self, *, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self._used: set[str] = set()
        self._surnames = [s for s, _ in SURNAMES]
        self._weights = [w for _, w in SURNAMES]

    def name(self, sex: Sex) -> str:
        rng = self.rng
        chars = MALE_CHARS if sex is Sex.MALE else FEMALE_CHARS
        given = rng.choice(chars)
        if rng.random() < 0.8:
            given += rng.choice(chars)
        if rng.random() < 0.004:
            given = given[:-1] + rng.choice(RARE_CHARS)
        return rng.choices(self._surnames, self._weights)[0] + given

    def id_number(self, birth: date, sex: Sex) -> str:
        rng = self.rng
        while True:
            seq = rng.randrange(0, 500) * 2 + (1 if sex is Sex.MALE else 0)
            first17 = f"{REGION_CODE}{birth:%Y%m%d}{seq:03d}"
            number = first17 + check_character(first17)
            if number not in self._used:
                self._used.add(number)
                return number

    def phone(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.85:
            return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
        if roll < 0.92:
            return f"0533-3{rng.randrange(10**6):06d}"
        return ""

    def member(self, index: int, groups: int) -> DemoMember:
        rng = self.rng
        today = self.today
        sex = Sex.MALE if rng.random() < 0.72 else Sex.FEMALE
        age = min(96, max(20, int(rng.triangular(20, 96, 62))))
        birth = add_years(today, -age) - timedelta(days=rng.randrange(1, 365))
        adult = add_years(birth, 18)
        join_age = min(age - 0.2, rng.triangular(18.5, 55, 26))
        joined_day = birth + timedelta(days=int(join_age * 365.25))
        if joined_day < adult:
            joined_day = adult + timedelta(days=rng.randrange(1, 200))
        if joined_day > today:
            joined_day = today - timedelta(days=rng.randrange(1, 60))
        month_only = joined_day.year < 1990 and rng.random() < 0.5
        joined = PartialDate(
            joined_day.year, joined_day.month, None if month_only else joined_day.day
        )
        full_day = add_years(joined_day, 1)
        if full_day <= today - timedelta(days=7):
            full: PartialDate | None = PartialDate(
                full_day.year, full_day.month, None if month_only else full_day.day
            )
            standing = Standing.FULL
        else:
            full, standing = None, Standing.PROBATIONARY
        categories: set[Category] = set()
        work_unit = ""
        # About a third of all members are in-service (issue 3): most of the under-60s.
        if age < 60 and rng.random() < 0.64:
            categories.add(Category.IN_SERVICE)
            work_unit = rng.choice(WORK_UNITS)
        elif age < 50 and rng.random() < 0.2:
            categories.add(Category.MOBILE)
            work_unit = rng.choice(("青岛", "济南", "淄博", "北京", "上海", "苏州")) + "务工"
        if today.year - joined.year >= 50 or age >= 75:
            categories.add(Category.VETERAN)
        if rng.random() < 0.04:
            categories.add(Category.IN_HARDSHIP)
        if age >= 60 and rng.random() < 0.15:
            categories.add(Category.RETIRED)
        fate = ""
        roll = rng.random()
        if roll < 0.02:
            fate = "transferred_out"
        elif roll < 0.045 and age > 70:
            fate = "deceased"
        values = MemberValues(
            name=self.name(sex),
            id_number=self.id_number(birth, sex),
            sex=sex,
            birth_date=birth,
            ethnicity="回族" if rng.random() < 0.01 else "汉族",
            education=self._education(birth.year),
            phone=self.phone() if age < 85 else "",
            joined_on=joined,
            full_member_on=full,
            standing=standing,
            branch_id=None,
            work_unit=work_unit,
            address=f"{VILLAGE}{rng.randrange(1, 9)}组{rng.randrange(1, 120)}号",
            categories=frozenset(categories),
        )
        return DemoMember(values, index % groups, fate)

    def _education(self, birth_year: int) -> Education:
        rng = self.rng
        if birth_year < 1950:
            options: tuple[Education, ...] = (Education.PRIMARY, Education.JUNIOR_HIGH)
            weights: tuple[int, ...] = (6, 3)
        elif birth_year < 1975:
            options = (
                Education.PRIMARY,
                Education.JUNIOR_HIGH,
                Education.HIGH_SCHOOL,
                Education.SECONDARY_VOCATIONAL,
            )
            weights = (2, 5, 3, 1)
        else:
            options = (
                Education.JUNIOR_HIGH,
                Education.HIGH_SCHOOL,
                Education.SECONDARY_VOCATIONAL,
                Education.COLLEGE,
                Education.BACHELOR,
                Education.POSTGRADUATE,
            )
            weights = (2, 2, 2, 3, 3, 1)
        return rng.choices(options, weights)[0]

    def members(self, count: int, groups: int) -> Iterator[DemoMember]:
        for i in range(count):
            yield self.member(i, groups)


_NUMERALS = "一二三四五六七八九十"


def ordinal(n: int) -> str:
    """第一 … 第十, then Arabic digits."""
    return f"第{_NUMERALS[n - 1]}" if n <= 10 else f"第{n}"


def branch_names(members: int) -> list[str]:
    """One village branch; a large station (benchmarks) gets a branch per 500 members."""
    if members <= 500:
        return [f"{VILLAGE}党支部"]
    return [f"{VILLAGE}{ordinal(i + 1)}党支部" for i in range(members // 500)]


def group_names(members: int) -> list[str]:
    """About 25 members per Party group, at least three groups."""
    count = max(3, round(members / 25))
    return [f"{ordinal(i + 1)}党小组" for i in range(count)]


def fate_date(rng: random.Random, today: date) -> PartialDate:
    return PartialDate.of(today - timedelta(days=rng.randrange(30, 3 * 365)))
