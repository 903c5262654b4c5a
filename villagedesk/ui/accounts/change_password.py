"""修改密码: the signed-in account changes its own password (the old one first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from villagedesk.core.accounts.own import change_own_password
from villagedesk.ui.accounts.calls import wait_on_db
from villagedesk.ui.accounts.password_rows import NewPasswordRows, password_edit
from villagedesk.ui.context import AppContext
from villagedesk.ui.forms.fields import FieldErrors, error_label
from villagedesk.ui.forms.service_op import show_refusal
from villagedesk.ui.jobs import inform


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("SignIn", "Change my password"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        general = error_label(self)
        self.errors = FieldErrors(form, general)
        self.old = password_edit(self)
        self.errors.add_row(
            QCoreApplication.translate("SignIn", "Current password:"), self.old, "old"
        )
        self.passwords = NewPasswordRows(self.errors, self, key="new", new=True)
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
        old, new = self.old.text(), self.passwords.password()
        factory = self.ctx.store.uow_factory
        outcome = wait_on_db(
            self.ctx.jobs, lambda: change_own_password(factory(), old=old, new=new), parent=self
        )
        show_refusal(self.errors, outcome.error, self)
        if outcome.value is not None:
            inform(
                self.parentWidget(),
                QCoreApplication.translate("SignIn", "Your password was changed."),
            )
            self.accept()
