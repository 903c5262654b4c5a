"""忘记密码…: the 管理员's password reset with the recovery code from the paper; the code is used
up and the new one is shown and printed at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.accounts.rules import NAME_MAX_LENGTH
from villagedesk.core.accounts.services import recover_admin
from villagedesk.core.errors import NotFound
from villagedesk.ui.accounts.calls import wait_on_db
from villagedesk.ui.accounts.password_rows import NewPasswordRows
from villagedesk.ui.accounts.recovery import RecoveryCodeDialog, RecoverySheet
from villagedesk.ui.context import AppContext
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label
from villagedesk.ui.forms.service_op import show_refusal


def show_new_code(ctx: AppContext, parent: QWidget | None, account: str, code: str) -> bool:
    """The recovery code dialog (print or copy); True when it was printed."""
    station = ctx.station()
    sheet = RecoverySheet(
        station=station.name if station else "", account=account, code=code, day=ctx.today()
    )
    dialog = RecoveryCodeDialog(sheet, parent)
    dialog.exec()
    return dialog.printed


class ForgotPasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("SignIn", "Forgot password"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                QCoreApplication.translate(
                    "SignIn",
                    "A 管理员 resets the password with the recovery code printed when the "
                    "account was made. Other accounts: ask the 管理员 to reset the password.",
                ),
                self,
            )
        )
        form = QFormLayout()
        general = error_label(self)
        self.errors = FieldErrors(form, general)
        self.name = QLineEdit(name, self)
        self.name.setMaxLength(NAME_MAX_LENGTH)
        self.errors.add_row(
            QCoreApplication.translate("SignIn", "Account name:"), self.name, "name"
        )
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setMaxLength(40)
        self.errors.add_row(
            QCoreApplication.translate("SignIn", "Recovery code:"), self.code, "code"
        )
        self.passwords = NewPasswordRows(self.errors, self, new=True)
        layout.addLayout(form)
        layout.addWidget(general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        self.errors.clear()
        mismatch = self.passwords.mismatch()
        if mismatch:
            self.errors.show(mismatch)
            return
        name, code, password = self.name.text(), self.code.text(), self.passwords.password()
        factory = self.ctx.store.uow_factory
        outcome = wait_on_db(
            self.ctx.jobs,
            lambda: recover_admin(factory(), name=name, code=code, password=password),
            parent=self,
        )
        error = outcome.error
        if isinstance(error, NotFound):  # no such 管理员: said under the name
            self.errors.show({"name": [error.message]})
        else:
            show_refusal(self.errors, error, self)
        if outcome.value is not None:
            self.code.clear()
            show_new_code(self.ctx, self, name.strip(), outcome.value)
            self.accept()
