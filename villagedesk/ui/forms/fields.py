"""Form fields: a red error label under each field, all errors shown at once.

Forms are built in code with QFormLayout (architecture rule 6). :class:`FieldErrors` keeps one
hidden label per field key; ``show_errors`` fills them from a service's ValidationError, grows the
window for them (as far as the screen allows; past that the form scrolls to the first) and each
field's message goes as soon as the field is edited.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.dates import PartialDate
from villagedesk.core.errors import DomainError, ValidationError
from villagedesk.core.id_number import check_id_number
from villagedesk.core.text import Message
from villagedesk.i18n import enum_label, render
from villagedesk.ui.screen_fit import make_room

T = TypeVar("T")

ERROR_STYLE = "color: #c62828;"
NOTE_STYLE = "color: #666666;"


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def note_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(NOTE_STYLE)
    label.setWordWrap(True)
    return label


def date_edit(parent: QWidget | None = None) -> QLineEdit:
    """A line edit for a date known to the day or only to the month."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(QCoreApplication.translate("Forms", "e.g. 1985.07.12 or 1985.07"))
    edit.setMaxLength(20)
    return edit


def on_edit(widget: QWidget, slot: Callable[[], object]) -> None:
    """Call ``slot`` whenever ``widget``, or an input inside it, is changed."""
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLineEdit) and not w.isReadOnly():
            w.textChanged.connect(lambda _text: slot())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            w.textChanged.connect(lambda: slot())
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(lambda _index: slot())
        elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
            w.valueChanged.connect(lambda _value: slot())
        elif isinstance(w, QDateTimeEdit):
            w.dateTimeChanged.connect(lambda _value: slot())
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            w.toggled.connect(lambda _on: slot())


def reveal(label: QLabel) -> None:
    """Make room for ``label``'s message in its window and scroll it into view."""
    make_room(label)
    parent = label.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        area = parent
        # After the layouts have placed the new messages.
        QTimer.singleShot(0, area, lambda: area.ensureWidgetVisible(label, 0, 24))


class FieldErrors:
    """Error labels under the fields of a QFormLayout, plus one for messages without a field."""

    def __init__(self, layout: QFormLayout, general: QLabel) -> None:
        self._layout = layout
        self.general = general
        self._labels: dict[str, QLabel] = {}

    def add_row(self, label: str, widget: QWidget, key: str | None = None) -> QLabel | None:
        """Add ``widget`` under ``label``; with a ``key`` an error label goes just below it."""
        if key is None:
            self._layout.addRow(label, widget)
            return None
        box = QWidget(widget.parentWidget())
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = error_label(box)
        column.addWidget(error)
        self._layout.addRow(label, box)
        self._labels[key] = error
        on_edit(widget, lambda: self.clear_field(key))
        return error

    def label_for(self, key: str) -> QLabel | None:
        return self._labels.get(key)

    def clear(self) -> None:
        for label in [*self._labels.values(), self.general]:
            label.clear()
            label.hide()

    def clear_field(self, key: str) -> None:
        """The field was edited: its message goes (the service checks it again on saving)."""
        label = self._labels.get(key)
        if label is not None and label.text():
            label.clear()
            label.hide()

    def _reveal(self) -> None:
        shown = [label for label in [self.general, *self._labels.values()] if label.text()]
        if shown:
            reveal(shown[0])

    def show(self, errors: Mapping[str, Sequence[Message]]) -> None:
        """Put every message under its field; those for unknown fields go to the general label."""
        self.clear()
        general: list[str] = []
        for key, messages in errors.items():
            texts = [render(m) for m in messages]
            label = self._labels.get(key)
            if label is None:
                general.extend(texts)
            else:
                label.setText("\n".join(texts))
                label.show()
        if general:
            self.general.setText("\n".join(general))
            self.general.show()
        self._reveal()

    def show_message(self, message: Message) -> None:
        self.clear()
        self.general.setText(render(message))
        self.general.show()
        self._reveal()

    def attempt(self, action: Callable[[], T]) -> T | None:
        """Run a service call; on refusal show its messages here and return None.

        Every form saves this way: nothing is written unless the service accepts everything, and
        all the reasons appear at once under their fields. ``action`` must not return None.
        """
        self.clear()
        try:
            return action()
        except ValidationError as e:
            self.show(e.errors)
        except DomainError as e:
            self.show_message(e.message)
        return None

    def texts(self) -> dict[str, str]:
        """The error texts now shown, by field key (tests and accessibility)."""
        shown = {k: v.text() for k, v in self._labels.items() if v.text()}
        if self.general.text():
            shown[""] = self.general.text()
        return shown


def checkbox_grid(boxes: Sequence[QWidget], parent: QWidget, columns: int = 3) -> QWidget:
    """Check boxes (categories, tags …) laid out in rows of ``columns``."""
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    for i, box in enumerate(boxes):
        grid.addWidget(box, i // columns, i % columns)
    widget = QWidget(parent)
    widget.setLayout(grid)
    return widget


class IdDerivedFields(QWidget):
    """出生日期 and 性别 shown read-only, derived live from an ID number as it is typed.

    The forms only display them: the services derive them again from the number they store.
    """

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.birth_date = QLineEdit(self)
        self.sex = QLineEdit(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for edit, stretch in ((self.birth_date, 2), (self.sex, 1)):
            edit.setReadOnly(True)
            edit.setPlaceholderText(self.tr("from the ID number"))
            row.addWidget(edit, stretch)

    def show_for(self, id_number: str) -> None:
        try:
            info = check_id_number(id_number, today=self._today)
        except DomainError:
            self.birth_date.clear()
            self.sex.clear()
            return
        self.birth_date.setText(PartialDate.of(info.birth_date).display())
        self.sex.setText(enum_label(info.sex.label))


def set_row_shown(form: QFormLayout, field: QWidget, shown: bool) -> None:
    """Show or hide a form row (its field and its label).

    ``QFormLayout.setRowVisible`` is not used: in PySide6 6.12 each call drops a reference to
    ``None`` (both overloads), and a form that toggles rows often aborts the program with
    "none_dealloc" or "bool_dealloc"."""
    label = form.labelForField(field)
    for widget in (field, label):
        if widget is not None:
            widget.setVisible(shown)
