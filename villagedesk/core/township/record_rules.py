"""What the sync record validators share: the registry, a row's fields, the common messages.

:mod:`villagedesk.core.township.validation` runs the validators; it and
:mod:`villagedesk.core.township.validators` declare them with :func:`register_validator`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from villagedesk.core.id_number import IdNumberInfo
from villagedesk.core.members.model import Sex
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Sync"
Row = Mapping[str, object]
Validator = Callable[[Row, date], list[Message]]

#: Record type (syncable table name) → its content validator.
VALIDATORS: dict[str, Validator] = {}


def register_validator(record_type: str) -> Callable[[Validator], Validator]:
    """Decorator: declare the content validator of a record type (one per type)."""

    def wrap(fn: Validator) -> Validator:
        VALIDATORS[record_type] = fn
        return fn

    return wrap


def bad_field(field: str) -> Message:
    """The message of a field that is missing or invalid."""
    return msg(
        CTX, QT_TRANSLATE_NOOP("Sync", "The field {field} is missing or invalid."), field=field
    )


def field_text(row: Row, key: str) -> str:
    """A text column's value ("" for None; TypeError for anything but text)."""
    value = row.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(key)
    return value


def id_mismatch(row: Row, info: IdNumberInfo | None) -> list[Message]:
    """A person's stored number, sex and birth date must be those the checked ID number gives."""
    if info is not None and (
        field_text(row, "id_number") != info.number
        or Sex(field_text(row, "sex")) is not info.sex
        or field_text(row, "birth_date") != info.birth_date.isoformat()
    ):
        return [
            msg(
                CTX,
                QT_TRANSLATE_NOOP("Sync", "Sex or date of birth do not match the ID number."),
            )
        ]
    return []
