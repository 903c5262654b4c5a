"""Accounts and roles (管理员 · 录入员 · 查看), and the :class:`Actor` every service is given.

An :class:`Account` is a person allowed to sign in; an :class:`Actor` is who is acting right now
(an account's name and role, or the auto-login actor), with the device it happens on. Services
take an actor, check it against :mod:`villagedesk.core.accounts.permissions` and write its name
into the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from villagedesk.core.text import QT_TRANSLATE_NOOP

AUTO_LOGIN_NAME = "免登录"
"""The name the audit log records for the auto-login actor (a station without accounts, or with
免登录 switched on). It is stored data, the same in every language, so it stays in Chinese; no
account may take this name (:func:`villagedesk.core.accounts.rules.name_problems`)."""


SIGNED_OUT_NAME = "未登录"
"""The actor before anyone signed in on a station with accounts: a 查看 that changes nothing."""


class Role(StrEnum):
    """What an account may do; the table is in :mod:`villagedesk.core.accounts.permissions`."""

    ADMIN = "admin"
    CLERK = "clerk"
    VIEWER = "viewer"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Enum", "Administrator"),
    Role.CLERK: QT_TRANSLATE_NOOP("Enum", "Data-entry clerk"),
    Role.VIEWER: QT_TRANSLATE_NOOP("Enum", "Read-only viewer"),
}


@dataclass(frozen=True)
class Account:
    """A stored account. Times are UTC stamps (:func:`villagedesk.core.clock.utc_stamp`).

    ``password_hash`` is an Argon2id hash (:mod:`villagedesk.core.accounts.passwords`), never the
    password; ``recovery_hash`` likewise holds the hash of the one-time recovery code (empty when
    none was issued). ``locked_until`` is set by five wrong passwords
    (:mod:`villagedesk.core.accounts.lockout`); ``disabled`` accounts cannot sign in at all.
    """

    uuid: str
    name: str
    role: Role
    password_hash: str
    failed_attempts: int = 0
    locked_until: str | None = None
    created_at: str = ""
    disabled: bool = False
    recovery_hash: str = ""


@dataclass(frozen=True)
class Actor:
    """Who acts: a signed-in account's name and role, or the auto-login actor; and the device.

    ``device`` names the computer (its host name, or what the CLI was told), so the audit log of a
    township that imports many villages can tell the PCs apart.
    """

    name: str
    role: Role
    device: str = ""
    auto_login: bool = False

    @classmethod
    def of(cls, account: Account, *, device: str) -> Actor:
        """The actor for a signed-in ``account``."""
        return cls(name=account.name, role=account.role, device=device)

    @classmethod
    def auto(cls, *, device: str) -> Actor:
        """The 免登录 actor: a station without accounts (or with auto-login on) acts as a
        管理员, so that scripts and single-user stations keep working; the log names it
        :data:`AUTO_LOGIN_NAME`."""
        return cls(name=AUTO_LOGIN_NAME, role=Role.ADMIN, device=device, auto_login=True)
