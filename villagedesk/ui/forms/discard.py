"""Esc with typed data asks "放弃已填写的内容？" first: what counts as typed, and the question.

"Typed data" means any input that differs from what the form showed when it opened (after its
``load``): a new form's defaults and an edit form's record count as nothing typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

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
