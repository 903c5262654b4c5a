"""Household and resident services: create, edit, void; the household page. Every write
validates here; all field messages come at once in one ValidationError."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.columns import RawRow
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.households.model import Household, HouseholdDraft, Relation
from villagedesk.core.households.page import SectionDeclaration, declared_sections
from villagedesk.core.households.ports import HouseholdsUnitOfWork
from villagedesk.core.households.resident import Resident, ResidentDraft, ResidentValues
from villagedesk.core.households.rules import (
    CheckedResident,
    check_household_fields,
    check_resident_fields,
)
from villagedesk.core.ownership import ensure_own_record
from villagedesk.core.ports import UnitOfWork
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Household"
HOUSEHOLD_CHANGES = Changes.of(Topic.HOUSEHOLDS)


def _void_reason(reason: str) -> str:
    if not reason.strip():
        raise ValidationError(
            {"reason": [msg(CTX, QT_TRANSLATE_NOOP("Household", "Give the reason for voiding."))]}
        )
    return reason.strip()


# -- households ---------------------------------------------------------------------------------


def _live_household(uow: HouseholdsUnitOfWork, household_id: int) -> Household:
    household = uow.households.get(household_id)
    if household is None or household.voided:
        raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("Household", "The household was not found.")))
    return household


def _own_household(uow: HouseholdsUnitOfWork, household_id: int) -> Household:
    """A live household of this station (a village's household is read-only at a township)."""
    household = _live_household(uow, household_id)
    ensure_own_record(uow, "households", household_id)
    return household


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Register a household"))
def create_household(uow: HouseholdsUnitOfWork, *, draft: HouseholdDraft) -> Saved:
    """Enter a new household; its residents (the head first) are added next."""
    values, errors = check_household_fields(draft)
    if errors:
        raise ValidationError(errors)
    with uow:
        household_id = uow.households.add(values)
        uow.commit()
    return Saved(household_id, HOUSEHOLD_CHANGES)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Edit a household"))
def update_household(
    uow: HouseholdsUnitOfWork, *, household_id: int, draft: HouseholdDraft
) -> Saved:
    values, errors = check_household_fields(draft)
    if errors:
        raise ValidationError(errors)
    with uow:
        current = _own_household(uow, household_id)
        if values != current.values:
            uow.households.update(household_id, values)
            uow.commit()
    return Saved(household_id, HOUSEHOLD_CHANGES)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Open a household"))
def get_household(uow: HouseholdsUnitOfWork, *, household_id: int) -> Household:
    with uow.for_reading():
        return _live_household(uow, household_id)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Void a household"))
def void_household(
    uow: HouseholdsUnitOfWork, *, household_id: int, reason: str, today: date
) -> Saved:
    """作废 a household entered by mistake: its residents are voided and its links end."""
    why = _void_reason(reason)
    with uow:
        _own_household(uow, household_id)
        for resident in uow.residents.in_household(household_id):
            uow.residents.void(resident.id, why)
        for link in uow.household_links.for_household(household_id):
            uow.household_links.end(link.id, today, why)
        uow.households.void(household_id, why)
        uow.commit()
    return Saved(household_id, HOUSEHOLD_CHANGES)


# -- residents ----------------------------------------------------------------------------------


def _stored_conflicts(
    uow: HouseholdsUnitOfWork,
    checked: CheckedResident,
    *,
    household_id: int,
    resident_id: int | None,
    errors: dict[str, list[Message]],
) -> None:
    """The rules that need the database: one resident per ID number, one head per household."""
    if checked.id_info is not None:
        holder = uow.residents.find_by_id_number(checked.id_info.number)
        if holder is not None and holder.id != resident_id:
            errors.setdefault("id_number", []).append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Household",
                        "This ID number already belongs to {name} of the household at {address}.",
                    ),
                    name=holder.name,
                    address=holder.household_address,
                )
            )
    if checked.relation is Relation.HEAD:
        head = next(
            (
                r
                for r in uow.residents.in_household(household_id)
                if r.values.relation is Relation.HEAD and r.id != resident_id
            ),
            None,
        )
        if head is not None:
            errors.setdefault("relation", []).append(
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Household",
                        "This household already has a head: {name}. Change that person's "
                        "relation first.",
                    ),
                    name=head.name,
                )
            )


