"""Confirming a township's enrolment file: its fingerprint first, compared with the printed sheet.

Nothing is written until the user says the fingerprint on screen is the one on the township's
enrolment sheet. A file from another township (or a new key the trusted one did not sign) is
shown with both fingerprints and a warning, and needs a second, explicit tick.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.township.enrolment import EnrolmentChange, EnrolmentCheck


class EnrolmentDialog(QDialog):
    """Shows whom the enrolment file would make this station trust; accepted = confirmed."""

    def __init__(self, check: EnrolmentCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        found = check.enrolment
        self.setWindowTitle(self.tr("Confirm the township"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The enrolment file names the township {name} ({code}). Compare the fingerprint "
                "below, group by group, with the one printed on the township's enrolment sheet."
            ).format(name=found.name, code=found.code)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fingerprint = QLabel(found.fingerprint)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.fingerprint.setFont(font)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.fingerprint)
        self.note = QLabel(self._note())
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.replace = QCheckBox(
            self.tr(
                "I understand: the township trusted now will no longer receive this station's data."
            )
        )
        self.replace.setVisible(check.change is EnrolmentChange.DIFFERENT)
        layout.addWidget(self.replace)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = QPushButton(self.tr("The fingerprints match: enrol"))
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.replace.toggled.connect(self._update)
        self._update()

    def _note(self) -> str:
        current = self.check.current
        change = self.check.change
        if change is EnrolmentChange.SAME:
            return self.tr("This township is trusted already; enrolling again changes nothing.")
        if change is EnrolmentChange.ROTATION and current is not None:
            return self.tr(
                "This is a new key of the township trusted now; its old key ({known}) signed it."
            ).format(known=current.fingerprint)
        if change is EnrolmentChange.DIFFERENT and current is not None:
            return self.tr(
                "Warning: this station trusts {name} ({code}), fingerprint {known}, and that key "
                "did not sign this file. If you enrol, every later package goes only to the new "
                "township, with all the station's records. Do this only if the township itself "
                "told you so; otherwise cancel and call the township."
            ).format(name=current.name, code=current.code, known=current.fingerprint)
        return self.tr("If the fingerprints differ, cancel and call the township.")

    def _update(self) -> None:
        needs_tick = self.check.change is EnrolmentChange.DIFFERENT
        self.confirm.setEnabled(not needs_tick or self.replace.isChecked())

    @property
    def replace_township(self) -> str | None:
        """The fingerprint trusted now, when the user ticked to replace it."""
        if self.check.change is EnrolmentChange.DIFFERENT and self.replace.isChecked():
            return self.check.current.fingerprint if self.check.current else None
        return None
