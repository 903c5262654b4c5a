"""矛盾纠纷排查化解: what a dispute is when it is recorded (the draft a form fills, the checked
values): its parties, its type and story, the risk factors its warning level is computed from,
and the mediation levels (``MediationLevel``) it climbs.

Times are the station's wall-clock time, as for the requests (naive ``datetime`` to the minute,
see :mod:`villagedesk.core.requests.model`). The people who mediate or own a case are
:class:`~villagedesk.core.requests.model.Handler` values, as the requests' 责任人 are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from villagedesk.core.requests.model import Handler
from villagedesk.core.text import QT_TRANSLATE_NOOP


class DisputeSource(StrEnum):
    """来源."""

    SCREENING = "screening"
    PARTY_APPLICATION = "party_application"
    PUBLIC_REPORT = "public_report"
    FROM_REQUEST = "from_request"
    POLICE = "police"
    COURT = "court"
    ASSIGNED = "assigned"

    @property
    def label(self) -> str:
        return _SOURCE_LABELS[self]


_SOURCE_LABELS = {
    DisputeSource.SCREENING: QT_TRANSLATE_NOOP("Enum", "Found in screening"),
    DisputeSource.PARTY_APPLICATION: QT_TRANSLATE_NOOP("Enum", "Applied for by a party"),
    DisputeSource.PUBLIC_REPORT: QT_TRANSLATE_NOOP("Enum", "Reported by residents"),
    DisputeSource.FROM_REQUEST: QT_TRANSLATE_NOOP("Enum", "Turned from a request"),
    DisputeSource.POLICE: QT_TRANSLATE_NOOP("Enum", "Handed over by the police station"),
    DisputeSource.COURT: QT_TRANSLATE_NOOP("Enum", "Entrusted by a court"),
    DisputeSource.ASSIGNED: QT_TRANSLATE_NOOP("Enum", "Assigned from above"),
}


class PartyRole(StrEnum):
    """当事人的角色."""

    APPLICANT = "applicant"
    RESPONDENT = "respondent"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    PartyRole.APPLICANT: QT_TRANSLATE_NOOP("Enum", "Applicant"),
    PartyRole.RESPONDENT: QT_TRANSLATE_NOOP("Enum", "Respondent"),
    PartyRole.OTHER: QT_TRANSLATE_NOOP("Enum", "Other party"),
}


class PartyKind(StrEnum):
    """A party chosen from the residents or the members, or a person typed in."""

    RESIDENT = "resident"
    MEMBER = "member"
    NAMED = "named"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    PartyKind.RESIDENT: QT_TRANSLATE_NOOP("Enum", "Resident"),
    PartyKind.MEMBER: QT_TRANSLATE_NOOP("Enum", "Party member"),
    PartyKind.NAMED: QT_TRANSLATE_NOOP("Enum", "Name typed in"),
}


class MediationLevel(StrEnum):
    """当前层级: the mediation ladder, lowest first (seed 000's three village levels, then the
    township)."""

    FAMILY = "family"
    GROUP = "group"
    COMMITTEE = "committee"
    TOWNSHIP = "township"

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]

    @property
    def next(self) -> MediationLevel | None:
        """The level above, None at the top (the township)."""
        order = list(MediationLevel)
        index = order.index(self)
        return order[index + 1] if index + 1 < len(order) else None


_LEVEL_LABELS = {
    MediationLevel.FAMILY: QT_TRANSLATE_NOOP("Enum", "Family mediator"),
    MediationLevel.GROUP: QT_TRANSLATE_NOOP("Enum", "Villager group mediation team"),
    MediationLevel.COMMITTEE: QT_TRANSLATE_NOOP("Enum", "Village mediation committee"),
    MediationLevel.TOWNSHIP: QT_TRANSLATE_NOOP("Enum", "Township"),
}


class WarningLevel(StrEnum):
    """预警等级. ``GREEN`` is only ever shown: a closed (销号) dispute turns green."""

    YELLOW = "yellow"
    ORANGE = "orange"
    RED = "red"
    GREEN = "green"

    @property
    def label(self) -> str:
        return _WARNING_LABELS[self]

    @property
    def rank(self) -> int:
        """Yellow < orange < red (green, shown after closing, ranks lowest)."""
        return _RANKS[self]


_WARNING_LABELS = {
    WarningLevel.YELLOW: QT_TRANSLATE_NOOP("Enum", "Yellow"),
    WarningLevel.ORANGE: QT_TRANSLATE_NOOP("Enum", "Orange"),
    WarningLevel.RED: QT_TRANSLATE_NOOP("Enum", "Red"),
    WarningLevel.GREEN: QT_TRANSLATE_NOOP("Enum", "Green"),
}
_RANKS = {
    WarningLevel.GREEN: 0,
    WarningLevel.YELLOW: 1,
    WarningLevel.ORANGE: 2,
    WarningLevel.RED: 3,
}

#: The types (纠纷类型) a new station starts with; data the station may rename, so in Chinese.
DEFAULT_DISPUTE_TYPES: tuple[str, ...] = (
    "婚姻家庭",
    "邻里",
    "宅基地",
    "山林土地",
    "合同",
    "损害赔偿",
    "征地拆迁",
    "劳动争议",
    "医疗",
    "交通事故",
    "其他",
)


# -- parties ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    """当事人. ``person_id`` is the resident's or member's id; the name, phone, ID number and
    address are kept as they were when the dispute was recorded (a typed party has nothing
    else). The agreement the parties sign shows the ID number in full; everything posted
    publicly masks it."""

    kind: PartyKind
    role: PartyRole
    name: str
    person_id: int | None = None
    phone: str = ""
    id_number: str = ""
    address: str = ""
    row_id: int | None = field(default=None, compare=False)
    """The stored party's id (for 显示 on one party); None before it is written."""

    def same_person(self, handler: Handler) -> bool:
        """Whether ``handler`` (a mediator, the 包案人) is this party."""
        if self.kind is PartyKind.MEMBER and handler.member_id is not None:
            return self.person_id == handler.member_id
        return " ".join(self.name.split()) == " ".join(handler.name.split())


