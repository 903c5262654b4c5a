"""民情接待日安排: the weekdays and days of the month the station receives residents, the duty
roster (one name a line, taken in turn) and the place. Saved through the reception service,
which refuses a roster without days."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from villagedesk.core.requests.reception import ReceptionSchedule
from villagedesk.core.requests.reception_days import (
    parse_month_days,
    reception_schedule,
    save_reception_schedule,
)
from villagedesk.core.services.results import Saved
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label
from villagedesk.ui.workbench.reception_text import WEEKDAYS, weekday_name

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class ScheduleDialog(FormDialog[Saved]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, ops=ctx)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Reception days and duty roster"))
        form = QFormLayout()
        self.errors = FieldErrors(form, error_label(self.body))
        self.body_layout.addWidget(self.errors.general)
        self.body_layout.addLayout(form)
        days = QWidget(self.body)
        grid = QGridLayout(days)
        grid.setContentsMargins(0, 0, 0, 0)
        self.weekdays: list[QCheckBox] = []
        for index in range(len(WEEKDAYS)):
            box = QCheckBox(weekday_name(index), days)
            grid.addWidget(box, 0, index)
            self.weekdays.append(box)
        self.errors.add_row(self.tr("Every week on:"), days, "days")
        self.month_days = QLineEdit(self.body)
        self.month_days.setPlaceholderText(self.tr("e.g. 4, 14, 24 (逢四说事)"))
        self.errors.add_row(self.tr("Days of the month:"), self.month_days, "month_days")
        self.on_days_off = QCheckBox(self.tr("Also on weekends and holidays"), self.body)
        self.errors.add_row("", self.on_days_off)
        self.roster = QPlainTextEdit(self.body)
        self.roster.setPlaceholderText(self.tr("One name a line, on duty in turn"))
        self.roster.setMinimumHeight(90)
        self.errors.add_row(self.tr("Duty roster:"), self.roster, "roster")
        self.place = QLineEdit(self.body)
        self.errors.add_row(self.tr("Place:"), self.place, "place")
        self.loaded = reception_schedule(ctx.store.uow_factory())
        self._fill(self.loaded)
        self.resize(560, self.sizeHint().height())

    def _fill(self, schedule: ReceptionSchedule) -> None:
        for index, box in enumerate(self.weekdays):
            box.setChecked(index in schedule.weekdays)
        self.month_days.setText(", ".join(str(d) for d in sorted(schedule.month_days)))
        self.on_days_off.setChecked(schedule.on_days_off)
        self.roster.setPlainText("\n".join(schedule.roster))
        self.place.setText(schedule.place)

    def prepare(self) -> Callable[[], Saved]:
        weekdays = frozenset(i for i, box in enumerate(self.weekdays) if box.isChecked())
        month_text, roster = self.month_days.text(), self.roster.toPlainText().splitlines()
        on_days_off, place = self.on_days_off.isChecked(), self.place.text()
        factory, starts, today = self._ctx.store.uow_factory, self.loaded.starts, self._ctx.today()

        def save() -> Saved:
            schedule = ReceptionSchedule(
                weekdays=weekdays,
                month_days=parse_month_days(month_text),
                roster=tuple(roster),
                on_days_off=on_days_off,
                place=place,
                starts=starts,
            )
            return save_reception_schedule(factory(), schedule=schedule, today=today)

        return save
