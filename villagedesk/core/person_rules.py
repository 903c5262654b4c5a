"""Checks shared by every record of a person (member, resident): name, ID number and phone.

One rule, one place: the member rules and the resident rules both call these, so a person's ID
number is accepted or refused with the same words wherever it is typed.
"""

from __future__ import annotations

from datetime import date

from villagedesk.core.errors import DomainError
from villagedesk.core.id_number import IdNumberInfo, check_id_number, region_warning
from villagedesk.core.phone import check_phone
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Member"
MAX_NAME = 40

Errors = dict[str, list[Message]]


def check_name(text: str, errors: Errors, key: str = "name") -> str:
    """The name with spaces tidied; an empty or overlong one adds a message under ``key``."""
    name = " ".join(text.split())
    if not name:
        errors[key] = [msg(CTX, QT_TRANSLATE_NOOP("Member", "Enter the name."))]
    elif len(name) > MAX_NAME:
        errors[key] = [msg(CTX, QT_TRANSLATE_NOOP("Member", "The name is too long."))]
    return name


def check_person_id(
    text: str, errors: Errors, warnings: list[Message], *, today: date, key: str = "id_number"
) -> IdNumberInfo | None:
    """The checked ID number (birth date and sex derived), or None with the reason under ``key``.

    An unknown region code is a warning, never a refusal.
    """
    if not text.strip():
        errors[key] = [msg(CTX, QT_TRANSLATE_NOOP("Member", "Enter the ID number."))]
        return None
    try:
        info = check_id_number(text, today=today)
    except DomainError as e:
        errors[key] = [e.message]
        return None
    warning = region_warning(info)
    if warning is not None:
        warnings.append(warning)
    return info


def check_optional_phone(text: str, errors: Errors, key: str = "phone") -> str:
    """The normalised phone, ``""`` when none was typed."""
    if not text.strip():
        return ""
    try:
        return check_phone(text)
    except DomainError as e:
        errors[key] = [e.message]
        return ""
