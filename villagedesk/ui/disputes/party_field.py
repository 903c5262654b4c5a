"""当事人 on the dispute form: two or more parties, each a resident or a Party member chosen by
the one search box of the request form (ui/requests/requester_field.py's masked readers over
ui/households/link_dialog.Picker), or a person typed in (name, phone, ID number), each with a
role (申请人 / 被申请人 / 其他). The service fills in a chosen person's name, numbers, address and
household. Each party's refusals (``parties.N.name`` …) show under its own fields, and the
refusal of the whole list (``parties``: fewer than two) under the list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.disputes.model import PartyDraft, PartyKind, PartyRole
from villagedesk.core.text import Message
from villagedesk.i18n import enum_label, render
from villagedesk.ui.forms.fields import error_label, on_edit, reveal, set_row_shown
from villagedesk.ui.households.link_dialog import Picker
from villagedesk.ui.requests.requester_field import MEMBER_KEYS, RESIDENT_KEYS, MaskedReader

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

FIRST_PARTIES = 2
ROLES_OF_FIRST = (PartyRole.APPLICANT, PartyRole.RESPONDENT)
FIELD_KEYS = ("kind", "role", "name", "phone", "id_number")


class PartyRow(QFrame):
    """One party: who (resident / member / typed), the role, the search box or the typed name,
    phone and ID number, each with its error label (keyed by ``FIELD_KEYS``)."""

    remove_asked = Signal(object)

    def __init__(
        self, residents: MaskedReader, members: MaskedReader, role: PartyRole, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.errors: dict[str, QLabel] = {}
        self.title = QLabel(self)
        self.kind = QComboBox(self)
        for kind in PartyKind:
            self.kind.addItem(enum_label(kind.label), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(PartyKind.NAMED.value))
        self.role = QComboBox(self)
        for each in PartyRole:
            self.role.addItem(enum_label(each.label), each.value)
        self.role.setCurrentIndex(self.role.findData(role.value))
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_asked.emit(self))
        self.residents = Picker(
            residents,
            RESIDENT_KEYS,
            self.tr("Search the residents: name, pinyin, ID number's last digits or phone"),
            self,
            compact=True,
        )
        self.members = Picker(
            members,
            MEMBER_KEYS,
            self.tr("Search the Party members: name, pinyin, ID number's last digits or phone"),
            self,
            compact=True,
        )
        self.name, self.phone, self.id_number = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.name.setMaxLength(50)
        self.phone.setMaxLength(30)
        self.id_number.setMaxLength(18)
        self._lay_out()
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.kind, self.role):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        pickers = QWidget(self)
        column = QVBoxLayout(pickers)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.residents)
        column.addWidget(self.members)
        self._picker_row = self._add(self.tr("Search:"), pickers, "")
        self._name_row = self._add(self.tr("Name:"), self.name, "name")
        self._phone_row = self._add(self.tr("Phone:"), self.phone, "phone")
        self._id_row = self._add(self.tr("ID number:"), self.id_number, "id_number")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        for key in ("kind", "role"):
            label = error_label(self)
            self.errors[key] = label
            layout.addWidget(label)
        on_edit(self.kind, lambda: self.clear_field("kind"))
        on_edit(self.role, lambda: self.clear_field("role"))
        layout.addLayout(self.form)

    def _add(self, label: str, widget: QWidget, key: str) -> QWidget:
        """A form row of ``widget`` with its error label below (the name's goes under the
        search box too: a chosen party's refusal is keyed ``name``)."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = error_label(box)
        column.addWidget(error)
        self.form.addRow(label, box)
        self.errors[key or "picked"] = error
        on_edit(widget, lambda: self.clear_field(key or "picked"))
        return box

    def set_number(self, number: int) -> None:
        self.title.setText(self.tr("Party {number}").format(number=number))

    # -- the choice ---------------------------------------------------------------------------
    def party_kind(self) -> PartyKind:
        return PartyKind(str(self.kind.currentData()))

    def set_kind(self, kind: PartyKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def picker(self) -> Picker | None:
        return {PartyKind.RESIDENT: self.residents, PartyKind.MEMBER: self.members}.get(
            self.party_kind()
        )

    def _kind_changed(self) -> None:
        kind = self.party_kind()
        typed = kind is PartyKind.NAMED
        self.residents.setVisible(kind is PartyKind.RESIDENT)
        self.members.setVisible(kind is PartyKind.MEMBER)
        set_row_shown(self.form, self._picker_row, not typed)
        for row in (self._name_row, self._id_row):
            set_row_shown(self.form, row, typed)
        if not typed:
            self.name.clear()
            self.id_number.clear()
        picker = self.picker()
        if picker is not None:
            picker.search.setFocus()

    def draft(self) -> PartyDraft:
        picker = self.picker()
        typed = picker is None
        return PartyDraft(
            kind=self.party_kind().value,
            role=str(self.role.currentData()),
            name=self.name.text() if typed else "",
            person_id=picker.chosen_id() if picker is not None else None,
            phone=self.phone.text(),
            id_number=self.id_number.text() if typed else "",
        )

    # -- errors -------------------------------------------------------------------------------
    def show_error(self, key: str, text: str) -> QLabel:
        """``text`` under the field ``key`` (a chosen party's name goes under its search box)."""
        if key == "name" and self.picker() is not None:
            key = "picked"
        label = self.errors.get(key) or self.errors["name"]
        label.setText(text)
        label.show()
        return label

    def clear_field(self, key: str) -> None:
        label = self.errors.get(key)
        if label is not None and label.text():
            label.clear()
            label.hide()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()


class PartyList(QWidget):
    """The parties, two to start with (申请人 and 被申请人), a button to add more and the list's
    own error label (key ``parties``). ``changed`` is emitted when a party comes or goes."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._residents = MaskedReader(ctx.readers.residents())
        self._members = MaskedReader(ctx.readers.members())
        self.rows: list[PartyRow] = []
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add a party"), self)
        self.add_button.clicked.connect(lambda: self.add_party())
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._column)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        for role in ROLES_OF_FIRST[:FIRST_PARTIES]:
            self.add_party(role)

    def add_party(self, role: PartyRole = PartyRole.OTHER) -> PartyRow:
        row = PartyRow(self._residents, self._members, role, self)
        row.remove_asked.connect(self.remove_party)
        self.rows.append(row)
        self._column.addWidget(row)
        self._renumber()
        self.clear_list_error()
        self.changed.emit()
        return row

    def remove_party(self, row: object) -> None:
        if not isinstance(row, PartyRow) or row not in self.rows:
            return
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        self.changed.emit()

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)

    def preset_resident(self, resident_id: int) -> None:
        """The first party is this resident (the household page's row)."""
        row = self.rows[0] if self.rows else self.add_party(PartyRole.APPLICANT)
        row.set_kind(PartyKind.RESIDENT)
        label = row.residents.label_of(resident_id)
        if label:
            row.residents.preset(resident_id, label)

    def drafts(self) -> tuple[PartyDraft, ...]:
        return tuple(row.draft() for row in self.rows)

    # -- errors -------------------------------------------------------------------------------
    def show_errors(self, errors: Mapping[str, Sequence[Message]]) -> list[QLabel]:
        """The messages of the keys ``parties`` and ``parties.N.field``; the labels shown."""
        shown: list[QLabel] = []
        for key, messages in errors.items():
            text = "\n".join(render(m) for m in messages)
            if key == "parties":
                self.error.setText(text)
                self.error.show()
                shown.append(self.error)
                continue
            _parties, _sep, rest = key.partition(".")
            index, _sep, field = rest.partition(".")
            if index.isdigit() and int(index) < len(self.rows):
                shown.append(self.rows[int(index)].show_error(field or "name", text))
        if shown:
            reveal(shown[0])
        return shown

    def clear_list_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def clear_errors(self) -> None:
        self.clear_list_error()
        for row in self.rows:
            row.clear_errors()

    def texts(self) -> dict[str, str]:
        """The messages now shown, by their key (tests)."""
        found = {"parties": self.error.text()} if self.error.text() else {}
        for index, row in enumerate(self.rows):
            for key, label in row.errors.items():
                if label.text():
                    field = "name" if key == "picked" else key
                    found[f"parties.{index}.{field}"] = label.text()
        return found
