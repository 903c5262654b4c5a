"""公民身份号码 (GB 11643): check an ID number and derive birth date and sex from it."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from villagedesk.core.errors import DomainError
from villagedesk.core.members.model import Sex
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

_CTX = "IdNumber"
_LENGTH = 18
#: Nobody on a roll today was born before this year; earlier dates are typing errors.
_EARLIEST_YEAR = 1900

_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?[eE]\+?\d{1,2}$")
_FLOAT_TAIL = re.compile(r"^\d{15,18}\.0+$")


@dataclass(frozen=True)
class IdNumberInfo:
    """A checked ID number and what it tells about its holder."""

    number: str
    birth_date: date
    sex: Sex
    region_code: str
    region_known: bool


def _clean(text: str) -> str:
    """Full-width to half-width, all spaces removed, ``x`` as ``X``."""
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


def check_character(first17: str) -> str:
    """The check character (``0``–``9`` or ``X``) for the first 17 digits of an ID number."""
    if len(first17) != _LENGTH - 1 or not (first17.isascii() and first17.isdigit()):
        raise ValueError(f"need 17 digits, got {first17!r}")
    from stdnum.cn import ric  # on use: stdnum (and the pydoc it loads) cost start-up time

    return ric.calc_check_digit(first17 + "0")  # stdnum expects a number with a check place


def names_the_id_number(message: Message) -> bool:
    """Whether ``message`` is one of the ID number's own refusals, which all name the ID number
    ("公民身份号码校验码不正确…"): put after the field's label they would say it twice."""
    return message.context == _CTX


def is_excel_damaged(text: str) -> bool:
    """True when a spreadsheet has most likely mangled an ID number stored as a number.

    Excel keeps 15 significant digits, so an 18-digit number typed into a numeric cell shows as
    ``1.10105E+17`` or comes out with its last three digits as ``000``; a float read back by a
    program may end in ``.0``. A real number can end in ``000`` too, so importers use this to
    explain a refusal or flag a row, never to refuse a number that passes :func:`check_id_number`.
    """
    s = "".join(unicodedata.normalize("NFKC", text).split())
    if _SCIENTIFIC.match(s) or _FLOAT_TAIL.match(s):
        return True
    return len(s) == _LENGTH and s.isascii() and s.isdigit() and s.endswith("000")


def _refuse(text: str, **params: object) -> DomainError:
    return DomainError(msg(_CTX, text, **params))


def _check_characters(number: str) -> None:
    """Refuse what is not 18 characters of digits (an X last) with the right check digit, saying
    what went wrong: a number a spreadsheet damaged, an old 15-digit number, a typo."""
    if not number:
        raise _refuse(QT_TRANSLATE_NOOP("IdNumber", "Enter the ID number."))
    if _SCIENTIFIC.match(number) or _FLOAT_TAIL.match(number):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "IdNumber",
                "The ID number {number} was damaged by a spreadsheet that stored it as a "
                "number. Format the column as text and enter the full 18-character number again.",
            ),
            number=number,
        )
    if len(number) == 15 and number.isascii() and number.isdigit():
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "IdNumber",
                "15-digit ID numbers are no longer valid; enter the 18-digit number from the "
                "second-generation ID card.",
            )
        )
    body = number[:-1]
    if not (body.isascii() and body.isdigit() and number[-1] in "0123456789X"):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "IdNumber",
                "The ID number may contain only digits, with X allowed as the last character.",
            )
        )
    if len(number) != _LENGTH:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "IdNumber", "The ID number must have 18 characters; this one has {count}."
            ),
            count=len(number),
        )
    if check_character(number[:-1]) != number[-1]:
        if is_excel_damaged(number):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "IdNumber",
                    "The ID number's check digit is wrong and it ends in 000: a spreadsheet "
                    "probably rounded it. Enter the number from the ID card again.",
                )
            )
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "IdNumber", "The ID number's check digit is wrong; the number probably has a typo."
            )
        )


def _birth_date(number: str, today: date) -> date:
    """The birth date the digits give, refused when it is no possible date or in the future."""
    try:
        # The digits are checked already; what stdnum's ric.get_birth_date reads, without the
        # cost of its own clean-up of the number.
        birth: date | None = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        birth = None
    if birth is None or birth.year < _EARLIEST_YEAR:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "IdNumber", "The birth date in the ID number ({digits}) is not a possible date."
            ),
            digits=number[6:14],
        )
    if birth > today:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "IdNumber", "The birth date in the ID number ({date}) is in the future."
            ),
            date=birth.strftime("%Y.%m.%d"),
        )
    return birth


def check_id_number(text: str, *, today: date) -> IdNumberInfo:
    """Check an 18-character ID number; raise DomainError explaining the first problem found."""
    number = _clean(text)
    _check_characters(number)
    birth = _birth_date(number, today)
    region = number[:6]
    return IdNumberInfo(
        number=number,
        birth_date=birth,
        sex=Sex.MALE if int(number[16]) % 2 else Sex.FEMALE,
        region_code=region,
        region_known=_region_known(region),
    )


@functools.lru_cache(maxsize=8192)
def _region_known(code: str) -> bool:
    """Whether stdnum's table lists the division code, in any year (codes outlive renames)."""
    from stdnum import numdb

    parts = numdb.get("cn/loc").info(code)
    return any(props.get("county") for _, props in parts)


def region_warning(info: IdNumberInfo) -> Message | None:
    """A warning (never a refusal) when the first six digits are not a known division code."""
    if info.region_known:
        return None
    return msg(
        _CTX,
        QT_TRANSLATE_NOOP(
            "IdNumber",
            "The first six digits of the ID number ({code}) are not a known administrative "
            "division code. Please check the number against the ID card.",
        ),
        code=info.region_code,
    )
