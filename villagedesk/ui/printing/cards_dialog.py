"""Whose contact cards or work handbooks: everyone registered this campaign year, the members
selected on the page, or members ticked here (the roll's one search over those registered); and
the one option of the document."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.ui.forms.fields import error_label, note_label
from villagedesk.ui.printing.dialogs import OK_CANCEL, ChoiceDialog, name_ok, refuse


@dataclass(frozen=True)
class CardEntry:
    """A member the card dialog can list: registered this campaign year."""

    member_id: int
    label: str


class CardsDialog(ChoiceDialog):
    """Whose cards or handbooks: everyone registered this campaign year, the members selected
    on the page, or members chosen here (the roll's one search over those registered, ticked
    one by one); and the one option of the document."""

    def __init__(
        self,
        *,
        handbook: bool,
        count: int | None,
        year: int,
        parent: QWidget | None,
        selected: Sequence[int] | None = None,
        registered: Sequence[CardEntry] = (),
        search: Callable[[str], list[int] | None] | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent, buttons=OK_CANCEL)
        self.handbook = handbook
        self.setWindowTitle(self.tr("Work handbooks") if handbook else self.tr("Contact cards"))
        self.setMinimumWidth(460)
        self._selected = list(selected) if selected is not None else None
        self._entries = {e.member_id: e for e in registered}
        self._search = search
        # the page's selection, ticked already should the user go on choosing here
        self.ticked: set[int] = {i for i in selected or () if i in self._entries}
        self._build_choices(year, count, len(registered))
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Search: name, pinyin initials, ID number or phone (at least 4 digits)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.member_list = QListWidget(self)
        self.member_list.setMinimumHeight(150)
        self.chosen_label = QLabel(self)
        self.option_box = QCheckBox(
            self.tr("Plain A5 pages in order (no booklet)")
            if handbook
            else self.tr("Print the backs with the members' pledges"),
            self,
        )
        self.error = error_label(self)
        self._lay_out(note)
        name_ok(self.buttons, self.tr("Preview"))
        (self.selected_radio if self._selected is not None else self.everyone_radio).setChecked(
            True
        )
        self.search_edit.textChanged.connect(self._fill)
        self.search_edit.textEdited.connect(lambda _t: self.chosen_radio.setChecked(True))
        self.member_list.itemChanged.connect(self._ticked)
        self._fill("")

    def _build_choices(self, year: int, count: int | None, registered: int) -> None:
        """The three radio buttons: everyone registered, the page's selection, chosen here."""
        self.everyone_radio = QRadioButton(
            self.tr("Every in-service member registered in {year} ({count})").format(
                year=year, count=registered
            )
            if registered
            else self.tr("Every in-service member registered in {year}.").format(year=year),
            self,
        )
        picked = self._selected or []
        if len(picked) == 1 and picked[0] in self._entries:
            who = self.tr("Only {member}").format(member=self._entries[picked[0]].label)
        else:
            who = self.tr("The {count} selected member(s).").format(
                count=count if count is not None else len(picked)
            )
        self.selected_radio = QRadioButton(who, self)
        self.chosen_radio = QRadioButton(self.tr("Members chosen here:"), self)
        group = QButtonGroup(self)
        for radio in (self.everyone_radio, self.selected_radio, self.chosen_radio):
            group.addButton(radio)
        self.selected_radio.setVisible(self._selected is not None)

    def _lay_out(self, note: str) -> None:
        layout = self.body_layout
        if note:
            layout.addWidget(note_label(note, self))
        layout.addWidget(self.everyone_radio)
        layout.addWidget(self.selected_radio)
        layout.addWidget(self.chosen_radio)
        picker = QVBoxLayout()
        picker.setContentsMargins(24, 0, 0, 0)
        picker.addWidget(self.search_edit)
        picker.addWidget(self.member_list, 1)
        picker.addWidget(self.chosen_label)
        layout.addLayout(picker, 1)
        if not self._entries:
            for widget in (self.chosen_radio, self.search_edit, self.member_list):
                widget.hide()
            self.chosen_label.hide()
        layout.addWidget(self.option_box)
        if self.handbook:
            layout.addWidget(
                note_label(
                    self.tr(
                        "By default the A5 pages are printed two to an A4 sheet in booklet "
                        "order: print both sides, fold the sheets and staple them."
                    ),
                    self,
                )
            )
        layout.addWidget(self.error)

    def _fill(self, text: str) -> None:
        """List the registered members the search finds (all for an empty search)."""
        found: list[int] | None
        if not text.strip() or self._search is None:
            found = list(self._entries)
        else:
            found = self._search(text)
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for member_id in found or []:
            entry = self._entries.get(member_id)
            if entry is None:
                continue
            item = QListWidgetItem(entry.label)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = member_id in self.ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.member_list.addItem(item)
        self.member_list.blockSignals(False)
        self._show_count(too_short=found is None)

    def _ticked(self, item: QListWidgetItem) -> None:
        member_id = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.ticked.add(member_id)
        else:
            self.ticked.discard(member_id)
        self.chosen_radio.setChecked(True)
        self._show_count()

    def _show_count(self, *, too_short: bool = False) -> None:
        text = self.tr("{count} chosen").format(count=len(self.ticked))
        if too_short:
            text += " · " + self.tr("Type at least 4 digits of the ID number or phone.")
        self.chosen_label.setText(text)

    def tick(self, member_ids: Sequence[int]) -> None:
        """Choose these members here (as if ticked in the list)."""
        self.ticked.update(i for i in member_ids if i in self._entries)
        self.chosen_radio.setChecked(True)
        self._fill(self.search_edit.text())

    def member_ids(self) -> list[int] | None:
        """Whose documents: None for everyone registered, else the members in the list's order."""
        if self.selected_radio.isChecked() and self._selected is not None:
            return list(self._selected)
        if self.chosen_radio.isChecked():
            return [i for i in self._entries if i in self.ticked]
        return None

    def accept(self) -> None:
        if self.member_ids() == []:
            refuse(self.error, self.tr("Tick at least one member in the list."))
            return
        super().accept()

    @property
    def option(self) -> bool:
        return self.option_box.isChecked()
