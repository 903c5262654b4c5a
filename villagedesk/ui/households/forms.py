"""The household form and the resident form: each round-trips a draft, shows every error under
its field, and the resident form shows birth date and sex live from the ID number."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.households.model import HouseholdDraft, HouseholdTag, Relation
from villagedesk.core.households.relief import ReliefCategory
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.text import Message
from villagedesk.i18n import enum_label
from villagedesk.ui.forms.fields import FieldErrors, IdDerivedFields, checkbox_grid, error_label


def field_form(widget: QWidget) -> FieldErrors:
    """Lay ``widget`` out as one form: the messages without a field on top, then one row per
    field (added through the returned errors' ``add_row``), each with its error label below."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    errors = FieldErrors(form, error_label(widget))
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(errors.general)
    layout.addLayout(form)
    return errors


class HouseholdForm(QWidget):
    """地址, 村民小组/网格, 电话, 标签, 三丧失, 备注."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = QLineEdit(self)
        self.address.setMaxLength(200)
        self.grid = QLineEdit(self)
        self.grid.setMaxLength(40)
        self.grid.setPlaceholderText(self.tr("e.g. 3组 or a grid name"))
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(30)
        self.tags: dict[HouseholdTag, QCheckBox] = {
            t: QCheckBox(enum_label(t.label), self) for t in HouseholdTag
        }
        self.destitute = QCheckBox(self.tr("Destitute household (three losses)"), self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(200)
        self.errors = field_form(self)
        add = self.errors.add_row
        add(self.tr("Address *"), self.address, "address")
        add(self.tr("Villager group / grid"), self.grid, "grid")
        add(self.tr("Phone"), self.phone, "phone")
        add(self.tr("Tags"), checkbox_grid(list(self.tags.values()), self), "tags")
        add("", self.destitute, "destitute")
        add(self.tr("Note"), self.note, "note")

    def load(self, draft: HouseholdDraft) -> None:
        self.address.setText(draft.address)
        self.grid.setText(draft.grid)
        self.phone.setText(draft.phone)
        for tag, box in self.tags.items():
            box.setChecked(tag in draft.tags)
        self.destitute.setChecked(draft.destitute)
        self.note.setText(draft.note)

    def draft(self) -> HouseholdDraft:
        return HouseholdDraft(
            address=self.address.text(),
            grid=self.grid.text(),
            phone=self.phone.text(),
            tags=frozenset(t for t, box in self.tags.items() if box.isChecked()),
            destitute=self.destitute.isChecked(),
            note=self.note.text(),
        )

    def show_errors(self, errors: Mapping[str, Sequence[Message]]) -> None:
        self.errors.show(errors)


class ResidentForm(QWidget):
    """姓名, 公民身份号码, 与户主关系, 电话, 救助群体, 备注."""

    def __init__(
        self,
        categories: Sequence[ReliefCategory],
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_inputs(categories, today)
        self._lay_out()
        self.id_number.textChanged.connect(self.derived.show_for)

    def _make_inputs(self, categories: Sequence[ReliefCategory], today: date) -> None:
        self.name = QLineEdit(self)
        self.name.setMaxLength(40)
        self.id_number = QLineEdit(self)
        self.id_number.setMaxLength(24)
        self.id_number.setPlaceholderText(self.tr("18 characters; the last may be X"))
        self.derived = IdDerivedFields(today, self)
        self.birth_date, self.sex = self.derived.birth_date, self.derived.sex
        self.relation = QComboBox(self)
        self.relation.addItem("", "")
        for r in Relation:
            self.relation.addItem(enum_label(r.label), r.value)
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(30)
        self.relief: dict[int, QCheckBox] = {}
        for c in categories:
            box = QCheckBox(c.name, self)
            if c.retired:
                box.setToolTip(self.tr("No longer offered; kept for this resident"))
            self.relief[c.id] = box
        self.note = QLineEdit(self)
        self.note.setMaxLength(200)

    def _lay_out(self) -> None:
        self.errors = field_form(self)
        add = self.errors.add_row
        add(self.tr("Name *"), self.name, "name")
        add(self.tr("ID number *"), self.id_number, "id_number")
        add(self.tr("Date of birth / sex"), self.derived)
        add(self.tr("Relation to head *"), self.relation, "relation")
        add(self.tr("Phone"), self.phone, "phone")
        add(
            self.tr("Relief categories"),
            checkbox_grid(list(self.relief.values()), self, 2),
            "relief",
        )
        add(self.tr("Note"), self.note, "note")

    def load(self, draft: ResidentDraft) -> None:
        self.name.setText(draft.name)
        self.id_number.setText(draft.id_number)
        found = self.relation.findData(draft.relation)
        self.relation.setCurrentIndex(max(0, found))
        self.phone.setText(draft.phone)
        for category_id, box in self.relief.items():
            box.setChecked(category_id in draft.relief_ids)
        self.note.setText(draft.note)

    def draft(self) -> ResidentDraft:
        return ResidentDraft(
            name=self.name.text(),
            id_number=self.id_number.text(),
            relation=str(self.relation.currentData() or ""),
            phone=self.phone.text(),
            note=self.note.text(),
            relief_ids=frozenset(i for i, box in self.relief.items() if box.isChecked()),
        )

    def show_errors(self, errors: Mapping[str, Sequence[Message]]) -> None:
        self.errors.show(errors)