def _validate_resident(
    uow: HouseholdsUnitOfWork,
    draft: ResidentDraft,
    *,
    household_id: int,
    resident_id: int | None,
    keep_relief: frozenset[int],
    today: date,
) -> tuple[ResidentValues, list[Message]]:
    checked = check_resident_fields(
        draft.name, draft.id_number, draft.relation, draft.phone, draft.note, today=today
    )
    errors = checked.errors
    _stored_conflicts(
        uow, checked, household_id=household_id, resident_id=resident_id, errors=errors
    )
    offered = {c.id for c in uow.relief_categories.list()}
    if any(c not in offered and c not in keep_relief for c in draft.relief_ids):
        errors.setdefault("relief", []).append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Household", "A chosen relief category no longer exists."),
            )
        )
    if errors:
        raise ValidationError(errors)
    assert checked.id_info is not None and checked.relation is not None
    values = ResidentValues(
        household_id=household_id,
        name=checked.name,
        id_number=checked.id_info.number,
        sex=checked.id_info.sex,
        birth_date=checked.id_info.birth_date,
        relation=checked.relation,
        phone=checked.phone,
        note=checked.note,
    )
    return values, checked.warnings


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Add a resident"))
def add_resident(
    uow: HouseholdsUnitOfWork, *, household_id: int, draft: ResidentDraft, today: date
) -> Saved:
    """Add a person to a household. The same person (ID number) cannot be entered twice."""
    with uow:
        _own_household(uow, household_id)
        values, warnings = _validate_resident(
            uow,
            draft,
            household_id=household_id,
            resident_id=None,
            keep_relief=frozenset(),
            today=today,
        )
        resident_id = uow.residents.add(values)
        if draft.relief_ids:
            uow.residents.set_relief(resident_id, frozenset(draft.relief_ids))
        uow.commit()
    return Saved(resident_id, HOUSEHOLD_CHANGES, tuple(warnings))


def _live_resident(uow: HouseholdsUnitOfWork, resident_id: int) -> Resident:
    resident = uow.residents.get(resident_id)
    if resident is None or resident.voided:
        raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("Household", "The resident was not found.")))
    return resident


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Edit a resident"))
def update_resident(
    uow: HouseholdsUnitOfWork, *, resident_id: int, draft: ResidentDraft, today: date
) -> Saved:
    with uow:
        current = _live_resident(uow, resident_id)
        ensure_own_record(uow, "residents", resident_id)
        values, warnings = _validate_resident(
            uow,
            draft,
            household_id=current.household_id,
            resident_id=resident_id,
            keep_relief=current.relief_ids,
            today=today,
        )
        if values != current.values:
            uow.residents.update(resident_id, values)
        if frozenset(draft.relief_ids) != current.relief_ids:
            uow.residents.set_relief(resident_id, frozenset(draft.relief_ids))
        uow.commit()
    return Saved(resident_id, HOUSEHOLD_CHANGES, tuple(warnings))


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Open a resident"))
def get_resident(uow: HouseholdsUnitOfWork, *, resident_id: int) -> Resident:
    with uow.for_reading():
        return _live_resident(uow, resident_id)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Void a resident"))
def void_resident(uow: HouseholdsUnitOfWork, *, resident_id: int, reason: str) -> Saved:
    """作废 a resident entered by mistake; the ID number may then be entered again."""
    why = _void_reason(reason)
    with uow:
        _live_resident(uow, resident_id)
        ensure_own_record(uow, "residents", resident_id)
        uow.residents.void(resident_id, why)
        uow.commit()
    return Saved(resident_id, HOUSEHOLD_CHANGES)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "List a household's residents"))
def household_residents(uow: HouseholdsUnitOfWork, *, household_id: int) -> list[Resident]:
    with uow.for_reading():
        return uow.residents.in_household(household_id)


# -- the household page -------------------------------------------------------------------------


@dataclass(frozen=True)
class PageSection:
    declaration: SectionDeclaration
    rows: list[RawRow]


@dataclass(frozen=True)
class HouseholdPage:
    """户情页: the household and every declared section's rows, read in one transaction."""

    household: Household
    sections: list[PageSection]

    def section(self, key: str) -> PageSection:
        return next(s for s in self.sections if s.declaration.key == key)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Show a household page"))
def household_page(uow: UnitOfWork, *, household_id: int) -> HouseholdPage:
    """The page needs the whole unit of work: its sections come from every area."""
    sections = declared_sections()
    with uow.for_reading():
        household = _live_household(uow, household_id)
        found = [PageSection(s, list(s.query(uow, household_id))) for s in sections]
    return HouseholdPage(household, found)
