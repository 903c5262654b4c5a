"""Checks shared by every record of a person (member, resident): name, ID number and phone.

One rule, one place: the member rules and the resident rules both call these, so a person's ID
number is accepted or refused with the same words wherever it is typed.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from villagedesk.core.errors import DomainError
from villagedesk.core.id_number import IdNumberInfo, check_id_number, region_warning
from villagedesk.core.phone import check_phone
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Member"
MAX_NAME = 40

Errors = dict[str, list[Message]]


#: Characters that print as boxes or not at all, or turn the text around: control and format
#: characters (NUL, U+200B zero-width space, U+202E right-to-left override …), lone surrogates,
#: emoji and other pictographs, and the selectors and fillers that only change or pad them.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "So", "Sk", "Zl", "Zp"})
_REFUSED_EXTRA = frozenset(
    {*map(chr, range(0xFE00, 0xFE10)), "\u20e3", "\u115f", "\u1160", "\u3164", "\uffa0"}
)


def name_problem_characters(name: str) -> list[str]:
    """The characters a name may not hold (each once, in the order found)."""
    found: dict[str, None] = {}
    for ch in name:
        if ch in _REFUSED_EXTRA or unicodedata.category(ch) in _REFUSED_CATEGORIES:
            found.setdefault(ch, None)
    return list(found)


def _code_points(chars: list[str]) -> str:
    return "、".join(f"U+{ord(ch):04X}" for ch in chars)


def check_name(text: str, errors: Errors, key: str = "name") -> str:
    """The name with spaces tidied; a message under ``key`` when it is empty, holds an emoji or
    an invisible or control character, or is longer than :data:`MAX_NAME` (never cut)."""
    name = " ".join(text.split())
    problems: list[Message] = []
    if not name:
        problems.append(msg(CTX, QT_TRANSLATE_NOOP("Member", "Enter the name.")))
    bad = name_problem_characters(name)
    if bad:
        problems.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Member",
                    "The name may not contain emoji, symbols or invisible characters; remove "
                    "{chars}.",
                ),
                chars=_code_points(bad),
            )
        )
    if len(name) > MAX_NAME:
        problems.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Member",
                    "The name is too long: at most {limit} characters, this one has {count}.",
                ),
                limit=MAX_NAME,
                count=len(name),
            )
        )
    if problems:
        errors[key] = problems
    return name


def check_person_id(
    text: str, errors: Errors, warnings: list[Message], *, today: date, key: str = "id_number"
) -> IdNumberInfo | None:
    """The checked ID number (birth date and sex derived), or None with the reason under ``key``.

    An unknown region code is a warning, never a refusal.
    """
    try:  # an empty one too: check_id_number says "Enter the ID number." in its own words
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
