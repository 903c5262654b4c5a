"""Households (户): address, villager group or grid, phone, tags, and the head (户主).

The head is the resident whose relation is :attr:`Relation.HEAD`; a household has at most one.
Tags are stored as a bit mask, like member categories.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from villagedesk.core.text import QT_TRANSLATE_NOOP


class HouseholdTag(StrEnum):
    """What a household is known for (the seed's lists of households cadres look after)."""

    VILLAGER_REP = "villager_rep"
    PRIVATE_BUSINESS = "private_business"
    POOR = "poor"
    SUBSISTENCE = "subsistence"
    FIVE_GUARANTEES = "five_guarantees"
    DISABILITY = "disability"
    LEFT_BEHIND_CHILDREN = "left_behind_children"
    LEFT_BEHIND_WOMEN = "left_behind_women"
    LEFT_BEHIND_ELDERLY = "left_behind_elderly"
    PETITIONER = "petitioner"
    MILITARY_FAMILY = "military_family"

    @property
    def bit(self) -> int:
        return 1 << list(HouseholdTag).index(self)

    @property
    def label(self) -> str:
        return _TAG_LABELS[self]


_TAG_LABELS = {
    HouseholdTag.VILLAGER_REP: QT_TRANSLATE_NOOP("Enum", "Villager representative"),
    HouseholdTag.PRIVATE_BUSINESS: QT_TRANSLATE_NOOP("Enum", "Private business owner"),
    HouseholdTag.POOR: QT_TRANSLATE_NOOP("Enum", "Poor / lifted out of poverty"),
    HouseholdTag.SUBSISTENCE: QT_TRANSLATE_NOOP("Enum", "Subsistence allowance"),
    HouseholdTag.FIVE_GUARANTEES: QT_TRANSLATE_NOOP("Enum", "Five guarantees"),
    HouseholdTag.DISABILITY: QT_TRANSLATE_NOOP("Enum", "Disability"),
    HouseholdTag.LEFT_BEHIND_CHILDREN: QT_TRANSLATE_NOOP("Enum", "Left-behind children"),
    HouseholdTag.LEFT_BEHIND_WOMEN: QT_TRANSLATE_NOOP("Enum", "Left-behind women"),
    HouseholdTag.LEFT_BEHIND_ELDERLY: QT_TRANSLATE_NOOP("Enum", "Left-behind elderly"),
    HouseholdTag.PETITIONER: QT_TRANSLATE_NOOP("Enum", "Petitioner"),
    HouseholdTag.MILITARY_FAMILY: QT_TRANSLATE_NOOP("Enum", "Military family"),
}


def tags_to_mask(tags: Iterable[HouseholdTag]) -> int:
    mask = 0
    for t in tags:
        mask |= t.bit
    return mask


def mask_to_tags(mask: int) -> frozenset[HouseholdTag]:
    return frozenset(t for t in HouseholdTag if mask & t.bit)


class Relation(StrEnum):
    """与户主关系."""

    HEAD = "head"
    SPOUSE = "spouse"
    SON = "son"
    DAUGHTER = "daughter"
    PARENT = "parent"
    GRANDCHILD = "grandchild"
    SIBLING = "sibling"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _RELATION_LABELS[self]


_RELATION_LABELS = {
    Relation.HEAD: QT_TRANSLATE_NOOP("Enum", "Head of household"),
    Relation.SPOUSE: QT_TRANSLATE_NOOP("Enum", "Spouse"),
    Relation.SON: QT_TRANSLATE_NOOP("Enum", "Son"),
    Relation.DAUGHTER: QT_TRANSLATE_NOOP("Enum", "Daughter"),
    Relation.PARENT: QT_TRANSLATE_NOOP("Enum", "Parent"),
    Relation.GRANDCHILD: QT_TRANSLATE_NOOP("Enum", "Grandchild"),
    Relation.SIBLING: QT_TRANSLATE_NOOP("Enum", "Sibling"),
    Relation.OTHER: QT_TRANSLATE_NOOP("Enum", "Other"),
}


@dataclass(frozen=True)
class HouseholdDraft:
    """A household as typed. ``destitute`` is the 三丧失 flag."""

    address: str = ""
    grid: str = ""
    phone: str = ""
    tags: frozenset[HouseholdTag] = field(default_factory=frozenset)
    destitute: bool = False
    note: str = ""


@dataclass(frozen=True)
class HouseholdValues:
    """A validated household, ready to be written."""

    address: str
    grid: str
    phone: str
    tags: frozenset[HouseholdTag]
    destitute: bool
    note: str


@dataclass(frozen=True)
class Household:
    """A stored household; ``head_id``/``head_name`` come from the resident who is 户主."""

    id: int
    uuid: str
    values: HouseholdValues
    voided: bool
    version: int
    head_id: int | None = None
    head_name: str = ""
    resident_count: int = 0

    @property
    def address(self) -> str:
        return self.values.address

    def to_draft(self) -> HouseholdDraft:
        v = self.values
        return HouseholdDraft(
            address=v.address,
            grid=v.grid,
            phone=v.phone,
            tags=v.tags,
            destitute=v.destitute,
            note=v.note,
        )
