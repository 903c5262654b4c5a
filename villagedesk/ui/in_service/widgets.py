"""Small pieces the in-service screens share: the table for a RowsModel (one small register in
memory, ui/registers/rows_model.py) and member pickers over the in-service roster (a combo box,
and the roll's one search over a short list)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.in_service.model import RosterEntry
from villagedesk.core.register_reader import RegisterReader
from villagedesk.core.search import SearchKind, parse_search
from villagedesk.ui.forms.fields import NOTE_STYLE
from villagedesk.ui.registers.lazy_model import ID_ROLE
from villagedesk.ui.registers.rows_model import RowsModel, small_table

T = TypeVar("T")


def rows_table(model: RowsModel, parent: QWidget | None = None) -> QTableView:
    """A read-only table for a RowsModel, one row selected at a time, widths from the spec; a
    township's village column (declared last) shown second, as in the big registers."""
    table = small_table(model, parent)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    for section, column in enumerate(model.spec.columns):
        if column.township_only:
            header.moveSection(header.visualIndex(section), min(1, section))
    return table


def natural_width(table: QTableView) -> int:
    """The width that shows every column of ``table`` without a horizontal scroll bar."""
    header = table.horizontalHeader()
    columns = sum(header.sectionSize(s) for s in range(header.count()))
    return columns + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 2


def selected_id(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    value = rows[0].data(ID_ROLE)
    return int(value) if value is not None else None


class MemberPicker(QComboBox):
    """Pick an in-service member by typing part of the name or the ID number's tail."""

    def __init__(self, roster: Sequence[RosterEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        edit = self.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Type a name or the ID number's last digits"))
        self.roster = {e.member_id: e for e in roster}
        self.addItem("", None)
        for entry in roster:
            unit = f" · {entry.work_unit}" if entry.work_unit else ""
            self.addItem(f"{entry.name}（…{entry.id_number[-4:]}）{unit}", entry.member_id)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def member_id(self) -> int | None:
        found = self.findText(self.currentText())
        value = self.itemData(found) if found >= 0 else None
        return int(value) if value is not None else None

    def set_member_id(self, member_id: int | None) -> None:
        found = self.findData(member_id)
        self.setCurrentIndex(max(found, 0))


def roster_label(entry: RosterEntry) -> str:
    unit = f" · {entry.work_unit}" if entry.work_unit else ""
    return f"{entry.name}（…{entry.id_number[-4:]}）{unit}"


class RosterSearch(QWidget):
    """Pick one member of a short roster (报到登记: those not yet reported) with the roll's one
    search: name, pinyin initials, part of the ID number or phone (core/search.py, in SQL)."""

    chosen_changed = Signal()

    def __init__(
        self, reader: RegisterReader, roster: Sequence[RosterEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self.roster = {e.member_id: e for e in roster}
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search: name, pinyin initials, ID number or phone (at least 4 digits)")
        )
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setMinimumHeight(110)
        self.results.setMaximumHeight(170)
        self.hint = QLabel(self)
        self.hint.setStyleSheet(NOTE_STYLE)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self.search.textChanged.connect(self.run_search)
        self.results.currentItemChanged.connect(lambda *_: self.chosen_changed.emit())
        self.run_search("")

    def shown_ids(self) -> list[int]:
        return [int(self.results.item(r).data(ID_ROLE)) for r in range(self.results.count())]

    def run_search(self, text: str) -> None:
        query = parse_search(text)
        ids: list[int] = []
        if self.roster and query.kind is not SearchKind.NOTHING:
            ids = self._reader.search_ids(query, ids_filter=list(self.roster))
        self.results.clear()
        for member_id in ids:
            entry = self.roster.get(member_id)
            if entry is not None:
                self._add(member_id, roster_label(entry))
        if self.results.count() and text.strip():
            self.results.setCurrentRow(0)
        if query.kind is SearchKind.NOTHING:
            hint = self.tr("Type at least 4 digits of the ID number or phone.")
        elif not self.roster:
            hint = self.tr("Every in-service member has reported this campaign year.")
        elif not ids:
            hint = self.tr("Nobody of those not yet reported matches.")
        elif text.strip():
            hint = self.tr("{count} found among those not yet reported.").format(count=len(ids))
        else:
            hint = self.tr("{count} in-service member(s) not yet reported.").format(count=len(ids))
        self.hint.setText(hint)
        self.chosen_changed.emit()

    def _add(self, member_id: int, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(ID_ROLE, member_id)
        self.results.addItem(item)
        return item

    def member_id(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def set_member_id(self, member_id: int | None) -> None:
        """Choose ``member_id``; one not in the list (already reported) is shown on its own, so
        that the service can say why it is refused."""
        if member_id is None:
            self.results.setCurrentRow(-1)
            return
        shown = self.shown_ids()
        if member_id in shown:
            self.results.setCurrentRow(shown.index(member_id))
            return
        entry = self.roster.get(member_id)
        if entry is not None:
            label = roster_label(entry)
        else:
            row = self._reader.rows([member_id], ["name", "id_number"]).get(member_id)
            label = f"{row[0]}（…{str(row[1])[-4:]}）" if row else str(member_id)
        self.results.clear()
        self.results.setCurrentItem(self._add(member_id, label))
