"""In-memory households, residents, relief categories and cadre links (what the demo and the
core tests need; the rules themselves are tested on the real store in tests/store)."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from villagedesk.core.households.links import DEFAULT_LINK_LIMIT, HouseholdLink, LinkValues
from villagedesk.core.households.model import Household, HouseholdValues
from villagedesk.core.households.ports import MemberPerson
from villagedesk.core.households.relief import ReliefCategory
from villagedesk.core.households.resident import Resident, ResidentValues


@dataclass
class HouseholdState:
    households: dict[int, Household] = field(default_factory=dict)
    residents: dict[int, Resident] = field(default_factory=dict)
    categories: dict[int, ReliefCategory] = field(default_factory=dict)
    relief: set[tuple[int, int]] = field(default_factory=set)
    links: dict[int, HouseholdLink] = field(default_factory=dict)
    limit: int = DEFAULT_LINK_LIMIT

    def copy(self) -> HouseholdState:
        return copy.deepcopy(self)


class FakeHouseholdRepo:
    def __init__(self, db: Any) -> None:
        self.db = db

    @property
    def s(self) -> HouseholdState:
        return self.db.households  # type: ignore[no-any-return]

    def add(self, values: HouseholdValues) -> int:
        hid = len(self.s.households) + 1
        self.s.households[hid] = Household(hid, str(uuid.uuid4()), values, False, 1)
        return hid

    def update(self, household_id: int, values: HouseholdValues) -> None:
        self.s.households[household_id] = replace(self.s.households[household_id], values=values)

    def get(self, household_id: int) -> Household | None:
        return self.s.households.get(household_id)

    def void(self, household_id: int, reason: str) -> None:
        self.s.households[household_id] = replace(self.s.households[household_id], voided=True)

    def count(self, *, include_voided: bool = False) -> int:
        return sum(1 for h in self.s.households.values() if include_voided or not h.voided)

    def add_many(self, rows: Sequence[HouseholdValues]) -> list[int]:
        return [self.add(v) for v in rows]

    def link_limit(self) -> int:
        return self.s.limit

    def set_link_limit(self, limit: int) -> None:
        self.s.limit = limit

    def member_people(self) -> list[MemberPerson]:
        return [
            MemberPerson(
                m.id,
                m.name,
                m.id_number,
                m.values.sex,
                m.values.birth_date,
                m.values.phone,
                sum(c.bit for c in m.values.categories),
                m.roll_status,
            )
            for m in self.db.members.values()
            if not m.voided
        ]


class FakeResidentRepo:
    def __init__(self, db: Any) -> None:
        self.db = db

    @property
    def s(self) -> HouseholdState:
        return self.db.households  # type: ignore[no-any-return]

    def add(self, values: ResidentValues) -> int:
        rid = len(self.s.residents) + 1
        self.s.residents[rid] = Resident(rid, str(uuid.uuid4()), values, False, 1)
        return rid

    def add_many(self, rows: Sequence[ResidentValues]) -> list[int]:
        return [self.add(v) for v in rows]

    def add_relief_many(self, pairs: Sequence[tuple[int, int]]) -> None:
        self.s.relief.update(pairs)

    def in_household(self, household_id: int) -> list[Resident]:
        return [
            r for r in self.s.residents.values() if r.household_id == household_id and not r.voided
        ]


class FakeReliefRepo:
    def __init__(self, db: Any) -> None:
        self.db = db

    @property
    def s(self) -> HouseholdState:
        return self.db.households  # type: ignore[no-any-return]

    def list(self, *, include_retired: bool = False) -> list[ReliefCategory]:
        return [c for c in self.s.categories.values() if include_retired or not c.retired]

    def count_all(self) -> int:
        return len(self.s.categories)

    def add(self, name: str) -> int:
        cid = len(self.s.categories) + 1
        self.s.categories[cid] = ReliefCategory(cid, str(uuid.uuid4()), name, cid, False)
        return cid


class FakeLinkRepo:
    def __init__(self, db: Any) -> None:
        self.db = db

    @property
    def s(self) -> HouseholdState:
        return self.db.households  # type: ignore[no-any-return]

    def add(self, values: LinkValues) -> int:
        lid = len(self.s.links) + 1
        self.s.links[lid] = HouseholdLink(lid, str(uuid.uuid4()), values, None, "")
        return lid

    def add_many(self, rows: Sequence[LinkValues]) -> None:
        for v in rows:
            self.add(v)

    def end(self, link_id: int, ended_on: date, reason: str) -> None:
        self.s.links[link_id] = replace(self.s.links[link_id], ended_on=ended_on, end_reason=reason)
