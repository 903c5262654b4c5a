"""The rules a resident record must satisfy, field by field (the database ones live in the
service). Name, ID number and phone are checked exactly as for members (core.person_rules)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from villagedesk.core.households.model import HouseholdDraft, HouseholdValues, Relation
from villagedesk.core.id_number import IdNumberInfo
from villagedesk.core.person_rules import check_name, check_optional_phone, check_person_id
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Household"
MAX_TEXT = 200
MAX_GRID = 40


@dataclass(frozen=True)
class CheckedResident:
    name: str
    id_info: IdNumberInfo | None
    relation: Relation | None
    phone: str
    note: str
    errors: dict[str, list[Message]]
    warnings: list[Message]


def _too_long() -> Message:
    return msg(CTX, QT_TRANSLATE_NOOP("Household", "The text is too long."))


def check_resident_fields(
    name: str, id_number: str, relation: str, phone: str, note: str, *, today: date
) -> CheckedResident:
    """Check everything that needs no database."""
    errors: dict[str, list[Message]] = {}
    warnings: list[Message] = []
    clean_name = check_name(name, errors)
    info = check_person_id(id_number, errors, warnings, today=today)
    found: Relation | None = None
    try:
        found = Relation(relation.strip())
    except ValueError:
        errors["relation"] = [
            msg(CTX, QT_TRANSLATE_NOOP("Household", "Choose the relation to the head."))
        ]
    clean_phone = check_optional_phone(phone, errors)
    clean_note = " ".join(note.split())
    if len(clean_note) > MAX_TEXT:
        errors["note"] = [_too_long()]
    return CheckedResident(clean_name, info, found, clean_phone, clean_note, errors, warnings)


def check_household_fields(
    draft: HouseholdDraft,
) -> tuple[HouseholdValues, dict[str, list[Message]]]:
    """The household's values, and the messages for every field that is wrong."""
    errors: dict[str, list[Message]] = {}
    address = " ".join(draft.address.split())
    if not address:
        errors["address"] = [msg(CTX, QT_TRANSLATE_NOOP("Household", "Enter the address."))]
    elif len(address) > MAX_TEXT:
        errors["address"] = [_too_long()]
    grid = " ".join(draft.grid.split())
    if len(grid) > MAX_GRID:
        errors["grid"] = [_too_long()]
    phone = check_optional_phone(draft.phone, errors)
    note = " ".join(draft.note.split())
    if len(note) > MAX_TEXT:
        errors["note"] = [_too_long()]
    values = HouseholdValues(
        address=address,
        grid=grid,
        phone=phone,
        tags=frozenset(draft.tags),
        destitute=draft.destitute,
        note=note,
    )
    return values, errors
