"""A filter's period: two day fields (2026-05-01 or 2026.05.01; either may stay empty) and the
label that says why a day was refused (not a date, or the first day after the last). ``changed``
fires when the period read from them changes, and only for a period that was accepted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from villagedesk.core.dates import PartialDate
from villagedesk.ui.forms.fields import error_label

Days = tuple[date | None, date | None]


def parse_filter_day(text: str) -> date | None:
    """``2026-05-01`` or ``2026.05.01`` (any spelling PartialDate reads, to the day); None for
    anything else. Raises nothing: an empty text is None too (the caller tells them apart)."""
    try:
        value = PartialDate.parse(text)
    except ValueError:
        return None
    if value.day is None:
        return None
    try:
        return value.first_day()
    except ValueError:
        return None


class DateRange(QObject):
    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.first, self.last = self._field(parent), self._field(parent)
        self.error = error_label(parent)
        self.error.setWordWrap(False)
        self.days: Days = (None, None)

    def _field(self, parent: QWidget) -> QLineEdit:
        field = QLineEdit(parent)
        field.setPlaceholderText("2026-05-01")
        field.setMaxLength(10)
        field.setFixedWidth(field.fontMetrics().horizontalAdvance("0000-00-00") + 40)
        field.editingFinished.connect(self._done)
        return field

    def clear(self) -> None:
        """Both fields empty, no refusal, no period (nothing is signalled)."""
        self.first.clear()
        self.last.clear()
        self.error.hide()
        self.days = (None, None)

    def _done(self) -> None:
        texts = (self.first.text().strip(), self.last.text().strip())
        days = tuple(parse_filter_day(t) if t else None for t in texts)
        if any(t and d is None for t, d in zip(texts, days, strict=True)):
            self._refuse(self.tr("Not a date: write it like 2026-05-01 or 2026.05.01."))
            return
        first, last = days
        if first is not None and last is not None and first > last:
            self._refuse(self.tr("The first day is after the last."))
            return
        self.error.hide()
        if (first, last) != self.days:
            self.days = (first, last)
            self.changed.emit()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
