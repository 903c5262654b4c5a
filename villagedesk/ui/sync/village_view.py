"""The village sync page's widgets and their layout (the page itself wires them up).

Like a form compiled by Qt's uic, the texts are translated in the page's own context,
``VillageSyncPage``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.change_numbers import CHANGE_NUMBERS_NOTE
from villagedesk.i18n import render
from villagedesk.ui.sync.tables import sync_table


class VillageSyncView(QWidget):
    """The fingerprint and township, the action buttons, the packages and the to-do list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_widgets()
        layout = QVBoxLayout(self)
        layout.addWidget(self._station_box())
        layout.addLayout(self._actions())
        layout.addWidget(self._packages_box(), 1)
        layout.addWidget(self._todo_box(), 1)

    def _make_widgets(self) -> None:
        self.fingerprint = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.township = QLabel()
        self.township.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.enrol_button = QPushButton(
            QCoreApplication.translate("VillageSyncPage", "Import enrolment file…")
        )
        self.new_keys_button = QPushButton(
            QCoreApplication.translate("VillageSyncPage", "Make new keys…")
        )
        self.new_keys_button.setVisible(False)
        self.export_button = QPushButton(
            QCoreApplication.translate("VillageSyncPage", "Export sync package to USB stick…")
        )
        self.export_button.setDefault(True)
        self.full = QCheckBox(
            QCoreApplication.translate("VillageSyncPage", "Export everything (full package)")
        )
        self.cover_button = QPushButton(
            QCoreApplication.translate("VillageSyncPage", "Save cover sheet (PDF)…")
        )
        self.receipt_button = QPushButton(
            QCoreApplication.translate("VillageSyncPage", "Import receipt…")
        )
        self.done_button = QPushButton(
            QCoreApplication.translate("VillageSyncPage", "Mark as corrected")
        )
        self.packages = sync_table(
            [
                QCoreApplication.translate("VillageSyncPage", "No."),
                QCoreApplication.translate("VillageSyncPage", "Exported"),
                QCoreApplication.translate("VillageSyncPage", "Change numbers"),
                QCoreApplication.translate("VillageSyncPage", "Records"),
                QCoreApplication.translate("VillageSyncPage", "Status"),
            ],
            single=True,
        )
        self.todos = sync_table(
            [
                QCoreApplication.translate("VillageSyncPage", "Record"),
                QCoreApplication.translate("VillageSyncPage", "Type"),
                QCoreApplication.translate("VillageSyncPage", "Returned on"),
                QCoreApplication.translate("VillageSyncPage", "Comment"),
            ],
            single=True,
        )

    def _station_box(self) -> QGroupBox:
        top = QGroupBox(QCoreApplication.translate("VillageSyncPage", "This station"))
        grid = QGridLayout(top)
        grid.addWidget(
            QLabel(QCoreApplication.translate("VillageSyncPage", "Key fingerprint:")), 0, 0
        )
        grid.addWidget(self.fingerprint, 0, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("VillageSyncPage", "Township:")), 1, 0)
        grid.addWidget(self.township, 1, 1)
        grid.addWidget(self.enrol_button, 1, 2)
        grid.addWidget(self.new_keys_button, 0, 2)
        grid.addWidget(self.summary, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        return top

    def _actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        for w in (self.export_button, self.full, self.cover_button, self.receipt_button):
            actions.addWidget(w)
        actions.addStretch(1)
        return actions

    def _packages_box(self) -> QGroupBox:
        packages_box = QGroupBox(QCoreApplication.translate("VillageSyncPage", "Packages"))
        packages_layout = QVBoxLayout(packages_box)
        packages_layout.addWidget(self.packages)
        self.change_note = QLabel(render(CHANGE_NUMBERS_NOTE))
        self.change_note.setWordWrap(True)
        self.change_note.setObjectName("change_note")
        packages_layout.addWidget(self.change_note)
        header = self.packages.horizontalHeaderItem(2)
        if header is not None:
            header.setToolTip(self.change_note.text())
        return packages_box

    def _todo_box(self) -> QGroupBox:
        todo_box = QGroupBox(
            QCoreApplication.translate("VillageSyncPage", "Returned for correction (to do)")
        )
        todo_layout = QVBoxLayout(todo_box)
        todo_layout.addWidget(self.todos)
        todo_row = QHBoxLayout()
        todo_row.addStretch(1)
        todo_row.addWidget(self.done_button)
        todo_layout.addLayout(todo_row)
        return todo_box
