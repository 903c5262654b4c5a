"""应报到名单, the first tab of 在职党员报到: the expected list with counts per work unit (a click
on a unit, or 只看未报到, narrows the list).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.model import UnitCount
from villagedesk.core.in_service.register import EXPECTED_REGISTER, UNIT_COUNT_REGISTER
from villagedesk.ui.forms.reason_dialog import ReasonDialog
from villagedesk.ui.in_service.roster_dialogs import ExpectedDialog
from villagedesk.ui.in_service.tabs import Tab, allow, button_bar, scoped_view
from villagedesk.ui.in_service.widgets import rows_table, selected_id
from villagedesk.ui.masked import add_reveal_menu
from villagedesk.ui.registers.narrowed_reader import NarrowedReader
from villagedesk.ui.registers.register_view import RegisterView
from villagedesk.ui.registers.rows_model import RowsModel

if TYPE_CHECKING:
    from villagedesk.core.services.results import Saved
    from villagedesk.ui.context import AppContext


class ExpectedTab(Tab):
    """应报到名单: who should report, who has; counts per work unit. A click on a work unit shows
    only its members; 只看未报到 only those still to report."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, year, parent)
        self.add_button = QPushButton(self.tr("Add to the list…"), self)
        self.remove_button = QPushButton(self.tr("Remove from the list…"), self)
        self.unregistered_box = QCheckBox(self.tr("Only those not yet reported"), self)
        self.all_units_button = QPushButton(self.tr("All work units"), self)
        self.all_units_button.setToolTip(self.tr("Show the members of every work unit again"))
        self.summary = QLabel(self)
        township = self.scope.township
        self.counts = RowsModel(UNIT_COUNT_REGISTER, self, township=township)
        self.counts_table = rows_table(self.counts, self)
        self.counts_table.setToolTip(self.tr("Click a work unit to list only its members"))
        self.unit_counts: list[UnitCount] = []
        self.unit: tuple[str, str] | None = None
        """The work unit clicked (station code, name), or None for every unit."""
        self.reader = ctx.readers.expected(year)
        self.narrowed = NarrowedReader(self.reader)
        self.view = RegisterView(EXPECTED_REGISTER, self.narrowed, ctx.settings, parent=self)
        add_reveal_menu(
            ctx,
            self.view.table,
            record_type="expected_registrations",
            fields=("phone",),
            via_member=True,
        )
        scoped_view(self.view, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.counts_table)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([500, 760])
        filters = QHBoxLayout()
        filters.addWidget(self.unregistered_box)
        filters.addWidget(self.all_units_button)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(button_bar(self.add_button, self.remove_button, extra=self.summary))
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.add_button.clicked.connect(self.add_expected)
        self.remove_button.clicked.connect(self.remove_expected)
        self.view.selection_changed.connect(self._update_buttons)
        self.unregistered_box.toggled.connect(lambda _on: self._narrow())
        self.all_units_button.clicked.connect(lambda: self.choose_unit(None))
        self.counts_table.selectionModel().selectionChanged.connect(lambda *_: self._unit_clicked())
        self.refresh()

    # -- narrowing ------------------------------------------------------------------------------
    def _unit_clicked(self) -> None:
        row = selected_id(self.counts_table)
        if row is None or not 0 <= row < len(self.unit_counts):
            return
        count = self.unit_counts[row]
        self.choose_unit((count.station_code, count.work_unit))

    def choose_unit(self, unit: tuple[str, str] | None) -> None:
        """List only the members of ``unit`` (station code, work unit), or of every unit."""
        if unit == self.unit:
            return
        self.unit = unit
        if unit is None:
            self.counts_table.clearSelection()
        self._narrow()

    def _narrow(self) -> None:
        """Tell the register which lines the unit and 只看未报到 leave (a year's list is short)."""
        only: frozenset[int] | None = None
        if self.unit is not None or self.unregistered_box.isChecked():
            lines = svc.expected_list(self.ctx.store.uow_factory(), year=self.year)
            only = frozenset(
                e.id
                for e in lines
                if (self.unit is None or (e.station_code, e.work_unit) == self.unit)
                and not (self.unregistered_box.isChecked() and e.reported)
            )
        self.all_units_button.setEnabled(self.unit is not None)
        if only != self.narrowed.only:
            self.narrowed.only = only
            self.view.refresh()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.view.current_id()
        allow(
            self.remove_button,
            chosen=chosen is not None,
            own=chosen is not None and self.view.is_own(chosen),
        )

    def refresh(self) -> None:
        self.reader.year = self.year
        self.narrowed.only = None  # _narrow() below narrows again, for this year's lines
        self.view.set_village(self.village)
        self.view.refresh()
        counts = svc.unit_counts(self.ctx.store.uow_factory(), year=self.year)
        # At a township: per village and work unit, or the chosen village's only.
        counts = [c for c in counts if self.shows(c.station_code)]
        self.unit_counts = counts
        self.counts.set_records(
            [
                (
                    i,
                    (
                        c.work_unit,
                        c.expected,
                        c.reported,
                        c.outstanding,
                        c.unexpected,
                        self.village_name(c.station_code),
                    ),
                )
                for i, c in enumerate(counts)
            ]
        )
        units = [(c.station_code, c.work_unit) for c in counts]
        if self.unit in units:
            self.counts_table.selectionModel().blockSignals(True)
            self.counts_table.selectRow(units.index(self.unit))
            self.counts_table.selectionModel().blockSignals(False)
        else:
            self.unit = None
        self._narrow()
        expected = sum(c.expected for c in counts)
        reported = sum(c.reported for c in counts)
        self.summary.setText(
            self.tr(
                "{year}: {expected} expected, {reported} reported, {left} still to report"
            ).format(year=self.year, expected=expected, reported=reported, left=expected - reported)
        )

    def add_expected(self) -> ExpectedDialog:
        dialog = ExpectedDialog(self.ctx, self.roster(), self.year, parent=self)
        self.open(dialog)
        return dialog

    def remove_expected(self) -> ReasonDialog[Saved] | None:
        expected_id = self.view.current_id()
        if expected_id is None or not self.view.is_own(expected_id):
            return None

        factory = self.ctx.store.uow_factory

        def remove(reason: str) -> Saved:
            return svc.remove_expected(factory(), expected_id=expected_id, reason=reason)

        dialog = ReasonDialog(
            self.ctx,
            self.tr("Remove from the expected list"),
            self.tr("The line is kept in the history with the reason."),
            remove,
            parent=self,
        )
        self.open(dialog)
        return dialog
