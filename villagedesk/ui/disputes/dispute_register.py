"""The 矛盾纠纷 page's lazy register: the store's dispute reader narrowed to the page's filters
(:class:`FilteredDisputes`, in SQL), and the lazy model that reads DISPUTE_REGISTER's rows a
page at a time (:class:`DisputeRegisterModel`) with the warning level's cell drawn as a coloured
square beside its word (红 / 橙 / 黄 / 绿: never colour alone)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from villagedesk.core.columns import RawRow
from villagedesk.core.disputes.model import WarningLevel
from villagedesk.core.disputes.record import DisputeQuery
from villagedesk.core.disputes.register import DISPUTE_REGISTER, LEVEL_KEY
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.search import SearchQuery
from villagedesk.ui.registers.lazy_model import AnyIndex, RegisterModel
from villagedesk.ui.registers.narrowed_reader import FilteredReader, VillageReader
from villagedesk.ui.registers.register_view import RegisterView
from villagedesk.ui.registers.table_header import ColumnStateStore

SETTINGS_KEY = "disputes.page"
#: Read with each row besides the shown columns: the row's station (own rows take steps).
EXTRA_KEYS = ("station_code",)
SQUARE = 12
BANNER_STYLE = "QFrame#escalation { background: #fff3e0; border: 1px solid #ef6c00; }"

#: The colour of each warning level (the word is always shown beside it).
LEVEL_COLORS: dict[WarningLevel, str] = {
    WarningLevel.RED: "#c62828",
    WarningLevel.ORANGE: "#ef6c00",
    WarningLevel.YELLOW: "#f9a825",
    WarningLevel.GREEN: "#2e7d32",
}


def level_square(level: WarningLevel, size: int = SQUARE) -> QPixmap:
    """A filled square of the level's colour with a dark edge (it shows on a selected row)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#424242"))
    painter.setBrush(QColor(LEVEL_COLORS[level]))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return pixmap


def level_word(level: WarningLevel) -> str:
    return QCoreApplication.translate("Enum", level.label)


class DisputeReading(VillageReader, Protocol):
    """The store's dispute reader as the page uses it (store/disputes/reader.py)."""

    def narrowed(self, asked: DisputeQuery) -> DisputeReading: ...


FilteredDisputes = FilteredReader[DisputeQuery]
"""The store's reader narrowed to the page's filters (ui/registers/narrowed_reader.py)."""


Searched = tuple[SearchQuery, str, bool, str | None]
"""What a search ran with: the search box's query, the sort key and order, the village."""


@dataclass(frozen=True)
class ShownList:
    """What the page's job read: the filters and the ids found, in order."""

    asked: DisputeQuery
    ids: list[int]
    searched: Searched


def read_list(reader: DisputeReading, asked: DisputeQuery, searched: Searched) -> ShownList:
    """The page's job: the ids ``asked`` finds, searched as ``searched``."""
    search, sort_key, descending, village = searched
    ids = reader.narrowed(asked).search_ids(
        search, sort_key=sort_key, descending=descending, village=village
    )
    return ShownList(asked, ids, searched)


class DisputeRegisterModel(RegisterModel):
    """DISPUTE_REGISTER's rows read lazily; the level's cell has its coloured square. Each
    row's values end with its station code (not a column)."""

    def _read_rows(self, ids: list[int]) -> dict[int, RawRow]:
        keys = [*self.spec.keys, *EXTRA_KEYS]
        return self._reader.rows(ids, keys)

    def _value(self, row: int, key: str) -> object:
        values = self.values(row)
        if not values:
            return None
        if key in EXTRA_KEYS:
            return values[len(self.spec.keys) + EXTRA_KEYS.index(key)]
        return values[self.spec.keys.index(key)]

    def level(self, row: int) -> WarningLevel | None:
        """The colour the row shows (None while the record is gone)."""
        value = self._value(row, LEVEL_KEY)
        try:
            return WarningLevel(str(value)) if value else None
        except ValueError:
            return None

    def state(self, row: int) -> DisputeState | None:
        value = self._value(row, "state")
        try:
            return DisputeState(str(value)) if value else None
        except ValueError:
            return None

    def station_code(self, row: int) -> str:
        return str(self._value(row, "station_code") or "")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        shown = super().data(index, role)
        if role != Qt.ItemDataRole.DecorationRole or not index.isValid():
            return shown
        if not 0 <= index.row() < self.rowCount():
            return shown
        if self.spec.keys[index.column()] != LEVEL_KEY:
            return shown
        level = self.level(index.row())
        return level_square(level) if level is not None else shown


def register_view(
    settings: ColumnStateStore, reader: FilteredDisputes, parent: QWidget
) -> RegisterView:
    """The page's lazy table with its search box, 红 first until the user sorts otherwise."""
    fresh = settings.column_state(SETTINGS_KEY) is None
    view = RegisterView(
        DISPUTE_REGISTER,
        reader,
        settings,
        settings_key=SETTINGS_KEY,
        model_class=DisputeRegisterModel,
        parent=parent,
    )
    view.search_box.setPlaceholderText(
        QCoreApplication.translate(
            "DisputesPage", "Search: number, summary, a party's name, pinyin or phone"
        )
    )
    view.count_label.hide()
    if fresh:
        level = DISPUTE_REGISTER.keys.index(LEVEL_KEY)
        view.table.horizontalHeader().setSortIndicator(level, Qt.SortOrder.AscendingOrder)
    return view


class EscalationBanner(QFrame):
    """Above the table: why the selected dispute may move up a level, and the button that
    opens the escalate dialog (hidden when there is no reason)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("escalation")
        self.setStyleSheet(BANNER_STYLE)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(
            QCoreApplication.translate("DisputesPage", "Move up a level…"), self
        )
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def offer(self, reasons: list[str]) -> None:
        if reasons:
            text = QCoreApplication.translate(
                "DisputesPage", "This dispute may move up a level: {reasons}"
            )
            self.text.setText(text.format(reasons=" ".join(reasons)))
        self.setVisible(bool(reasons))
