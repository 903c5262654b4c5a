"""The sign-in dialog (name and password), also the idle lock's: the same account's password
again. Wrong passwords count through the sign-in service either way (five lock the account)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.accounts.model import Actor
from villagedesk.core.accounts.own import verify_sign_in_read_only
from villagedesk.core.accounts.rules import NAME_MAX_LENGTH
from villagedesk.core.accounts.services import sign_in
from villagedesk.core.errors import DomainError, WritesHeld
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.ui.accounts.calls import wait_on_db
from villagedesk.ui.accounts.password_rows import password_edit
from villagedesk.ui.context import AppContext, StationStore
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label
from villagedesk.ui.jobs import show_error


def sign_in_on(store: StationStore, name: str, password: str) -> Actor:
    """Sign in through ``store``; on a read-only database (it failed its check) the password is
    checked without writing anything."""
    now, device = datetime.now(UTC), store.uow_factory.actor.device
    try:
        return sign_in(store.uow_factory(), name=name, password=password, now=now, device=device)
    except WritesHeld:
        return verify_sign_in_read_only(
            store.uow_factory(), name=name, password=password, now=now, device=device
        )


class SignInDialog(QDialog):
    """Accepted with :attr:`actor` signed in (also set on the store's factory).

    With ``locked_name`` it is the idle lock: the name is fixed, 切换用户 replaces 退出, and
    :attr:`switch_user` is emitted when it is pressed."""

    switch_user = Signal()

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, locked_name: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.locked = locked_name is not None
        self.setWindowTitle(
            QCoreApplication.translate("SignIn", "Screen locked")
            if self.locked
            else QCoreApplication.translate("SignIn", "Sign in")
        )
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        station = ctx.station()
        intro = (
            QCoreApplication.translate(
                "SignIn",
                "The screen was locked after a time without use. Enter your password to go on.",
            )
            if self.locked
            else QCoreApplication.translate("SignIn", "Sign in to {station}.").format(
                station=station.name
                if station
                else QCoreApplication.translate("SignIn", "VillageDesk")
            )
        )
        layout.addWidget(note_label(intro, self))
        form = QFormLayout()
        general = error_label(self)
        self.errors = FieldErrors(form, general)
        self.name = QLineEdit(locked_name or "", self)
        self.name.setMaxLength(NAME_MAX_LENGTH)
        self.name.setReadOnly(self.locked)
        self.errors.add_row(
            QCoreApplication.translate("SignIn", "Account name:"), self.name, "name"
        )
        self.password = password_edit(self)
        self.errors.add_row(
            QCoreApplication.translate("SignIn", "Password:"), self.password, "password"
        )
        layout.addLayout(form)
        layout.addWidget(general)
        self._buttons(layout)
        (self.password if self.locked else self.name).setFocus()

    def _buttons(self, layout: QVBoxLayout) -> None:
        buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(
            QCoreApplication.translate("SignIn", "Unlock")
            if self.locked
            else QCoreApplication.translate("SignIn", "Sign in"),
            self,
        )
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.attempt)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if self.locked:
            self.other_button = QPushButton(
                QCoreApplication.translate("SignIn", "Switch user"), self
            )
            self.other_button.clicked.connect(self.switch_user.emit)
        else:
            self.other_button = QPushButton(
                QCoreApplication.translate("SignIn", "Forgot password…"), self
            )
            self.other_button.clicked.connect(self.forgot)
            quit_button = QPushButton(QCoreApplication.translate("SignIn", "Quit"), self)
            quit_button.clicked.connect(self.done_rejected)
            buttons.addButton(quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)

    def done_rejected(self) -> None:
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Esc quits the sign-in; the lock stays until the password is given."""
        if not self.locked:
            self.done_rejected()

    def attempt(self) -> None:
        self.errors.clear()
        name, password = self.name.text(), self.password.text()
        if not name.strip():
            self.errors.show({"name": [_name_missing()]})
            return
        store = self.ctx.store
        self.sign_in_button.setEnabled(False)
        outcome = wait_on_db(self.ctx.jobs, lambda: sign_in_on(store, name, password), parent=self)
        self.sign_in_button.setEnabled(True)
        if isinstance(outcome.error, DomainError):
            self.errors.show({"password": [outcome.error.message]})
            self.password.selectAll()
            self.password.setFocus()
        elif outcome.error is not None:
            show_error(self, outcome.error)
        if outcome.value is not None:
            self.actor = outcome.value
            store.uow_factory.actor = outcome.value
            self.password.clear()
            self.accept()

    def forgot(self) -> None:
        from villagedesk.ui.accounts.recover import ForgotPasswordDialog

        dialog = ForgotPasswordDialog(self.ctx, self, name=self.name.text())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.name.setText(dialog.name.text())
            self.password.clear()
            self.password.setFocus()


def _name_missing() -> Message:
    return msg("SignIn", QT_TRANSLATE_NOOP("SignIn", "Enter the account's name."))
