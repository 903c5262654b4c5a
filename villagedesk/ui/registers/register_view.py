"""A register on screen: one search box, the lazy table and a row count, reusable by every register.

Column visibility, widths and the sort order are kept per register in the settings (the header's
saved state, ui/registers/table_header.py) and restored when the view is built again.

At a township (the reader's ``scope()`` says so) the view shows every village's records: the
register's township-only village column, a village filter, and :meth:`RegisterView.is_own` so
pages disable their edit buttons on a village's (read-only) records.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.columns import RegisterSpec
from villagedesk.core.ownership import StationScope
from villagedesk.core.register_reader import RegisterReader
from villagedesk.core.search import MIN_DIGITS, SearchKind
from villagedesk.ui.jobs import JobHandle, JobRunner
from villagedesk.ui.registers.lazy_model import ID_ROLE, RegisterModel
from villagedesk.ui.registers.table_header import ColumnStateStore, RegisterHeader, set_up_rows
from villagedesk.ui.registers.village_box import VillageBox

if TYPE_CHECKING:
    from villagedesk.exchange.xlsx_export import ExportResult

SEARCH_DELAY_MS = 200


class ScopedReader(Protocol):
    """A register reader that knows the station's mode (store readers of township registers)."""

    def scope(self) -> StationScope: ...


def scope_of(reader: object) -> StationScope:
    """The reader's station scope; a reader without one is a village's (no village column)."""
    scope = getattr(reader, "scope", None)
    return cast(ScopedReader, reader).scope() if callable(scope) else StationScope()


