"""户籍与居民: the households register and the residents register (both lazy), the household page
and the relief categories dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.households.register import HOUSEHOLD_REGISTER, RESIDENT_REGISTER
from villagedesk.core.households.services import get_household, void_household
from villagedesk.core.services.results import Saved
from villagedesk.i18n import render
from villagedesk.ui.forms.reason_dialog import ReasonDialog
from villagedesk.ui.households.dialogs import HouseholdDialog
from villagedesk.ui.households.household_page import HouseholdPageDialog
from villagedesk.ui.households.relief_dialog import ReliefCategoriesDialog
from villagedesk.ui.masked import add_reveal_menu
from villagedesk.ui.registers.register_view import RegisterView
from villagedesk.ui.registers.village_box import read_only_tip

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class HouseholdRegisterView(RegisterView):
    """The register view counting households, not people."""

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{count} households in total").format(count=self.model.rowCount())
        )


class HouseholdsPage(QWidget):
    """户 and 居民 registers; double-click opens the household page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: QDialog | None = None
        self.resident_reader = ctx.readers.residents()
        self.add_button = QPushButton(self.tr("Add household"), self)
        self.open_button = QPushButton(self.tr("Open household page"), self)
        self.edit_button = QPushButton(self.tr("Edit household"), self)
        self.void_button = QPushButton(self.tr("Void household"), self)
        self.relief_button = QPushButton(self.tr("Relief categories…"), self)
        self.import_button = QPushButton(self.tr("Import from Excel…"), self)
        self.notice = QLabel(self)
        self.notice.setStyleSheet("color: #8a6d00;")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._build_registers(ctx)
        self._lay_out()
        self._connect()
        ctx.hub.changed.connect(self._on_changed)
        self._update_buttons()

    def _build_registers(self, ctx: AppContext) -> None:
        """The households and the residents registers, a tab each."""
        self.households = HouseholdRegisterView(
            HOUSEHOLD_REGISTER, ctx.readers.households(), ctx.settings, parent=self
        )
        self.households.search_box.setPlaceholderText(
            self.tr("Search: address, or a resident's name, pinyin, ID number or phone")
        )
        self.residents = RegisterView(
            RESIDENT_REGISTER, self.resident_reader, ctx.settings, parent=self
        )
        self.residents.search_box.setPlaceholderText(
            self.tr("Search: name, pinyin initials, ID number, phone or address")
        )
        add_reveal_menu(ctx, self.households.table, record_type="households", fields=("phone",))
        add_reveal_menu(
            ctx, self.residents.table, record_type="residents", fields=("id_number", "phone")
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.households, self.tr("Households"))
        self.tabs.addTab(self.residents, self.tr("Residents"))

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.edit_button, self.void_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.relief_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_household)
        self.open_button.clicked.connect(lambda: self.open_household())
        self.edit_button.clicked.connect(lambda: self.edit_household())
        self.void_button.clicked.connect(lambda: self.void_household())
        self.relief_button.clicked.connect(self.edit_relief_categories)
        self.import_button.clicked.connect(lambda: self.import_roster())
        self.households.activated.connect(self.open_household)
        self.residents.activated.connect(self._open_resident)
        self.households.selection_changed.connect(self._update_buttons)
        self.residents.selection_changed.connect(self._update_buttons)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())

    def title(self) -> str:
        return self.tr("Households and residents")

    # -- state --------------------------------------------------------------------------------
    def current_household_id(self) -> int | None:
        if self.tabs.currentWidget() is self.residents:
            resident_id = self.residents.current_id()
            if resident_id is None:
                return None
            row = self.resident_reader.rows([resident_id], ["household_id"]).get(resident_id)
            return int(row[0]) if row else None
        return self.households.current_id()

    def _update_buttons(self) -> None:
        household_id = self.current_household_id()
        chosen = household_id is not None
        self.open_button.setEnabled(chosen)
        # At a township a village's households are read-only: they go back to the village.
        own = household_id is not None and self.households.is_own(household_id)
        for b in (self.edit_button, self.void_button):
            b.setEnabled(own)
            b.setToolTip("" if own or not chosen else read_only_tip())

    def _on_changed(self, changes: Changes) -> None:
        if changes.topics & {Topic.HOUSEHOLDS, Topic.MEMBERS}:
            self.households.refresh()
            self.residents.refresh()
            self._update_buttons()

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _after_save(self, saved: Saved | None) -> None:
        if saved is None:
            return
        self.households.select_id(saved.id)
        texts = [render(m) for m in (*saved.warnings, *saved.notes)]
        self.notice.setText("\n".join(texts))
        self.notice.setVisible(bool(texts))

    # -- actions ------------------------------------------------------------------------------
    def add_household(self) -> HouseholdDialog:
        dialog = HouseholdDialog(self._ctx, parent=self)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved))
        self._open(dialog)
        return dialog

    def open_household(self, household_id: int | None = None) -> HouseholdPageDialog | None:
        household_id = household_id or self.current_household_id()
        if household_id is None:
            return None
        dialog = HouseholdPageDialog(self._ctx, household_id, parent=self)
        self._open(dialog)
        return dialog

    def _open_resident(self, resident_id: int) -> None:
        row = self.resident_reader.rows([resident_id], ["household_id"]).get(resident_id)
        if row:
            self.open_household(int(row[0]))

    def edit_household(self, household_id: int | None = None) -> HouseholdDialog | None:
        household_id = household_id or self.current_household_id()
        if household_id is None or not self.households.is_own(household_id):
            return None
        household = get_household(self._ctx.store.uow_factory(), household_id=household_id)
        dialog = HouseholdDialog(self._ctx, household=household, parent=self)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved))
        self._open(dialog)
        return dialog

    def void_household(self, household_id: int | None = None) -> ReasonDialog[Saved] | None:
        household_id = household_id or self.current_household_id()
        if household_id is None or not self.households.is_own(household_id):
            return None
        ctx = self._ctx

        def act(reason: str) -> Saved:
            return void_household(
                ctx.store.uow_factory(), household_id=household_id, reason=reason, today=ctx.today()
            )

        dialog = ReasonDialog(
            ctx,
            self.tr("Void household"),
            self.tr(
                "Void a household entered by mistake. Its residents are voided with it and its "
                "cadre links end; the records stay in the history."
            ),
            act,
            parent=self,
        )
        self._open(dialog)
        return dialog

    def edit_relief_categories(self) -> ReliefCategoriesDialog:
        dialog = ReliefCategoriesDialog(self._ctx, parent=self)
        self._open(dialog)
        return dialog

    def import_roster(self) -> QDialog:
        """导入居民户籍 (ui/importing; loads openpyxl on first use)."""
        from villagedesk.core.importing.rows import ImportKind
        from villagedesk.ui.importing.wizard import open_import_wizard

        self.dialog = open_import_wizard(self._ctx, ImportKind.RESIDENTS, self)
        return self.dialog
