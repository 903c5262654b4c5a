"""The 管理员's account forms: 添加账号 (name, role, the password twice with its strength hint) and
重设密码 (a new password twice). Both save through the core services (add_account,
reset_password), which refuse a non-管理员 with 无权限; every refusal shows under its field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from villagedesk.core.accounts.model import Account, Role
from villagedesk.core.accounts.rules import NAME_MAX_LENGTH
from villagedesk.core.accounts.services import add_account, reset_password
from villagedesk.core.changes import Changes
from villagedesk.i18n import enum_label
from villagedesk.ui.accounts.password_rows import NewPasswordRows
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

#: The roles in the order the form offers them (the least powerful first).
ROLE_ORDER = (Role.CLERK, Role.VIEWER, Role.ADMIN)


@dataclass(frozen=True)
class AccountSaved:
    """What an account form saved (accounts are no register: no screen topic changes)."""

    account: Account
    changes: Changes = field(default_factory=Changes)


def role_hint(role: Role) -> str:
    hints = {
        Role.ADMIN: QCoreApplication.translate(
            "Accounts", "Everything, including accounts, backups, sync and the audit log."
        ),
        Role.CLERK: QCoreApplication.translate(
            "Accounts", "Enters and edits records, imports, prints and exports personal data."
        ),
        Role.VIEWER: QCoreApplication.translate(
            "Accounts", "Reads the registers with numbers masked and prints public notices."
        ),
    }
    return hints[role]


class _PasswordForm(FormDialog[AccountSaved]):
    """A form with the two password rows; OK first checks that they are the same."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent, ops=ctx)
        self.ctx = ctx
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general = error_label(self.body)
        self.errors = FieldErrors(self.form, self.general)

    def add_password_rows(self) -> None:
        self.passwords = NewPasswordRows(self.errors, self.body)
        self.body_layout.addWidget(self.general)
        self.body_layout.addLayout(self.form)
        self.body_layout.addStretch(1)

    def accept(self) -> None:
        mismatch = self.passwords.mismatch()
        if mismatch:
            self.errors.show(mismatch)
            return
        super().accept()


class AddAccountDialog(_PasswordForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(QCoreApplication.translate("Accounts", "Add an account"))
        self.name = QLineEdit(self.body)
        self.name.setMaxLength(NAME_MAX_LENGTH)
        self.name.setPlaceholderText(QCoreApplication.translate("Accounts", "e.g. 李娜"))
        self.errors.add_row(
            QCoreApplication.translate("Accounts", "Account name:"), self.name, "name"
        )
        self.role = QComboBox(self.body)
        for role in ROLE_ORDER:
            self.role.addItem(enum_label(role.label), role.value)
        self.errors.add_row(QCoreApplication.translate("Accounts", "Role:"), self.role, "role")
        self.role_note = note_label("", self.body)
        self.errors.add_row("", self.role_note)
        self.role.currentIndexChanged.connect(lambda _i: self._role_changed())
        self._role_changed()
        self.add_password_rows()

    def chosen_role(self) -> Role:
        return Role(str(self.role.currentData()))

    def _role_changed(self) -> None:
        self.role_note.setText(role_hint(self.chosen_role()))

    def prepare(self) -> Callable[[], AccountSaved]:
        factory = self.ctx.store.uow_factory
        name, role, password = self.name.text(), self.chosen_role(), self.passwords.password()

        def save() -> AccountSaved:
            now = datetime.now(UTC)
            account = add_account(factory(), name=name, password=password, role=role, now=now)
            return AccountSaved(account)

        return save


class ResetPasswordDialog(_PasswordForm):
    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.account_name = name
        self.setWindowTitle(
            QCoreApplication.translate("Accounts", "Reset the password of {name}").format(name=name)
        )
        self.body_layout.addWidget(
            note_label(
                QCoreApplication.translate(
                    "Accounts",
                    "Tell {name} the new password in person. A lockout after wrong passwords "
                    "ends with the reset.",
                ).format(name=name),
                self.body,
            )
        )
        self.add_password_rows()

    def prepare(self) -> Callable[[], AccountSaved]:
        factory, name, password = (
            self.ctx.store.uow_factory,
            self.account_name,
            self.passwords.password(),
        )

        def save() -> AccountSaved:
            return AccountSaved(reset_password(factory(), name=name, password=password))

        return save
