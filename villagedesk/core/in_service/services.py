"""In-service services: the area's verbs in one place. The expected list (应报到名单) and
registration (报到) are here; the settings (``settings``), the roster (``roster``) and pledges
(``pledges``) have their own modules, whose verbs this module names too, so that the GUI and the
command line reach every in-service service as ``services.<verb>``."""

from __future__ import annotations

from datetime import date

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.in_service.model import (
    ExpectedDraft,
    ExpectedRegistration,
    ExpectedValues,
    Registration,
    RegistrationDraft,
    RegistrationValues,
    UnitCount,
)
from villagedesk.core.in_service.pledges import (
    add_pledge,
    check_pledges,
    pledges,
    replace_pledges,
    set_pledges,
)
from villagedesk.core.in_service.ports import InServiceUnitOfWork
from villagedesk.core.in_service.roster import (
    check_in_service_member,
    in_service_roster,
    unregistered_roster,
)
from villagedesk.core.in_service.rules import (
    CTX,
    IN_SERVICE_CHANGES,
    campaign_year_of,
    card_number,
    parse_day,
)
from villagedesk.core.in_service.settings import (
    current_campaign_year,
    get_settings,
    save_settings,
    short_code,
    short_code_in,
)
from villagedesk.core.ownership import ensure_own_record
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

__all__ = [
    "IN_SERVICE_CHANGES",
    "add_expected",
    "add_pledge",
    "check_in_service_member",
    "check_pledges",
    "current_campaign_year",
    "expected_list",
    "find_registration",
    "get_settings",
    "in_service_roster",
    "pledges",
    "record_registration",
    "registrations",
    "remove_expected",
    "save_settings",
    "set_pledges",
    "short_code",
    "unit_counts",
    "unregistered_roster",
    "update_registration",
]


# -- the expected list (应报到名单) ---------------------------------------------------------------


@service(
    Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Add a member to the expected list")
)
def add_expected(uow: InServiceUnitOfWork, *, draft: ExpectedDraft, today: date) -> Saved:
    """Put a member on a year's expected list, as the work unit's notice says."""
    errors: dict[str, list[Message]] = {}
    notified = parse_day(draft.notified_on, "notified_on", errors, today=today, required=False)
    with uow:
        member = check_in_service_member(uow, draft.member_id, errors)
        start = uow.in_service.settings.get().year_start_month
        year = draft.campaign_year or campaign_year_of(today, start)
        if member is not None and uow.in_service.expected.find(member.id, year) is not None:
            errors.setdefault("member_id", []).append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "InService", "{name} is already on the expected list for {year}."
                    ),
                    name=member.name,
                    year=year,
                )
            )
        if errors:
            raise ValidationError(errors)
        assert member is not None
        unit = " ".join(draft.work_unit.split()) or member.values.work_unit
        new_id = uow.in_service.expected.add(ExpectedValues(member.id, year, unit, notified))
        uow.commit()
    return Saved(new_id, IN_SERVICE_CHANGES)


@service(
    Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Take a member off the expected list")
)
def remove_expected(uow: InServiceUnitOfWork, *, expected_id: int, reason: str) -> Saved:
    """Take a line off the expected list (voided with a reason, kept in the history)."""
    if not reason.strip():
        raise ValidationError(
            {"reason": [msg(CTX, QT_TRANSLATE_NOOP("InService", "Give the reason."))]}
        )
    with uow:
        if uow.in_service.expected.get(expected_id) is None:
            raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("InService", "The record was not found.")))
        ensure_own_record(uow, "expected_registrations", expected_id)
        uow.in_service.expected.void(expected_id, reason.strip())
        uow.commit()
    return Saved(expected_id, IN_SERVICE_CHANGES)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List the expected members"))
