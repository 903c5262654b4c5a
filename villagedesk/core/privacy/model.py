"""The values of the privacy tasks: who a person is (a resident, a member, or both: the same ID
number), what the station holds about them (:class:`PersonalData`), and who moved away."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from villagedesk.core.audit.entry import AuditEntry, FieldChange
from villagedesk.core.disputes.model import PartyRole
from villagedesk.core.disputes.record import Dispute
from villagedesk.core.households.links import HouseholdLink
from villagedesk.core.households.model import Household, Relation
from villagedesk.core.households.resident import Resident
from villagedesk.core.in_service.model import Pledge, PostClaim, Registration, ServiceRecord
from villagedesk.core.members.model import Member
from villagedesk.core.members.roll import RollEvent
from villagedesk.core.requests.record import Request
from villagedesk.core.text import QT_TRANSLATE_NOOP


class PersonKind(StrEnum):
    """Which register a person was found in."""

    RESIDENT = "resident"
    MEMBER = "member"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    PersonKind.RESIDENT: QT_TRANSLATE_NOOP("Enum", "Resident"),
    PersonKind.MEMBER: QT_TRANSLATE_NOOP("Enum", "Party member"),
}


@dataclass(frozen=True)
class PersonRef:
    """One record of a person: a resident's or a member's id."""

    kind: PersonKind
    id: int


@dataclass(frozen=True)
class PersonHit:
    """A record the store found for a search (full numbers: core masks what it shows)."""

    ref: PersonRef
    uuid: str
    name: str
    id_number: str
    voided: bool
    detail: str = ""
    """The household's address of a resident, the branch of a member."""


@dataclass(frozen=True)
class Candidate:
    """A person a search may mean, as a list shows them: the ID number masked."""

    ref: PersonRef
    name: str
    masked_id: str
    detail: str
    kinds: tuple[PersonKind, ...]
    voided: bool = False


@dataclass(frozen=True)
class Housemate:
    """Another person of the household: the name and the relation only."""

    name: str
    relation: Relation


@dataclass(frozen=True)
class InServiceData:
    """在职党员进社区: the member's registrations, claimed posts, pledges and service done."""

    registrations: tuple[Registration, ...] = ()
    claims: tuple[PostClaim, ...] = ()
    pledges: tuple[Pledge, ...] = ()
    records: tuple[ServiceRecord, ...] = ()


@dataclass(frozen=True)
class DisputeShare:
    """A dispute the person is a party to, with their role in it."""

    dispute: Dispute
    role: PartyRole


@dataclass(frozen=True)
class AuditLine:
    """One audit entry touching the person's records, with that record's fields as the log
    keeps them (ID numbers and phones masked, birth dates to the year)."""

    entry: AuditEntry
    record_type: str
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class PersonalData:
    """Everything the station holds about one person (PIPL Art. 45): their own copy, so their
    ID number and phone are in full."""

    station: str
    made_at: datetime
    made_by: str
    name: str
    id_number: str
    phone: str
    member: Member | None = None
    roll_events: tuple[RollEvent, ...] = ()
    resident: Resident | None = None
    household: Household | None = None
    housemates: tuple[Housemate, ...] = ()
    relief: tuple[str, ...] = ()
    in_service: InServiceData = InServiceData()
    requests: tuple[Request, ...] = ()
    disputes: tuple[DisputeShare, ...] = ()
    links_as_cadre: tuple[HouseholdLink, ...] = ()
    household_cadres: tuple[HouseholdLink, ...] = ()
    audit: tuple[AuditLine, ...] = ()

    @property
    def uuids(self) -> tuple[str, ...]:
        """The uuids of the person's own records."""
        return tuple(r.uuid for r in (self.member, self.resident) if r is not None)


@dataclass(frozen=True)
class MovedAwayRow:
    """What the store keeps of a person who left: ``since`` is the ISO day (or month) they were
    removed from the residents or transferred out of the roll."""

    ref: PersonRef
    name: str
    id_number: str
    since: str


@dataclass(frozen=True)
class RetentionDue:
    """A person whose records the station has kept past the retention setting (masked)."""

    ref: PersonRef
    name: str
    masked_id: str
    left_on: date
    due_on: date
