"""Checking incoming sync records with the same core rules the village's own forms use.

Every record gets the structural checks (uuid, station, version, timestamps). A record type may
declare a validator for its content with :func:`register_validator`; members are checked by
:func:`villagedesk.core.members.rules.check_member_fields` on a draft built from the row, the
household and in-service types in :mod:`villagedesk.core.township.validators`, the request
types in :mod:`villagedesk.core.township.request_validators`, the dispute types in
:mod:`villagedesk.core.township.dispute_validators` (all imported here). A
tombstone (voided record) is checked structurally only: its content no longer matters.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from villagedesk.core.dates import PartialDate
from villagedesk.core.members.branch import BranchKind
from villagedesk.core.members.model import Category, MemberDraft, mask_to_categories
from villagedesk.core.members.roll import RollChange, RollStatus
from villagedesk.core.members.rules import check_member_fields
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.core.township import (
    dispute_validators,  # noqa: F401  (the dispute types register)
    request_validators,  # noqa: F401  (the request types register)
    validators,  # noqa: F401  (the household and in-service types register)
)
from villagedesk.core.township.model import Records
from villagedesk.core.township.record_rules import (
    CTX,
    VALIDATORS,
    Row,
    bad_field,
    field_text,
    id_mismatch,
    register_validator,
)

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def structural_errors(row: Row, *, village: str) -> list[Message]:
    """The checks every syncable record must pass, whatever its type."""
    value, version = row.get("uuid"), row.get("version")
    created, updated, voided = row.get("created_at"), row.get("updated_at"), row.get("voided_at")
    if (  # the usual case, all at once; any doubt goes through the checks one by one below
        type(value) is str
        and _UUID.match(value) is not None
        and row.get("station_code") == village
        and type(version) is int
        and version >= 1
        and type(created) is str
        and created
        and type(updated) is str
        and updated
        and (voided is None or type(voided) is str)
    ):
        return []
    errors: list[Message] = []
    if not isinstance(value, str) or _UUID.match(value) is None:
        errors.append(bad_field("uuid"))
    if row.get("station_code") != village:
        errors.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Sync", "The record belongs to another station ({code})."),
                code=str(row.get("station_code")),
            )
        )
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        errors.append(bad_field("version"))
    for key in ("created_at", "updated_at"):
        if not isinstance(row.get(key), str) or not row.get(key):
            errors.append(bad_field(key))
    if voided is not None and not isinstance(voided, str):
        errors.append(bad_field("voided_at"))
    return errors


def validate_records(
    records: Records, *, village: str, today: date
) -> dict[tuple[str, str], list[Message]]:
    """(record type, uuid) → the messages of every record that fails; an empty dict if none."""
    refused: dict[tuple[str, str], list[Message]] = {}
    for record_type, rows in records.items():
        validator = VALIDATORS.get(record_type)
        for row in rows:
            errors = structural_errors(row, village=village)
            if not errors and validator is not None and row.get("voided_at") is None:
                try:
                    errors = validator(row, today)
                except (TypeError, ValueError, KeyError, IndexError, AttributeError):
                    errors = [msg(CTX, QT_TRANSLATE_NOOP("Sync", "The record is malformed."))]
            if errors:
                refused[(record_type, str(row.get("uuid")))] = errors
    return refused


# -- validators of the foundation's record types ------------------------------------------------


def _display(row: Row, key: str) -> str:
    value = field_text(row, key)
    return _iso_to_display(value) if value else ""


@functools.lru_cache(maxsize=4096)
def _iso_to_display(value: str) -> str:
    """A stored date as the form shows it (dates repeat a lot across a register)."""
    return PartialDate.from_iso(value).display()


@functools.lru_cache(maxsize=256)
def _categories(mask: int) -> frozenset[Category]:
    return mask_to_categories(mask)


def member_draft(row: Row) -> MemberDraft:
    """The draft a village form would have produced for this stored member row."""
    categories = row.get("categories") or 0
    if not isinstance(categories, int):
        raise TypeError("categories")
    return MemberDraft(
        name=field_text(row, "name"),
        id_number=field_text(row, "id_number"),
        ethnicity=field_text(row, "ethnicity"),
        education=field_text(row, "education"),
        phone=field_text(row, "phone"),
        joined_on=_display(row, "joined_on"),
        full_member_on=_display(row, "full_member_on"),
        standing=field_text(row, "standing"),
        work_unit=field_text(row, "work_unit"),
        address=field_text(row, "address"),
        categories=_categories(categories),
    )


@register_validator("members")
def validate_member(row: Row, today: date) -> list[Message]:
    checked = check_member_fields(member_draft(row), today=today)
    errors = [m for messages in checked.errors.values() for m in messages]
    errors.extend(id_mismatch(row, checked.id_info))
    RollStatus(field_text(row, "roll_status"))
    return errors


@register_validator("branches")
def validate_branch(row: Row, today: date) -> list[Message]:
    del today
    errors: list[Message] = []
    if not field_text(row, "name").strip():
        errors.append(bad_field("name"))
    BranchKind(field_text(row, "kind"))
    return errors


@register_validator("member_events")
def validate_member_event(row: Row, today: date) -> list[Message]:
    del today
    RollChange(field_text(row, "change"))
    PartialDate.from_iso(field_text(row, "effective_on"))
    if not isinstance(row.get("member_id"), str):
        return [bad_field("member_id")]
    return []
