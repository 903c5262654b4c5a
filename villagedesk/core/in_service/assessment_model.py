"""双重考核 (the dual assessment): each registered member rated once a year by the community and
by the work unit, beside the evidence of the year; the rows the screen lists and the report that
goes back to each unit."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from villagedesk.core.in_service.model import format_hours
from villagedesk.core.text import QT_TRANSLATE_NOOP


class Rating(StrEnum):
    """双重考核 ratings, best first."""

    EXCELLENT = "excellent"
    COMPETENT = "competent"
    BASICALLY_COMPETENT = "basically_competent"
    INCOMPETENT = "incompetent"

    @property
    def label(self) -> str:
        return _RATING_LABELS[self]


_RATING_LABELS = {
    Rating.EXCELLENT: QT_TRANSLATE_NOOP("Enum", "Excellent"),
    Rating.COMPETENT: QT_TRANSLATE_NOOP("Enum", "Competent"),
    Rating.BASICALLY_COMPETENT: QT_TRANSLATE_NOOP("Enum", "Basically competent"),
    Rating.INCOMPETENT: QT_TRANSLATE_NOOP("Enum", "Not competent"),
}


@dataclass(frozen=True)
class AssessmentDraft:
    member_id: int | None = None
    campaign_year: int | None = None
    community_rating: str = ""
    community_comment: str = ""
    unit_rating: str = ""
    unit_comment: str = ""


@dataclass(frozen=True)
class AssessmentValues:
    member_id: int
    campaign_year: int
    community_rating: Rating
    community_comment: str
    unit_rating: Rating | None
    unit_comment: str


@dataclass(frozen=True)
class Assessment:
    id: int
    values: AssessmentValues

    def to_draft(self) -> AssessmentDraft:
        v = self.values
        return AssessmentDraft(
            v.member_id,
            v.campaign_year,
            v.community_rating.value,
            v.community_comment,
            v.unit_rating.value if v.unit_rating else "",
            v.unit_comment,
        )


@dataclass(frozen=True)
class Evidence:
    """What sits beside a rating: the member's year in numbers."""

    half_hours: int = 0
    records: int = 0
    posts: tuple[str, ...] = ()
    pledges: tuple[str, ...] = ()

    @property
    def hours(self) -> str:
        return format_hours(self.half_hours)


@dataclass(frozen=True)
class AssessmentRow:
    """One registered member of a campaign year, with ratings (if any) and evidence."""

    member_id: int
    member_name: str
    work_unit: str
    card_number: str
    evidence: Evidence
    community_rating: Rating | None = None
    community_comment: str = ""
    unit_rating: Rating | None = None
    unit_comment: str = ""
    station_code: str = ""


@dataclass(frozen=True)
class UnitSummary:
    """A work unit's members with both ratings (the report that goes back to the unit)."""

    work_unit: str
    rows: tuple[AssessmentRow, ...]
