"""The 矛盾纠纷 page's filters, in two rows so that they fit a 1024 px screen: what to show (every
dispute, the open ones, those whose level's time is running out, the agreements awaiting 回访),
the warning level (红 / 橙 / 黄), the state, the mediation level and the 纠纷类型 from the
station's list; then the 排查日期 range and the household the household page asked for.
:meth:`DisputeFilterBar.query` gives the :class:`DisputeQuery` of them all on a given day;
``changed`` is emitted on every change that applies.

A date that is not a date is refused beside its field, in Chinese, and not applied."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from villagedesk.core.disputes.ladder import running_out_by
from villagedesk.core.disputes.model import MediationLevel, WarningLevel
from villagedesk.core.disputes.record import DisputeQuery
from villagedesk.core.disputes.state import OPEN, DisputeState
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.ui.disputes.dispute_register import level_square
from villagedesk.ui.forms.date_range import DateRange
from villagedesk.ui.forms.household_chip import HouseholdChip

CTX = "DisputesPage"

ALL, OPEN_ONLY, RUNNING_OUT, FOLLOW_UP = "all", "open", "running_out", "follow_up"
VIEWS: tuple[tuple[str, str], ...] = (
    (ALL, QT_TRANSLATE_NOOP("DisputesPage", "All disputes")),
    (OPEN_ONLY, QT_TRANSLATE_NOOP("DisputesPage", "Open disputes")),
    (RUNNING_OUT, QT_TRANSLATE_NOOP("DisputesPage", "Level time running out")),
    (FOLLOW_UP, QT_TRANSLATE_NOOP("DisputesPage", "Awaiting follow-up")),
)
#: The levels the level filter offers (open disputes; closed ones are green).
FILTER_LEVELS = (WarningLevel.RED, WarningLevel.ORANGE, WarningLevel.YELLOW)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def view_query(view: str, today: date) -> DisputeQuery:
    """The query of a "show" view on ``today``."""
    if view == OPEN_ONLY:
        return DisputeQuery(states=OPEN)
    if view == RUNNING_OUT:
        return DisputeQuery(level_due_by=running_out_by(today))
    if view == FOLLOW_UP:
        return DisputeQuery(awaiting_follow_up_on=today)
    return DisputeQuery()


class DisputeFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self._build_boxes()
        self._build_fields()
        self._lay_out()

    # -- building -----------------------------------------------------------------------------
    def _combo(self, any_text: str) -> QComboBox:
        box = QComboBox(self)
        box.addItem(any_text, "")
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.currentIndexChanged.connect(lambda _i: self._emit())
        return box

    def _build_boxes(self) -> None:
        self.show_box = QComboBox(self)
        for key, label in VIEWS:
            self.show_box.addItem(_tr(label), key)
        self.show_box.currentIndexChanged.connect(lambda _i: self._emit())
        self.level_box = self._combo(self.tr("Any level"))
        for level in FILTER_LEVELS:
            self.level_box.addItem(
                level_square(level), QCoreApplication.translate("Enum", level.label), level.value
            )
        self.state_box = self._combo(self.tr("Any state"))
        for state in DisputeState:
            self.state_box.addItem(QCoreApplication.translate("Enum", state.label), state.value)
        self.rung_box = self._combo(self.tr("Any mediation level"))
        for rung in MediationLevel:
            self.rung_box.addItem(QCoreApplication.translate("Enum", rung.label), rung.value)
        self.type_box = self._combo(self.tr("Any type"))

    def _build_fields(self) -> None:
        self.dates = DateRange(self)
        self.dates.changed.connect(self._emit)
        self.date_from, self.date_to, self.date_error = (
            self.dates.first,
            self.dates.last,
            self.dates.error,
        )
        self.household = HouseholdChip(self)
        self.household.cleared.connect(lambda: self.set_household(None, ""))
        self.household_label, self.household_clear = (
            self.household.label,
            self.household.clear_button,
        )
        self.count = QLabel(self)

    def _lay_out(self) -> None:
        """Row 1: the lists and the household; row 2: the dates, the count and the page's
        buttons (:meth:`add_button`); row 3, under the dates, a date refused."""
        first = QHBoxLayout()
        row: tuple[QWidget, ...] = (
            QLabel(self.tr("Show:"), self),
            self.show_box,
            self.level_box,
            self.state_box,
            self.rung_box,
            QLabel(self.tr("Type:"), self),
            self.type_box,
        )
        for widget in row:
            first.addWidget(widget)
        first.addStretch(1)
        first.addWidget(self.household_label)
        first.addWidget(self.household_clear)
        self._grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.addLayout(first, 0, 0, 1, -1)
        row = (
            QLabel(self.tr("Screened:"), self),
            self.date_from,
            QLabel("—", self),
            self.date_to,
        )
        for column, widget in enumerate(row):
            grid.addWidget(widget, 1, column)
        grid.setColumnStretch(len(row), 1)
        grid.addWidget(self.count, 1, len(row) + 1)
        grid.addWidget(self.date_error, 2, 1, 1, 3)
        self._next_column = len(row) + 2

    def add_button(self, button: QWidget) -> None:
        """A page button at the end of the second row."""
        self._grid.addWidget(button, 1, self._next_column)
        self._next_column += 1

    # -- what the station lists ----------------------------------------------------------------
    def set_types(self, types: Sequence[str]) -> None:
        """The station's 纠纷类型 (a chosen one stays chosen)."""
        box = self.type_box
        chosen = str(box.currentData() or "")
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for name in types:
            box.addItem(name, name)
        if chosen and box.findData(chosen) < 0:
            box.addItem(chosen, chosen)  # a type no longer listed, still asked for
        box.setCurrentIndex(max(box.findData(chosen), 0))
        box.blockSignals(False)

    # -- the query -----------------------------------------------------------------------------
    def choose_view(self, view: str) -> None:
        """Show one of :data:`VIEWS` (a start-page tile), the other filters kept."""
        index = self.show_box.findData(view)
        if index >= 0:
            self.show_box.setCurrentIndex(index)

    def choose_level(self, level: WarningLevel | None) -> None:
        index = self.level_box.findData(level.value if level is not None else "")
        self.level_box.setCurrentIndex(max(index, 0))

    def query(self, today: date) -> DisputeQuery:
        """Every filter at once: the "show" view on ``today``, narrowed by the others."""
        base = view_query(str(self.show_box.currentData() or ALL), today)
        level, state, rung = (
            str(self.level_box.currentData() or ""),
            str(self.state_box.currentData() or ""),
            str(self.rung_box.currentData() or ""),
        )
        first, last = self.dates.days
        return replace(
            base,
            levels=frozenset({WarningLevel(level)}) if level else base.levels,
            states=frozenset({DisputeState(state)}) if state else base.states,
            mediation_levels=frozenset({MediationLevel(rung)}) if rung else base.mediation_levels,
            dispute_type=str(self.type_box.currentData() or ""),
            household_id=self.household.household_id,
            first=first,
            last=last,
        )

    def set_household(self, household_id: int | None, label: str) -> None:
        """The disputes of one household (the household page); None shows every household."""
        self.household.set(household_id, label)
        self._emit()

    def clear(self) -> None:
        """Every filter back to "any" (emits nothing)."""
        with self._silenced():
            for box in (self.show_box, self.level_box, self.state_box, self.rung_box):
                box.setCurrentIndex(0)
            self.type_box.setCurrentIndex(0)
            self.dates.clear()
            self.household.set(None)

    # -- reacting ------------------------------------------------------------------------------
    @contextmanager
    def _silenced(self) -> Iterator[None]:
        self._quiet, was = True, self._quiet
        try:
            yield
        finally:
            self._quiet = was

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()