def expected_list(uow: InServiceUnitOfWork, *, year: int) -> list[ExpectedRegistration]:
    with uow.for_reading():
        return uow.in_service.expected.list(year)


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Count the reporting by work unit")
)
def unit_counts(uow: InServiceUnitOfWork, *, year: int) -> list[UnitCount]:
    """Per work unit: expected, reported of those, and reported without being expected. At a
    township (which holds its villages' lists) per village and work unit, never mixed."""
    with uow.for_reading():
        expected = uow.in_service.expected.list(year)
        registrations = uow.in_service.registrations.list(year)
    counts: dict[tuple[str, str], list[int]] = {}
    for e in expected:
        row = counts.setdefault((e.station_code, e.work_unit), [0, 0, 0])
        row[0] += 1
        row[1] += e.reported
    for r in registrations:
        if not r.expected:
            counts.setdefault((r.station_code, r.work_unit), [0, 0, 0])[2] += 1
    return [
        UnitCount(unit, expected, reported, unexpected, code)
        for (code, unit), (expected, reported, unexpected) in sorted(counts.items())
    ]


# -- registration (报到) -------------------------------------------------------------------------


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Record a member's reporting"))
def record_registration(
    uow: InServiceUnitOfWork, *, draft: RegistrationDraft, today: date
) -> Saved:
    """报到: once per member per campaign year; gives the contact-card number; crosses the member
    off the expected list. Pledges in the draft replace the member's pledges of that year."""
    errors: dict[str, list[Message]] = {}
    day = parse_day(draft.registered_on, "registered_on", errors, today=today)
    pledges = check_pledges(draft.pledges, errors)
    with uow:
        repos = uow.in_service
        member = check_in_service_member(uow, draft.member_id, errors)
        year = campaign_year_of(day, repos.settings.get().year_start_month) if day else None
        if member is not None and year is not None:
            existing = repos.registrations.find(member.id, year)
            if existing is not None:
                errors.setdefault("member_id", []).append(
                    msg(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "InService",
                            "{name} has already reported for {year} (card {card}); a member reports once per campaign year.",
                        ),
                        name=member.name,
                        year=year,
                        card=existing.card_number,
                    )
                )
        if errors:
            raise ValidationError(errors)
        assert member is not None and day is not None and year is not None
        expected = repos.expected.find(member.id, year)
        unit = " ".join(draft.work_unit.split()) or (
            expected.work_unit if expected else member.values.work_unit
        )
        sequence = repos.registrations.max_sequence(year) + 1
        values = RegistrationValues(
            member_id=member.id,
            campaign_year=year,
            registered_on=day,
            card_number=card_number(short_code_in(uow), year, sequence),
            sequence=sequence,
            work_unit=unit,
            handbook_issued=draft.handbook_issued,
        )
        new_id = repos.registrations.add(values)
        replace_pledges(uow, member.id, year, pledges)
        uow.commit()
    notes: tuple[Message, ...] = ()
    if expected is None:
        notes = (
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "InService",
                    "{name} was not on the expected list and is recorded as reported without notice.",
                ),
                name=member.name,
            ),
        )
    return Saved(new_id, IN_SERVICE_CHANGES, notes=notes)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Correct a registration"))
def update_registration(
    uow: InServiceUnitOfWork, *, registration_id: int, work_unit: str, handbook_issued: bool
) -> Saved:
    """Correct the work unit or note that the handbook was issued (the card number stays)."""
    with uow:
        if uow.in_service.registrations.get(registration_id) is None:
            raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("InService", "The record was not found.")))
        ensure_own_record(uow, "registrations", registration_id)
        uow.in_service.registrations.update(
            registration_id, work_unit=" ".join(work_unit.split()), handbook_issued=handbook_issued
        )
        uow.commit()
    return Saved(registration_id, IN_SERVICE_CHANGES)


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List the year's registrations")
)
def registrations(uow: InServiceUnitOfWork, *, year: int) -> list[Registration]:
    with uow.for_reading():
        return uow.in_service.registrations.list(year)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Find a member's registration"))
def find_registration(
    uow: InServiceUnitOfWork, *, member_id: int, year: int
) -> Registration | None:
    with uow.for_reading():
        return uow.in_service.registrations.find(member_id, year)
