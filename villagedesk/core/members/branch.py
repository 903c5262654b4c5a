"""Party organisations (党支部 / 党小组) that members belong to."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from villagedesk.core.text import QT_TRANSLATE_NOOP


class BranchKind(StrEnum):
    BRANCH = "branch"
    GROUP = "group"

    @property
    def label(self) -> str:
        if self is BranchKind.BRANCH:
            return QT_TRANSLATE_NOOP("Enum", "Party branch")
        return QT_TRANSLATE_NOOP("Enum", "Party group")


@dataclass(frozen=True)
class BranchDraft:
    name: str = ""
    kind: str = BranchKind.BRANCH.value
    parent_id: int | None = None
    grid: str = ""
    secretary: str = ""
    note: str = ""


@dataclass(frozen=True)
class Branch:
    id: int
    uuid: str
    name: str
    kind: BranchKind
    parent_id: int | None
    grid: str
    secretary: str
    note: str
    voided: bool
    member_count: int = 0
    station_code: str = ""
    """Whose branch it is: at a township, a village's branches arrive in its packages."""


def members_with_groups(branches: list[Branch]) -> dict[int, int]:
    """Active members of each branch counting its groups (and theirs): what the tree shows."""
    children: dict[int | None, list[Branch]] = {}
    for b in branches:
        children.setdefault(b.parent_id, []).append(b)
    totals: dict[int, int] = {}

    def total(b: Branch, seen: frozenset[int]) -> int:
        if b.id in totals:
            return totals[b.id]
        value = b.member_count + sum(
            total(c, seen | {b.id}) for c in children.get(b.id, []) if c.id not in seen
        )
        totals[b.id] = value
        return value

    for b in branches:
        total(b, frozenset())
    return totals
