"""The forms' base dialog: a body that scrolls when the screen is short with its buttons below it,
and Esc (Cancel, or closing the window) with typed data asks "放弃已填写的内容？" first.

"Typed data" means any input that differs from what the form showed when it opened (after its
``load``): a new form's defaults and an edit form's record count as nothing typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from villagedesk.ui.screen_fit import scroll_area

Snapshot = list[tuple[int, object]]


def ask_discard(parent: QWidget) -> bool:
    """Ask whether to throw away what was typed; True to discard, False to go on editing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.windowTitle())
    box.setText(QCoreApplication.translate("FormDialog", "Discard what you have entered?"))
    discard = box.addButton(
        QCoreApplication.translate("FormDialog", "Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("FormDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


#: The question the dialogs ask (tests and tools put an answer in its place).
confirm_discard: Callable[[QWidget], bool] = ask_discard


def _value(widget: QWidget) -> object | None:
    """What the user can change in ``widget``; None for what is not an input (or is read-only)."""
    if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
        return None  # the line edit inside: its owner is compared
    if isinstance(widget, QLineEdit):
        return None if widget.isReadOnly() else widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return None if widget.isReadOnly() else widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def snapshot(root: QWidget) -> Snapshot:
    """The values of every input under ``root``, to compare with later."""
    taken: Snapshot = []
    for index, widget in enumerate(root.findChildren(QWidget)):
        value = _value(widget)
        if value is not None:
            taken.append((index, value))
    return taken


class FormDialog(QDialog):
    """A form in a dialog. Put the fields in ``body_layout``; the Save/Cancel ``buttons`` stay
    below the scrolled body. ``reject()`` asks before discarding typed data."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        buttons: QDialogButtonBox.StandardButton = (
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        ),
    ) -> None:
        super().__init__(parent)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_scroll = scroll_area(self.body, self)
        self.buttons = QDialogButtonBox(buttons, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body_scroll, 1)
        layout.addWidget(self.buttons)
        self._opened_with: Snapshot | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._opened_with is None:
            self.mark_clean()

    def mark_clean(self) -> None:
        """What the form shows now counts as nothing typed (called when it opens)."""
        self._opened_with = snapshot(self)

    def has_typed_data(self) -> bool:
        """Whether any input differs from what the form showed when it opened."""
        return self._opened_with is not None and snapshot(self) != self._opened_with

    def reject(self) -> None:
        if self.isVisible() and self.has_typed_data() and not confirm_discard(self):
            return
        super().reject()

    def discard(self) -> None:
        """Close without asking (what a confirmed Esc does)."""
        super().reject()
