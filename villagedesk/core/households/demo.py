"""Demo households for a demo station: the families of ``demo_families`` stored as households and
residents around the demo members, with their relief categories and the cadres' links.

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
from datetime import date, timedelta

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.dates import age_on
from villagedesk.core.households.demo_families import DemoHouse, FamilyBuilder
from villagedesk.core.households.links import DEFAULT_LINK_LIMIT, LinkReason, LinkValues
from villagedesk.core.households.model import HouseholdTag as T
from villagedesk.core.households.model import HouseholdValues
from villagedesk.core.households.ports import HouseholdsUnitOfWork, MemberPerson
from villagedesk.core.households.relief_services import ensure_defaults
from villagedesk.core.households.resident import ResidentValues
from villagedesk.core.members import demo
from villagedesk.core.members.model import Category
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP

CHUNK = 5000


def household_count(members: int) -> int:
    """How many demo households a station of ``members`` members gets."""
    return max(200, round(members * 0.3))


def _reason(house: DemoHouse) -> tuple[LinkReason, str]:
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


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Fill in demo households"))
def fill_households_demo(
    uow: HouseholdsUnitOfWork, *, seed: int, today: date, progress: Progress | None = None
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
    builder = FamilyBuilder(seed + 5, today, {p.id_number for p in people})
    grids = max(8, count // 25)
    houses: list[DemoHouse] = []
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
    houses: list[DemoHouse],
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
