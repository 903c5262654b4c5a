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
