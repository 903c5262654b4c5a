"""设置 › 矛盾纠纷: the station's 纠纷类型 list, the warning rules (what makes a dispute 红 or 橙,
each threshold with its meaning), the days each village mediation level has, and the name of
the people's mediation committee that seals the papers (empty: derived from the station's name,
shown as the placeholder).

Shaped like the requests' lists tab (ui/requests/lists_form.py): the settings as the station
keeps them, edited in place, and ``save()`` through the one write path (ui/forms/service_op),
where the service (core/disputes/settings_rules.py) has the last word; its refusals go under
their fields and nothing is written. Unchanged settings are not written at all. The body
scrolls, so the tab fits the Settings dialog on a 1024×768 screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.disputes.committee import derived_committee
from villagedesk.core.disputes.settings import (
    MAX_COMMITTEE,
    MAX_LEVEL_DAYS,
    MAX_THRESHOLD,
    DisputeSettings,
    WarningRules,
)
from villagedesk.core.disputes.settings_rules import (
    MAX_TYPE_NAME,
    dispute_settings,
    save_dispute_settings,
    tidy_settings,
    with_rules,
)
from villagedesk.core.services.results import Saved
from villagedesk.i18n import translate
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label
from villagedesk.ui.forms.service_op import run_service
from villagedesk.ui.requests.lists_form import ListEditor
from villagedesk.ui.screen_fit import make_room, scroll_area

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class DisputeSettingsForm(QWidget):
    """The settings' fields, a message line under each, and ``save()``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved: Saved | None = None
        self.loaded = DisputeSettings()
        body = QWidget(self)
        self.types = ListEditor([self.tr("Dispute type")], body)
        self.counts: dict[str, QSpinBox] = {}
        self.switches: dict[str, QCheckBox] = {}
        self.level_days = self._spin(body, MAX_LEVEL_DAYS, self.tr(" days"))
        self.committee = QLineEdit(body)
        self.committee.setMaxLength(MAX_COMMITTEE + 10)  # a longer name is refused, not cut
        self.defaults_button = QPushButton(self.tr("Restore the default rules"), body)
        self.defaults_button.clicked.connect(self.restore_default_rules)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form, error_label(body))
        self._add_types(form, body)
        self._add_red(form, body)
        self._add_orange(form, body)
        self._add_levels(form, body)
        column = QVBoxLayout(body)
        column.addWidget(self.errors.general)
        column.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll_area(body, self))
        self.load()

    # -- building --------------------------------------------------------------------------------

    def _spin(self, parent: QWidget, top: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(1, top)
        spin.setSuffix(suffix)
        spin.setMinimumWidth(140)
        spin.setMaximumWidth(200)
        return spin

    def _count(self, parent: QWidget, name: str, label: str, unit: str) -> None:
        spin = self._spin(parent, MAX_THRESHOLD, unit)
        self.counts[name] = spin
        self.errors.add_row(label, spin, name)

    def _switch(self, parent: QWidget, name: str, text: str) -> None:
        box = QCheckBox(text, parent)
        self.switches[name] = box
        self.errors.add_row("", box, name)

    def _heading(self, form: QFormLayout, parent: QWidget, text: str) -> None:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        form.addRow(label)

    def _add_types(self, form: QFormLayout, parent: QWidget) -> None:
        self.errors.add_row(self.tr("Dispute types"), self.types, "types")
        self.types.on_change(lambda: self.errors.clear_field("types"))
        note = self.tr(
            "The types a new dispute can be given, each of 1 to {limit} characters. Disputes "
            "already recorded keep the type they were given."
        ).format(limit=MAX_TYPE_NAME)
        form.addRow("", note_label(note, parent))

    def _add_red(self, form: QFormLayout, parent: QWidget) -> None:
        self._heading(form, parent, self.tr("Red warning when any of these holds"))
        self._switch(
            parent, "red_on_criminal_risk", self.tr("Risk of turning into a criminal case")
        )
        self._switch(
            parent,
            "red_on_petition_signs",
            self.tr("Signs of repeated, over-level or group petitions"),
        )
        times = self.tr(" times or more")
        self._count(parent, "red_failed", self.tr("Failed mediations"), times)
        self._count(parent, "red_police", self.tr("Police calls"), times)
        people = self.tr(" people or more")
        self._count(parent, "red_people", self.tr("People involved"), people)

    def _add_orange(self, form: QFormLayout, parent: QWidget) -> None:
        self._heading(
            form, parent, self.tr("Orange warning, when not red, when any of these holds")
        )
        self._switch(parent, "orange_on_threats", self.tr("Threats of revenge"))
        self._switch(parent, "orange_on_weapons", self.tr("Weapons involved"))
        times = self.tr(" times or more")
        self._count(parent, "orange_failed", self.tr("Failed mediations"), times)
        people = self.tr(" people or more")
        self._count(parent, "orange_people", self.tr("People involved"), people)
        note = self.tr(
            "Otherwise a dispute is yellow. Failed mediations count those known when it was "
            "recorded and the failed sessions since. The rules apply to the levels computed from "
            "now on; levels already given stay."
        )
        form.addRow("", note_label(note, parent))

    def _add_levels(self, form: QFormLayout, parent: QWidget) -> None:
        self._heading(form, parent, self.tr("Mediation levels and papers"))
        self.errors.add_row(self.tr("Days at each level"), self.level_days, "level_days")
        note = self.tr(
            "How long the family, the villager group and the village committee each have before "
            "the dispute is offered to move up a level."
        )
        form.addRow("", note_label(note, parent))
        self.errors.add_row(self.tr("Mediation committee"), self.committee, "committee")
        self.committee_note = note_label("", parent)
        form.addRow("", self.committee_note)

    # -- reading and writing ---------------------------------------------------------------------

    def settings(self) -> DisputeSettings:
        """The settings as the form now shows them (possibly ones the service refuses)."""
        values: dict[str, int | bool] = {name: spin.value() for name, spin in self.counts.items()}
        values.update({name: box.isChecked() for name, box in self.switches.items()})
        rules = with_rules(WarningRules(), values)
        return DisputeSettings(
            types=tuple(name for name, _checked in self.types.rows()),
            rules=rules,
            level_days=self.level_days.value(),
            committee=self.committee.text(),
        )

    def load(self) -> None:
        self.load_settings(dispute_settings(self._ctx.store.uow_factory()))

    def load_settings(self, settings: DisputeSettings) -> None:
        self.loaded = settings
        self.types.set_rows([(name, False) for name in settings.types])
        self._show_rules(settings.rules, settings.level_days)
        self.committee.setText(settings.committee)
        station = self._ctx.station()
        derived = derived_committee(station.name if station else "", say=translate)
        self.committee.setPlaceholderText(derived)
        note = (
            self.tr(
                "The name the mediation papers are sealed by, at most {limit} characters. Leave "
                "it empty to use “{derived}”, from the station's name."
            )
            if derived
            else self.tr("The name the mediation papers are sealed by, at most {limit} characters.")
        )
        self.committee_note.setText(note.format(limit=MAX_COMMITTEE, derived=derived))
        self.errors.clear()

    def _show_rules(self, rules: WarningRules, level_days: int) -> None:
        for name, spin in self.counts.items():
            spin.setValue(int(getattr(rules, name)))
        for name, box in self.switches.items():
            box.setChecked(bool(getattr(rules, name)))
        self.level_days.setValue(level_days)

    def restore_default_rules(self) -> None:
        """The default rules and level days in the fields (saved with OK, like any change)."""
        defaults = DisputeSettings()
        self._show_rules(defaults.rules, defaults.level_days)

    def changed(self) -> bool:
        """Whether the fields differ from the settings loaded."""
        return tidy_settings(self.settings()) != self.loaded

    def save(self) -> bool:
        """Keep the settings when they changed (through the one write path); on a refusal every
        message shows under its field and nothing is written."""
        self.types.table.setCurrentIndex(QModelIndex())  # a name still being typed is kept
        if not self.changed():
            return True
        settings, uow_factory = self.settings(), self._ctx.store.uow_factory

        def write() -> Saved:
            return save_dispute_settings(uow_factory(), settings=settings)

        saved = run_service(self._ctx, self.errors, write, parent=self)
        if saved is None:
            make_room(self)
            return False
        self.saved = saved
        self.loaded = dispute_settings(uow_factory())
        return True
