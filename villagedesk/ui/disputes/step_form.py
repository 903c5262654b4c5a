"""The form every step of a dispute's history is typed in (the disputes' copy of
ui/requests/step_form.py): the dispute it is about at the top (its 编号, state and colour, its
parties and story), the step's fields with their messages under them. A step dialog names its
fields and the service call (core/disputes/levels.py, mediation.py, settling.py); a refusal
writes nothing and stays in the form."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from villagedesk.core.clock import Clock
from villagedesk.core.dates import PartialDate
from villagedesk.core.disputes.model import Party, PartyRole, WarningLevel
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.disputes.record import Dispute
from villagedesk.core.errors import ValidationError
from villagedesk.core.requests.rules import Errors
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.ui.disputes.dispute_register import LEVEL_COLORS
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import (
    FieldErrors,
    checkbox_grid,
    error_label,
    note_label,
    set_row_shown,
)
from villagedesk.ui.requests.station_time import ContextClock

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

CTX = "DisputeStepForm"
StepCall = Callable[[DisputesUnitOfWork, Clock], Saved]
_HEADING = QT_TRANSLATE_NOOP("DisputeStepForm", "{number} · {state} · {colour}")
_PARTIES = QT_TRANSLATE_NOOP("DisputeStepForm", "Parties: {names}")
#: The same words as the dispute rules' own (context "Dispute"), so one translation serves.
_NOT_A_DATE = QT_TRANSLATE_NOOP("Dispute", "Not a date. Write it like 2026-05-20.")
TEXT_HEIGHT = 80


def translate(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def enum_text(label: str) -> str:
    return QCoreApplication.translate("Enum", label)


def colour_html(level: WarningLevel) -> str:
    """A coloured mark and the level's word, as rich text (``● 红``)."""
    return f'<span style="color: {LEVEL_COLORS[level]};">■</span> {enum_text(level.label)}'


def names(text: str) -> list[str]:
    """The names typed in one field, separated by 、 , ， ; ； or spaces."""
    for mark in "、,，;；":
        text = text.replace(mark, " ")
    return text.split()


def parse_date(text: str, key: str, errors: Errors) -> date | None:
    """A day as typed (past or future); a text that is no day goes to ``errors[key]``."""
    try:
        parsed = PartialDate.parse(unicodedata.normalize("NFKC", text).strip())
        day = parsed.first_day() if parsed.day is not None else None
    except ValueError:
        day = None
    if day is None:
        errors.setdefault(key, []).append(msg("Dispute", _NOT_A_DATE))
    return day


def refuse(bad: Errors, others: Errors) -> NoReturn:
    """Raise the problems of the typed days together with the rules' for the other fields
    (so every message shows at once although the service was not asked)."""
    found = dict(others)
    found.update(bad)
    raise ValidationError(found)


def applicants_and_respondents(parties: Iterable[Party]) -> list[Party]:
    return [p for p in parties if p.role in (PartyRole.APPLICANT, PartyRole.RESPONDENT)]


class DisputeStepDialog(FormDialog[Saved]):
    """One step of ``dispute``'s history. Subclasses add their fields with :meth:`line`,
    :meth:`text_box`, :meth:`choice` and :meth:`party_boxes` and return the service call from
    :meth:`step`."""

    def __init__(
        self, ctx: AppContext, dispute: Dispute, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ops=ctx)
        self._ctx = ctx
        self.dispute = dispute
        self.clock = ContextClock(ctx)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.errors = FieldErrors(self.form, error_label(self.body))
        p = dispute.progress
        heading = translate(_HEADING).format(
            number=dispute.number,
            state=enum_text(p.state.label),
            colour=colour_html(p.shown_warning),
        )
        self.heading = QLabel(heading, self.body)
        self.body_layout.addWidget(self.heading)
        parties = "、".join(x.name for x in dispute.values.parties)
        self.body_layout.addWidget(note_label(translate(_PARTIES).format(names=parties), self.body))
        self.body_layout.addWidget(note_label(dispute.values.summary, self.body))
        self.body_layout.addWidget(self.errors.general)
        self.body_layout.addLayout(self.form)

    def today(self) -> date:
        return self.clock.local().date()

    def note(self, text: str) -> QLabel:
        """An explanation above the fields."""
        label = note_label(text, self.body)
        self.body_layout.insertWidget(self.body_layout.indexOf(self.errors.general), label)
        return label

    def finish(self, width: int = 560) -> None:
        """Size the dialog (called at the end of ``__init__``)."""
        self.body_layout.addStretch(1)
        self.resize(width, self.sizeHint().height())

    @staticmethod
    def row_of(field: QWidget) -> QWidget:
        """The box a field sits in with its message (what the form's row holds)."""
        box = field.parentWidget()
        assert box is not None
        return box

    def show_row(self, field: QWidget, shown: bool) -> None:
        set_row_shown(self.form, self.row_of(field), shown)

    def line(self, label: str, key: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self.body)
        self.errors.add_row(label, edit, key)
        return edit

    def day_line(self, label: str, key: str, day: date | None = None) -> QLineEdit:
        edit = self.line(label, key, day.isoformat() if day is not None else "")
        edit.setPlaceholderText(translate(QT_TRANSLATE_NOOP("DisputeStepForm", "2026-05-20")))
        return edit

    def text_box(self, label: str, key: str, *, tallest: int = 0) -> QPlainTextEdit:
        """A text of several lines, at most ``tallest`` pixels high when given (a form of many
        texts that should fit a small screen)."""
        edit = QPlainTextEdit(self.body)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(TEXT_HEIGHT)
        if tallest:
            edit.setMaximumHeight(tallest)
        self.errors.add_row(label, edit, key)
        return edit

    def choice(
        self, label: str, key: str, options: Iterable[StrEnum], *, blank: bool = True
    ) -> QComboBox:
        """A list of ``options`` (their labels), with nothing chosen first when ``blank``."""
        box = QComboBox(self.body)
        if blank:
            box.addItem(translate(QT_TRANSLATE_NOOP("DisputeStepForm", "— choose —")), "")
        for option in options:
            box.addItem(enum_text(getattr(option, "label", str(option))), option.value)
        self.errors.add_row(label, box, key)
        return box

    def party_boxes(
        self, label: str, key: str, parties: Iterable[Party], *, checked: bool
    ) -> list[QCheckBox]:
        """One check box per party (its name and role)."""
        boxes = []
        for party in parties:
            box = QCheckBox(f"{party.name}（{enum_text(party.role.label)}）", self.body)
            box.setChecked(checked)
            box.setProperty("party_name", party.name)
            boxes.append(box)
        self.errors.add_row(label, checkbox_grid(boxes, self.body, columns=2), key)
        return boxes

    @staticmethod
    def ticked(boxes: Iterable[QCheckBox]) -> tuple[str, ...]:
        """The names of the parties whose boxes are ticked."""
        return tuple(str(b.property("party_name")) for b in boxes if b.isChecked())

    def step(self) -> StepCall:
        """Read the fields (GUI thread) and return the service call."""
        raise NotImplementedError

    def prepare(self) -> Callable[[], Saved]:
        call = self.step()
        factory, clock = self._ctx.store.uow_factory, self.clock
        return lambda: call(factory(), clock)
