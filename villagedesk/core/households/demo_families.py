"""Demo families: who lives together in a demo household, around the demo members.

A house has a head (a member on the roll, or a villager of a likely age), most often a spouse,
sometimes a parent, children a few years apart and, where a child is grown, grandchildren; a
young member lives in their parents' household as a grown child. Every resident gets a valid ID
number of the demo county whose date agrees with their age; houses get tags by the odds below
and residents the relief categories their age and the house's tags suggest.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from villagedesk.core.dates import add_years, age_on
from villagedesk.core.households.model import HouseholdTag as T
from villagedesk.core.households.model import Relation
from villagedesk.core.households.ports import MemberPerson
from villagedesk.core.id_number import check_character
from villagedesk.core.members import demo
from villagedesk.core.members.model import Category, Sex

_SIZES = ((1, 10), (2, 25), (3, 25), (4, 22), (5, 13), (6, 5))
_TAG_ODDS = (
    (T.VILLAGER_REP, 0.06),
    (T.PRIVATE_BUSINESS, 0.06),
    (T.POOR, 0.06),
    (T.SUBSISTENCE, 0.05),
    (T.DISABILITY, 0.05),
    (T.MILITARY_FAMILY, 0.03),
    (T.PETITIONER, 0.012),
)


@dataclass
class DemoPerson:
    name: str
    sex: Sex
    birth: date
    relation: Relation
    member: MemberPerson | None = None
    id_number: str = ""
    phone: str = ""
    relief: list[str] = field(default_factory=list)


@dataclass
class DemoHouse:
    grid: int
    number: int
    people: list[DemoPerson]
    tags: set[T] = field(default_factory=set)
    destitute: bool = False


class FamilyBuilder:
    def __init__(self, seed: int, today: date, used_ids: set[str]) -> None:
        self.rng = random.Random(seed)
        self.names = demo.DemoGenerator(seed=seed + 11, today=today)
        self.today = today
        self.used = used_ids

    def birth(self, age: int) -> date:
        return add_years(self.today, -age) - timedelta(days=self.rng.randrange(1, 365))

    def id_number(self, birth: date, sex: Sex) -> str:
        while True:
            seq = self.rng.randrange(0, 500) * 2 + (1 if sex is Sex.MALE else 0)
            first17 = f"{demo.REGION_CODE}{birth:%Y%m%d}{seq:03d}"
            number = first17 + check_character(first17)
            if number not in self.used:
                self.used.add(number)
                return number

    def person(self, age: int, sex: Sex, relation: Relation, surname: str = "") -> DemoPerson:
        name = self.names.name(sex)
        if surname:
            name = surname + name[1:]
        return DemoPerson(name, sex, self.birth(max(0, age)), relation)

    def age(self, p: DemoPerson) -> int:
        return age_on(p.birth, self.today)

    def house(self, index: int, grids: int, anchor: MemberPerson | None) -> DemoHouse:
        rng = self.rng
        child_member: MemberPerson | None = None
        if anchor is not None and age_on(anchor.birth_date, self.today) < 30:
            child_member, anchor = anchor, None
        if anchor is not None:
            head = DemoPerson(anchor.name, anchor.sex, anchor.birth_date, Relation.HEAD, anchor)
        else:
            age = int(rng.triangular(25, 92, 58))
            if child_member is not None:
                age = age_on(child_member.birth_date, self.today) + rng.randrange(22, 33)
            sex = Sex.MALE if rng.random() < 0.85 else Sex.FEMALE
            head = self.person(age, sex, Relation.HEAD)
        head_age = self.age(head)
        sizes, weights = zip(*_SIZES, strict=True)
        size = rng.choices(sizes, weights)[0]
        if head_age >= 75:
            size = min(size, 2)
        if child_member is not None:
            size = max(size, 3)
        people = [head]
        spouse: DemoPerson | None = None
        if size >= 2 and not (head_age >= 80 and rng.random() < 0.4):
            other = Sex.FEMALE if head.sex is Sex.MALE else Sex.MALE
            spouse_age = max(20, head_age + rng.randrange(-5, 4))
            spouse = self.person(spouse_age, other, Relation.SPOUSE)
            people.append(spouse)
        father = head if head.sex is Sex.MALE or spouse is None else spouse
        surname = father.name[0]
        if len(people) < size and head_age <= 55 and rng.random() < 0.35:
            parent_age = min(92, head_age + rng.randrange(24, 31))
            people.append(self.person(parent_age, rng.choice(list(Sex)), Relation.PARENT, surname))
        child_age = head_age - rng.randrange(23, 32)
        children: list[DemoPerson] = []
        if child_member is not None:
            rel = Relation.SON if child_member.sex is Sex.MALE else Relation.DAUGHTER
            children.append(
                DemoPerson(
                    child_member.name, child_member.sex, child_member.birth_date, rel, child_member
                )
            )
            child_age = age_on(child_member.birth_date, self.today) - rng.randrange(2, 5)
        while len(people) + len(children) < size and child_age >= 0:
            sex = rng.choice(list(Sex))
            rel = Relation.SON if sex is Sex.MALE else Relation.DAUGHTER
            children.append(self.person(child_age, sex, rel, surname))
            child_age -= rng.randrange(2, 5)
        people.extend(children)
        grown = [c for c in children if self.age(c) >= 24]
        while len(people) < size and grown:
            age = rng.randrange(0, max(1, self.age(grown[0]) - 20))
            people.append(self.person(age, rng.choice(list(Sex)), Relation.GRANDCHILD, surname))
        for p in people:
            if p.member is not None:
                p.id_number, p.phone = p.member.id_number, p.member.phone
            else:
                p.id_number = self.id_number(p.birth, p.sex)
                adult = 18 <= self.age(p) < 80
                p.phone = self.names.phone() if adult and rng.random() < 0.7 else ""
        house = DemoHouse(1 + index % grids, 1 + index // grids, people)
        self.tag(house)
        return house

    def tag(self, house: DemoHouse) -> None:
        rng = self.rng
        for tag, odds in _TAG_ODDS:
            if rng.random() < odds:
                house.tags.add(tag)
        ages = [self.age(p) for p in house.people]
        if any(a < 16 for a in ages) and rng.random() < 0.15:
            house.tags.add(T.LEFT_BEHIND_CHILDREN)
        if min(ages) >= 65 and rng.random() < 0.3:
            house.tags.add(T.LEFT_BEHIND_ELDERLY)
        women = any(p.sex is Sex.FEMALE and 25 <= self.age(p) <= 55 for p in house.people)
        if women and rng.random() < 0.03:
            house.tags.add(T.LEFT_BEHIND_WOMEN)
        if len(house.people) == 1 and ages[0] >= 60 and rng.random() < 0.2:
            house.tags.add(T.FIVE_GUARANTEES)
            house.destitute = rng.random() < 0.3
        self.relief(house)

    def relief(self, house: DemoHouse) -> None:
        rng, tags = self.rng, house.tags
        head = house.people[0]
        for p in house.people:
            age = self.age(p)
            if p.member is not None:
                if T.POOR in tags:
                    p.relief.append("贫困党员")
                if age >= 70 or p.member.categories & Category.VETERAN.bit:
                    p.relief.append("老党员")
            if 6 <= age <= 22 and tags & {T.POOR, T.SUBSISTENCE}:
                p.relief.append("贫困学生")
            if T.SUBSISTENCE in tags:
                p.relief.append("低保对象")
            if age < 16 and T.LEFT_BEHIND_CHILDREN in tags:
                p.relief.append("留守儿童")
            if age >= 65 and T.LEFT_BEHIND_ELDERLY in tags:
                p.relief.append("留守老人")
            if age >= 18 and rng.random() < 0.01:
                p.relief.append("重病患者")
        if T.FIVE_GUARANTEES in tags:
            head.relief.append("特困供养人员")
        if T.DISABILITY in tags:
            rng.choice(house.people).relief.append("残疾人")
        if T.MILITARY_FAMILY in tags:
            head.relief.append("优抚对象")
