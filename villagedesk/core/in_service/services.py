"""In-service services: settings, the expected list, registration (报到) and pledges (承诺)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.in_service.model import (
    ExpectedDraft,
    ExpectedRegistration,
    ExpectedValues,
    InServiceSettings,
    Pledge,
    Registration,
    RegistrationDraft,
    RegistrationValues,
    RosterEntry,
    UnitCount,
)
from villagedesk.core.in_service.rules import (
    CTX,
    campaign_year_of,
    card_number,
    check_short_code,
    check_start_month,
    derive_short_code,
    parse_day,
)
from villagedesk.core.members.model import Category, Member
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.ownership import ensure_own_record
from villagedesk.core.ports import UnitOfWork
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

IN_SERVICE_CHANGES = Changes.of(Topic.IN_SERVICE)
MAX_PLEDGES = 2
MAX_TEXT = 200


# -- settings and the campaign year -------------------------------------------------------------


def get_settings(uow: UnitOfWork) -> InServiceSettings:
    with uow.for_reading():
        return uow.in_service.settings.get()


def short_code(uow: UnitOfWork) -> str:
    """The station's short code: the setting, or derived from the station's name."""
    with uow.for_reading():
        return short_code_in(uow)


def short_code_in(uow: UnitOfWork) -> str:
    code = uow.in_service.settings.get().short_code
    if code:
        return code
    station = uow.station.get()
    return derive_short_code(station.name if station else "")


def save_settings(uow: UnitOfWork, *, year_start_month: int, short_code: str) -> Saved:
    code, code_errors = check_short_code(short_code)
    errors = {"year_start_month": check_start_month(year_start_month), "short_code": code_errors}
    if any(errors.values()):
        raise ValidationError(errors)
    with uow:
        uow.in_service.settings.save(InServiceSettings(year_start_month, code))
        uow.commit()
    return Saved(0, IN_SERVICE_CHANGES)


def current_campaign_year(uow: UnitOfWork, *, today: date) -> int:
    with uow.for_reading():
        return campaign_year_of(today, uow.in_service.settings.get().year_start_month)


def in_service_roster(uow: UnitOfWork) -> list[RosterEntry]:
    """Active in-service members, for the pickers."""
    with uow.for_reading():
        return uow.in_service.roster.members()


def unregistered_roster(uow: UnitOfWork, *, year: int) -> list[RosterEntry]:
    """Active in-service members who have not reported in campaign year ``year`` (报到登记)."""
    with uow.for_reading():
        done = {r.member_id for r in uow.in_service.registrations.list(year)}
        return [e for e in uow.in_service.roster.members() if e.member_id not in done]


def check_in_service_member(
    uow: UnitOfWork, member_id: int | None, errors: dict[str, list[Message]]
) -> Member | None:
    """The member if active and in-service; otherwise a message under ``member_id``."""
    member = uow.members.get(member_id) if member_id is not None else None
    problem: Message | None = None
    if member is None or member.voided:
        problem = msg(CTX, QT_TRANSLATE_NOOP("InService", "Choose a member."))
    elif member.roll_status is not RollStatus.ON_ROLL:
        problem = msg(
            CTX,
            QT_TRANSLATE_NOOP("InService", "{name} is no longer on the roll."),
            name=member.name,
        )
    elif Category.IN_SERVICE not in member.values.categories:
        problem = msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "InService",
                "{name} is not an in-service member. Mark the member as in-service on the member roll first.",
            ),
            name=member.name,
        )
    if problem is not None:
        errors.setdefault("member_id", []).append(problem)
        return None
    assert member is not None
    ensure_own_record(uow, "members", member.id)
    return member


# -- the expected list (应报到名单) ---------------------------------------------------------------


def add_expected(uow: UnitOfWork, *, draft: ExpectedDraft, today: date) -> Saved:
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


def remove_expected(uow: UnitOfWork, *, expected_id: int, reason: str) -> Saved:
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


def expected_list(uow: UnitOfWork, *, year: int) -> list[ExpectedRegistration]:
    with uow.for_reading():
        return uow.in_service.expected.list(year)


def unit_counts(uow: UnitOfWork, *, year: int) -> list[UnitCount]:
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


def check_pledges(texts: Sequence[str], errors: dict[str, list[Message]]) -> list[str]:
    clean = [" ".join(t.split()) for t in texts if t.strip()]
    if len(clean) > MAX_PLEDGES:
        errors.setdefault("pledges", []).append(
            msg(CTX, QT_TRANSLATE_NOOP("InService", "A member makes one or two pledges a year."))
        )
    if any(len(t) > MAX_TEXT for t in clean):
        errors.setdefault("pledges", []).append(
            msg(CTX, QT_TRANSLATE_NOOP("InService", "A pledge is at most 200 characters."))
        )
    return clean


def record_registration(uow: UnitOfWork, *, draft: RegistrationDraft, today: date) -> Saved:
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
        _replace_pledges(uow, member.id, year, pledges)
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


def update_registration(
    uow: UnitOfWork, *, registration_id: int, work_unit: str, handbook_issued: bool
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


def registrations(uow: UnitOfWork, *, year: int) -> list[Registration]:
    with uow.for_reading():
        return uow.in_service.registrations.list(year)


def find_registration(uow: UnitOfWork, *, member_id: int, year: int) -> Registration | None:
    with uow.for_reading():
        return uow.in_service.registrations.find(member_id, year)


# -- pledges (承诺) ------------------------------------------------------------------------------


def pledges(uow: UnitOfWork, *, member_id: int, year: int) -> list[Pledge]:
    with uow.for_reading():
        return uow.in_service.pledges.list(year, member_id=member_id)


def add_pledge(uow: UnitOfWork, *, member_id: int, year: int, text: str) -> Saved:
    """One more pledge; a member makes one or two a year, never empty."""
    errors: dict[str, list[Message]] = {}
    clean = " ".join(text.split())
    if not clean:
        errors["text"] = [msg(CTX, QT_TRANSLATE_NOOP("InService", "Write the pledge."))]
    elif len(clean) > MAX_TEXT:
        errors["text"] = [
            msg(CTX, QT_TRANSLATE_NOOP("InService", "A pledge is at most 200 characters."))
        ]
    with uow:
        check_in_service_member(uow, member_id, errors)
        if len(uow.in_service.pledges.list(year, member_id=member_id)) >= MAX_PLEDGES:
            errors.setdefault("text", []).append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "InService", "This member already has two pledges for {year}."
                    ),
                    year=year,
                )
            )
        if errors:
            raise ValidationError(errors)
        new_id = uow.in_service.pledges.add(member_id, year, clean)
        uow.commit()
    return Saved(new_id, IN_SERVICE_CHANGES)


def set_pledges(uow: UnitOfWork, *, member_id: int, year: int, texts: Sequence[str]) -> Saved:
    """Replace the member's pledges of the year with ``texts`` (empty ones are dropped)."""
    errors: dict[str, list[Message]] = {}
    clean = check_pledges(texts, errors)
    with uow:
        check_in_service_member(uow, member_id, errors)
        if errors:
            raise ValidationError(errors)
        _replace_pledges(uow, member_id, year, clean)
        uow.commit()
    return Saved(member_id, IN_SERVICE_CHANGES)


def _replace_pledges(uow: UnitOfWork, member_id: int, year: int, texts: list[str]) -> None:
    repo = uow.in_service.pledges
    old = repo.list(year, member_id=member_id)
    for pledge, text in zip(old, texts, strict=False):
        if pledge.text != text:
            repo.update(pledge.id, text)
    for pledge in old[len(texts) :]:
        repo.void(pledge.id, "replaced")
    for text in texts[len(old) :]:
        repo.add(member_id, year, text)
