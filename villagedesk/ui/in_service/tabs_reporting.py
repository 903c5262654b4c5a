"""The reporting tabs of 在职党员报到: the expected list with counts per work unit (a click on a
unit, or 只看未报到, narrows the list) and the registration register (the form offers only those
not yet reported and ends with the card number and 打印联系卡).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.errors import DomainError
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.model import RosterEntry, UnitCount
from villagedesk.core.in_service.register import (
    EXPECTED_REGISTER,
    REGISTRATION_REGISTER,
    UNIT_COUNT_REGISTER,
)
from villagedesk.core.ownership import StationScope
from villagedesk.core.search import SearchQuery
from villagedesk.i18n import render
from villagedesk.store.in_service.reader import ExpectedReader, RegistrationReader
from villagedesk.ui.forms.reason_dialog import ReasonDialog
from villagedesk.ui.in_service.dialogs import ExpectedDialog, PledgeDialog, RegistrationDialog
from villagedesk.ui.in_service.tabs import Tab, allow, button_bar, scoped_view
from villagedesk.ui.in_service.widgets import rows_table, selected_id
from villagedesk.ui.jobs import show_error
from villagedesk.ui.registers.register_view import RegisterView
from villagedesk.ui.registers.rows_model import RowsModel

if TYPE_CHECKING:
    from villagedesk.core.services.results import Saved
    from villagedesk.ui.context import AppContext
    from villagedesk.ui.printing.menu import PrintActions


class NarrowedReader:
    """A year's register reader narrowed to some of its rows: :attr:`only` (ids; None for all)."""

    def __init__(self, reader: ExpectedReader) -> None:
        self.inner = reader
        self.only: frozenset[int] | None = None

    def scope(self) -> StationScope:
        return self.inner.scope()

    def search_ids(
        self, query: SearchQuery, *, ids_filter: Collection[int] | None = None, **options: Any
    ) -> list[int]:
        if self.only is not None:
            ids_filter = self.only if ids_filter is None else self.only & set(ids_filter)
        return self.inner.search_ids(query, ids_filter=ids_filter, **options)

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, tuple[Any, ...]]:
        return self.inner.rows(ids, keys)


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
        self.reader = ExpectedReader(ctx.store.engine, year)
        self.narrowed = NarrowedReader(self.reader)
        self.view = RegisterView(EXPECTED_REGISTER, self.narrowed, ctx.settings, parent=self)
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

        def remove(reason: str) -> Saved:
            return svc.remove_expected(
                self.ctx.store.uow_factory(), expected_id=expected_id, reason=reason
            )

        dialog = ReasonDialog(
            self.ctx,
            self.tr("Remove from the expected list"),
            self.tr("The line is kept in the history with the reason."),
            remove,
            parent=self,
        )
        self.open(dialog)
        return dialog


class RegistrationTab(Tab):
    """报到登记: the register of who reported, with the card number, and the form."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, year, parent)
        self.register_button = QPushButton(self.tr("Register…"), self)
        self.pledges_button = QPushButton(self.tr("Pledges…"), self)
        self.registered_box: QMessageBox | None = None
        self.print_card_button: object = None
        self._print_actions: PrintActions | None = None
        self.reader = RegistrationReader(ctx.store.engine, year)
        self.view = RegisterView(REGISTRATION_REGISTER, self.reader, ctx.settings, parent=self)
        scoped_view(self.view, self)
        layout = QVBoxLayout(self)
        layout.addLayout(button_bar(self.register_button, self.pledges_button))
        layout.addWidget(self.view, 1)
        self.register_button.clicked.connect(self.register)
        self.pledges_button.clicked.connect(self.edit_pledges)
        self.view.activated.connect(lambda _id: self.edit_pledges())
        self.view.selection_changed.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.view.current_id()
        allow(
            self.pledges_button,
            chosen=chosen is not None,
            own=chosen is not None and self.view.is_own(chosen),
        )

    def refresh(self) -> None:
        self.reader.year = self.year
        self.view.set_village(self.village)
        self.view.refresh()
        self._update_buttons()

    def not_registered(self) -> list[RosterEntry]:
        """Whom the form offers: the station's in-service members not yet reported this year."""
        left = svc.unregistered_roster(self.ctx.store.uow_factory(), year=self.year)
        ids = {e.member_id for e in left}
        return [e for e in self.roster() if e.member_id in ids]

    def register(self) -> RegistrationDialog:
        dialog = RegistrationDialog(self.ctx, self.not_registered(), self.year, parent=self)
        dialog.accepted.connect(lambda: self.show_registered(dialog.saved))
        self.open(dialog)
        return dialog

    def show_registered(self, saved: Saved | None) -> QMessageBox | None:
        """After 报到: the card number, and 打印联系卡 for this member."""
        if saved is None:
            return None
        try:
            with self.ctx.store.uow_factory().for_reading() as uow:
                found = uow.in_service.registrations.get(saved.id)
        except DomainError as e:
            show_error(self, e)
            return None
        if found is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Registered"),
            self.tr("{name} has reported. Contact card number: {card}").format(
                name=found.member_name, card=found.card_number
            ),
            parent=self,
        )
        box.setInformativeText("\n".join(render(n) for n in (*saved.warnings, *saved.notes)))
        self.print_card_button = box.addButton(
            self.tr("Print contact card"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        member_id = found.member_id

        def clicked(button: object) -> None:
            if button is self.print_card_button:
                self.print_card(member_id)

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.registered_box = box
        box.open()
        return box

    def print_card(self, member_id: int) -> QDialog:
        """联系卡 of one member (the card dialog, then the preview)."""
        from villagedesk.ui.printing.menu import PrintActions

        if self._print_actions is None:
            self._print_actions = PrintActions(self.ctx, self)
        self.dialog = self._print_actions.cards([member_id])
        return self.dialog

    def edit_pledges(self) -> PledgeDialog | None:
        registration_id = self.view.current_id()
        if registration_id is None or not self.view.is_own(registration_id):
            return None  # a village's pledges are read-only at the township
        try:
            with self.ctx.store.uow_factory().for_reading() as uow:
                found = uow.in_service.registrations.get(registration_id)
            if found is None:
                return None
            dialog = PledgeDialog(
                self.ctx, found.member_id, found.member_name, found.campaign_year, parent=self
            )
        except DomainError as e:
            show_error(self, e)
            return None
        self.open(dialog)
        return dialog
