"""What the audit log may hold of a value: never a full ID number or phone.

The log is kept for good, exported by the 管理员 and carried to the township in every sync
package, so it must not become a second copy of the residents' numbers (PIPL Art. 51, GB/T 35273
§7.2). A field named like an ID number or a phone (``id_number``, ``requester_phone``, …) keeps
only what a public notice shows (:mod:`villagedesk.core.masking`, the default policy, fixed here
so that the log does not change with the station's setting); any other text has the numbers it
contains masked the same way (:func:`villagedesk.core.masking.mask_text`), except identifiers
(uuids, the station's 12-digit code) that are never personal.

Why masking and not a hash: an ID number has about 10¹¹ possible values (region, birth date,
sequence) and a mobile 10¹⁰; an unkeyed hash of either is undone by trying them all in hours, so
a hash would keep the number in clear for anyone patient. The masked form still shows that the
field changed and roughly what to; the full number stays only in the record itself, behind the
roles.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from villagedesk.core.audit.entry import FieldChange, Scalar
from villagedesk.core.masking import MASK_CHAR, mask_id_number, mask_phone, mask_text

_ID_SUFFIXES = ("id_number", "idcard", "id_card")
_PHONE_SUFFIXES = ("phone", "mobile", "telephone")
_IDENTIFIER_SUFFIXES = ("uuid", "station_code", "_code", "_at", "_on", "_hash")
_BIRTH_SUFFIXES = ("birth_date", "birthday", "born_on")

_MOST_MASKED_DIGITS = 10
"""A masked ID number keeps at most 10 digits, a masked phone 7: more is not yet masked."""


def number_kind(field: str) -> str | None:
    """``"id_number"``, ``"phone"`` or None, from the field's name."""
    name = field.lower()
    if name.endswith(_ID_SUFFIXES):
        return "id_number"
    if name.endswith(_PHONE_SUFFIXES):
        return "phone"
    return None


def _already_masked(text: str) -> bool:
    return MASK_CHAR in text and sum(c.isdigit() for c in text) <= _MOST_MASKED_DIGITS


Redactor = Callable[[Scalar], Scalar]


def _keep(value: Scalar) -> Scalar:
    return value


def _number(kind: str) -> Redactor:
    def redact(value: Scalar) -> Scalar:
        if value is None or isinstance(value, bool):
            return value
        text = str(value).strip()
        if not text or _already_masked(text):
            return text
        return mask_id_number(text) if kind == "id_number" else mask_phone(text)

    return redact


def _birth_year(value: Scalar) -> Scalar:
    """A birth date keeps its year: with the masked ID number's ends it would give the number
    back whole (the hidden middle of an ID number is the birth date)."""
    if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit():
        return value[:4] + "-**-**" if len(value) > 4 else value
    return value


def _text(value: Scalar) -> Scalar:
    if isinstance(value, str):
        return mask_text(value)
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and abs(value) >= 10**_MOST_MASKED_DIGITS
    ):
        return mask_text(str(value))  # a number long enough to be a phone or an ID number
    return value


@functools.lru_cache(maxsize=1024)
def redactor(field: str) -> Redactor:
    """What :func:`redact_value` does to the values of ``field``, chosen once per field."""
    kind = number_kind(field)
    if kind is not None:
        return _number(kind)
    name = field.lower()
    if name.endswith(_BIRTH_SUFFIXES):
        return _birth_year
    if name == "code" or name.endswith(_IDENTIFIER_SUFFIXES):
        return _keep
    return _text


def redact_value(field: str, value: Scalar) -> Scalar:
    """``value`` as the log may keep it for ``field`` (redacting twice gives the same value)."""
    if value is None or isinstance(value, bool):
        return value
    return redactor(field)(value)


def redact_changes(changes: Iterable[FieldChange]) -> tuple[FieldChange, ...]:
    """Every (field, old, new) with both values through :func:`redact_value`."""
    return tuple(
        (field, redact_value(field, old), redact_value(field, new)) for field, old, new in changes
    )
