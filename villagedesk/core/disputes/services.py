"""Dispute services: record a dispute (its 编号, its first warning level and its times), read
one or a filtered list; the station's dispute settings come from ``settings_rules.py``. The steps
are in ``levels.py``, ``mediation.py`` and ``settling.py``."""

from __future__ import annotations

from datetime import datetime

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.clock import Clock
from villagedesk.core.disputes import ladder
from villagedesk.core.disputes.events import DisputeStep, LevelChange
from villagedesk.core.disputes.model import (
    DisputeDraft,
    DisputeSource,
    DisputeValues,
    MediationLevel,
    Party,
    PartyDraft,
    PartyKind,
    PartyRole,
)
from villagedesk.core.disputes.numbers import dispute_number
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.disputes.record import (
    Dispute,
    DisputeDetail,
    DisputeProgress,
    DisputeQuery,
)
from villagedesk.core.disputes.rules import check_dispute_fields, check_not_party, parse_day
from villagedesk.core.disputes.settings import DisputeSettings
from villagedesk.core.disputes.settings_rules import dispute_settings as dispute_settings
from villagedesk.core.disputes.settings_rules import (
    save_dispute_settings as save_dispute_settings,
)
from villagedesk.core.disputes.state import DisputeAction
from villagedesk.core.disputes.steps import DISPUTE_CHANGES, calendar_table, load_dispute
from villagedesk.core.disputes.warning import assess
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.in_service.rules import derive_short_code
from villagedesk.core.person_rules import check_optional_phone
from villagedesk.core.requests.model import Handler
from villagedesk.core.requests.rules import Errors, tidy_block
from villagedesk.core.requests.timing import local_now
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg, tidy

CTX = "Dispute"


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "Read the short code of dispute numbers"),
)
def short_code(uow: DisputesUnitOfWork) -> str:
    """The station's short code in front of every 编号, inside ``uow``'s block."""
    code = uow.in_service.settings.get().short_code
    if code:
        return code
    station = uow.station.get()
    return derive_short_code(station.name if station else "")


def _problem(errors: Errors, key: str, text: str) -> None:
    errors.setdefault(key, []).append(msg(CTX, text))


def _typed_party(draft: PartyDraft, key: str) -> Party:
    """A party typed in: its name, phone and ID number tidied (checked by the rules)."""
    phone = check_optional_phone(draft.phone, {}, f"{key}.phone")
    id_number = tidy(draft.id_number)
    return Party(
        PartyKind.NAMED,
        PartyRole(draft.role),
        tidy(draft.name),
        None,
        phone,
        id_number.upper(),
        tidy(draft.address),
    )


def _resolve_party(
    uow: DisputesUnitOfWork, draft: PartyDraft, key: str, errors: Errors
) -> tuple[Party | None, int | None]:
    """The party with the register's name, numbers and address (a typed phone or address
    wins), and the household they live in."""
    kind, role = PartyKind(draft.kind), PartyRole(draft.role)
    phone = check_optional_phone(draft.phone, {}, f"{key}.phone")
    if kind is PartyKind.RESIDENT and draft.person_id is not None:
        resident = uow.residents.get(draft.person_id)
        if resident is None or resident.voided:
            _problem(
                errors, f"{key}.name", QT_TRANSLATE_NOOP("Dispute", "The resident was not found.")
            )
            return None, None
        address = tidy(draft.address) or resident.household_address
        if not address:
            household = uow.households.get(resident.household_id)
            address = household.values.address if household is not None else ""
        party = Party(
            kind,
            role,
            resident.name,
            resident.id,
            phone or resident.values.phone,
            resident.values.id_number,
            address,
        )
        return party, resident.household_id
    if kind is PartyKind.MEMBER and draft.person_id is not None:
        member = uow.members.get(draft.person_id)
        if member is None or member.voided:
            _problem(
                errors, f"{key}.name", QT_TRANSLATE_NOOP("Dispute", "The member was not found.")
            )
            return None, None
        same = uow.residents.find_by_id_number(member.id_number)
        party = Party(
            kind,
            role,
            member.name,
            member.id,
            phone or member.values.phone,
            member.id_number,
            tidy(draft.address) or member.values.address,
        )
        return party, same.household_id if same is not None else None
    return _typed_party(draft, key), None


def _households(
    uow: DisputesUnitOfWork, chosen: tuple[int, ...], found: list[int | None], errors: Errors
) -> tuple[int, ...]:
    for household_id in chosen:
        household = uow.households.get(household_id)
        if household is None or household.voided:
            _problem(
                errors,
                "household_ids",
                QT_TRANSLATE_NOOP("Dispute", "The household was not found."),
            )
    ids = [*chosen, *(h for h in found if h is not None)]
    return tuple(dict.fromkeys(ids))


