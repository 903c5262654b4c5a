"""The notice above the roll: warnings after a save (e.g. an unknown region code) and what a roll
change or void did, with 撤销 for the last one. It never blocks; × closes it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

NOTICE_STYLE = (
    "QFrame#notice { background: #fff8e1; border: 1px solid #ffcc80; border-radius: 4px; }"
)


class NoticeBar(QFrame):
    """Text, an Undo button (shown only when something can be undone) and a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setStyleSheet(NOTICE_STYLE)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        # The roll page's words (translation context MembersPage).
        self.undo_button = QPushButton(QCoreApplication.translate("MembersPage", "Undo"), self)
        self.undo_button.setToolTip(
            QCoreApplication.translate("MembersPage", "Undo the last roll change or void (Ctrl+Z)")
        )
        self.undo_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_texts(self, texts: list[str], *, undo: bool = False) -> None:
        """Show ``texts`` one per line (none: hide the notice); ``undo`` offers the Undo button."""
        self.undo_button.setVisible(undo)
        if not texts:
            self.hide()
            return
        self.text.setText("\n".join(texts))
        self.show()