class RegisterView(QWidget):
    """Search box + lazy table + "N in total". ``activated`` carries the id of a double-clicked row."""

    activated = Signal(int)
    selection_changed = Signal()

    def __init__(
        self,
        spec: RegisterSpec,
        reader: RegisterReader,
        settings: ColumnStateStore | None = None,
        *,
        settings_key: str | None = None,
        ids_filter: Collection[int] | None = None,
        include_inactive: bool = False,
        scope: StationScope | None = None,
        model_class: type[RegisterModel] = RegisterModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self.scope = scope if scope is not None else scope_of(reader)
        township = self.scope.township and any(c.township_only for c in spec.columns)
        self.township = township
        # ``model_class``: a RegisterModel that shapes its rows (the requests' time left).
        self.model = model_class(
            spec,
            reader,
            ids_filter=ids_filter,
            include_inactive=include_inactive,
            township=township,
            parent=self,
        )
        self.spec = self.model.spec
        self.jobs: JobRunner | None = None
        """The runner for the Excel export; None: the one of the context above the view."""
        self._build_search_bar()
        self._build_table(settings, settings_key or spec.key)
        self._lay_out()
        self._connect()
        self._update_count()

    def _build_table(self, settings: ColumnStateStore | None, key: str) -> None:
        """The lazy table, its header's saved state (kept per register) and its column menu."""
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_rows(self.table)
        # The township's header has one column more: its state is kept apart.
        self._header = RegisterHeader(
            self.table,
            self.spec,
            settings,
            f"{key}.township" if self.township else key,
            township=self.township,
        )
        self._header.restore()
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)

    def _lay_out(self) -> None:
        """The search bar above the table."""
        top = QHBoxLayout()
        for widget in (self.village_box, self.search_box, self.hint_label, self.count_label):
            top.addWidget(widget, 1 if widget is self.search_box else 0)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        """The count and the hint follow the model; selection and double-click go out."""
        self.model.modelReset.connect(self._update_count)
        self.model.modelReset.connect(self._update_hint)
        self.model.layoutChanged.connect(self._update_count)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self.selection_changed.emit()
        )
        self.table.doubleClicked.connect(self._on_double_click)

    def _build_search_bar(self) -> None:
        """The village filter (township), the search box with its hint, the count, the export."""
        self.village_box = VillageBox(self.scope, self)
        self.village_box.setVisible(self.township)
        self.village_box.village_changed.connect(lambda _code: self._village_chosen())
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(
            self.tr("Search: name, pinyin initials, ID number or phone (at least 4 digits)")
        )
        self.search_box.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        # Fewer than 4 digits match nothing (core.search): say so beside "共 0 人".
        hint = QCoreApplication.translate("RegisterView", "Type at least {digits} digits")
        self.hint_label = QLabel(hint.format(digits=MIN_DIGITS), self)
        self.hint_label.setStyleSheet("color: #b26a00;")
        self.hint_label.hide()
        self.export_button = QToolButton(self)
        self.export_button.setText(QCoreApplication.translate("RegisterView", "Export to Excel…"))
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "RegisterView", "Save the rows and columns shown, in this order, as an .xlsx file"
            )
        )
        self.export_button.clicked.connect(self.export_excel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.returnPressed.connect(self.search_now)

    @property
    def reader(self) -> RegisterReader:
        return self._reader

    # -- Excel export (ui/registers/excel_export.py, which loads openpyxl on first use) --------
    def _job_runner(self) -> JobRunner:
        from villagedesk.ui.registers.excel_export import find_jobs

        if self.jobs is None:
            self.jobs = find_jobs(self) or JobRunner(self)
        return self.jobs

    def export_excel(self) -> None:
        """Ask where, then export what the view shows (current search, columns and sort)."""
        from villagedesk.ui.registers.excel_export import ask_and_export

        ask_and_export(self, self, jobs=self._job_runner())

    def export_to(self, path: Path, *, reason: str = "") -> JobHandle[ExportResult]:
        from villagedesk.ui.registers.excel_export import export_view

        return export_view(self, path, jobs=self._job_runner(), reason=reason)

    # -- columns ------------------------------------------------------------------------------
    def column_menu(self) -> QMenu:
        """The header's context menu: one checkable entry per column."""
        return self._header.menu(self, self.set_column_visible)

    def _show_column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def set_column_visible(self, key: str, visible: bool) -> None:
        self._header.set_visible(key, visible)

    def is_column_visible(self, key: str) -> bool:
        return self._header.is_visible(key)

    # -- searching ----------------------------------------------------------------------------
    def search_now(self) -> None:
        self._timer.stop()
        current = self.current_id()
        self.model.set_query(self.search_box.text())
        self._select_id(current)

    def set_include_inactive(self, include: bool) -> None:
        current = self.current_id()
        self.model.set_include_inactive(include)
        self._select_id(current)

    def refresh(self) -> None:
        """Show the latest data after a write, keeping the current row and the scroll position."""
        if self.township:
            self.scope = scope_of(self._reader)
            self.village_box.set_scope(self.scope, show_by_scope=False)
        current = self.current_id()
        scroll = self.table.verticalScrollBar().value()
        self.model.refresh()
        self._select_id(current)
        self.table.verticalScrollBar().setValue(scroll)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{count} people in total").format(count=self.model.rowCount())
        )

    def _update_hint(self) -> None:
        self.hint_label.setVisible(self.model.query.kind is SearchKind.NOTHING)

    # -- villages (township mode) -------------------------------------------------------------
    def _village_chosen(self) -> None:
        current = self.current_id()
        self.model.set_village(self.village_box.code())
        self._select_id(current)
        self._update_count()

    def set_village(self, code: str | None) -> None:
        """Township mode: narrow the register to one village (its code), or None for all."""
        self.village_box.set_code(code)

    def is_own(self, record_id: int) -> bool:
        """Whether the record is this station's own, so it may be edited here (at a township a
        village's records are read-only)."""
        if not self.scope.township:
            return True
        row = self._reader.rows([record_id], ["station_code"]).get(record_id)
        return self.scope.is_own(str(row[0]) if row else None)

    # -- selection ----------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            index = selected[0]
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.id_at(r) for r in rows]

    def select_id(self, record_id: int) -> bool:
        return self._select_id(record_id)

    def _select_id(self, record_id: int | None) -> bool:
        if record_id is None:
            return False
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _on_double_click(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if value is not None:
            self.activated.emit(int(value))
