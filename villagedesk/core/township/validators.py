"""Content validators of the household and in-service record types, for the township import.

Each builds what a village form would have typed from the stored row and runs the very rules the
forms and services run (core.households.rules, core.person_rules, core.in_service.rules, the
services' own checks). Rules that need the database (duplicates, the head of a household, a
cadre's roll status) are not repeated here: the township holds other villages' data. References
to other records must be uuids; the applier refuses those that point nowhere.
"""

from __future__ import annotations

import functools
from datetime import date

from villagedesk.core.households.links import LinkReason
from villagedesk.core.households.model import (
    HouseholdDraft,
    HouseholdTag,
    mask_to_tags,
    tags_to_mask,
)
from villagedesk.core.households.relief import MAX_CATEGORY_NAME
from villagedesk.core.households.rules import check_household_fields, check_resident_fields
from villagedesk.core.in_service.assessment import parse_rating
from villagedesk.core.in_service.model import format_hours
from villagedesk.core.in_service.pledges import check_pledges
from villagedesk.core.in_service.rules import (
    card_number,
    check_places,
    check_short_code,
    parse_day,
    parse_hours,
)
from villagedesk.core.person_rules import check_optional_phone
from villagedesk.core.text import Message
from villagedesk.core.township.record_rules import (
    Row,
    bad_field,
    field_text,
    id_mismatch,
    register_validator,
)

Errors = dict[str, list[Message]]


def _flat(errors: Errors) -> list[Message]:
    return [m for messages in errors.values() for m in messages]


def _refs(row: Row, *keys: str, optional: tuple[str, ...] = ()) -> list[Message]:
    """References to other records travel as their uuids."""
    bad = [bad_field(k) for k in keys if not isinstance(row.get(k), str)]
    bad += [
        bad_field(k) for k in optional if row.get(k) is not None and not isinstance(row.get(k), str)
    ]
    return bad


def _int(row: Row, key: str) -> int:
    value = row.get(key)
    if type(value) is not int:
        raise TypeError(key)
    return value


def _day(row: Row, key: str, errors: Errors, *, today: date, required: bool = True) -> None:
    problems = _day_problems(field_text(row, key), required, today)
    if problems:
        errors[key] = list(problems)


@functools.lru_cache(maxsize=4096)
def _day_problems(text: str, required: bool, today: date) -> tuple[Message, ...]:
    """parse_day's messages for one stored date (dates repeat a lot across a register)."""
    errors: Errors = {}
    parse_day(text, "day", errors, today=today, required=required)
    return tuple(errors.get("day", ()))


@functools.lru_cache(maxsize=256)
def _hours_problems(half_hours: int) -> tuple[Message, ...]:
    errors: Errors = {}
    parse_hours(format_hours(half_hours), errors)
    return tuple(errors.get("hours", ()))


# -- households ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _tags(mask: int) -> frozenset[HouseholdTag]:
    """The tags of a stored mask; a bit no tag owns makes the record malformed."""
    tags = mask_to_tags(mask)
    if tags_to_mask(tags) != mask:
        raise ValueError("tags")
    return tags


@register_validator("households")
def validate_household(row: Row, today: date) -> list[Message]:
    del today
    destitute = _int(row, "destitute")
    tags = _tags(_int(row, "tags"))
    if destitute not in (0, 1):
        raise ValueError("destitute")
    draft = HouseholdDraft(
        address=field_text(row, "address"),
        grid=field_text(row, "grid"),
        phone=field_text(row, "phone"),
        tags=tags,
        destitute=bool(destitute),
        note=field_text(row, "note"),
    )
    return _flat(check_household_fields(draft)[1])


@register_validator("residents")
def validate_resident(row: Row, today: date) -> list[Message]:
    checked = check_resident_fields(
        field_text(row, "name"),
        field_text(row, "id_number"),
        field_text(row, "relation"),
        field_text(row, "phone"),
        field_text(row, "note"),
        today=today,
    )
    return _refs(row, "household_id") + _flat(checked.errors) + id_mismatch(row, checked.id_info)


