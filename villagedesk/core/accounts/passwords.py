"""Passwords and the one-time recovery code: Argon2id hashes, the policy, the strength hint.

Hashes come from argon2-cffi's :class:`~argon2.PasswordHasher` with the RFC 9106 low-memory
profile (Argon2id, 64 MiB, 3 passes); a hash made with other parameters still verifies and
:func:`needs_rehash` tells the service to store a fresh one after the next good sign-in.

The policy: at least :data:`MIN_LENGTH` characters, never the account's own name. The strength
hint (弱 / 中 / 强) is the one the backup passphrase uses (:mod:`villagedesk.core.passphrase`):
length, kinds of characters, repeats and the passwords everybody tries first. It is a hint, not
a refusal.

The recovery code (恢复码) is printed once, when the first 管理员 is created, and only its hash is
kept: whoever holds the paper can reset the 管理员 password.
"""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError

from villagedesk.core.errors import ValidationError
from villagedesk.core.passphrase import Strength, normalize, strength
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg, tidy

CTX = "Accounts"
MIN_LENGTH = 8

HASHER = PasswordHasher.from_parameters(profiles.RFC_9106_LOW_MEMORY)
"""The hasher for new hashes (Argon2id; its parameters are in every hash it writes)."""

RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
"""Digits and capitals without the look-alikes 0/O, 1/I/L."""
RECOVERY_GROUPS = 5
RECOVERY_GROUP_LENGTH = 4


def hash_password(password: str, *, hasher: PasswordHasher = HASHER) -> str:
    """The Argon2id hash of ``password`` (NFC-normalised, so every input method matches)."""
    return hasher.hash(normalize(password))


def verify_password(password_hash: str, password: str, *, hasher: PasswordHasher = HASHER) -> bool:
    """True when ``password`` matches ``password_hash``; False for a wrong password or a hash
    that is not an Argon2 hash at all (never an exception)."""
    try:
        return hasher.verify(password_hash, normalize(password))
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str, *, hasher: PasswordHasher = HASHER) -> bool:
    """True when the hash was made with other parameters than ``hasher``'s (store a new one)."""
    try:
        return hasher.check_needs_rehash(password_hash)
    except ValueError:  # InvalidHashError: not an Argon2 hash at all
        return True


def _same_as_name(password: str, name: str) -> bool:
    typed = tidy(normalize(password)).casefold()
    return bool(typed) and typed == tidy(normalize(name)).casefold()


def password_problems(password: str, *, name: str) -> list[Message]:
    """Why ``password`` cannot be the password of the account ``name`` (empty when it can)."""
    problems: list[Message] = []
    if len(normalize(password)) < MIN_LENGTH:
        problems.append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Accounts", "The password must have at least {count} characters."
                ),
                count=MIN_LENGTH,
            )
        )
    if _same_as_name(password, name):
        problems.append(
            msg(CTX, QT_TRANSLATE_NOOP("Accounts", "The password must not be the account's name."))
        )
    return problems


def check_password(password: str, *, name: str) -> str:
    """The normalised password; a :class:`ValidationError` (key ``password``) when refused."""
    problems = password_problems(password, name=name)
    if problems:
        raise ValidationError({"password": problems})
    return normalize(password)


def password_strength(password: str) -> Strength:
    """弱 / 中 / 强 (TOO_SHORT below the minimum); show it with
    :func:`villagedesk.core.passphrase.strength_label`."""
    return strength(password)


def new_recovery_code() -> str:
    """A fresh one-time recovery code, ``7KQ2-M9TB-…`` (5 groups of 4, about 99 bits)."""
    groups = (
        "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LENGTH))
        for _ in range(RECOVERY_GROUPS)
    )
    return "-".join(groups)


def normalize_recovery_code(typed: str) -> str:
    """The code as typed back from paper: capitals, without spaces or dashes."""
    return "".join(c for c in typed.upper() if c not in " -\t\u3000")


def hash_recovery_code(code: str, *, hasher: PasswordHasher = HASHER) -> str:
    """The hash to store (the code itself is printed and forgotten)."""
    return hasher.hash(normalize_recovery_code(code))


def verify_recovery_code(code_hash: str, typed: str, *, hasher: PasswordHasher = HASHER) -> bool:
    if not code_hash:
        return False
    try:
        return hasher.verify(code_hash, normalize_recovery_code(typed))
    except (VerificationError, InvalidHashError):
        return False