@dataclass(frozen=True)
class PartyDraft:
    """A party as typed: ``kind`` and ``role`` are codes; ``person_id`` the chosen resident's or
    member's id (their name and numbers are read from the register)."""

    kind: str = PartyKind.NAMED.value
    role: str = PartyRole.OTHER.value
    name: str = ""
    person_id: int | None = None
    phone: str = ""
    id_number: str = ""
    address: str = ""


# -- risk factors -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskFactors:
    """风险因素, as ticked and counted. ``failed_mediations`` counts the failed attempts known
    when the dispute was recorded; the failed 调解记录 after that are added by the record."""

    threats: bool = False
    """扬言报复."""
    weapons: bool = False
    """持械."""
    police_calls: int = 0
    """多次报警: how many calls."""
    failed_mediations: int = 0
    """调解未果: how many times."""
    petition_signs: bool = False
    """重复访、越级访、集体访苗头."""
    vulnerable: bool = False
    """涉及老弱病残."""
    criminal_risk: bool = False
    """民转刑风险."""


# -- the dispute as typed and as checked ---------------------------------------------------------


@dataclass(frozen=True)
class DisputeDraft:
    """A dispute as typed. ``screened_on`` is ``YYYY-MM-DD`` (empty: today); ``source`` a
    :class:`DisputeSource` code; ``level`` a :class:`MediationLevel` code (where mediation
    starts); ``owner`` the 包案人; ``household_ids`` those chosen beyond the resident parties'
    own households."""

    parties: tuple[PartyDraft, ...] = ()
    dispute_type: str = ""
    summary: str = ""
    cause: str = ""
    screened_on: str = ""
    source: str = DisputeSource.SCREENING.value
    people: int | None = None
    risks: RiskFactors = RiskFactors()
    household_ids: tuple[int, ...] = ()
    level: str = MediationLevel.COMMITTEE.value
    owner: Handler | None = None
    place: str = ""
    request_id: int | None = None
    """The request this dispute was turned from (来源 诉求转入)."""


@dataclass(frozen=True)
class DisputeValues:
    """A checked dispute, ready to be written. ``people`` is at least the number of parties."""

    parties: tuple[Party, ...]
    dispute_type: str
    summary: str
    cause: str
    screened_on: date
    source: DisputeSource
    people: int
    risks: RiskFactors
    household_ids: tuple[int, ...]
    level: MediationLevel
    owner: Handler | None
    place: str
    recorded_at: datetime
    request_id: int | None = None
