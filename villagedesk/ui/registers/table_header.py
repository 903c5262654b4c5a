"""A register table's columns: widths from the spec, the columns shown and the sort order, kept per
register in the settings (the header's saved state) and restored when the table is built again;
the header's context menu of columns.

At a township the register's village column (declared last, so a village's columns keep their
places) is shown second until the user moves it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from villagedesk.core.columns import RegisterSpec


class ColumnStateStore(Protocol):
    """The part of ui.settings.Settings the register tables use."""

    def column_state(self, register: str) -> QByteArray | None: ...
    def set_column_state(self, register: str, state: QByteArray) -> None: ...


def set_up_rows(table: QTableView) -> None:
    """Whole rows selected, several at a time; read-only; one line per row."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setCornerButtonEnabled(False)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)


class RegisterHeader:
    """The horizontal header of ``table`` over a register's ``spec``, saved under ``key``."""

    def __init__(
        self,
        table: QTableView,
        spec: RegisterSpec,
        settings: ColumnStateStore | None,
        key: str,
        *,
        township: bool,
    ) -> None:
        self._table, self._spec, self._settings, self._key = table, spec, settings, key
        self._township = township
        self.header = table.horizontalHeader()

    def title(self, section: int) -> str:
        return str(self._table.model().headerData(section, Qt.Orientation.Horizontal) or "")

    def restore(self) -> None:
        """Widths and shown columns from the spec, then the saved state (never an empty table),
        then sort by the saved column; later changes are saved as they happen."""
        header = self.header
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        metrics = self._table.fontMetrics()
        char = max(metrics.averageCharWidth(), metrics.horizontalAdvance("0"))
        for section, column in enumerate(self._spec.columns):
            title = self.title(section)
            header.resizeSection(
                section, max(column.width * char + 12, metrics.horizontalAdvance(title) + 28)
            )
            header.setSectionHidden(section, not column.default_visible)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        state = self._settings.column_state(self._key) if self._settings else None
        restored = state is not None and header.restoreState(state)
        if self._township and not restored:
            for section, column in enumerate(self._spec.columns):
                if column.township_only:
                    header.moveSection(header.visualIndex(section), 1)
        if restored and header.hiddenSectionCount() >= header.count():
            for section in range(header.count()):
                header.setSectionHidden(section, False)
        if not 0 <= header.sortIndicatorSection() < len(self._spec.columns):
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self._table.model().sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._table.setSortingEnabled(True)
        header.sectionResized.connect(lambda *_args: self.save())
        header.sectionMoved.connect(lambda *_args: self.save())
        header.sortIndicatorChanged.connect(lambda *_args: self.save())

    def save(self) -> None:
        if self._settings is not None:
            self._settings.set_column_state(self._key, self.header.saveState())

    def menu(self, parent: QWidget, toggle: Callable[[str, bool], None]) -> QMenu:
        """One checkable entry per column; the last column shown cannot be unticked."""
        menu = QMenu(parent)
        menu.addSection(QCoreApplication.translate("RegisterView", "Columns shown"))
        header = self.header
        visible = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        for section in range(header.count()):
            action = menu.addAction(self.title(section))
            action.setCheckable(True)
            action.setChecked(section in visible)
            action.setEnabled(visible != [section])  # keep one column at least
            key = self._spec.columns[section].key
            action.toggled.connect(lambda on, k=key: toggle(k, on))
        return menu

    def set_visible(self, key: str, visible: bool) -> None:
        self.header.setSectionHidden(self._spec.keys.index(key), not visible)
        self.save()

    def is_visible(self, key: str) -> bool:
        return not self.header.isSectionHidden(self._spec.keys.index(key))
