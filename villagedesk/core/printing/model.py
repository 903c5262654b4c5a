"""What the contact cards (联系卡) and work handbooks (工作手册) print, as plain values, and the
station's printer offsets (per-printer X/Y shift in millimetres) with their repository port."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from villagedesk.core.dates import PartialDate
from villagedesk.core.in_service.assessment_model import Rating
from villagedesk.core.members.model import Education, Sex, Standing

MAX_OFFSET_MM = 20.0


@dataclass(frozen=True)
class PrinterOffsets:
    """How far to move everything printed: ``x_mm`` to the right, ``y_mm`` down (negative: left,
    up). Printers shift sheets; the calibration page shows by how much."""

    x_mm: float = 0.0
    y_mm: float = 0.0


NO_OFFSETS = PrinterOffsets()


class PrintSettingsRepository(Protocol):
    """``uow.print_settings``: kept in the station's ``meta`` table."""

    def get_offsets(self) -> PrinterOffsets: ...
    def save_offsets(self, offsets: PrinterOffsets) -> None: ...


@dataclass(frozen=True)
class StationContact:
    """The station and whom residents call there; the same on every card (and in its QR code)."""

    station_name: str
    contact_name: str
    contact_phone: str


@dataclass(frozen=True)
class CardData:
    """One member's contact card: the front, and the pledges for the back."""

    member_id: int
    name: str
    branch: str
    posts: tuple[str, ...]
    phone: str
    card_number: str
    pledges: tuple[str, ...] = ()


@dataclass(frozen=True)
class CardSet:
    """The cards to print in one PDF, in order."""

    contact: StationContact
    campaign_year: int
    cards: tuple[CardData, ...]


@dataclass(frozen=True)
class Profile:
    """The handbook's profile page."""

    name: str
    sex: Sex
    birth_date: date
    ethnicity: str
    education: Education | None
    standing: Standing
    joined_on: PartialDate | None
    branch: str
    work_unit: str
    phone: str
    address: str
    card_number: str
    registered_on: date | None


@dataclass(frozen=True)
class PostLine:
    """A post the member holds or held in the year, with whom to contact about it."""

    name: str
    description: str
    claimed_on: date
    ended_on: date | None
    contact_name: str
    contact_phone: str


@dataclass(frozen=True)
class LogLine:
    """One service record of the year."""

    served_on: date
    post: str
    what: str
    hours: str
    beneficiary: str


@dataclass(frozen=True)
class AssessmentLine:
    """The year's ratings (None: not rated yet) and the evidence beside them."""

    community_rating: Rating | None
    community_comment: str
    unit_rating: Rating | None
    unit_comment: str
    hours: str
    records: int


@dataclass(frozen=True)
class HandbookData:
    """One member's work handbook for a campaign year."""

    member_id: int
    contact: StationContact
    campaign_year: int
    profile: Profile
    posts: tuple[PostLine, ...]
    pledges: tuple[str, ...]
    log: tuple[LogLine, ...]
    assessment: AssessmentLine
