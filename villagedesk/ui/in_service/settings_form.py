"""设置 for people work: the month the campaign year starts, the short code on contact cards and
the households each cadre should link. One form, used in its own dialog (from the in-service
page) and as a tab of the main Settings dialog; the core service checks all three at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from villagedesk.core.households.links import DEFAULT_LINK_LIMIT, MAX_LINK_LIMIT
from villagedesk.core.in_service.settings import (
    StationRules,
    save_station_rules,
    station_rules,
)
from villagedesk.core.services.results import Saved
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label
from villagedesk.ui.forms.service_op import run_service

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class StationRulesForm(QWidget):
    """The three settings with a note and an error line under each; ``save()`` writes them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved: Saved | None = None
        self.rules: StationRules | None = None
        self.year_start = self._month_box()
        self.short_code = QLineEdit(self)
        self.short_code.setMaxLength(8)
        self.short_code.setMaximumWidth(160)
        self.link_limit = QSpinBox(self)
        self.link_limit.setRange(1, MAX_LINK_LIMIT)
        self.link_limit.setValue(DEFAULT_LINK_LIMIT)
        self.link_limit.setMaximumWidth(100)
        self.code_note = note_label("", self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form, error_label(self))
        self._add_rows(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addStretch(1)
        self.load()

    def _month_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setMaximumWidth(160)
        months = (
            self.tr("January"),
            self.tr("February"),
            self.tr("March"),
            self.tr("April"),
            self.tr("May"),
            self.tr("June"),
            self.tr("July"),
            self.tr("August"),
            self.tr("September"),
            self.tr("October"),
            self.tr("November"),
            self.tr("December"),
        )
        for number, name in enumerate(months, start=1):
            box.addItem(name, number)
        return box

    def _add_rows(self, form: QFormLayout) -> None:
        self.errors.add_row(self.tr("Campaign year starts in"), self.year_start, "year_start_month")
        form.addRow(
            "",
            note_label(
                self.tr(
                    "In-service reporting counts by campaign year, named after the year it "
                    "starts in. Registrations already recorded keep their year."
                ),
                self,
            ),
        )
        self.errors.add_row(self.tr("Short code on contact cards"), self.short_code, "short_code")
        form.addRow("", self.code_note)
        self.errors.add_row(self.tr("Households per cadre"), self.link_limit, "link_limit")
        form.addRow(
            "",
            note_label(
                self.tr(
                    "How many households each cadre should link. Linking more is allowed, "
                    "with a warning."
                ),
                self,
            ),
        )

    def load(self) -> None:
        rules = station_rules(self._ctx.store.uow_factory())
        self.rules = rules
        self.year_start.setCurrentIndex(max(self.year_start.findData(rules.year_start_month), 0))
        self.short_code.setText(rules.short_code)
        self.short_code.setPlaceholderText(rules.derived_code)
        self.code_note.setText(
            self.tr(
                "2 to 4 letters in front of every card number, e.g. {code}-2026-0001. Leave it "
                "empty to use {derived}, from the station's name. Cards already issued keep "
                "their numbers."
            ).format(code=rules.effective_code, derived=rules.derived_code)
        )
        self.link_limit.setValue(rules.link_limit)

    def action(self) -> Callable[[], Saved]:
        """The three settings as shown now (read here, on the GUI thread), and the service call
        that writes them (run on the database worker)."""
        month = int(self.year_start.currentData() or 0)
        code, limit = self.short_code.text(), self.link_limit.value()
        uow = self._ctx.store.uow_factory()
        return lambda: save_station_rules(
            uow, year_start_month=month, short_code=code, link_limit=limit
        )

    def took(self, saved: Saved) -> None:
        """The service accepted the settings: keep its result, show what is stored now."""
        self.saved = saved
        if saved.changes:
            self.load()

    def save(self) -> bool:
        """Write the three settings; on a refusal every message shows under its field."""
        saved = run_service(self._ctx, self.errors, self.action(), parent=self)
        if saved is None:
            return False
        self.took(saved)
        return True


class StationRulesDialog(FormDialog[Saved]):
    """The form on its own, opened from the in-service page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, ops=ctx)
        self.setWindowTitle(self.tr("Settings: in-service reporting and cadre links"))
        self.form = StationRulesForm(ctx, self)
        self.errors = self.form.errors
        self.body_layout.addWidget(self.form)
        self.setMinimumWidth(560)

    def prepare(self) -> Callable[[], Saved]:
        return self.form.action()

    def on_saved(self, saved: Saved) -> None:
        self.form.took(saved)
