"""The member form: round-trips a MemberDraft; birth date and sex show live from the ID number."""

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

from villagedesk.core.ethnicity import ETHNICITIES
from villagedesk.core.members.branch import Branch
from villagedesk.core.members.model import Category, Education, MemberDraft, Standing
from villagedesk.core.text import Message
from villagedesk.i18n import enum_label
from villagedesk.ui.forms.fields import (
    FieldErrors,
    IdDerivedFields,
    checkbox_grid,
    date_edit,
    error_label,
)


class MemberForm(QWidget):
    """姓名, 公民身份号码, 民族 … as a QFormLayout. ``today`` bounds the ID number's birth date."""

    def __init__(
        self, branches: Sequence[Branch], *, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._make_inputs(branches, today)
        self._lay_out()
        self.id_number.textChanged.connect(self.derived.show_for)

    def _make_inputs(self, branches: Sequence[Branch], today: date) -> None:
        self.name = QLineEdit(self)
        self.id_number = QLineEdit(self)
        self.id_number.setMaxLength(24)
        self.id_number.setPlaceholderText(self.tr("18 characters; the last may be X"))
        self.derived = IdDerivedFields(today, self)
        self.birth_date, self.sex = self.derived.birth_date, self.derived.sex
        self.ethnicity = QComboBox(self)
        self.ethnicity.setEditable(True)
        self.ethnicity.addItem("")
        self.ethnicity.addItems(list(ETHNICITIES))
        self.education = QComboBox(self)
        self.education.addItem("", "")
        for e in Education:
            self.education.addItem(enum_label(e.label), e.value)
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(30)
        self.joined_on = date_edit(self)
        self.full_member_on = date_edit(self)
        self.standing = QComboBox(self)
        self.standing.addItem(self.tr("Automatic"), "")
        for s in Standing:
            self.standing.addItem(enum_label(s.label), s.value)
        self.standing.setToolTip(
            self.tr(
                "Automatic: full member when the full-member date is known or the member joined "
                "more than a year ago."
            )
        )
        self.branch = QComboBox(self)
        self.branch.addItem("", None)
        for b in branches:
            self.branch.addItem(b.name, b.id)
        self.work_unit = QLineEdit(self)
        self.work_unit.setMaxLength(200)
        self.address = QLineEdit(self)
        self.address.setMaxLength(200)
        self.categories: dict[Category, QCheckBox] = {
            c: QCheckBox(enum_label(c.label), self) for c in Category
        }

    def _lay_out(self) -> None:
        """One row per field, each with its error label below; messages without a field on top."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form, error_label(self))
        add = self.errors.add_row
        add(self.tr("Name *"), self.name, "name")
        add(self.tr("ID number *"), self.id_number, "id_number")
        add(self.tr("Date of birth / sex"), self.derived)
        add(self.tr("Ethnic group"), self.ethnicity, "ethnicity")
        add(self.tr("Education"), self.education, "education")
        add(self.tr("Phone"), self.phone, "phone")
        add(self.tr("Joined the Party on"), self.joined_on, "joined_on")
        add(self.tr("Full member on"), self.full_member_on, "full_member_on")
        add(self.tr("Full / probationary"), self.standing, "standing")
        add(self.tr("Branch"), self.branch, "branch_id")
        add(self.tr("Work unit"), self.work_unit, "work_unit")
        add(self.tr("Address"), self.address, "address")
        add(
            self.tr("Categories"), checkbox_grid(list(self.categories.values()), self), "categories"
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)

    # -- draft round trip ---------------------------------------------------------------------
    def load(self, draft: MemberDraft) -> None:
        self.name.setText(draft.name)
        self.id_number.setText(draft.id_number)
        self.ethnicity.setCurrentText(draft.ethnicity)
        self._select_data(self.education, draft.education)
        self.phone.setText(draft.phone)
        self.joined_on.setText(draft.joined_on)
        self.full_member_on.setText(draft.full_member_on)
        self._select_data(self.standing, draft.standing)
        if draft.branch_id is None or not self._select_data(self.branch, draft.branch_id):
            self.branch.setCurrentIndex(0)
            if draft.branch_name:
                found = self.branch.findText(draft.branch_name)
                if found >= 0:
                    self.branch.setCurrentIndex(found)
        self.work_unit.setText(draft.work_unit)
        self.address.setText(draft.address)
        for category, box in self.categories.items():
            box.setChecked(category in draft.categories)

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> bool:
        found = combo.findData(value)
        if found < 0:
            return False
        combo.setCurrentIndex(found)
        return True

    def draft(self) -> MemberDraft:
        branch = self.branch.currentData()
        return MemberDraft(
            name=self.name.text(),
            id_number=self.id_number.text(),
            ethnicity=self.ethnicity.currentText(),
            education=str(self.education.currentData() or ""),
            phone=self.phone.text(),
            joined_on=self.joined_on.text(),
            full_member_on=self.full_member_on.text(),
            standing=str(self.standing.currentData() or ""),
            branch_id=int(branch) if branch is not None else None,
            work_unit=self.work_unit.text(),
            address=self.address.text(),
            categories=frozenset(c for c, box in self.categories.items() if box.isChecked()),
        )

    def show_errors(self, errors: Mapping[str, Sequence[Message]]) -> None:
        self.errors.show(errors)

    def clear_errors(self) -> None:
        self.errors.clear()
