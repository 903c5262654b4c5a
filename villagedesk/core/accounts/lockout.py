"""Lockout (等保 2.0): five wrong passwords lock an account for ten minutes.

Pure rules on an :class:`~villagedesk.core.accounts.model.Account` and the time: the sign-in
service asks :func:`is_locked` before it checks the password (a locked account is refused
without a try, so guessing goes no faster), then stores what :func:`after_failure` or
:func:`after_success` returns. Reaching the limit sets ``locked_until`` and starts the count
afresh, so after the ten minutes the user has five tries again. A 管理员 may lift a lock early
(:func:`unlocked`).
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import datetime, timedelta

from villagedesk.core.accounts.model import Account
from villagedesk.core.clock import FixedClock, parse_stamp, utc_stamp
from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Accounts"
MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 10
LOCK_DURATION = timedelta(minutes=LOCK_MINUTES)


class LoginRefused(DomainError):
    """The sign-in was refused: wrong name or password, a locked or a disabled account."""


def locked_until(account: Account) -> datetime | None:
    return parse_stamp(account.locked_until) if account.locked_until else None


def is_locked(account: Account, now: datetime) -> bool:
    until = locked_until(account)
    return until is not None and now < until


def lock_remaining(account: Account, now: datetime) -> timedelta:
    """How long the lock still holds (zero when the account is not locked)."""
    until = locked_until(account)
    return max(until - now, timedelta(0)) if until is not None else timedelta(0)


def attempts_left(account: Account) -> int:
    """Wrong passwords the account may still take before it is locked."""
    return max(MAX_FAILED_ATTEMPTS - account.failed_attempts, 0)


def after_failure(account: Account, now: datetime) -> Account:
    """The account after a wrong password at ``now``: one more failure, locked at the fifth.

    A wrong password while locked changes nothing (the service should not have tried it)."""
    if is_locked(account, now):
        return account
    failed = account.failed_attempts + 1
    if failed >= MAX_FAILED_ATTEMPTS:
        return replace(
            account, failed_attempts=0, locked_until=utc_stamp(FixedClock(now + LOCK_DURATION))
        )
    return replace(account, failed_attempts=failed, locked_until=None)


def after_success(account: Account) -> Account:
    """The account after a good password: the count and any expired lock cleared."""
    return replace(account, failed_attempts=0, locked_until=None)


def unlocked(account: Account) -> Account:
    """The account with its lock lifted by a 管理员 (users unlock)."""
    return replace(account, failed_attempts=0, locked_until=None)


def wrong_password_message(account: Account) -> Message:
    """What a wrong password tells the user; ``account`` is what :func:`after_failure` returned."""
    if account.locked_until:
        return msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Accounts",
                "Wrong name or password. The account is locked for {minutes} minutes.",
            ),
            minutes=LOCK_MINUTES,
        )
    return msg(
        CTX,
        QT_TRANSLATE_NOOP("Accounts", "Wrong name or password. {left} tries left."),
        left=attempts_left(account),
    )


def unknown_name_message() -> Message:
    return msg(CTX, QT_TRANSLATE_NOOP("Accounts", "Wrong name or password."))


def locked_message(account: Account, now: datetime) -> Message:
    """Refusal for a locked account: how many minutes (rounded up) until it may try again."""
    minutes = max(math.ceil(lock_remaining(account, now) / timedelta(minutes=1)), 1)
    return msg(
        CTX,
        QT_TRANSLATE_NOOP("Accounts", "The account is locked. Try again in {minutes} minutes."),
        minutes=minutes,
    )


def disabled_message() -> Message:
    return msg(CTX, QT_TRANSLATE_NOOP("Accounts", "The account is disabled."))
