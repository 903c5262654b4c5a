"""A form row shown and hidden many times (the record form toggles its typed-requester rows):
PySide6 6.12's QFormLayout.setRowVisible aborts the program after a few thousand calls."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from villagedesk.ui.forms.fields import set_row_shown


def test_a_row_hidden_and_shown_thousands_of_times(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    edit = QLineEdit(window)
    form.addRow("姓名：", edit)
    window.show()
    for i in range(6000):
        set_row_shown(form, edit, i % 2 == 1)
    label = form.labelForField(edit)
    assert edit.isVisible() and label is not None and label.isVisible()
    set_row_shown(form, edit, False)
    assert not edit.isVisible() and not label.isVisible()
