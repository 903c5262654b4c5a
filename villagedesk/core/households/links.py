"""Cadre links (包村联户, HouseholdLink): a cadre (a member) looks after households, for a reason.

Each cadre has a station-wide number of households (default 10). Going past it is allowed with
a warning. A link that ends keeps its history (ended_on).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from villagedesk.core.text import QT_TRANSLATE_NOOP

DEFAULT_LINK_LIMIT = 10
MAX_LINK_LIMIT = 200


class LinkReason(StrEnum):
    """Why a cadre links the household (seed 003)."""

    RETIRED_CADRE = "retired_cadre"
    PARTY_MEMBER = "party_member"
    VILLAGER_REP = "villager_rep"
    PRIVATE_BUSINESS = "private_business"
    POOR = "poor"
    PETITIONER = "petitioner"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _REASON_LABELS[self]


_REASON_LABELS = {
    LinkReason.RETIRED_CADRE: QT_TRANSLATE_NOOP("Enum", "Retired cadre"),
    LinkReason.PARTY_MEMBER: QT_TRANSLATE_NOOP("Enum", "Party member"),
    LinkReason.VILLAGER_REP: QT_TRANSLATE_NOOP("Enum", "Villager representative"),
    LinkReason.PRIVATE_BUSINESS: QT_TRANSLATE_NOOP("Enum", "Private business owner"),
    LinkReason.POOR: QT_TRANSLATE_NOOP("Enum", "Poor household"),
    LinkReason.PETITIONER: QT_TRANSLATE_NOOP("Enum", "Petitioner"),
    LinkReason.OTHER: QT_TRANSLATE_NOOP("Enum", "Other"),
}


@dataclass(frozen=True)
class LinkValues:
    cadre_id: int
    household_id: int
    reason: LinkReason
    note: str
    started_on: date


@dataclass(frozen=True)
class HouseholdLink:
    """A stored link, with the names the screens show."""

    id: int
    uuid: str
    values: LinkValues
    ended_on: date | None
    end_reason: str
    cadre_name: str = ""
    household_address: str = ""
    head_name: str = ""

    @property
    def active(self) -> bool:
        return self.ended_on is None


@dataclass(frozen=True)
class CadreSummary:
    """A cadre and how many households they link now."""

    member_id: int
    name: str
    branch: str
    phone: str
    active_links: int
    station_code: str = ""
    """The station the cadre's record belongs to (at a township: a village's, or its own)."""
