"""The first start of a new station: create its 管理员 account (name, password twice, the strength
hint), or go on without accounts (免登录, which the log records)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.accounts.rules import NAME_MAX_LENGTH
from villagedesk.core.accounts.services import NewAdmin, create_first_admin
from villagedesk.ui.accounts.calls import wait_on_db
from villagedesk.ui.accounts.password_rows import NewPasswordRows
from villagedesk.ui.context import AppContext
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label
from villagedesk.ui.forms.service_op import show_refusal


class FirstAdminDialog(QDialog):
    """Accepted with :attr:`made` once the account exists; rejected: no account (免登录)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, later: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.made: NewAdmin | None = None
        self.setWindowTitle(QCoreApplication.translate("SignIn", "Set up the 管理员 account"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                QCoreApplication.translate(
                    "SignIn",
                    "Several people may use this computer. The 管理员 account signs in with a "
                    "password and adds the accounts of the others (录入员, 查看). A recovery "
                    "code to print comes next: it resets the password if it is forgotten.",
                ),
                self,
            )
        )
        form = QFormLayout()
        general = error_label(self)
        self.errors = FieldErrors(form, general)
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX_LENGTH)
        self.name.setPlaceholderText(QCoreApplication.translate("SignIn", "e.g. 王书记"))
        self.errors.add_row(
            QCoreApplication.translate("SignIn", "Account name:"), self.name, "name"
        )
        self.passwords = NewPasswordRows(self.errors, self)
        layout.addLayout(form)
        layout.addWidget(general)
        buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(
            QCoreApplication.translate("SignIn", "Create the 管理员"), self
        )
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.clicked.connect(self.create_admin)
        self.later_button = QPushButton(
            QCoreApplication.translate("SignIn", "Not now (sign in automatically)")
            if later
            else QCoreApplication.translate("SignIn", "Cancel"),
            self,
        )
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def create_admin(self) -> None:
        self.errors.clear()
        mismatch = self.passwords.mismatch()
        if mismatch:
            self.errors.show(mismatch)
            return
        name, password = self.name.text(), self.passwords.password()
        factory = self.ctx.store.uow_factory
        self.create_button.setEnabled(False)
        outcome = wait_on_db(
            self.ctx.jobs,
            lambda: create_first_admin(
                factory(), name=name, password=password, now=datetime.now(UTC)
            ),
            parent=self,
        )
        self.create_button.setEnabled(True)
        show_refusal(self.errors, outcome.error, self)
        if outcome.value is not None:
            self.made = outcome.value
            self.accept()
