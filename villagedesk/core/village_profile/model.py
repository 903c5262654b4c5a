"""村情档案: the village's standing figures as plain values. Per villager group (村民小组, the
household's ``grid``): households, residents, active Party members living there, relief
residents, open requests and open disputes by warning colour; the relief groups (救助群体)
with their residents; and the totals.

A dispute touching households of two groups counts once in each group's row but once in the
totals; requests and disputes linked to no household have their own row (未关联户), households
with no group theirs (未分组)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate

CTX = "VillageProfile"


class RowKind(StrEnum):
    """What a row of the group table stands for."""

    GROUP = "group"
    UNGROUPED = "ungrouped"
    """Households whose group (``grid``) is empty: 未分组."""
    UNLINKED = "unlinked"
    """Open requests and disputes linked to no household: 未关联户."""


_ROW_LABELS = {
    RowKind.UNGROUPED: QT_TRANSLATE_NOOP("VillageProfile", "No group"),
    RowKind.UNLINKED: QT_TRANSLATE_NOOP("VillageProfile", "No household"),
}


@dataclass(frozen=True)
class DisputeColours:
    """Open disputes by warning colour (红 · 橙 · 黄)."""

    red: int = 0
    orange: int = 0
    yellow: int = 0

    @property
    def total(self) -> int:
        return self.red + self.orange + self.yellow

    def __add__(self, other: DisputeColours) -> DisputeColours:
        return DisputeColours(
            self.red + other.red, self.orange + other.orange, self.yellow + other.yellow
        )


@dataclass(frozen=True)
class GroupFigures:
    """One row of the group table. ``name`` is the group as the households give it ("" for
    the 未分组 and 未关联户 rows); ``members``: active members (on the roll) who are residents of
    its households."""

    name: str
    households: int = 0
    residents: int = 0
    members: int = 0
    relief_residents: int = 0
    open_requests: int = 0
    disputes: DisputeColours = DisputeColours()
    kind: RowKind = RowKind.GROUP

    def label(self, say: Translate) -> str:
        """The row's name in words: the group, 未分组 or 未关联户."""
        if self.kind is RowKind.GROUP:
            return self.name
        return say(CTX, _ROW_LABELS[self.kind])


@dataclass(frozen=True)
class ReliefFigures:
    """A relief category (救助群体) and how many live residents carry it."""

    name: str
    residents: int


@dataclass(frozen=True)
class ProfileTotals:
    """The village's totals. ``members``: every active member on the roll;
    ``members_in_households``: those of them living in a registered household (the group
    table's sum); ``disputes``: each open dispute once, however many groups it touches."""

    households: int
    residents: int
    members: int
    members_in_households: int
    relief_residents: int
    open_requests: int
    disputes: DisputeColours


@dataclass(frozen=True)
class VillageProfile:
    """村情档案 of ``station`` (the village it serves: ``village``, 东河村) as of ``as_of``."""

    station: str
    village: str
    as_of: date
    totals: ProfileTotals
    groups: tuple[GroupFigures, ...]
    relief: tuple[ReliefFigures, ...]


_DIGITS = re.compile(r"(\d+)")


def group_order(row: GroupFigures) -> tuple[int, tuple[tuple[int, int | str], ...]]:
    """Groups in natural order (2组 before 10组), then 未分组, then 未关联户."""
    rank = {RowKind.GROUP: 0, RowKind.UNGROUPED: 1, RowKind.UNLINKED: 2}[row.kind]
    parts = tuple(
        (0, int(p)) if p.isdigit() else (1, p) for p in _DIGITS.split(row.name) if p != ""
    )
    return rank, parts


def totals_of(
    groups: tuple[GroupFigures, ...], *, members: int, disputes: DisputeColours
) -> ProfileTotals:
    """The totals: the group rows summed, but ``members`` (the whole roll) and ``disputes``
    (each dispute once) counted by the store over the whole village."""
    return ProfileTotals(
        households=sum(g.households for g in groups),
        residents=sum(g.residents for g in groups),
        members=members,
        members_in_households=sum(g.members for g in groups),
        relief_residents=sum(g.relief_residents for g in groups),
        open_requests=sum(g.open_requests for g in groups),
        disputes=disputes,
    )
