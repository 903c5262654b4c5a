"""A small table over plain rows and a RegisterSpec: the household page's sections, the cadre
lists. (Small lists only; the big registers use the lazy RegisterModel.)"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from villagedesk.core.columns import RegisterSpec
from villagedesk.ui.registers.lazy_model import _ALIGN, AnyIndex, qt_translate


class RowsModel(QAbstractTableModel):
    """Rows of raw values in ``spec``'s column order, formatted by the spec's formatters."""

    def __init__(
        self,
        spec: RegisterSpec,
        rows: Sequence[tuple[Any, ...]] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._rows = list(rows)
        self.muted: set[int] = set()
        """Rows shown greyed (e.g. links that have ended)."""
        self.alert: set[int] = set()
        """Rows shown in red (e.g. cadres past their number of households)."""

    def set_rows(self, rows: Sequence[tuple[Any, ...]], muted: set[int] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.muted = muted or set()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def text(self, row: int, column: int) -> str:
        spec_column = self.spec.columns[column]
        return spec_column.format(self._rows[row][column], qt_translate)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_ALIGN[self.spec.columns[index.column()].align].value)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.alert:
            return QColor("#c62828")
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.muted:
            return QColor("#9e9e9e")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.spec.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.spec.columns[section].header)
        return None


def rows_view(model: RowsModel, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table sized to the spec's column widths."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    metrics = view.fontMetrics()
    char = max(metrics.averageCharWidth(), metrics.horizontalAdvance("0"))
    for section, column in enumerate(model.spec.columns):
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        header.resizeSection(
            section, max(column.width * char + 12, metrics.horizontalAdvance(title) + 24)
        )
        header.setSectionHidden(section, not column.default_visible)
    return view


def fit_columns(view: QTableView) -> None:
    """Size each column to its header and its rows (short lists), so that a page shows every
    column instead of cutting the last ones off; the last column takes what is left."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for section in range(header.count() - 1):
        header.resizeSection(section, header.sectionSize(section) + 8)


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None
