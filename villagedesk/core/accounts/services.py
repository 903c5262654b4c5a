"""Accounts: the first 管理员 with its recovery code, signing in (with the lockout), and what a
管理员 does to accounts (add, lock, unlock, reset a password) and to the sign-in settings.

Every change is written by the unit of work with its audit entries (the accounts table is
audited; its hashes never reach the log); sign-ins, failed ones and locks are events of their
own. A refused sign-in still writes what it counts (the failed try) before it raises.
"""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, replace
from datetime import datetime
from typing import NoReturn

from villagedesk.core.accounts import lockout
from villagedesk.core.accounts.guard import current_service, open_service, service
from villagedesk.core.accounts.idle import IdleLock, idle_problems
from villagedesk.core.accounts.model import Account, Actor, Role
from villagedesk.core.accounts.passwords import (
    check_password,
    hash_password,
    hash_recovery_code,
    needs_rehash,
    new_recovery_code,
    verify_password,
    verify_recovery_code,
)
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.accounts.ports import AccountsUnitOfWork
from villagedesk.core.accounts.rules import check_new_account
from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.clock import FixedClock, utc_stamp
from villagedesk.core.errors import DomainError, NotFound, ValidationError
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Accounts"


@dataclass(frozen=True)
class NewAdmin:
    """The first 管理员 and the recovery code to print now (it is never shown again)."""

    account: Account
    recovery_code: str


def _stamp(now: datetime) -> str:
    return utc_stamp(FixedClock(now))


def _get(uow: AccountsUnitOfWork, name: str) -> Account:
    account = uow.accounts.by_name(name.strip())
    if account is None:
        raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("Accounts", "There is no account of that name.")))
    return account


def _new_account(
    uow: AccountsUnitOfWork, name: str, password: str, role: Role, now: datetime
) -> Account:
    taken = [a.name for a in uow.accounts.list()]
    name = check_new_account(name, password, taken=taken)
    return Account(
        uuid=str(uuid_module.uuid4()),
        name=name,
        role=role,
        password_hash=hash_password(password),
        created_at=_stamp(now),
    )


@service(
    Action.MANAGE_ACCOUNTS, label=QT_TRANSLATE_NOOP("Services", "Create the first administrator")
)
def create_first_admin(
    uow: AccountsUnitOfWork, *, name: str, password: str, now: datetime
) -> NewAdmin:
    """The station's first account, a 管理员, with a one-time recovery code (only its hash is
    kept). Refused once the station has an account."""
    with uow:
        if uow.accounts.count():
            raise DomainError(
                msg(CTX, QT_TRANSLATE_NOOP("Accounts", "The station already has accounts."))
            )
        code = new_recovery_code()
        account = replace(
            _new_account(uow, name, password, Role.ADMIN, now),
            recovery_hash=hash_recovery_code(code),
        )
        uow.accounts.add(account)
        uow.accounts.set_auto_login(False)
        uow.commit()
    return NewAdmin(account, code)


@service(Action.MANAGE_ACCOUNTS, label=QT_TRANSLATE_NOOP("Services", "Add an account"))
def add_account(
    uow: AccountsUnitOfWork, *, name: str, password: str, role: Role, now: datetime
) -> Account:
    with uow:
        account = _new_account(uow, name, password, role, now)
        uow.accounts.add(account)
        uow.commit()
    return account


@service(Action.MANAGE_ACCOUNTS, label=QT_TRANSLATE_NOOP("Services", "List the accounts"))
def list_accounts(uow: AccountsUnitOfWork) -> list[Account]:
    with uow.for_reading():
        return uow.accounts.list()


@service(Action.MANAGE_ACCOUNTS, label=QT_TRANSLATE_NOOP("Services", "Lock or unlock an account"))
def set_locked(uow: AccountsUnitOfWork, *, name: str, locked: bool) -> Account:
    """Lock an account (it cannot sign in) or unlock it (also lifting a lockout early)."""
    with uow:
        account = _get(uow, name)
        if locked and account.name == uow.actor.name:
            raise DomainError(
                msg(CTX, QT_TRANSLATE_NOOP("Accounts", "You cannot lock your own account."))
            )
        changed = replace(lockout.unlocked(account), disabled=locked)
        uow.accounts.save(changed)
        uow.commit()
    return changed


@service(Action.MANAGE_ACCOUNTS, label=QT_TRANSLATE_NOOP("Services", "Reset an account's password"))
def reset_password(uow: AccountsUnitOfWork, *, name: str, password: str) -> Account:
    with uow:
        account = _get(uow, name)
        check_password(password, name=account.name)
        changed = replace(lockout.unlocked(account), password_hash=hash_password(password))
        uow.accounts.save(changed)
        uow.commit()
    return changed


