"""A lazy table model for big registers: ordered ids from one search, rows fetched a page at a time.

The model keeps only the ids of the current search (filter and sort happen in SQL). Rows arrive
as tuples of raw stored values, ``page_size`` ids per reader call, into a bounded LRU cache. After
a write the cache is marked stale and refetched page by page as the view asks again, so the
scroll position survives. (Like Anki's browser table model.) A cell too narrow for its text is
elided by the view; its tooltip shows the whole text.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection
from typing import TypedDict, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from villagedesk.core.columns import Align, RawRow, RegisterSpec
from villagedesk.core.register_reader import RegisterReader
from villagedesk.core.search import SearchQuery, parse_search
from villagedesk.ui.masked import shown
from villagedesk.ui.registers.narrowed_reader import VillageReader

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""data(index, ID_ROLE) is the record id of the row."""

AnyIndex = QModelIndex | QPersistentModelIndex

ALIGNMENT = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    Align.CENTER: Qt.AlignmentFlag.AlignCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
}
"""A column's declared alignment as Qt shows it (every table model over a RegisterSpec)."""


class SearchOptions(TypedDict):
    """How the model asks any register reader for its ids (a township's also takes ``village``)."""

    sort_key: str
    descending: bool
    include_inactive: bool
    ids_filter: Collection[int] | None


def qt_translate(context: str, text: str) -> str:
    """core.text.Translate for Qt code: the installed translators decide."""
    return QCoreApplication.translate(context, text)


class RegisterModel(QAbstractTableModel):
    """Rows of a register (``spec``) for the ids ``reader.search_ids`` returns, fetched lazily.

    In township mode (``township=True``) the spec keeps its township-only columns (the village
    column) and :meth:`set_village` narrows the rows to one village (the reader filters in SQL).
    """

    IdRole = ID_ROLE

    def __init__(
        self,
        spec: RegisterSpec,
        reader: RegisterReader,
        *,
        ids_filter: Collection[int] | None = None,
        include_inactive: bool = False,
        page_size: int = 200,
        max_pages: int = 20,
        township: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec.for_mode(township=township)
        self.township = township
        self._village: str | None = None
        self._reader = reader
        self._keys = self.spec.keys
        self._ids_filter = None if ids_filter is None else frozenset(ids_filter)
        self._include_inactive = include_inactive
        self._page_size = page_size
        self._max_pages = max_pages
        self._query: SearchQuery = parse_search("")
        self._sort_key = self.spec.columns[0].key
        self._descending = False
        self._ids: list[int] = []
        self._pages: OrderedDict[int, tuple[int, list[RawRow | None]]] = OrderedDict()
        self._generation = 0
        self.fetch_count = 0
        """How many times rows were read (tests check that access is paged)."""
        self._ids = self._search()

    # -- searching ----------------------------------------------------------------------------
    def _search(self) -> list[int]:
        options = SearchOptions(
            sort_key=self._sort_key,
            descending=self._descending,
            include_inactive=self._include_inactive,
            ids_filter=self._ids_filter,
        )
        if self._village is None:
            return list(self._reader.search_ids(self._query, **options))
        # Only a township narrows to a village, and its readers take ``village`` (the port says so).
        township = cast(VillageReader, self._reader)
        return list(township.search_ids(self._query, **options, village=self._village))

    def _reset_with(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def set_query(self, text: str) -> None:
        """Run the search box's text (see core.search) and show what it finds."""
        self._query = parse_search(text)
        self._reset_with(self._search())

    @property
    def query(self) -> SearchQuery:
        """What the search box's text was taken to mean (core.search)."""
        return self._query

    def set_include_inactive(self, include: bool) -> None:
        if include != self._include_inactive:
            self._include_inactive = include
            self._reset_with(self._search())

    @property
    def include_inactive(self) -> bool:
        return self._include_inactive

    def set_village(self, code: str | None) -> None:
        """Township mode: show one village's records (its station code), or all (None)."""
        if code != self._village:
            self._village = code
            self._reset_with(self._search())

    @property
    def village(self) -> str | None:
        return self._village

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def refresh(self) -> None:
        """After writes: search again. Same ids → just mark the rows stale (no reset)."""
        self.show_ids(self._search())

    def show_ids(self, ids: list[int]) -> None:
        """Show ``ids``, searched already (a page that runs its search as a job): the same ids
        only mark the rows stale (no reset), others reset the model."""
        if ids == self._ids:
            self.mark_stale()
        else:
            self._reset_with(list(ids))

    def mark_stale(self) -> None:
        """Cached rows may be out of date: refetch each page when it is next shown."""
        self._generation += 1
        if self._ids:
            last = self.index(len(self._ids) - 1, len(self._keys) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- ids ----------------------------------------------------------------------------------
    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    # -- paging -------------------------------------------------------------------------------
    def _row(self, row: int) -> RawRow | None:
        page = row // self._page_size
        cached = self._pages.get(page)
        if cached is None or cached[0] != self._generation:
            start = page * self._page_size
            ids = self._ids[start : start + self._page_size]
            self.fetch_count += 1
            found = self._read_rows(ids)
            cached = (self._generation, [found.get(i) for i in ids])
            self._pages[page] = cached
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        self._pages.move_to_end(page)
        return cached[1][row - page * self._page_size]

    def _read_rows(self, ids: list[int]) -> dict[int, RawRow]:
        """One page's rows in the spec's column order; a model may read other keys and shape
        them (values after the spec's are kept with the row, unshown)."""
        return self._reader.rows(ids, self._keys)

    def values(self, row: int) -> RawRow | None:
        """The raw values of ``row`` as read (None while the record is gone)."""
        return self._row(row)

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def text(self, row: int, column: int) -> str:
        """The cell as shown ("" while the record is gone); ID numbers and phones masked
        (ui/masked.py, the one display rule)."""
        values = self._row(row)
        if values is None:
            return ""
        spec_column = self.spec.columns[column]
        return shown(spec_column.key, spec_column.format(values[column], qt_translate))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        column = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text of a cell the view elides (long names and addresses).
            return self.text(index.row(), index.column()) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(ALIGNMENT[column.align].value)
        if role == ID_ROLE:
            return self._ids[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._keys):
            return None
        column = self.spec.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(ALIGNMENT[column.align].value)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: search again ordered by the column's key, keeping the selection."""
        if not 0 <= column < len(self._keys) or not self.spec.columns[column].sortable:
            return
        key = self.spec.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        ids = self._search()
        if len(ids) != len(self._ids) or set(ids) != set(self._ids):
            self._reset_with(ids)  # records came or went meanwhile
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        self._ids = ids
        self._pages.clear()
        position = {record_id: row for row, record_id in enumerate(self._ids)}
        old = self.persistentIndexList()
        new = []
        for index in old:
            row = position.get(old_ids[index.row()]) if index.row() < len(old_ids) else None
            new.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
