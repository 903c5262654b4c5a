"""The table model of a small register held in memory: rows of raw values in a RegisterSpec's
column order, formatted by the spec's formatters (the household page's sections, the cadre lists,
the in-service tabs). Small lists only; the big registers use the lazy RegisterModel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from villagedesk.core.columns import RawRow, RegisterSpec
from villagedesk.ui.masked import shown
from villagedesk.ui.registers.lazy_model import ALIGNMENT, ID_ROLE, AnyIndex, qt_translate

ALERT_COLOR = "#c62828"
MUTED_COLOR = "#9e9e9e"


class RowsModel(QAbstractTableModel):
    """Rows of raw values in ``spec``'s column order, each with its record id where it has one
    (:meth:`set_records`; ``data(index, ID_ROLE)``).

    ``township`` keeps the spec's township-only columns (the village column, declared last); at
    a village they are dropped and a row's trailing values for them are ignored.
    """

    def __init__(
        self, spec: RegisterSpec, parent: QObject | None = None, *, township: bool = False
    ) -> None:
        super().__init__(parent)
        self.spec = spec.for_mode(township=township)
        self.township = township
        self._rows: list[RawRow] = []
        self._ids: list[int | None] = []
        self.muted: set[int] = set()
        """Rows shown greyed (e.g. links that have ended)."""
        self.alert: set[int] = set()
        """Rows shown in red (e.g. cadres past their number of households)."""

    def set_rows(
        self,
        rows: Sequence[RawRow],
        muted: set[int] | None = None,
        *,
        ids: Sequence[int | None] | None = None,
    ) -> None:
        """Show ``rows`` (values in column order), with their record ids if given."""
        if ids is not None and len(ids) != len(rows):
            raise ValueError("one id per row")
        self.beginResetModel()
        self._rows = list(rows)
        self._ids = list(ids) if ids is not None else [None] * len(self._rows)
        self.muted = muted or set()
        self.endResetModel()

    def set_records(self, records: Sequence[tuple[int, RawRow]]) -> None:
        """Show ``(id, values…)`` records."""
        self.set_rows([values for _, values in records], ids=[i for i, _ in records])

    def id_at(self, row: int) -> int | None:
        return self._ids[row]

    def value(self, row: int, key: str) -> Any:
        """The raw value of the row's ``key`` column. ``Any`` as in the store's rows: the caller
        reads it as its column's type (the in-service tabs take a count or a name)."""
        return self._rows[row][self.spec.keys.index(key)]

    def text(self, row: int, column: int) -> str:
        """The row's value in ``column`` as shown (ID numbers and phones masked: ui/masked.py)."""
        spec_column = self.spec.columns[column]
        return shown(spec_column.key, spec_column.format(self._rows[row][column], qt_translate))

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(ALIGNMENT[self.spec.columns[index.column()].align].value)
        if role == Qt.ItemDataRole.ForegroundRole and row in self.alert:
            return QColor(ALERT_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and row in self.muted:
            return QColor(MUTED_COLOR)
        if role == ID_ROLE:
            return self._ids[row]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.spec.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.spec.columns[section].header)
        return None


def small_table(model: RowsModel, parent: QWidget | None = None) -> QTableView:
    """A read-only table for a RowsModel, one row selected at a time, each column as wide as
    the spec says (in characters) or as its header needs."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    metrics = view.fontMetrics()
    char = max(metrics.averageCharWidth(), metrics.horizontalAdvance("0"))
    for section, column in enumerate(model.spec.columns):
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        header.resizeSection(
            section, max(column.width * char + 12, metrics.horizontalAdvance(title) + 24)
        )
    return view
