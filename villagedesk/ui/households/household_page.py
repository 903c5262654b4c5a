"""户情页: one household in one place, each section a titled table, then 民情诉求 and 矛盾纠纷."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.columns import RegisterSpec
from villagedesk.core.errors import NotFound
from villagedesk.core.households.register import fmt_tags
from villagedesk.core.households.services import (
    HouseholdPage,
    household_page,
    household_residents,
    void_resident,
)
from villagedesk.core.services.results import Saved
from villagedesk.i18n import render
from villagedesk.ui.forms.fields import error_label
from villagedesk.ui.forms.reason_dialog import ReasonDialog
from villagedesk.ui.households.dialogs import HouseholdDialog, ResidentDialog
from villagedesk.ui.households.disputes_section import DisputesSection
from villagedesk.ui.households.requests_section import RequestsSection, RowAction, row_menu
from villagedesk.ui.households.section_table import fit_columns, rows_view, selected_row
from villagedesk.ui.masked import may_reveal, reveal_menu_label, show_record_numbers, shown
from villagedesk.ui.privacy import export as privacy_export
from villagedesk.ui.registers.lazy_model import qt_translate
from villagedesk.ui.registers.rows_model import RowsModel
from villagedesk.ui.registers.village_box import read_only_tip

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext
    from villagedesk.ui.requests.record_dialog import RecordDialog

ROW_HEIGHT_PAD = 10
NUMBERS = ("id_number", "phone")


def _is_own_household(ctx: AppContext, household_id: int) -> bool:
    """Whether the household is the station's own (a township holds its villages' too)."""
    reader = ctx.readers.households()
    scope = reader.scope()
    if not scope.township:
        return True
    row = reader.rows([household_id], ["station_code"]).get(household_id)
    return scope.is_own(str(row[0]) if row else None)


class HouseholdPageDialog(QDialog):
    """The household page; refreshes itself when households change."""

    def __init__(self, ctx: AppContext, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.household_id = household_id
        self.page: HouseholdPage | None = None
        self.dialog: QDialog | None = None
        self.models: dict[str, RowsModel] = {}
        self.views: dict[str, QTableView] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self._resident_ids: list[int] = []

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.error = error_label(self)
        # At a township a village's household is read-only (it goes back to the village).
        self.own = _is_own_household(ctx, household_id)
        self.edit_button = QPushButton(self.tr("Edit household"), self)
        self.add_resident_button = QPushButton(self.tr("Add resident"), self)
        self.edit_resident_button = QPushButton(self.tr("Edit resident"), self)
        self.void_resident_button = QPushButton(self.tr("Void resident"), self)
        self.resident_request_button = QPushButton(
            self.tr("Record a request for this resident…"), self
        )
        self.bar = (
            self.edit_button,
            self.add_resident_button,
            self.edit_resident_button,
            self.void_resident_button,
            self.resident_request_button,
        )
        self.requests = RequestsSection(ctx, household_id, self._fit, self._open, self)
        self.disputes = DisputesSection(ctx, household_id, self._fit, self._open, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addLayout(self._button_bar())
        layout.addWidget(self.error)
        layout.addWidget(self._sections_area(), 1)
        self.resize(980, 680)

        self.edit_button.clicked.connect(self.edit_household)
        self.add_resident_button.clicked.connect(lambda: self.add_resident())
        self.edit_resident_button.clicked.connect(lambda: self.edit_resident())
        self.void_resident_button.clicked.connect(lambda: self.void_resident())
        self.resident_request_button.clicked.connect(lambda: self.record_request_for_resident())
        self.requests.record_button.clicked.connect(lambda: self.record_request())
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    def _button_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for b in self.bar:
            bar.addWidget(b)
        bar.addStretch(1)
        return bar

    def _sections_area(self) -> QScrollArea:
        """The sections, one titled table each (filled by ``reload``), scrolled together."""
        body = QWidget(self)
        self.sections_layout = QVBoxLayout(body)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.sections_layout.addWidget(self.requests)
        self.sections_layout.addWidget(self.disputes)
        self.sections_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        uow_factory = self._ctx.store.uow_factory
        try:
            self.page = household_page(uow_factory(), household_id=self.household_id)
        except NotFound as e:  # voided meanwhile (opened from a cadre's ended link, say)
            self.error.setText(render(e.message))
            self.error.show()
            return
        self._resident_ids = [
            r.id for r in household_residents(uow_factory(), household_id=self.household_id)
        ]
        self.error.hide()
        household = self.page.household
        self.setWindowTitle(self.tr("Household: {address}").format(address=household.address))
        head = household.head_name or self.tr("(no head entered)")
        self.heading.setText(
            self.tr("{head}'s household — {address}").format(head=head, address=household.address)
        )
        parts = []
        if household.values.grid:
            parts.append(self.tr("Group / grid: {grid}").format(grid=household.values.grid))
        if household.values.phone:
            phone = shown("phone", household.values.phone)
            parts.append(self.tr("Phone: {phone}").format(phone=phone))
        tags = fmt_tags(sum(t.bit for t in household.values.tags), qt_translate)
        if tags:
            parts.append(self.tr("Tags: {tags}").format(tags=tags))
        if household.values.destitute:
            parts.append(self.tr("Destitute household (three losses)"))
        self.details.setText("    ".join(parts))
        for section in self.page.sections:
            key = section.declaration.key
            if key not in self.models:
                self._add_section(key, section.declaration.spec)
            title = QCoreApplication.translate("HouseholdPage", section.declaration.title)
            self.boxes[key].setTitle(f"{title} ({len(section.rows)})")
            self.models[key].set_rows(section.rows)
            fit_columns(self.views[key])
            self._fit(self.views[key], len(section.rows))
        self.requests.reload()
        self._update_buttons()

    def _add_section(self, key: str, spec: object) -> None:
        assert isinstance(spec, RegisterSpec)
        box = QGroupBox(self)
        model = RowsModel(spec, parent=self)
        view = rows_view(model, box)
        column = QVBoxLayout(box)
        column.addWidget(view)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # the declared sections go above the requests (the last section before the stretch)
        self.sections_layout.insertWidget(self.sections_layout.indexOf(self.requests), box)
        self.models[key], self.views[key], self.boxes[key] = model, view, box
        if key == "residents":
            view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
            view.doubleClicked.connect(lambda _i: self.edit_resident())
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self._resident_menu)

    def _fit(self, view: QTableView, rows: int) -> None:
        """Show every row (sections are short) with no inner scrolling, at least two rows tall."""
        row = view.fontMetrics().height() + ROW_HEIGHT_PAD
        view.verticalHeader().setDefaultSectionSize(row)
        header = max(view.horizontalHeader().sizeHint().height(), row)
        scrollbar = view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(header + row * max(2, rows) + scrollbar + 2 * view.frameWidth() + 4)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _on_changed(self, changes: Changes) -> None:
        # Other registers' sections (e.g. in-service service records) follow their own topics.
        if changes.topics & {Topic.HOUSEHOLDS, Topic.MEMBERS, Topic.IN_SERVICE}:
            self.reload()
        elif Topic.REQUESTS in changes.topics and self.page is not None:
            self.requests.reload()

    # -- residents ----------------------------------------------------------------------------
    def selected_resident_id(self) -> int | None:
        view = self.views.get("residents")
        row = selected_row(view) if view is not None else None
        if row is None or row >= len(self._resident_ids):
            return None
        return self._resident_ids[row]

    def _update_buttons(self) -> None:
        chosen = self.selected_resident_id() is not None
        self.edit_resident_button.setEnabled(chosen and self.own)
        self.void_resident_button.setEnabled(chosen and self.own)
        self.resident_request_button.setEnabled(chosen and self.own)
        self.requests.record_button.setEnabled(self.own)
        self.disputes.record_button.setEnabled(self.own)
        self.edit_button.setEnabled(self.own)
        self.add_resident_button.setEnabled(self.own)
        tip = "" if self.own else read_only_tip()
        for b in (*self.bar, self.requests.record_button, self.disputes.record_button):
            b.setToolTip(tip)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_household(self) -> HouseholdDialog | None:
        if self.page is None or not self.own:
            return None
        dialog = HouseholdDialog(self._ctx, household=self.page.household, parent=self)
        self._open(dialog)
        return dialog

    def add_resident(self) -> ResidentDialog:
        dialog = ResidentDialog(self._ctx, household_id=self.household_id, parent=self)
        self._open(dialog)
        return dialog

    def edit_resident(self, resident_id: int | None = None) -> ResidentDialog | None:
        from villagedesk.core.households.services import get_resident

        resident_id = resident_id or self.selected_resident_id()
        if resident_id is None or not self.own:
            return None
        resident = get_resident(self._ctx.store.uow_factory(), resident_id=resident_id)
        dialog = ResidentDialog(
            self._ctx, household_id=self.household_id, resident=resident, parent=self
        )
        self._open(dialog)
        return dialog

    def void_resident(self, resident_id: int | None = None) -> ReasonDialog[Saved] | None:
        resident_id = resident_id or self.selected_resident_id()
        if resident_id is None or not self.own:
            return None
        ctx = self._ctx

        def act(reason: str) -> Saved:
            return void_resident(ctx.store.uow_factory(), resident_id=resident_id, reason=reason)

        dialog = ReasonDialog(
            ctx,
            self.tr("Void resident"),
            self.tr(
                "Void a resident entered by mistake. The record leaves the household but stays in "
                "the history; the ID number can then be entered again."
            ),
            act,
            parent=self,
        )
        self._open(dialog)
        return dialog

    # -- requests -----------------------------------------------------------------------------
    def record_request(self, resident_id: int | None = None) -> RecordDialog | None:
        """登记诉求… for this household, or for one of its residents (the requester chosen)."""
        return self.requests.record(resident_id) if self.own else None

    def record_request_for_resident(self, resident_id: int | None = None) -> RecordDialog | None:
        """为此居民登记诉求… on the resident's row."""
        resident_id = resident_id or self.selected_resident_id()
        return self.record_request(resident_id) if resident_id is not None else None

    def _resident_dispute(self) -> None:
        self.disputes.record(self.selected_resident_id())

    def _reveal_resident(self) -> None:
        resident_id = self.selected_resident_id()
        if resident_id is not None:
            show_record_numbers(
                self._ctx, self, record_type="residents", record_id=resident_id, fields=NUMBERS
            )

    def _resident_menu(self, at: QPoint) -> None:
        chosen = self.selected_resident_id() is not None
        on_row = self.own and chosen  # not below the rows
        actions: list[RowAction] = [
            (self.tr("Edit resident"), self.edit_resident, on_row),
            (self.resident_request_button.text(), self.record_request_for_resident, on_row),
            (
                self.tr("Record a dispute with this resident as a party…"),
                self._resident_dispute,
                on_row,
            ),
            (reveal_menu_label(), self._reveal_resident, chosen and may_reveal(self._ctx)),
            (privacy_export.action_text(), self.export_personal_data, chosen),
        ]
        row_menu(self.views["residents"], at, actions)

    def export_personal_data(self) -> None:
        """个人信息导出… for the selected resident (ui.privacy.export)."""
        if (resident_id := self.selected_resident_id()) is not None:
            privacy_export.export_resident(self._ctx, self, resident_id)