@open_service(QT_TRANSLATE_NOOP("Services", "Sign in"))
def sign_in(
    uow: AccountsUnitOfWork, *, name: str, password: str, now: datetime, device: str
) -> Actor:
    """The actor ``name`` signs in as. Refused (LoginRefused) for an unknown name, a wrong
    password (counted: the fifth locks the account for ten minutes), a locked or a disabled
    account; the failed try and the lock are written before the refusal."""
    name = name.strip()
    with uow:
        account = uow.accounts.by_name(name)
        failed = Actor(name=name, role=Role.VIEWER, device=device)
        if account is None:
            _refuse(uow, failed, lockout.unknown_name_message())
        if account.disabled:
            _refuse(uow, Actor.of(account, device=device), lockout.disabled_message())
        if lockout.is_locked(account, now):
            _refuse(uow, Actor.of(account, device=device), lockout.locked_message(account, now))
        actor = Actor.of(account, device=device)
        if not verify_password(account.password_hash, password):
            after = lockout.after_failure(account, now)
            uow.accounts.save(after)
            locked = lockout.is_locked(after, now)
            message = (
                lockout.locked_message(after, now)
                if locked
                else lockout.wrong_password_message(after)
            )
            if locked:
                uow.audit.record(
                    uow.audit.draft(AuditKind.ACCOUNT_LOCKED, current_service(), actor=actor)
                )
            _refuse(uow, actor, message)
        after = lockout.after_success(account)
        if needs_rehash(after.password_hash):
            after = replace(after, password_hash=hash_password(password))
        uow.accounts.save(after)
        uow.audit.record(uow.audit.draft(AuditKind.LOGIN, current_service(), actor=actor))
        uow.commit()
    return actor


def _refuse(uow: AccountsUnitOfWork, actor: Actor, message: Message) -> NoReturn:
    uow.audit.record(uow.audit.draft(AuditKind.LOGIN_FAILED, current_service(), actor=actor))
    uow.commit()
    raise lockout.LoginRefused(message)


@open_service(
    QT_TRANSLATE_NOOP("Services", "Reset the administrator's password with the recovery code")
)
def recover_admin(uow: AccountsUnitOfWork, *, name: str, code: str, password: str) -> str:
    """Reset a 管理员's password with the recovery code printed when the account was made; the
    code is used up and a new one is returned, to print."""
    with uow:
        account = _get(uow, name)
        if account.role is not Role.ADMIN or not verify_recovery_code(account.recovery_hash, code):
            raise ValidationError(
                {
                    "code": [
                        msg(CTX, QT_TRANSLATE_NOOP("Accounts", "The recovery code is not right."))
                    ]
                }
            )
        check_password(password, name=account.name)
        fresh = new_recovery_code()
        changed = replace(
            lockout.unlocked(account),
            password_hash=hash_password(password),
            recovery_hash=hash_recovery_code(fresh),
            disabled=False,
        )
        uow.accounts.save(changed)
        uow.commit()
    return fresh


@service(Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Switch auto-login on or off"))
def set_auto_login(uow: AccountsUnitOfWork, *, on: bool) -> None:
    """免登录 on or off; the log records the switch."""
    with uow:
        if uow.accounts.auto_login() != on:
            uow.accounts.set_auto_login(on)
            kind = AuditKind.AUTO_LOGIN_ON if on else AuditKind.AUTO_LOGIN_OFF
            uow.audit.record(uow.audit.draft(kind, current_service()))
        uow.commit()


@service(Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Set the idle screen lock"))
def set_idle_lock(uow: AccountsUnitOfWork, *, minutes: int) -> IdleLock:
    setting = IdleLock(minutes)
    problems = idle_problems(setting)
    if problems:
        raise ValidationError({"minutes": problems})
    with uow:
        uow.accounts.set_idle_lock(setting)
        uow.commit()
    return setting


@open_service(QT_TRANSLATE_NOOP("Services", "Read how the station signs in"))
def sign_in_mode(uow: AccountsUnitOfWork) -> tuple[bool, bool, IdleLock]:
    """(whether the station has accounts, whether 免登录 is on, the idle lock): what the GUI and
    the CLI decide the start from."""
    with uow.for_reading():
        return uow.accounts.count() > 0, uow.accounts.auto_login(), uow.accounts.idle_lock()