@register_validator("household_links")
def validate_household_link(row: Row, today: date) -> list[Message]:
    LinkReason(field_text(row, "reason"))
    errors: Errors = {}
    _day(row, "started_on", errors, today=today)
    _day(row, "ended_on", errors, today=today, required=False)
    return _refs(row, "member_id", "household_id") + _flat(errors)


@register_validator("relief_categories")
def validate_relief_category(row: Row, today: date) -> list[Message]:
    del today
    _int(row, "position")
    field_text(row, "retired_at")
    name = " ".join(field_text(row, "name").split())
    return [] if 0 < len(name) <= MAX_CATEGORY_NAME else [bad_field("name")]


@register_validator("resident_relief")
def validate_resident_relief(row: Row, today: date) -> list[Message]:
    del today
    return _refs(row, "resident_id", "category_id")


# -- in-service ---------------------------------------------------------------------------------


@register_validator("expected_registrations")
def validate_expected(row: Row, today: date) -> list[Message]:
    _int(row, "campaign_year")
    field_text(row, "work_unit")
    errors: Errors = {}
    _day(row, "notified_on", errors, today=today, required=False)
    return _refs(row, "member_id") + _flat(errors)


@register_validator("registrations")
def validate_registration(row: Row, today: date) -> list[Message]:
    errors: Errors = {}
    _day(row, "registered_on", errors, today=today)
    card = field_text(row, "card_number")
    code = card.rsplit("-", 2)[0]
    if (
        check_short_code(code)[1]
        or code != code.strip().upper()
        or card != card_number(code, _int(row, "campaign_year"), _int(row, "sequence"))
    ):
        errors.setdefault("card_number", []).append(bad_field("card_number"))
    if _int(row, "handbook_issued") not in (0, 1):
        errors.setdefault("handbook_issued", []).append(bad_field("handbook_issued"))
    return _refs(row, "member_id") + _flat(errors)


@register_validator("service_posts")
def validate_post(row: Row, today: date) -> list[Message]:
    del today
    errors: Errors = {}
    if not " ".join(field_text(row, "name").split()):
        errors["name"] = [bad_field("name")]
    check_places(str(_int(row, "places")), errors)
    check_optional_phone(field_text(row, "contact_phone"), errors, "contact_phone")
    return _flat(errors)


@register_validator("post_claims")
def validate_claim(row: Row, today: date) -> list[Message]:
    errors: Errors = {}
    _day(row, "claimed_on", errors, today=today)
    _day(row, "ended_on", errors, today=today, required=False)
    return _refs(row, "post_id", "member_id") + _flat(errors)


@register_validator("pledges")
def validate_pledge(row: Row, today: date) -> list[Message]:
    del today
    _int(row, "campaign_year")
    errors: Errors = {}
    if not check_pledges([field_text(row, "text")], errors):
        errors["text"] = [bad_field("text")]
    return _refs(row, "member_id") + _flat(errors)


@register_validator("service_records")
def validate_service_record(row: Row, today: date) -> list[Message]:
    errors: Errors = {}
    _day(row, "served_on", errors, today=today)
    hours = _hours_problems(_int(row, "half_hours"))
    if hours:
        errors["hours"] = list(hours)
    if not " ".join(field_text(row, "what").split()):
        errors["what"] = [bad_field("what")]
    field_text(row, "beneficiary")
    return _refs(row, "member_id", "post_id", optional=("household_id",)) + _flat(errors)


@register_validator("assessments")
def validate_assessment(row: Row, today: date) -> list[Message]:
    del today
    _int(row, "campaign_year")
    errors: Errors = {}
    if parse_rating(field_text(row, "community_rating"), "community_rating", errors) is None:
        errors.setdefault("community_rating", [bad_field("community_rating")])
    parse_rating(field_text(row, "unit_rating"), "unit_rating", errors)
    return _refs(row, "member_id") + _flat(errors)
