"""诉求人 on the record form: a resident or a Party member chosen by the one search box (name,
pinyin, ID tail, phone), a name and phone typed in, or nobody (匿名). The service fills in a
chosen person's name, phone and household; the matches show ID numbers and phones masked."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.columns import RawRow
from villagedesk.core.masking import number_kind
from villagedesk.core.register_reader import RegisterReader
from villagedesk.core.requests.model import RequesterKind
from villagedesk.core.search import SearchQuery
from villagedesk.i18n import enum_label
from villagedesk.ui.forms.fields import FieldErrors, set_row_shown
from villagedesk.ui.households.link_dialog import Picker
from villagedesk.ui.masked import shown

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

#: What a match shows of a resident and of a member (the numbers masked).
RESIDENT_KEYS = ("name", "id_number", "address")
MEMBER_KEYS = ("name", "id_number", "branch")
CHOICES = (
    RequesterKind.RESIDENT,
    RequesterKind.MEMBER,
    RequesterKind.NAMED,
    RequesterKind.ANONYMOUS,
)


class MaskedReader:
    """A register reader whose ID numbers and phones come out masked (for the pickers' lists:
    a full number is never shown on the record form)."""

    def __init__(self, reader: RegisterReader) -> None:
        self._reader = reader

    def search_ids(
        self,
        query: SearchQuery,
        *,
        sort_key: str = "",
        descending: bool = False,
        include_inactive: bool = False,
        ids_filter: Collection[int] | None = None,
    ) -> list[int]:
        """The reader's ids (in its own default order unless ``sort_key`` is given)."""
        if sort_key:
            return self._reader.search_ids(
                query,
                sort_key=sort_key,
                descending=descending,
                include_inactive=include_inactive,
                ids_filter=ids_filter,
            )
        return self._reader.search_ids(
            query, descending=descending, include_inactive=include_inactive, ids_filter=ids_filter
        )

    def rows(self, ids: Sequence[int], keys: Sequence[str]) -> dict[int, RawRow]:
        found = self._reader.rows(ids, keys)
        return {
            record_id: tuple(
                shown(k, str(v or "")) if number_kind(k) else v
                for k, v in zip(keys, values, strict=True)
            )
            for record_id, values in found.items()
        }


@dataclass(frozen=True)
class RequesterChoice:
    """What the field gives the draft."""

    kind: RequesterKind
    person_id: int | None
    name: str
    phone: str


class RequesterField(QWidget):
    """The choice 居民 / 党员 / 直接填写 / 匿名 with a picker for a resident or a member, or a
    name and phone typed in. It adds its rows to ``form`` (the choice and the picker under
    ``label``, errors keyed ``person_id``; then ``requester_name`` and ``requester_phone``)."""

    def __init__(
        self,
        ctx: AppContext,
        errors: FieldErrors,
        form: QFormLayout,
        label: str,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._form = form
        self.buttons = self._choice_buttons()
        self.anonymous = self.buttons[RequesterKind.ANONYMOUS]
        self.residents = Picker(
            MaskedReader(ctx.readers.residents()),
            RESIDENT_KEYS,
            self.tr("Search the residents: name, pinyin, ID number's last digits or phone"),
            self,
            compact=True,
        )
        self.members = Picker(
            MaskedReader(ctx.readers.members()),
            MEMBER_KEYS,
            self.tr("Search the Party members: name, pinyin, ID number's last digits or phone"),
            self,
            compact=True,
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._choice_row())
        column.addWidget(self.residents)
        column.addWidget(self.members)
        errors.add_row(label, self, "person_id")
        self.requester_name = QLineEdit(parent)
        self.requester_name.setMaxLength(50)
        self.requester_phone = QLineEdit(parent)
        self.requester_phone.setMaxLength(30)
        shown_when_typed = (
            errors.add_row(self.tr("Name:"), self.requester_name, "requester_name"),
            errors.add_row(self.tr("Phone:"), self.requester_phone, "requester_phone"),
        )
        # the rows' field widgets (each holds its input and its error label)
        self._typed_rows = [
            row
            for error in shown_when_typed
            if error is not None and (row := error.parentWidget()) is not None
        ]
        self.set_kind(RequesterKind.NAMED)
        for button in self.buttons.values():
            button.toggled.connect(lambda on: self._changed() if on else None)

    def _choice_buttons(self) -> dict[RequesterKind, QRadioButton]:
        group = QButtonGroup(self)
        buttons: dict[RequesterKind, QRadioButton] = {}
        for kind in CHOICES:
            button = QRadioButton(enum_label(kind.label), self)
            group.addButton(button)
            buttons[kind] = button
        return buttons

    def _choice_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- the choice ---------------------------------------------------------------------------
    def kind(self) -> RequesterKind:
        return next((k for k, b in self.buttons.items() if b.isChecked()), RequesterKind.NAMED)

    def set_kind(self, kind: RequesterKind) -> None:
        self.buttons[kind].setChecked(True)
        self._changed()

    def picker(self) -> Picker | None:
        """The search box of the kind chosen (None for a typed or anonymous requester)."""
        return {RequesterKind.RESIDENT: self.residents, RequesterKind.MEMBER: self.members}.get(
            self.kind()
        )

    def preset_resident(self, resident_id: int) -> None:
        """The resident chosen already (a resident's row of the household page)."""
        self.set_kind(RequesterKind.RESIDENT)
        label = self.residents.label_of(resident_id)
        if label:
            self.residents.preset(resident_id, label)

    def _changed(self) -> None:
        kind = self.kind()
        self.residents.setVisible(kind is RequesterKind.RESIDENT)
        self.members.setVisible(kind is RequesterKind.MEMBER)
        typed = kind is RequesterKind.NAMED
        for edit in (self.requester_name, self.requester_phone):
            edit.setEnabled(typed)
            if not typed:
                edit.clear()
        for row in self._typed_rows:
            set_row_shown(self._form, row, typed)
        picker = self.picker()
        if picker is not None:
            picker.search.setFocus()

    def choice(self) -> RequesterChoice:
        kind, picker = self.kind(), self.picker()
        typed = kind is RequesterKind.NAMED
        return RequesterChoice(
            kind,
            picker.chosen_id() if picker is not None else None,
            self.requester_name.text() if typed else "",
            self.requester_phone.text() if typed else "",
        )
