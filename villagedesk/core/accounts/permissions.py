"""What each role may do: one table, checked by every service through :func:`require`.

Roles are enforced here, in core, not only by greyed buttons: the GUI, the CLI and the import
paths call the same services, so a 查看 account is refused the same way everywhere (the CLI maps
:class:`NotPermitted` to exit 2).

- 查看 (viewer): reads the registers (masked) and prints public notices.
- 录入员 (clerk): also writes records, imports, shows one record's full numbers, exports and prints
  personal data.
- 管理员 (admin): everything, including accounts, backups, restores, sync, the audit log and the
  settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

CTX = "Accounts"


class Action(StrEnum):
    """What a service does, as far as permissions go."""

    READ_REGISTERS = "read_registers"
    WRITE_RECORDS = "write_records"
    IMPORT = "import"
    UNMASK = "unmask"
    EXPORT_PERSONAL = "export_personal"
    PRINT_PERSONAL = "print_personal"
    PRINT_PUBLIC = "print_public"
    MANAGE_ACCOUNTS = "manage_accounts"
    BACKUP = "backup"
    RESTORE = "restore"
    SYNC = "sync"
    VIEW_AUDIT = "view_audit"
    CHANGE_SETTINGS = "change_settings"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    Action.READ_REGISTERS: QT_TRANSLATE_NOOP("Enum", "Read the registers"),
    Action.WRITE_RECORDS: QT_TRANSLATE_NOOP("Enum", "Enter and edit records"),
    Action.IMPORT: QT_TRANSLATE_NOOP("Enum", "Import spreadsheets"),
    Action.UNMASK: QT_TRANSLATE_NOOP("Enum", "Show full ID numbers and phones"),
    Action.EXPORT_PERSONAL: QT_TRANSLATE_NOOP("Enum", "Export personal data"),
    Action.PRINT_PERSONAL: QT_TRANSLATE_NOOP("Enum", "Print personal data"),
    Action.PRINT_PUBLIC: QT_TRANSLATE_NOOP("Enum", "Print public notices"),
    Action.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("Enum", "Manage accounts"),
    Action.BACKUP: QT_TRANSLATE_NOOP("Enum", "Make backups"),
    Action.RESTORE: QT_TRANSLATE_NOOP("Enum", "Restore backups"),
    Action.SYNC: QT_TRANSLATE_NOOP("Enum", "Sync with the township"),
    Action.VIEW_AUDIT: QT_TRANSLATE_NOOP("Enum", "View the audit log"),
    Action.CHANGE_SETTINGS: QT_TRANSLATE_NOOP("Enum", "Change the settings"),
}

_VIEWER = frozenset({Action.READ_REGISTERS, Action.PRINT_PUBLIC})
_CLERK = _VIEWER | {
    Action.WRITE_RECORDS,
    Action.IMPORT,
    Action.UNMASK,
    Action.EXPORT_PERSONAL,
    Action.PRINT_PERSONAL,
}
_ADMIN = frozenset(Action)

PERMISSIONS: Mapping[Role, frozenset[Action]] = {
    Role.VIEWER: _VIEWER,
    Role.CLERK: frozenset(_CLERK),
    Role.ADMIN: _ADMIN,
}
"""The one table: role → the actions it may take."""


class NotPermitted(DomainError):
    """The actor's role may not take the action (无权限). Nothing was written."""

    def __init__(self, action: Action, role: Role) -> None:
        super().__init__(msg(CTX, QT_TRANSLATE_NOOP("Accounts", "No permission.")))
        self.action = action
        self.role = role


def allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]


def actions_of(role: Role) -> frozenset[Action]:
    """Everything ``role`` may do (for the GUI to grey out what it may not)."""
    return PERMISSIONS[role]


def require(actor: Actor, action: Action) -> None:
    """Return when ``actor`` may take ``action``; raise :class:`NotPermitted` when not."""
    if not allowed(actor.role, action):
        raise NotPermitted(action, actor.role)