def _values(
    uow: DisputesUnitOfWork, draft: DisputeDraft, now: datetime, errors: Errors
) -> DisputeValues | None:
    resolved = [_resolve_party(uow, p, f"parties.{i}", errors) for i, p in enumerate(draft.parties)]
    parties = tuple(p for p, _h in resolved if p is not None)
    households = _households(uow, draft.household_ids, [h for _p, h in resolved], errors)
    owner = Handler(tidy(draft.owner.name), draft.owner.member_id) if draft.owner else None
    if owner is not None and owner.name:
        check_not_party(parties, [owner], "owner", errors)
    screened = parse_day(draft.screened_on, "screened_on", {}, today=now.date())
    if errors or screened is None:
        return None
    return DisputeValues(
        parties=parties,
        dispute_type=draft.dispute_type.strip(),
        summary=tidy_block(draft.summary),
        cause=tidy_block(draft.cause),
        screened_on=screened,
        source=DisputeSource(draft.source),
        people=draft.people if draft.people is not None else len(parties),
        risks=draft.risks,
        household_ids=households,
        level=MediationLevel(draft.level),
        owner=owner if owner is not None and owner.name else None,
        place=tidy(draft.place),
        recorded_at=now,
        request_id=draft.request_id,
    )


def first_progress(
    values: DisputeValues, settings: DisputeSettings, uow: DisputesUnitOfWork
) -> DisputeProgress:
    """A new dispute's progress: its computed level, its rung's and its month's last days."""
    table = calendar_table(uow)
    at = values.recorded_at
    found = assess(values.risks, values.people, 0, settings.rules)
    due = None
    if values.level is not MediationLevel.TOWNSHIP:
        due = ladder.level_due(at, settings.level_days, table)
    return DisputeProgress(
        state_since=at,
        warning=found.level,
        warning_reasons=found.reasons,
        mediation_level=values.level,
        level_since=at,
        level_due=due,
        case_due=ladder.case_due(at, table),
        owner=values.owner,
    )


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Register a dispute"))
def add_dispute(
    uow: DisputesUnitOfWork, clock: Clock, *, draft: DisputeDraft, by: str = ""
) -> Saved:
    """Record a dispute with the next 编号 of the year it was screened (never reused), its
    first warning level (a LEVEL step) and its times."""
    now = local_now(clock)
    with uow:
        settings = uow.disputes.settings.get()
        errors = check_dispute_fields(draft, today=now.date(), types=settings.types)
        values = None if errors else _values(uow, draft, now, errors)
        if errors or values is None:
            raise ValidationError(errors)
        progress = first_progress(values, settings, uow)
        records = uow.disputes.records
        year = values.screened_on.year
        serial = records.max_sequence(year) + 1
        number = dispute_number(short_code(uow), year, serial)
        new_id = records.add(number, year, serial, values, progress)
        change = LevelChange(progress.warning, None, progress.warning_reasons)
        uow.disputes.history.add_step(
            new_id, DisputeStep(DisputeAction.LEVEL, now, tidy(by), change)
        )
        uow.commit()
    return Saved(new_id, DISPUTE_CHANGES)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Open a dispute"))
def get_dispute(uow: DisputesUnitOfWork, *, dispute_id: int) -> DisputeDetail:
    """One dispute with its history (a township reads its villages' too)."""
    with uow.for_reading():
        dispute = load_dispute(uow, dispute_id)
        return DisputeDetail(dispute, tuple(uow.disputes.history.events(dispute_id)))


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Find a dispute by its number"))
def find_dispute(uow: DisputesUnitOfWork, *, number: str) -> DisputeDetail:
    """The dispute of this 编号 (as typed: spaces and case do not matter)."""
    with uow.for_reading():
        found: Dispute | None = uow.disputes.records.find_by_number("".join(number.split()).upper())
        if found is None:
            raise NotFound(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP("Dispute", "There is no dispute numbered {number}."),
                    number=number.strip(),
                )
            )
        return DisputeDetail(found, tuple(uow.disputes.history.events(found.id)))


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List the disputes"))
def list_disputes(uow: DisputesUnitOfWork, query: DisputeQuery) -> list[Dispute]:
    """The disputes passing every filter of ``query``, 红 first."""
    with uow.for_reading():
        return uow.disputes.records.list(query)
