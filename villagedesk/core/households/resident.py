"""Residents (居民): the people of a household. Birth date and sex come from the ID number.

A resident is linked to a member record by being the same person: a live member with the same
ID number. The link is read, never stored, so it cannot go stale when a member is registered,
transferred or voided later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from villagedesk.core.households.model import Relation
from villagedesk.core.members.model import Sex
from villagedesk.core.members.roll import RollStatus


@dataclass(frozen=True)
class ResidentDraft:
    """A resident as typed into the form or a command; ``relation`` is a Relation code."""

    name: str = ""
    id_number: str = ""
    relation: str = ""
    phone: str = ""
    note: str = ""
    relief_ids: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class ResidentValues:
    """A validated resident, ready to be written."""

    household_id: int
    name: str
    id_number: str
    sex: Sex
    birth_date: date
    relation: Relation
    phone: str
    note: str


@dataclass(frozen=True)
class Resident:
    """A stored resident, as read back, with the member record of the same person if any."""

    id: int
    uuid: str
    values: ResidentValues
    voided: bool
    version: int
    relief_ids: frozenset[int] = frozenset()
    member_id: int | None = None
    member_status: RollStatus | None = None
    household_address: str = ""

    @property
    def name(self) -> str:
        return self.values.name

    @property
    def household_id(self) -> int:
        return self.values.household_id

    def to_draft(self) -> ResidentDraft:
        v = self.values
        return ResidentDraft(
            name=v.name,
            id_number=v.id_number,
            relation=v.relation.value,
            phone=v.phone,
            note=v.note,
            relief_ids=self.relief_ids,
        )
