"""In-service members report to the community (在职党员进社区): the values of the expected list,
registrations, service posts and claims, pledges and service records. The dual assessment's
values are in ``assessment_model``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


def format_hours(half_hours: int) -> str:
    """Hours kept as half hours, shown as 3 or 2.5."""
    whole, half = divmod(half_hours, 2)
    return f"{whole}.5" if half else str(whole)


@dataclass(frozen=True)
class InServiceSettings:
    """Station settings: the month the campaign year starts, and the card's short code
    (``""`` = derived from the station's name)."""

    year_start_month: int = 1
    short_code: str = ""


@dataclass(frozen=True)
class RosterEntry:
    """An active in-service member, as the pickers list them."""

    member_id: int
    name: str
    id_number: str
    work_unit: str


# -- expected list (应报到名单) ------------------------------------------------------------------


@dataclass(frozen=True)
class ExpectedDraft:
    member_id: int | None = None
    campaign_year: int | None = None
    work_unit: str = ""
    notified_on: str = ""


@dataclass(frozen=True)
class ExpectedValues:
    member_id: int
    campaign_year: int
    work_unit: str
    notified_on: date | None


@dataclass(frozen=True)
class ExpectedRegistration:
    """One line of the expected list; ``registration_id`` is set once it is crossed off."""

    id: int
    member_id: int
    member_name: str
    campaign_year: int
    work_unit: str
    notified_on: date | None
    registration_id: int | None = None
    registered_on: date | None = None
    station_code: str = ""

    @property
    def reported(self) -> bool:
        return self.registration_id is not None


# -- registration (报到) -------------------------------------------------------------------------


@dataclass(frozen=True)
class RegistrationDraft:
    """What the registration form supplies. ``pledges`` are the member's promises for the year
    (empty texts are ignored here)."""

    member_id: int | None = None
    registered_on: str = ""
    work_unit: str = ""
    handbook_issued: bool = False
    pledges: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegistrationValues:
    member_id: int
    campaign_year: int
    registered_on: date
    card_number: str
    sequence: int
    work_unit: str
    handbook_issued: bool


@dataclass(frozen=True)
class Registration:
    id: int
    member_id: int
    member_name: str
    campaign_year: int
    registered_on: date
    card_number: str
    work_unit: str
    handbook_issued: bool
    expected: bool = False
    station_code: str = ""


# -- posts and claims (岗位 · 认领) ---------------------------------------------------------------


@dataclass(frozen=True)
class PostDraft:
    name: str = ""
    description: str = ""
    places: str = "1"
    contact_name: str = ""
    contact_phone: str = ""


@dataclass(frozen=True)
class PostValues:
    name: str
    description: str
    places: int
    contact_name: str
    contact_phone: str


@dataclass(frozen=True)
class ServicePost:
    id: int
    values: PostValues
    held: int = 0
    """Claims not ended."""
    station_code: str = ""

    @property
    def name(self) -> str:
        return self.values.name

    @property
    def free(self) -> int:
        return max(0, self.values.places - self.held)

    def to_draft(self) -> PostDraft:
        v = self.values
        return PostDraft(v.name, v.description, str(v.places), v.contact_name, v.contact_phone)


@dataclass(frozen=True)
class ClaimDraft:
    member_id: int | None = None
    post_id: int | None = None
    claimed_on: str = ""


@dataclass(frozen=True)
class PostClaim:
    id: int
    post_id: int
    post_name: str
    member_id: int
    member_name: str
    claimed_on: date
    ended_on: date | None = None
    station_code: str = ""

    @property
    def active(self) -> bool:
        return self.ended_on is None


# -- pledges (承诺) ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pledge:
    id: int
    member_id: int
    campaign_year: int
    text: str


# -- service records (服务记录) ------------------------------------------------------------------


@dataclass(frozen=True)
class RecordDraft:
    member_id: int | None = None
    post_id: int | None = None
    served_on: str = ""
    what: str = ""
    hours: str = ""
    beneficiary: str = ""
    household_id: int | None = None


@dataclass(frozen=True)
class RecordValues:
    member_id: int
    post_id: int
    served_on: date
    what: str
    half_hours: int
    beneficiary: str
    household_id: int | None = None


@dataclass(frozen=True)
class ServiceRecord:
    id: int
    values: RecordValues
    member_name: str = ""
    post_name: str = ""


@dataclass(frozen=True)
class ServiceTotal:
    """Service totals of one member or one post over a campaign year."""

    key: int
    name: str
    records: int
    half_hours: int
    station_code: str = ""

    @property
    def hours(self) -> str:
        return format_hours(self.half_hours)


@dataclass(frozen=True)
class UnitCount:
    """报到情况 per work unit: expected, of those reported, and reported without being expected."""

    work_unit: str
    expected: int
    reported: int
    unexpected: int
    station_code: str = ""
    """At a township the counts are per village and work unit, never mixed."""

    @property
    def outstanding(self) -> int:
        return self.expected - self.reported
