"""The rows of a new password: typed twice, with the strength hint (弱/中/强) as it is typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from villagedesk.core.accounts.passwords import MIN_LENGTH, password_strength
from villagedesk.core.passphrase import strength_label
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.i18n import render
from villagedesk.ui.forms.fields import FieldErrors, note_label


def password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


class NewPasswordRows:
    """Two password fields (keys ``key`` and ``again``) and the strength hint below them."""

    def __init__(
        self, errors: FieldErrors, parent: QWidget, *, key: str = "password", new: bool = False
    ) -> None:
        self.key = key
        self.first = password_edit(parent)
        self.second = password_edit(parent)
        self.first.setPlaceholderText(
            QCoreApplication.translate("SignIn", "at least {count} characters").format(
                count=MIN_LENGTH
            )
        )
        label = (
            QCoreApplication.translate("SignIn", "New password:")
            if new
            else QCoreApplication.translate("SignIn", "Password:")
        )
        errors.add_row(label, self.first, key)
        errors.add_row(QCoreApplication.translate("SignIn", "Type it again:"), self.second, "again")
        self.strength: QLabel = note_label("", parent)
        errors.add_row("", self.strength)
        self.first.textChanged.connect(self.update_strength)
        self.update_strength()

    def update_strength(self) -> None:
        level = render(strength_label(password_strength(self.first.text())))
        self.strength.setText(
            QCoreApplication.translate("SignIn", "Strength: {level}").format(level=level)
        )

    def password(self) -> str:
        return self.first.text()

    def mismatch(self) -> dict[str, list[Message]]:
        """The refusal when the two differ (empty when they are the same)."""
        if self.first.text() == self.second.text():
            return {}
        text = QT_TRANSLATE_NOOP("SignIn", "The two passwords are not the same.")
        return {"again": [msg("SignIn", text)]}
