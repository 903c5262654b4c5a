"""The passphrase of a USB backup: chosen (typed twice, with a strength hint) or asked for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.passphrase import passphrase_problem, strength, strength_label
from villagedesk.i18n import render


class PassphraseDialog(QDialog):
    """The passphrase of a USB backup: typed twice, with a strength hint; OK only when usable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Backup", "Passphrase of the backup"))
        self.resize(460, 260)
        layout = QVBoxLayout(self)
        note = QLabel(
            QCoreApplication.translate(
                "Backup",
                "The backup on the USB drive is encrypted, so that nobody who finds the drive can "
                "read it. Choose a passphrase of at least 8 characters and keep it in a safe "
                "place: without the passphrase the backup cannot be restored, by anyone.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self.update_state)
        form.addRow(QCoreApplication.translate("Backup", "Passphrase:"), self.first)
        form.addRow(QCoreApplication.translate("Backup", "Type it again:"), self.second)
        layout.addLayout(form)
        self.show_text = QCheckBox(QCoreApplication.translate("Backup", "Show the passphrase"))
        self.show_text.toggled.connect(self._show)
        layout.addWidget(self.show_text)
        self.strength = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.strength)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.update_state()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def passphrase(self) -> str:
        return self.first.text()

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.first, self.second):
            edit.setEchoMode(mode)

    def update_state(self) -> None:
        text, again = self.first.text(), self.second.text()
        self.strength.setText(
            QCoreApplication.translate("Backup", "Strength: {level}").format(
                level=render(strength_label(strength(text)))
            )
        )
        problem = passphrase_problem(text)
        if problem is not None:
            hint = render(problem)
        elif text != again:
            hint = QCoreApplication.translate("Backup", "The two passphrases are not the same.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.ok_button.setEnabled(problem is None and text == again)

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()


def ask_new_passphrase(parent: QWidget | None) -> str | None:
    """The passphrase for a new USB backup, or None when the user cancelled."""
    dialog = PassphraseDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


def ask_passphrase(parent: QWidget | None, path: Path) -> str | None:
    """The passphrase of the encrypted backup ``path``, or None when the user cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Backup", "Open the encrypted backup"),
        QCoreApplication.translate("Backup", "Passphrase of the backup {name}:").format(
            name=path.name
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None
