"""设置 › 来源渠道与分类: the station's lists of request channels (来源渠道) and categories (分类).

Shaped like the masking tab (ui/mask_policy_form.py): the lists as the station keeps them, edited
in place, and ``save()`` through the one write path (ui/forms/service_op), where the service
(``save_request_lists``) has the last word: names of 1 to 20 characters, none twice, at least one
in each list. Requests keep the names they were given, so renaming or removing an entry here
changes no request already recorded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.requests.model import ChannelOption, RequestLists
from villagedesk.core.requests.services import MAX_LIST_NAME, request_lists, save_request_lists
from villagedesk.core.services.results import Saved
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label
from villagedesk.ui.forms.service_op import run_service
from villagedesk.ui.screen_fit import make_room

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from villagedesk.ui.context import AppContext

#: Rows shown before a list scrolls: both lists and the buttons fit the Settings dialog at 768.
VISIBLE_ROWS = 5


class ListEditor(QWidget):
    """One editable list: a name per row (edited in place), optionally a check box per row, and
    the buttons 添加 / 删除 / 上移 / 下移 beside it. Long lists scroll."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header.sizeHint().height() + VISIBLE_ROWS * row_height + 4)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(lambda: self.remove_row())
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_rows(self, rows: Sequence[tuple[str, bool]]) -> None:
        self.table.setRowCount(0)
        for name, checked in rows:
            self._append(name, checked)
        self._update_buttons()

    def rows(self) -> list[tuple[str, bool]]:
        """(name, checked) of every row, top to bottom (a list without check boxes: False)."""
        found: list[tuple[str, bool]] = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0)
            box = self.table.item(row, 1) if self.table.columnCount() > 1 else None
            checked = box is not None and box.checkState() == Qt.CheckState.Checked
            found.append((name.text() if name is not None else "", checked))
        return found

    def _append(self, name: str, checked: bool) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        if self.table.columnCount() > 1:
            box = QTableWidgetItem()
            box.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            box.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.table.setItem(row, 1, box)
        return row

    def add_row(self) -> None:
        """A new empty row at the end, its name open for typing."""
        row = self._append("", False)
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.scrollToItem(item)
            self.table.editItem(item)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            if self.table.rowCount():
                self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self._update_buttons()

    def move_row(self, step: int) -> None:
        rows = self.rows()
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(rows):
            return
        rows[row], rows[target] = rows[target], rows[row]
        self.set_rows(rows)
        self.table.setCurrentCell(target, 0)

    def _update_buttons(self) -> None:
        row, count = self.table.currentRow(), self.table.rowCount()
        chosen = 0 <= row < count and bool(self.table.selectedItems())
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < count - 1)

    def on_change(self, slot: Callable[[], None]) -> None:
        self.table.itemChanged.connect(lambda _item: slot())
        self.table.model().rowsRemoved.connect(lambda *_args: slot())
        self.table.model().rowsInserted.connect(lambda *_args: slot())


class RequestListsForm(QWidget):
    """The two lists, their messages under each, and ``save()``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved: Saved | None = None
        self.channels = ListEditor(
            [self.tr("Source"), self.tr("Needs the upper level's ticket number")], self
        )
        self.categories = ListEditor([self.tr("Category")], self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(form, error_label(self))
        self.errors.add_row(self.tr("Sources"), self.channels, "channels")
        self.errors.add_row(self.tr("Categories"), self.categories, "categories")
        self.channels.on_change(lambda: self.errors.clear_field("channels"))
        self.categories.on_change(lambda: self.errors.clear_field("categories"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "The sources and categories a new request can be given. Each entry has 1 to "
                    "{limit} characters. Requests already recorded keep the names they were "
                    "given."
                ).format(limit=MAX_LIST_NAME),
                self,
            )
        )
        layout.addWidget(self.errors.general)
        layout.addLayout(form, 1)
        self.load()

    def lists(self) -> RequestLists:
        """The lists as the form now shows them (possibly ones the service refuses)."""
        channels = tuple(ChannelOption(name, ticket) for name, ticket in self.channels.rows())
        categories = tuple(name for name, _checked in self.categories.rows())
        return RequestLists(channels, categories)

    def load(self) -> None:
        self.load_lists(request_lists(self._ctx.store.uow_factory()))

    def load_lists(self, lists: RequestLists) -> None:
        self.channels.set_rows([(c.name, c.ticket) for c in lists.channels])
        self.categories.set_rows([(name, False) for name in lists.categories])
        self.errors.clear()

    def _make_room(self) -> None:
        """Grow the window when messages appear, as far as the screen allows (ui/screen_fit)."""
        make_room(self)

    def save(self) -> bool:
        """Keep the lists (through the one write path, ui/forms/service_op); on a refusal every
        message shows under its list and nothing is written."""
        for editor in (self.channels, self.categories):
            editor.table.setCurrentIndex(QModelIndex())  # a name still being typed is kept
        lists, uow_factory = self.lists(), self._ctx.store.uow_factory

        def write() -> Saved:
            return save_request_lists(uow_factory(), lists=lists)

        saved = run_service(self._ctx, self.errors, write, parent=self)
        if saved is None:
            self._make_room()
            return False
        self.saved = saved
        return True
