"""包村联户: the cadres with how many households each links against the station's number, and the
selected cadre's households (ended links greyed). Link, end a link, open the household page.

At a township the list holds every village's cadres too, with a village column (村（社区）) and a
village filter; a village's cadre and links are read-only here. The number of households per
cadre is a station-local setting (not in the villages' packages), so the township's own stays
editable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.columns import VILLAGE_COLUMN, Align, Column, RegisterSpec
from villagedesk.core.households.link_services import (
    cadre_links,
    end_link,
    list_cadres,
    set_link_limit,
)
from villagedesk.core.households.links import MAX_LINK_LIMIT, CadreSummary, HouseholdLink
from villagedesk.core.households.register import CADRE_LINKS_REGISTER
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.i18n import render
from villagedesk.ui.forms.fields import FieldErrors, error_label
from villagedesk.ui.forms.reason_dialog import ReasonDialog
from villagedesk.ui.forms.service_op import run_service
from villagedesk.ui.households.household_page import HouseholdPageDialog
from villagedesk.ui.households.link_dialog import LinkDialog
from villagedesk.ui.households.section_table import fit_columns, rows_view, selected_row
from villagedesk.ui.registers.rows_model import RowsModel
from villagedesk.ui.registers.village_box import VillageBox, read_only_tip

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

CADRES = RegisterSpec(
    key="cadres",
    title=QT_TRANSLATE_NOOP("Registers", "Cadres"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Cadre"), 6),
        Column("branch", QT_TRANSLATE_NOOP("Columns", "Branch"), 8),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), 10),
        Column("links", QT_TRANSLATE_NOOP("Columns", "Households / limit"), 6, Align.CENTER),
        VILLAGE_COLUMN,
    ),
)


class CadresPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: QDialog | None = None
        self.cadres: list[CadreSummary] = []  # those shown (a township: the chosen village's)
        self._all: list[CadreSummary] = []
        self.links: list[HouseholdLink] = []
        self.limit = 0
        self.scope = ctx.readers.members().scope()
        self.township = self.scope.township
        self.village_box = VillageBox(self.scope, self)
        self._build_tables()
        self._build_actions()
        self._lay_out()
        self._connect()
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    def _build_tables(self) -> None:
        """The cadres on the left, the chosen cadre's households on the right."""
        self.cadre_model = RowsModel(CADRES, parent=self, township=self.township)
        self.cadre_view = rows_view(self.cadre_model, self)
        if self.township:  # declared last, shown right after the name
            header = self.cadre_view.horizontalHeader()
            village = self.cadre_model.spec.keys.index("village")
            header.moveSection(header.visualIndex(village), 1)
        self.link_model = RowsModel(CADRE_LINKS_REGISTER, parent=self)
        self.link_view = rows_view(self.link_model, self)
        self.links_title = QLabel(self)
        self.links_title.setStyleSheet("font-weight: bold;")

    def _build_actions(self) -> None:
        """The link buttons, the number of households per cadre and the notice after a link."""
        self.link_button = QPushButton(self.tr("Link a household…"), self)
        self.end_button = QPushButton(self.tr("End link…"), self)
        self.open_button = QPushButton(self.tr("Open household page"), self)
        self.limit_box = QSpinBox(self)
        self.limit_box.setRange(1, MAX_LINK_LIMIT)
        self.limit_save = QPushButton(self.tr("Save"), self)
        self.limit_form = QFormLayout()
        self.limit_form.setContentsMargins(0, 0, 0, 0)
        self.errors = FieldErrors(self.limit_form, error_label(self))
        self.errors.add_row(self.tr("Households per cadre:"), self.limit_box, "limit")
        self.notice = QLabel(self)
        self.notice.setStyleSheet("color: #8a6d00;")
        self.notice.setWordWrap(True)
        self.notice.hide()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for b in (self.link_button, self.end_button, self.open_button):
            bar.addWidget(b)
        bar.addWidget(self.village_box)
        bar.addStretch(1)
        bar.addLayout(self.limit_form)
        bar.addWidget(self.limit_save)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.links_title)
        right_layout.addWidget(self.link_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.cadre_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([460, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.link_button.clicked.connect(lambda: self.link())
        self.end_button.clicked.connect(lambda: self.end())
        self.open_button.clicked.connect(lambda: self.open_household())
        self.limit_save.clicked.connect(self.save_limit)
        self.cadre_view.selectionModel().selectionChanged.connect(lambda *_: self._show_links())
        self.link_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.link_view.doubleClicked.connect(lambda _i: self.open_household())
        self.village_box.village_changed.connect(lambda _code: self.reload())

    def title(self) -> str:
        return self.tr("Cadre links")

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        chosen = self.current_cadre()
        found = list_cadres(self._ctx.store.uow_factory())  # a read: held writes do not stop it
        self._all, self.limit = found.cadres, found.limit
        self.cadres = [c for c in self._all if self.village_box.shows(c.station_code)]
        self.limit_box.setValue(self.limit)
        over = {i for i, c in enumerate(self.cadres) if c.active_links > self.limit}
        rows: list[tuple[str, ...]] = []
        for c in self.cadres:
            row = (c.name, c.branch, c.phone, f"{c.active_links} / {self.limit}")
            # At a township the village column, declared last (shown after the name).
            rows.append((*row, self.scope.village_name(c.station_code)) if self.township else row)
        self.cadre_model.set_rows(rows)
        self.cadre_model.alert = over
        fit_columns(self.cadre_view)
        ids = [c.member_id for c in self.cadres]
        if chosen is not None and chosen.member_id in ids:
            self.cadre_view.selectRow(ids.index(chosen.member_id))
        elif self.cadres:
            self.cadre_view.selectRow(0)
        self._show_links()

    def current_cadre(self) -> CadreSummary | None:
        row = selected_row(self.cadre_view)
        return self.cadres[row] if row is not None and row < len(self.cadres) else None

    def _show_links(self) -> None:
        cadre = self.current_cadre()
        if cadre is None:
            self.links = []
            self.links_title.setText(self.tr("Choose a cadre to see their households."))
        else:
            self.links = cadre_links(self._ctx.store.uow_factory(), cadre_id=cadre.member_id)
            text = self.tr("{name} links {count} households (limit {limit})").format(
                name=cadre.name, count=cadre.active_links, limit=self.limit
            )
            if cadre.active_links > self.limit:
                text += "  " + self.tr("— more than the limit")
            self.links_title.setText(text)
        over = cadre is not None and cadre.active_links > self.limit
        self.links_title.setStyleSheet("font-weight: bold;" + (" color: #c62828;" if over else ""))
        self.link_model.set_rows(
            [
                (
                    link.head_name,
                    link.household_address,
                    link.values.reason.value,
                    link.values.note,
                    link.values.started_on.isoformat(),
                    link.ended_on.isoformat() if link.ended_on else None,
                )
                for link in self.links
            ],
            muted={i for i, link in enumerate(self.links) if not link.active},
        )
        fit_columns(self.link_view)
        self._update_buttons()

    def current_link(self) -> HouseholdLink | None:
        row = selected_row(self.link_view)
        return self.links[row] if row is not None and row < len(self.links) else None

    def is_own(self, cadre: CadreSummary | None) -> bool:
        """Whether the cadre's links may be changed here (at a township a village's may not)."""
        return cadre is None or self.scope.is_own(cadre.station_code)

    def _update_buttons(self) -> None:
        link = self.current_link()
        own = self.is_own(self.current_cadre())
        tip = "" if own else read_only_tip()
        self.link_button.setEnabled(own)
        self.end_button.setEnabled(own and link is not None and link.active)
        for button in (self.link_button, self.end_button):
            button.setToolTip(tip)
        self.open_button.setEnabled(link is not None)

    def _on_changed(self, changes: Changes) -> None:
        if changes.topics & {Topic.HOUSEHOLDS, Topic.MEMBERS}:
            if self.township:  # a village may have been accepted since
                self.scope = self._ctx.readers.members().scope()
                self.village_box.set_scope(self.scope)
            self.reload()

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- actions ------------------------------------------------------------------------------
    def link(self) -> LinkDialog | None:
        cadre = self.current_cadre()
        if not self.is_own(cadre):
            return None  # a village's cadre (township): read-only
        preset = (cadre.member_id, cadre.name) if cadre is not None else None
        dialog = LinkDialog(self._ctx, cadre=preset, parent=self)
        dialog.accepted.connect(lambda: self._show_warnings(dialog))
        self._open(dialog)
        return dialog

    def _show_warnings(self, dialog: LinkDialog) -> None:
        texts = [render(m) for m in dialog.saved.warnings] if dialog.saved else []
        self.notice.setText("\n".join(texts))
        self.notice.setVisible(bool(texts))

    def end(self) -> ReasonDialog[Saved] | None:
        link = self.current_link()
        if link is None or not link.active or not self.is_own(self.current_cadre()):
            return None
        ctx = self._ctx

        def act(reason: str) -> Saved:
            return end_link(
                ctx.store.uow_factory(), link_id=link.id, reason=reason, today=ctx.today()
            )

        dialog = ReasonDialog(
            ctx,
            self.tr("End link"),
            self.tr(
                "{name} will no longer link the household at {address}. The link stays in the history."
            ).format(name=link.cadre_name, address=link.household_address),
            act,
            parent=self,
        )
        self._open(dialog)
        return dialog

    def open_household(self) -> HouseholdPageDialog | None:
        link = self.current_link()
        if link is None:
            return None
        dialog = HouseholdPageDialog(self._ctx, link.values.household_id, parent=self)
        self._open(dialog)
        return dialog

    def save_limit(self) -> Saved | None:
        """Save the number of households per cadre; a refusal shows under the bar."""
        limit, uow = self.limit_box.value(), self._ctx.store.uow_factory
        return run_service(
            self._ctx, self.errors, lambda: set_link_limit(uow(), limit=limit), parent=self
        )
