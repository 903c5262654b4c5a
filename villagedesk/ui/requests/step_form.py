"""The form every step of a request's history is typed in: the request it is about at the
top, the step's fields with their messages under them, and the time (now by default). A step
dialog names its fields and the service call; a refusal writes nothing and stays in the form."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from villagedesk.core.clock import Clock
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.record import Request
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label
from villagedesk.ui.requests.station_time import ContextClock

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

CTX = "StepForm"
StepCall = Callable[[RequestsUnitOfWork, Clock], Saved]
_HEADING = QT_TRANSLATE_NOOP("StepForm", "{number} · {state}")
TEXT_HEIGHT = 90


def translate(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def names(text: str) -> list[str]:
    """The names typed in one field, separated by 、 , ， ; ； or spaces."""
    for mark in "、,，;；":
        text = text.replace(mark, " ")
    return text.split()


class StepDialog(FormDialog[Saved]):
    """One step of ``request``'s history. Subclasses add their fields with :meth:`line`,
    :meth:`text_box` and :meth:`choice` and return the service call from :meth:`step`."""

    def __init__(
        self, ctx: AppContext, request: Request, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ops=ctx)
        self._ctx = ctx
        self.request = request
        self.clock = ContextClock(ctx)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.errors = FieldErrors(self.form, error_label(self.body))
        state = QCoreApplication.translate("Enum", request.state.label)
        heading = translate(_HEADING).format(number=request.number, state=state)
        self.body_layout.addWidget(note_label(heading, self.body))
        self.body_layout.addWidget(note_label(request.values.content, self.body))
        self.body_layout.addWidget(self.errors.general)
        self.body_layout.addLayout(self.form)

    def finish(self, width: int = 520) -> None:
        """Add the time field last and size the dialog (called at the end of ``__init__``)."""
        self.at = self.line(translate(QT_TRANSLATE_NOOP("StepForm", "Time:")), "at")
        self.at.setText(self.clock.text())
        self.at.setPlaceholderText(translate(QT_TRANSLATE_NOOP("StepForm", "2026-05-20 09:30")))
        self.body_layout.addStretch(1)
        self.resize(width, self.sizeHint().height())

    def line(self, label: str, key: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self.body)
        self.errors.add_row(label, edit, key)
        return edit

    def text_box(self, label: str, key: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self.body)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(TEXT_HEIGHT)
        self.errors.add_row(label, edit, key)
        return edit

    def choice(self, label: str, key: str, options: type[StrEnum]) -> QComboBox:
        """A list of ``options`` (their labels) with nothing chosen first."""
        box = QComboBox(self.body)
        box.addItem(translate(QT_TRANSLATE_NOOP("StepForm", "— choose —")), "")
        for option in options:
            label_of = getattr(option, "label", str(option))
            box.addItem(QCoreApplication.translate("Enum", label_of), option.value)
        self.errors.add_row(label, box, key)
        return box

    def step(self) -> StepCall:
        """Read the fields (GUI thread) and return the service call."""
        raise NotImplementedError

    def prepare(self) -> Callable[[], Saved]:
        call = self.step()
        factory, clock = self._ctx.store.uow_factory, self.clock
        return lambda: call(factory(), clock)
