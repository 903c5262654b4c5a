"""The 民情诉求 page's filters, in two rows so that they fit a 1024 px screen: what to show (to be
assigned, due today, overdue, …, or a start-page tile's list), the state, 渠道, 类型 and 分类 from
the station's lists; then 责任人 (a name typed or picked: "mine"), the 受理日期 range and the
household the household page asked for. :meth:`RequestFilterBar.query` gives the
:class:`RequestQuery` of them all; ``changed`` is emitted on every change that applies.

A date that is not a date is refused beside its field, in Chinese, and not applied: the list
stays as it was until the date is corrected or emptied."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QStringListModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from villagedesk.core.requests.model import Handler, RequestLists, RequestType
from villagedesk.core.requests.record import RequestQuery
from villagedesk.core.requests.state import RequestState
from villagedesk.ui.forms.date_range import DateRange
from villagedesk.ui.forms.household_chip import HouseholdChip
from villagedesk.ui.requests.filters import CHOSEN, VIEWS


class RequestFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen = RequestQuery()
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
        for key, label, _query in VIEWS:
            self.show_box.addItem(QCoreApplication.translate("RequestsPage", label), key)
        self.show_box.currentIndexChanged.connect(lambda _i: self._emit())
        self.state_box = self._combo(QCoreApplication.translate("RequestsPage", "Any state"))
        for state in RequestState:
            self.state_box.addItem(QCoreApplication.translate("Enum", state.label), state.value)
        self.channel_box = self._combo(self.tr("Any channel"))
        self.kind_box = self._combo(self.tr("Any type"))
        for kind in RequestType:
            self.kind_box.addItem(QCoreApplication.translate("Enum", kind.label), kind.value)
        self.category_box = self._combo(self.tr("Any category"))

    def _build_fields(self) -> None:
        self.assignee = QLineEdit(self)
        self.assignee.setPlaceholderText(self.tr("anyone"))
        self.assignee.setClearButtonEnabled(True)
        self.assignee.setMinimumWidth(
            self.assignee.fontMetrics().horizontalAdvance("欧阳娜娜·买") + 30
        )
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.activated.connect(lambda _text: self._emit())
        self.assignee.setCompleter(completer)
        self.assignee.editingFinished.connect(self._assignee_done)
        self._assignee_applied = ""
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

    def _label(self, text: str) -> QLabel:
        return QLabel(text, self)

    def _lay_out(self) -> None:
        """Row 1: the lists and the household; row 2: 责任人, dates, the count and the page's
        buttons (:meth:`add_button`); row 3, under the dates, a date refused."""
        first = QHBoxLayout()
        row: tuple[QWidget, ...] = (
            self._label(QCoreApplication.translate("RequestsPage", "Show:")),
            self.show_box,
            self.state_box,
            self._label(self.tr("Channel:")),
            self.channel_box,
            self._label(self.tr("Type:")),
            self.kind_box,
            self._label(self.tr("Category:")),
            self.category_box,
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
            self._label(self.tr("Responsible:")),
            self.assignee,
            self._label(self.tr("Received:")),
            self.date_from,
            self._label("—"),
            self.date_to,
        )
        for column, widget in enumerate(row):
            grid.addWidget(widget, 1, column)
        grid.setColumnStretch(len(row), 1)
        grid.addWidget(self.count, 1, len(row) + 1)
        grid.addWidget(self.date_error, 2, 3, 1, 4)
        self._next_column = len(row) + 2

    def add_button(self, button: QWidget) -> None:
        """A page button at the end of the second row."""
        self._grid.addWidget(button, 1, self._next_column)
        self._next_column += 1

    # -- what the station lists ----------------------------------------------------------------
    def set_lists(self, lists: RequestLists) -> None:
        """The station's channels and categories (a chosen one stays chosen)."""
        self._fill(self.channel_box, [c.name for c in lists.channels])
        self._fill(self.category_box, list(lists.categories))

    def _fill(self, box: QComboBox, names: list[str]) -> None:
        chosen = str(box.currentData() or "")
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for name in names:
            box.addItem(name, name)
        if chosen and box.findData(chosen) < 0:
            box.addItem(chosen, chosen)  # a name no longer listed, still asked for
        box.setCurrentIndex(max(box.findData(chosen), 0))
        box.blockSignals(False)

    def set_names(self, names: Iterable[str]) -> None:
        """The 责任人 names offered as the field is typed in."""
        self._names.setStringList(sorted({n for n in names if n}))

    # -- the query -----------------------------------------------------------------------------
    def query(self) -> RequestQuery:
        """Every filter at once: the "show" view (or the tile's list), narrowed by the others."""
        index = max(self.show_box.currentIndex(), 0)
        base = VIEWS[index][2] if index < len(VIEWS) else self._chosen
        state, kind = (
            str(self.state_box.currentData() or ""),
            str(self.kind_box.currentData() or ""),
        )
        name = self._assignee_applied
        first, last = self.dates.days
        return replace(
            base,
            state=RequestState(state) if state else base.state,
            channel=str(self.channel_box.currentData() or "") or base.channel,
            kind=RequestType(kind) if kind else base.kind,
            category=str(self.category_box.currentData() or "") or base.category,
            assignee=Handler(name) if name else base.assignee,
            received_from=first or base.received_from,
            received_to=last or base.received_to,
            household_id=self.household.household_id
            if self.household.household_id is not None
            else base.household_id,
        )

    def choose(self, query: RequestQuery, title: str) -> None:
        """Show ``query`` (a start-page tile's list, a figure's requests) under ``title``, the
        other filters cleared."""
        self._chosen = query
        index = self.show_box.findData(CHOSEN)
        if index < 0:
            self.show_box.addItem(title, CHOSEN)
            index = self.show_box.count() - 1
        self.show_box.setItemText(index, title)
        with self._silenced():
            self._clear()
            self.show_box.setCurrentIndex(index)
        self._emit()

    def set_household(self, household_id: int | None, label: str) -> None:
        """The requests of one household (the household page), the other filters cleared; None
        shows every household again."""
        if household_id is not None:
            with self._silenced():
                self._clear()
                self.show_box.setCurrentIndex(0)
        self.household.set(household_id, label)
        self._emit()

    def clear(self) -> None:
        """Every filter but the "show" view back to "any" (emits nothing)."""
        with self._silenced():
            self._clear()

    def _clear(self) -> None:
        for box in (self.state_box, self.channel_box, self.kind_box, self.category_box):
            box.setCurrentIndex(0)
        self.assignee.clear()
        self.dates.clear()
        self._assignee_applied = ""
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

    def _assignee_done(self) -> None:
        name = " ".join(self.assignee.text().split())
        if name != self._assignee_applied:
            self._assignee_applied = name
            self._emit()
