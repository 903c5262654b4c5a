"""The household a register's filter bar was narrowed to from the household page: "户：<name>"
with a × that shows every household again. Hidden while no household is chosen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QToolButton, QWidget


class HouseholdChip(QObject):
    cleared = Signal()
    """The × was pressed (the bar decides what showing every household means)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.household_id: int | None = None
        self.label = QLabel(parent)
        self.label.setMaximumWidth(parent.fontMetrics().horizontalAdvance("户：") * 5)
        self.clear_button = QToolButton(parent)
        self.clear_button.setText("×")
        self.clear_button.setFixedSize(self.clear_button.sizeHint())
        self.clear_button.setToolTip(self.tr("Show every household"))
        self.clear_button.clicked.connect(self.cleared.emit)
        self._show()

    def set(self, household_id: int | None, label: str = "") -> None:
        """Narrowed to ``household_id`` (named ``label``), or to none."""
        self.household_id = household_id
        named = household_id is not None
        self.label.setText(self.tr("Household: {name}").format(name=label) if named else "")
        self.label.setToolTip(label if named else "")
        self._show()

    def _show(self) -> None:
        shown = self.household_id is not None
        self.label.setVisible(shown)
        self.clear_button.setVisible(shown)
