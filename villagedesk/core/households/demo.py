"""Demo households for a demo station: families that make sense, around the demo members.

Scale: households ≈ max(200, members × 0.3), about three residents each (600 at the default 60
members; 30,000 households and about 90,000 residents at 100,000 members). Every member on the
roll lives in a household (as its head, or as a grown child in their parents' household) while
there are households enough; at benchmark sizes, where members outnumber households, the first
ones are housed and the rest are not. A member's resident record carries the member's ID number,
which is what links the two. Residents get valid ID numbers of the same county (370323) whose
dates agree with their ages; households get tags, residents relief categories, and cadres (members
aged 25-65, in-service members first) link about ten households each.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from villagedesk.core.dates import add_years, age_on
from villagedesk.core.households.links import DEFAULT_LINK_LIMIT, LinkReason, LinkValues
from villagedesk.core.households.model import HouseholdTag as T
from villagedesk.core.households.model import HouseholdValues, Relation
from villagedesk.core.households.ports import MemberPerson
from villagedesk.core.households.relief_services import ensure_defaults
from villagedesk.core.households.resident import ResidentValues
from villagedesk.core.id_number import check_character
from villagedesk.core.members import demo
from villagedesk.core.members.model import Category, Sex
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.ports import UnitOfWork
from villagedesk.core.progress import Progress

CHUNK = 5000
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


def household_count(members: int) -> int:
    """How many demo households a station of ``members`` members gets."""
    return max(200, round(members * 0.3))


@dataclass
class _Person:
    name: str
    sex: Sex
    birth: date
    relation: Relation
    member: MemberPerson | None = None
    id_number: str = ""
    phone: str = ""
    relief: list[str] = field(default_factory=list)


@dataclass
class _House:
    grid: int
    number: int
    people: list[_Person]
    tags: set[T] = field(default_factory=set)
    destitute: bool = False


class _Builder:
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

    def person(self, age: int, sex: Sex, relation: Relation, surname: str = "") -> _Person:
        name = self.names.name(sex)
        if surname:
            name = surname + name[1:]
        return _Person(name, sex, self.birth(max(0, age)), relation)

    def age(self, p: _Person) -> int:
        return age_on(p.birth, self.today)

    def house(self, index: int, grids: int, anchor: MemberPerson | None) -> _House:
        rng = self.rng
        child_member: MemberPerson | None = None
        if anchor is not None and age_on(anchor.birth_date, self.today) < 30:
            child_member, anchor = anchor, None
        if anchor is not None:
            head = _Person(anchor.name, anchor.sex, anchor.birth_date, Relation.HEAD, anchor)
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
        spouse: _Person | None = None
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
        children: list[_Person] = []
        if child_member is not None:
            rel = Relation.SON if child_member.sex is Sex.MALE else Relation.DAUGHTER
            children.append(
                _Person(
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
        house = _House(1 + index % grids, 1 + index // grids, people)
        self.tag(house)
        return house

    def tag(self, house: _House) -> None:
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

    def relief(self, house: _House) -> None:
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


def _reason(house: _House) -> tuple[LinkReason, str]:
    if T.POOR in house.tags:
        return LinkReason.POOR, ""
    if T.PETITIONER in house.tags:
        return LinkReason.PETITIONER, ""
    if any(p.member is not None for p in house.people):
        return LinkReason.PARTY_MEMBER, ""
    if T.VILLAGER_REP in house.tags:
        return LinkReason.VILLAGER_REP, ""
    if T.PRIVATE_BUSINESS in house.tags:
        return LinkReason.PRIVATE_BUSINESS, ""
    return LinkReason.OTHER, "独居老人，定期上门看望" if len(house.people) == 1 else "邻里互助"


def fill_households_demo(
    uow: UnitOfWork, *, seed: int, today: date, progress: Progress | None = None
) -> int:
    """Inside the demo's unit of work, after the members exist: households and all around them.

    Returns the number of households created.
    """
    progress = progress or Progress()
    people = [p for p in uow.households.member_people() if p.roll_status is RollStatus.ON_ROLL]
    count = household_count(len(people))
    rng = random.Random(seed + 3)
    anchors: list[MemberPerson | None] = list(people[:count])
    anchors += [None] * (count - len(anchors))
    rng.shuffle(anchors)
    builder = _Builder(seed + 5, today, {p.id_number for p in people})
    grids = max(8, count // 25)
    houses: list[_House] = []
    for i, anchor in enumerate(anchors):
        if i % CHUNK == 0:
            progress.check()
        houses.append(builder.house(i, grids, anchor))

    ensure_defaults(uow)
    category_ids = {c.name: c.id for c in uow.relief_categories.list()}
    household_ids = uow.households.add_many(
        [
            HouseholdValues(
                address=f"{demo.VILLAGE}{h.grid}组{h.number}号",
                grid=f"{h.grid}组",
                phone=next((p.phone for p in h.people if p.phone), ""),
                tags=frozenset(h.tags),
                destitute=h.destitute,
                note="",
            )
            for h in houses
        ]
    )
    progress.check()
    resident_rows = [
        ResidentValues(hid, p.name, p.id_number, p.sex, p.birth, p.relation, p.phone, "")
        for hid, h in zip(household_ids, houses, strict=True)
        for p in h.people
    ]
    resident_ids = uow.residents.add_many(resident_rows)
    progress.check()
    all_people = [p for h in houses for p in h.people]
    pairs = [
        (rid, category_ids[name])
        for rid, p in zip(resident_ids, all_people, strict=True)
        for name in dict.fromkeys(p.relief)
        if name in category_ids
    ]
    uow.residents.add_relief_many(pairs)
    progress.check()
    uow.household_links.add_many(_links(rng, people, houses, household_ids, today))
    return count


def _links(
    rng: random.Random,
    people: list[MemberPerson],
    houses: list[_House],
    household_ids: list[int],
    today: date,
) -> list[LinkValues]:
    """About 40% of households are linked, ten to a cadre; the first cadre has one too many."""
    linked = [
        i
        for i, h in enumerate(houses)
        if h.tags & {T.POOR, T.PETITIONER, T.VILLAGER_REP, T.PRIVATE_BUSINESS}
        or any(p.member is not None for p in h.people)
        or rng.random() < 0.25
    ]
    linked = linked[: max(1, round(len(houses) * 0.4))]
    wanted = max(1, round(len(linked) / DEFAULT_LINK_LIMIT))
    eligible = [p for p in people if 25 <= age_on(p.birth_date, today) <= 65]
    eligible.sort(key=lambda p: (not p.categories & Category.IN_SERVICE.bit, p.member_id))
    cadres = eligible[:wanted] or people[:1]
    if not cadres:
        return []
    out: list[LinkValues] = []
    for n, i in enumerate(linked):
        # The last household goes to the first cadre, one past the limit (the page shows it).
        last = n == len(linked) - 1 and len(cadres) > 1
        cadre = cadres[0] if last else cadres[n % len(cadres)]
        reason, note = _reason(houses[i])
        started = today - timedelta(days=rng.randrange(30, 700))
        out.append(LinkValues(cadre.member_id, household_ids[i], reason, note, started))
    return out
