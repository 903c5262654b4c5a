"""个人信息导出 (PIPL Art. 45): everything the station holds about one person, gathered in one
reading unit of work through the areas' repositories, and the export logged (an EXPORT entry,
note 个人信息导出, on the person's record).

A person is a resident, a member, or both (the same ID number): either record leads to the
other. Requests count the ones they made (or joined by a merge); disputes the ones they are a
party to; cadre links both the households they link as a cadre and the cadres linking their
household. The audit entries are those touching the person's own records, their values as the
log keeps them (masked)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from villagedesk.core.accounts.guard import current_service, service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.audit.changes import parse_change_line
from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.disputes.model import PartyKind
from villagedesk.core.disputes.record import DisputeQuery
from villagedesk.core.errors import NotFound
from villagedesk.core.households.resident import Resident
from villagedesk.core.members.model import Member
from villagedesk.core.privacy.model import (
    AuditLine,
    DisputeShare,
    Housemate,
    InServiceData,
    PersonalData,
    PersonKind,
    PersonRef,
)
from villagedesk.core.privacy.ports import PrivacyUnitOfWork
from villagedesk.core.requests.model import Requester, RequesterKind
from villagedesk.core.requests.record import Request, RequestQuery
from villagedesk.core.requests.timing import local_now
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

EXPORT_NOTE = "个人信息导出"
"""The note of the audit entry an export leaves (the log's notes are kept in Chinese)."""
AUDIT_LIMIT = 500
"""Entries per record at most (a record changed more often is listed newest first)."""


def _records(uow: PrivacyUnitOfWork, person: PersonRef) -> tuple[Resident | None, Member | None]:
    """The person's resident and member records, each found through the other's ID number."""
    resident: Resident | None = None
    member: Member | None = None
    if person.kind is PersonKind.RESIDENT:
        resident = uow.residents.get(person.id)
        if resident is not None:
            member = uow.members.find_by_id_number(resident.values.id_number)
    else:
        member = uow.members.get(person.id)
        if member is not None:
            resident = uow.residents.find_by_id_number(member.id_number)
    if member is not None and member.voided:
        member = None  # a record entered by mistake is nobody's
    if resident is None and member is None:
        raise NotFound(msg("Privacy", QT_TRANSLATE_NOOP("Privacy", "No such person.")))
    return resident, member


def _is_theirs(requester: Requester, resident: Resident | None, member: Member | None) -> bool:
    if requester.kind is RequesterKind.RESIDENT and resident is not None:
        return requester.person_id == resident.id
    if requester.kind is RequesterKind.MEMBER and member is not None:
        return requester.person_id == member.id
    return False


def _requests(
    uow: PrivacyUnitOfWork, resident: Resident | None, member: Member | None
) -> tuple[Request, ...]:
    found = uow.requests.records.list(RequestQuery())
    return tuple(
        r
        for r in found
        if any(_is_theirs(p, resident, member) for p in (r.values.requester, *r.co_requesters))
    )


def _disputes(
    uow: PrivacyUnitOfWork, resident: Resident | None, member: Member | None
) -> tuple[DisputeShare, ...]:
    shares: dict[int, DisputeShare] = {}
    for kind, record in ((PartyKind.RESIDENT, resident), (PartyKind.MEMBER, member)):
        if record is None:
            continue
        query = DisputeQuery(person_id=record.id, person_kind=kind)
        for dispute in uow.disputes.records.list(query):
            party = next(
                p for p in dispute.values.parties if p.kind is kind and p.person_id == record.id
            )
            shares.setdefault(dispute.id, DisputeShare(dispute, party.role))
    return tuple(shares.values())


def _in_service(uow: PrivacyUnitOfWork, member: Member | None, today: date) -> InServiceData:
    if member is None:
        return InServiceData()
    repos = uow.in_service
    first_year = int(member.created_at[:4] or today.year) - 1
    years = range(min(first_year, today.year) - 1, today.year + 2)
    registrations = tuple(
        r for year in years if (r := repos.registrations.find(member.id, year)) is not None
    )
    pledges = tuple(p for year in years for p in repos.pledges.list(year, member_id=member.id))
    records = repos.records.list(date.min, date.max, member_id=member.id)
    return InServiceData(
        registrations=registrations,
        claims=tuple(repos.claims.list(member_id=member.id)),
        pledges=pledges,
        records=tuple(sorted(records, key=lambda r: r.values.served_on)),
    )


def _audit(uow: PrivacyUnitOfWork, uuids: tuple[str, ...]) -> tuple[AuditLine, ...]:
    lines: list[AuditLine] = []
    for uuid in uuids:
        for entry in uow.audit_log.entries(AuditFilter(record_uuid=uuid, limit=AUDIT_LIMIT)):
            if entry.kind != AuditKind.WRITE:  # an event about the record (an export…)
                lines.append(AuditLine(entry, entry.record_type, entry.fields))
                continue
            for line in uow.audit_log.changes(entry.seq):
                record_type, record_uuid, fields = parse_change_line(line)
                if record_uuid == uuid:
                    lines.append(AuditLine(entry, record_type, fields))
    return tuple(sorted(lines, key=lambda a: a.entry.seq))


def _gather(uow: PrivacyUnitOfWork, person: PersonRef, clock: Clock) -> PersonalData:
    resident, member = _records(uow, person)
    household = uow.households.get(resident.household_id) if resident is not None else None
    housemates = (
        tuple(
            Housemate(r.name, r.values.relation)
            for r in uow.residents.in_household(household.id)
            if resident is None or r.id != resident.id
        )
        if household is not None
        else ()
    )
    relief_ids = resident.relief_ids if resident is not None else frozenset()
    relief = tuple(
        c.name for i in sorted(relief_ids) if (c := uow.relief_categories.get(i)) is not None
    )
    station = uow.station.get()
    now = local_now(clock)
    own = resident.values if resident is not None else None
    data = PersonalData(
        station=station.name if station is not None else "",
        made_at=now,
        made_by=uow.actor.name,
        name=own.name if own is not None else member.name if member is not None else "",
        id_number=own.id_number if own is not None else member.id_number if member else "",
        phone=(own.phone if own is not None else "") or (member.values.phone if member else ""),
        member=member,
        roll_events=tuple(uow.members.events(member.id)) if member is not None else (),
        resident=resident,
        household=household,
        housemates=housemates,
        relief=relief,
        in_service=_in_service(uow, member, now.date()),
        requests=_requests(uow, resident, member),
        disputes=_disputes(uow, resident, member),
        links_as_cadre=(
            tuple(uow.household_links.for_cadre(member.id)) if member is not None else ()
        ),
        household_cadres=(
            tuple(uow.household_links.for_household(household.id, include_ended=True))
            if household is not None
            else ()
        ),
    )
    return replace(data, audit=_audit(uow, data.uuids))


@service(
    Action.EXPORT_PERSONAL, label=QT_TRANSLATE_NOOP("Services", "Export a person's personal data")
)
def export_personal_data(
    uow: PrivacyUnitOfWork, *, person: PersonRef, clock: Clock = SYSTEM_CLOCK
) -> PersonalData:
    """What the station holds about ``person``; the export is logged on their record."""
    with uow.for_reading():
        data = _gather(uow, person, clock)
    record_type = "residents" if data.resident is not None else "members"
    record = data.resident or data.member
    with uow:
        uow.audit.record(
            uow.audit.draft(
                AuditKind.EXPORT,
                current_service(),
                record_type=record_type,
                record_uuid=record.uuid if record is not None else "",
                note=EXPORT_NOTE,
            )
        )
        uow.commit()
    return data
