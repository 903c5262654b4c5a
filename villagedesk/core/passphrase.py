"""The passphrase of an encrypted backup: the minimum length and a rough strength estimate.

One rule for the GUI's passphrase dialog, the CLI and the store that writes the file. The
estimate counts the characters' kinds (digits, letters, signs, Chinese characters) and penalises
repeats, runs such as ``12345678`` and a few passwords everybody tries first. It is a hint for the
user, never a reason to refuse a passphrase that is long enough.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from enum import IntEnum

from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

MIN_LENGTH = 8
CTX = "Passphrase"

_COMMON = frozenset(
    {
        "password",
        "passw0rd",
        "qwertyui",
        "qwertyuiop",
        "asdfghjk",
        "iloveyou",
        "abc12345",
        "abcd1234",
        "a1234567",
        "12345678",
        "123456789",
        "1234567890",
        "11111111",
        "88888888",
        "66666666",
        "12341234",
        "woaini1314",
        "5201314520",
    }
)


class Strength(IntEnum):
    """How hard a passphrase is to guess, from TOO_SHORT (refused) to STRONG."""

    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


_LABELS = {
    Strength.TOO_SHORT: QT_TRANSLATE_NOOP("Passphrase", "Too short"),
    Strength.WEAK: QT_TRANSLATE_NOOP("Passphrase", "Weak"),
    Strength.FAIR: QT_TRANSLATE_NOOP("Passphrase", "Fair"),
    Strength.STRONG: QT_TRANSLATE_NOOP("Passphrase", "Strong"),
}


def normalize(passphrase: str) -> str:
    """The form the key is made from: Unicode NFC, so every input method gives the same key."""
    return unicodedata.normalize("NFC", passphrase)


def _pool(passphrase: str) -> int:
    pool = 0
    if any(c.isdigit() and c.isascii() for c in passphrase):
        pool += 10
    if any(c.islower() and c.isascii() for c in passphrase):
        pool += 26
    if any(c.isupper() and c.isascii() for c in passphrase):
        pool += 26
    if any(c.isascii() and not c.isalnum() for c in passphrase):
        pool += 33
    if any(not c.isascii() for c in passphrase):
        pool += 3000  # Chinese characters (and anything else outside ASCII)
    return max(pool, 1)


def _is_run(passphrase: str) -> bool:
    """``abcdefgh``, ``87654321``, ``13579bdf``: every step from one character to the next the same."""
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(passphrase)}
    return len(steps) <= 1


def estimate_bits(passphrase: str) -> float:
    """A rough guessing cost in bits (characters' pool size per distinct position)."""
    text = normalize(passphrase)
    if not text:
        return 0.0
    effective = min(len(text), 2 * len(set(text)))
    return effective * math.log2(_pool(text))


def strength(passphrase: str) -> Strength:
    text = normalize(passphrase)
    if len(text) < MIN_LENGTH:
        return Strength.TOO_SHORT
    if text.lower() in _COMMON or _is_run(text) or len(set(text)) <= 3:
        return Strength.WEAK
    bits = estimate_bits(text)
    if bits < 40:
        return Strength.WEAK
    if bits < 60:
        return Strength.FAIR
    return Strength.STRONG


def strength_label(level: Strength) -> Message:
    """弱 / 中 / 强 (and 太短), as a message translated at the edge."""
    return msg(CTX, _LABELS[level])


def passphrase_problem(passphrase: str) -> Message | None:
    """Why ``passphrase`` cannot be used (too short), or None when it can."""
    if len(normalize(passphrase)) < MIN_LENGTH:
        return msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Passphrase", "The passphrase must have at least {count} characters."
            ),
            count=MIN_LENGTH,
        )
    return None


def weak_warning() -> Message:
    return msg(
        CTX,
        QT_TRANSLATE_NOOP(
            "Passphrase",
            "The passphrase is weak: a longer one mixing letters, digits and signs (or a few Chinese words) is much harder to guess.",
        ),
    )


def check_passphrase(passphrase: str) -> str:
    """The normalized passphrase; a :class:`DomainError` when it is too short."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise DomainError(problem)
    return normalize(passphrase)
