"""The small dialogs before a ledger or the notice is made: the ledger's filters and the notice
period. Whose cards or handbooks: cards_dialog.py; the printer offsets: offsets_dialog.py.

They save nothing: OK (named 预览) hands the choice to the print job, after a check that stays in
the open dialog. They are form dialogs all the same, so they scroll on a short screen and Esc with
changed choices asks first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from villagedesk.core.dates import QT_DISPLAY_FORMAT
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import error_label, note_label
from villagedesk.ui.forms.service_op import HasChanges

OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel

ChoiceDialog = FormDialog[HasChanges]
"""A dialog whose OK hands on what was chosen (``prepare`` stays None: nothing is saved)."""


def name_ok(buttons: QDialogButtonBox, text: str) -> None:
    """Call a dialog's OK button what it leads to (预览, 保存)."""
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(text)


def refuse(label: QLabel, text: str) -> None:
    """Show why OK does not go on yet (the dialog stays open)."""
    label.setText(text)
    label.show()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QT_DISPLAY_FORMAT)  # 2026.01.01, as everywhere
    return edit


def _span(parent: QWidget, first: QDateEdit, last: QDateEdit) -> QHBoxLayout:
    span = QHBoxLayout()
    span.addWidget(first)
    span.addWidget(QLabel("—", parent))
    span.addWidget(last)
    span.addStretch(1)
    return span


@dataclass(frozen=True)
class LedgerOptions:
    search: str
    date_from: date | None
    date_to: date | None


class LedgerDialog(ChoiceDialog):
    """A ledger's filters: the register's search (prefilled with what the page shows) and, where
    the register has dates, an optional date range."""

    def __init__(
        self, title: str, *, search: str, has_dates: bool, today: date, parent: QWidget | None
    ) -> None:
        super().__init__(parent, buttons=OK_CANCEL)
        self.setWindowTitle(self.tr("Print the ledger — {title}").format(title=title))
        self.setMinimumWidth(460)
        self.search_edit = QLineEdit(search, self)
        self.search_edit.setPlaceholderText(self.tr("Empty: every record"))
        self.range_box = QCheckBox(self.tr("Only records dated between"), self)
        self.from_edit = _date_edit(date(today.year, 1, 1), self)
        self.to_edit = _date_edit(today, self)
        span = _span(self, self.from_edit, self.to_edit)
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(False)
            self.range_box.toggled.connect(edit.setEnabled)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Search"), self.search_edit)
        if has_dates:
            form.addRow(self.range_box)
            form.addRow(self.tr("Dates"), span)
        else:
            self.range_box.hide()
            self.from_edit.hide()
            self.to_edit.hide()
        self.body_layout.addLayout(form)
        self.body_layout.addWidget(self.error)
        name_ok(self.buttons, self.tr("Preview"))

    def options(self) -> LedgerOptions:
        ranged = self.range_box.isChecked()
        return LedgerOptions(
            search=self.search_edit.text().strip(),
            date_from=_pydate(self.from_edit.date()) if ranged else None,
            date_to=_pydate(self.to_edit.date()) if ranged else None,
        )

    def accept(self) -> None:
        o = self.options()
        if o.date_from and o.date_to and o.date_from > o.date_to:
            refuse(self.error, self.tr("The first date is after the last."))
            return
        super().accept()


@dataclass(frozen=True)
class NoticeOptions:
    period_from: date
    period_to: date
    contact_name: str
    contact_phone: str


class NoticeDialog(ChoiceDialog):
    """The notice period (公示期) and whom to tell of an objection."""

    def __init__(
        self, *, today: date, contact_name: str, contact_phone: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent, buttons=OK_CANCEL)
        self.setWindowTitle(self.tr("Public notice of registrations and posts"))
        self.from_edit = _date_edit(today, self)
        self.to_edit = _date_edit(today + timedelta(days=6), self)
        self.contact_edit = QLineEdit(contact_name, self)
        self.phone_edit = QLineEdit(contact_phone, self)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Notice period"), _span(self, self.from_edit, self.to_edit))
        form.addRow(self.tr("Objections to"), self.contact_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        self.body_layout.addLayout(form)
        self.body_layout.addWidget(
            note_label(self.tr("ID numbers and phones are shown in part, as the settings say."))
        )
        self.body_layout.addWidget(self.error)
        name_ok(self.buttons, self.tr("Preview"))

    def options(self) -> NoticeOptions:
        return NoticeOptions(
            _pydate(self.from_edit.date()),
            _pydate(self.to_edit.date()),
            self.contact_edit.text().strip(),
            self.phone_edit.text().strip(),
        )

    def accept(self) -> None:
        o = self.options()
        if o.period_from > o.period_to:
            refuse(self.error, self.tr("The notice period ends before it begins."))
            return
        super().accept()
