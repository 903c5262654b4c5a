"""在职党员报到: one page with a campaign-year selector over five tabs (expected list,
registration, service posts, service records, dual assessment). At a township a village filter
beside the year narrows every tab to one village (or shows all, with a village column)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.rules import campaign_year_bounds
from villagedesk.ui.in_service.settings_form import StationRulesDialog
from villagedesk.ui.in_service.tabs import PostsTab, Tab
from villagedesk.ui.in_service.tabs_expected import ExpectedTab
from villagedesk.ui.in_service.tabs_records import AssessmentTab, RecordsTab
from villagedesk.ui.in_service.tabs_registration import RegistrationTab
from villagedesk.ui.registers.village_box import VillageBox

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class InServicePage(QWidget):
    """在职党员进社区: who should report and who did, posts, service and assessment."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        year = svc.current_campaign_year(ctx.store.uow_factory(), today=ctx.today())
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year_label = QLabel(self)
        self.dialog: QDialog | None = None
        self.settings_button = QPushButton(self.tr("Settings…"), self)
        self.settings_button.setToolTip(
            self.tr("The month the campaign year starts, the short code on contact cards")
        )
        self.expected = ExpectedTab(ctx, year, self)
        self.registration = RegistrationTab(ctx, year, self)
        self.posts = PostsTab(ctx, year, self)
        self.records = RecordsTab(ctx, year, self)
        self.assessment = AssessmentTab(ctx, year, self)
        self.village_box = VillageBox(self.expected.scope, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.expected, self.tr("Expected list"))
        self.tabs.addTab(self.registration, self.tr("Registration"))
        self.tabs.addTab(self.posts, self.tr("Service posts"))
        self.tabs.addTab(self.records, self.tr("Service records"))
        self.tabs.addTab(self.assessment, self.tr("Dual assessment"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Campaign year"), self))
        top.addWidget(self.year)
        top.addWidget(self.year_label)
        top.addStretch(1)
        top.addWidget(self.village_box)
        top.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.year.valueChanged.connect(self.set_year)
        self.village_box.village_changed.connect(self.set_village)
        self.settings_button.clicked.connect(lambda: self.open_settings())
        ctx.hub.changed.connect(self._on_changed)
        self._show_year_label()

    def title(self) -> str:
        return self.tr("In-service members")

    def all_tabs(self) -> list[Tab]:
        return [self.expected, self.registration, self.posts, self.records, self.assessment]

    def open_settings(self) -> StationRulesDialog:
        dialog = StationRulesDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def set_year(self, year: int) -> None:
        if self.year.value() != year:
            self.year.setValue(year)  # comes back here through valueChanged
            return
        for tab in self.all_tabs():
            tab.set_year(year)
        self._show_year_label()

    def set_village(self, code: str | None) -> None:
        """Township: every tab shows one village's rows (its station code), or all (None)."""
        if self.village_box.code() != code:
            self.village_box.set_code(code)  # comes back here through village_changed
            return
        for tab in self.all_tabs():
            tab.set_village(code)

    def _show_year_label(self) -> None:
        start = svc.get_settings(self._ctx.store.uow_factory()).year_start_month
        first, last = campaign_year_bounds(self.year.value(), start)
        self.year_label.setText(
            self.tr("({first} to {last})").format(
                first=first.strftime("%Y.%m.%d"), last=last.strftime("%Y.%m.%d")
            )
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.topics & {Topic.IN_SERVICE, Topic.MEMBERS}:
            scope = self._ctx.readers.members().scope()  # a village may have been accepted
            for tab in self.all_tabs():
                tab.scope = scope
            self.village_box.set_scope(scope)
            for tab in self.all_tabs():
                tab.refresh()
            self._show_year_label()
