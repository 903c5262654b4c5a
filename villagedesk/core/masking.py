"""脱敏 (mask): ID numbers and phones shown in part on anything public (notices, boards).

The one place masking lives. By default an ID number keeps its first 6 and last 4 characters
(110105********1234) and a phone its first 3 and last 4 digits (139****1234); the station may
change how many, within limits that keep every masked number short of 11 visible digits in a row.
:func:`scrub_digits` is the last guard every public writer runs: no run of 11 or more digits
ever reaches paper. The policy is a station setting kept in ``meta`` (``uow.mask_policy``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.changes import Changes
from villagedesk.core.errors import ValidationError
from villagedesk.core.ports import Transaction
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Masking"
MASK_CHAR = "*"
LONGEST_PUBLIC_RUN = 10
"""The most digits a public text may show in a row (a run of 11 or more is never shown)."""

_DIGIT_RUN = re.compile(rf"\d{{{LONGEST_PUBLIC_RUN + 1},}}")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class MaskPolicy:
    """How much of each number a public document shows."""

    id_head: int = 6
    id_tail: int = 4
    phone_head: int = 3
    phone_tail: int = 4

    def encode(self) -> str:
        return f"{self.id_head},{self.id_tail},{self.phone_head},{self.phone_tail}"

    @classmethod
    def decode(cls, text: str | None) -> MaskPolicy:
        """The stored form back; anything unreadable or out of limits gives the default."""
        try:
            parts = [int(p) for p in (text or "").split(",")]
            policy = cls(*parts) if len(parts) == 4 else cls()
        except ValueError:
            return cls()
        return policy if not check_policy(policy) else cls()


class MaskPolicyRepository(Protocol):
    """``uow.mask_policy``: the station's masking policy, kept in the ``meta`` table."""

    def get(self) -> MaskPolicy: ...
    def save(self, policy: MaskPolicy) -> None: ...


def _keep(text: str, head: int, tail: int) -> str:
    hidden = len(text) - head - tail
    if hidden <= 0:
        # too short to keep both ends: hide all but the tail (or everything)
        tail = max(0, min(tail, len(text) - 1))
        hidden, head = len(text) - tail, 0
    return text[:head] + MASK_CHAR * hidden + (text[len(text) - tail :] if tail else "")


def mask_id_number(value: str, policy: MaskPolicy = MaskPolicy()) -> str:
    """110105199001011234 → 110105********1234 (with the default policy)."""
    value = value.strip()
    return _keep(value, policy.id_head, policy.id_tail) if value else ""


def mask_phone(value: str, policy: MaskPolicy = MaskPolicy()) -> str:
    """13905331234 → 139****1234; a landline keeps its area code's digits the same way."""
    value = value.strip()
    if not value:
        return ""
    digits = [i for i, c in enumerate(value) if c.isdigit()]
    chars = list(value)
    hidden = digits[policy.phone_head : len(digits) - policy.phone_tail]
    if not hidden:
        hidden = digits[: max(0, len(digits) - policy.phone_tail)] or digits
    for i in hidden:
        chars[i] = MASK_CHAR
    return "".join(chars)


def number_kind(key: str) -> str | None:
    """The kind of number a stored field or a register column named ``key`` holds: "id_number"
    (``id_number``, ``*_id_number``), "phone" (``phone``, ``*_phone``), else None. The one rule
    that says which values are masked on screen and which exports hold full numbers."""
    if key == "id_number" or key.endswith("_id_number"):
        return "id_number"
    if key == "phone" or key.endswith("_phone"):
        return "phone"
    return None


def mask(value: str, kind: str, policy: MaskPolicy = MaskPolicy()) -> str:
    """Mask ``value`` of ``kind`` (``"id_number"`` or ``"phone"``); other kinds pass
    :func:`scrub_digits` only."""
    if kind == "id_number":
        return mask_id_number(value, policy)
    if kind == "phone":
        return mask_phone(value, policy)
    return scrub_digits(value)


def longest_digit_run(text: str) -> int:
    return max((len(m) for m in _DIGITS.findall(text)), default=0)


def is_public_safe(text: str) -> bool:
    """True when ``text`` shows no run of 11 or more digits."""
    return _DIGIT_RUN.search(text) is None


def scrub_digits(text: str) -> str:
    """Any run of 11 or more digits masked like a phone (first 3 and last 4 kept)."""
    return _DIGIT_RUN.sub(lambda m: _keep(m.group(0), 3, 4), text)


#: An ID number, a mobile or a landline standing alone in free text.
_NUMBER_IN_TEXT = re.compile(r"(?<![\dXx])(\d{17}[\dXx]|1\d{10}|0\d{2,3}-\d{7,8})(?![\dXx])")


def mask_number(value: str, policy: MaskPolicy = MaskPolicy()) -> str:
    """A stored number of either kind masked by its shape (an ID number has 15 digits or more)."""
    digits = sum(c.isdigit() for c in value)
    if len(value) == 18 or digits >= 15:
        return mask_id_number(value, policy)
    return mask_phone(value, policy)


def mask_text(text: str, policy: MaskPolicy = MaskPolicy(), known: Iterable[str] = ()) -> str:
    """Free text (a request's content, a reply) fit for paper that is posted: the ``known``
    numbers first (the requester's own, whatever their shape), then any ID number, mobile or
    landline it holds, then :func:`scrub_digits` as the last guard."""
    if _DIGITS.search(text) is None:
        return text  # no digit, no number (most names and many contents)
    for value in sorted({k.strip() for k in known if k.strip()}, key=len, reverse=True):
        text = text.replace(value, mask_number(value, policy))
    text = _NUMBER_IN_TEXT.sub(lambda m: mask_number(m.group(0), policy), text)
    return scrub_digits(text)


def check_policy(policy: MaskPolicy) -> dict[str, list[Message]]:
    """Problems by field; an ID number or a phone must keep fewer than 11 digits and hide some."""
    errors: dict[str, list[Message]] = {}
    too_many = msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Masking", "Too much is shown: at most 10 characters of an ID number, 7 of a phone."
        ),
    )
    negative = msg(CTX, QT_TRANSLATE_NOOP("Masking", "Enter a number from 0 up."))
    for field, head, tail in (
        ("id_number", policy.id_head, policy.id_tail),
        ("phone", policy.phone_head, policy.phone_tail),
    ):
        if head < 0 or tail < 0:
            errors[field] = [negative]
        elif head + tail > (LONGEST_PUBLIC_RUN if field == "id_number" else 7):
            errors[field] = [too_many]
    return errors


class MaskPolicyUnitOfWork(Transaction, Protocol):
    """The narrow port the masking services need (any unit of work has it)."""

    @property
    def mask_policy(self) -> MaskPolicyRepository: ...


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Read the masking rules"))
def mask_policy(uow: MaskPolicyUnitOfWork) -> MaskPolicy:
    """The station's masking policy (the default until one is saved)."""
    with uow.for_reading():
        return uow.mask_policy.get()


@service(Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Save the masking rules"))
def save_mask_policy(uow: MaskPolicyUnitOfWork, *, policy: MaskPolicy) -> Saved:
    """Save the policy; refused (keys ``id_number``, ``phone``) when a number would show too much."""
    errors = check_policy(policy)
    if errors:
        raise ValidationError(errors)
    with uow:
        uow.mask_policy.save(policy)
        uow.commit()
    return Saved(0, Changes())
