"""The household page's and the cadre lists' tables: a RowsModel (ui/registers/rows_model.py)
in a view that keeps each row on one line. (Small lists only; the big registers use the lazy
RegisterModel.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget

from villagedesk.ui.registers.rows_model import RowsModel, small_table


def rows_view(model: RowsModel, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table sized to the spec's column widths, its headers centred,
    the columns the spec does not show by default hidden."""
    view = small_table(model, parent)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    for section, column in enumerate(model.spec.columns):
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
