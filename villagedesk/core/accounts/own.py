"""What a signed-in account does for itself: change its own password (knowing the old one), and
sign in on a database that is read-only (it failed its check: nothing can be written, not even
the failed try, but a 管理员 must still get in to restore a backup).

:func:`~villagedesk.core.accounts.services.reset_password` is the 管理员's (MANAGE_ACCOUNTS);
:func:`change_own_password` is open to every account, and checks the actor's old password.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from villagedesk.core.accounts import lockout
from villagedesk.core.accounts.guard import open_service
from villagedesk.core.accounts.model import Account, Actor
from villagedesk.core.accounts.passwords import check_password, hash_password, verify_password
from villagedesk.core.accounts.ports import AccountsUnitOfWork
from villagedesk.core.errors import DomainError, ValidationError
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

CTX = "Accounts"


def _wrong_old() -> ValidationError:
    return ValidationError(
        {"old": [msg(CTX, QT_TRANSLATE_NOOP("Accounts", "The current password is not right."))]}
    )


@open_service(QT_TRANSLATE_NOOP("Services", "Change one's own password"))
def change_own_password(uow: AccountsUnitOfWork, *, old: str, new: str) -> Account:
    """The acting account's password changed to ``new`` once ``old`` matches its stored one.

    Refused for the 免登录 actor and a signed-out one (no account of their own); a wrong old
    password is refused under the field ``old``, a new one against the policy under ``new``."""
    with uow:
        actor = uow.actor
        account = None if actor.auto_login else uow.accounts.by_name(actor.name)
        if account is None:
            raise DomainError(
                msg(CTX, QT_TRANSLATE_NOOP("Accounts", "Sign in first to change your password."))
            )
        if not verify_password(account.password_hash, old):
            raise _wrong_old()
        try:
            check_password(new, name=account.name)
        except ValidationError as e:
            raise ValidationError({"new": e.errors.get("password", [])}) from None
        changed = replace(account, password_hash=hash_password(new))
        uow.accounts.save(changed)
        uow.commit()
    return changed


@open_service(QT_TRANSLATE_NOOP("Services", "Check a password"))
def verify_sign_in_read_only(
    uow: AccountsUnitOfWork, *, name: str, password: str, now: datetime, device: str
) -> Actor:
    """The actor ``name`` signs in as on a database whose writes are held (it failed its check):
    the same refusals as signing in, but nothing is counted or logged (nothing can be written)."""
    with uow.for_reading():
        account = uow.accounts.by_name(name.strip())
    if account is None:
        raise lockout.LoginRefused(lockout.unknown_name_message())
    if account.disabled:
        raise lockout.LoginRefused(lockout.disabled_message())
    if lockout.is_locked(account, now):
        raise lockout.LoginRefused(lockout.locked_message(account, now))
    if not verify_password(account.password_hash, password):
        raise lockout.LoginRefused(lockout.unknown_name_message())
    return Actor.of(account, device=device)
