"""The 民情诉求 page's lazy register: the store's request reader narrowed to the page's filters
(:class:`FilteredRequests`, in SQL), and the lazy model that reads REQUEST_PAGE's rows a page
at a time (:class:`RequestRegisterModel`) and judges each row's time left, its mark (已超期,
今日到期) and its colour at the moment the list was read, as request_model.RequestsModel does
for a list held in memory."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from villagedesk.core.calendar.holidays import HolidayTable, bundled_table
from villagedesk.core.columns import RawRow
from villagedesk.core.requests.model import RequesterKind
from villagedesk.core.requests.record import RequestProgress, RequestQuery
from villagedesk.core.requests.register import REQUEST_PAGE
from villagedesk.core.requests.state import RequestState
from villagedesk.core.requests.time_left import time_left
from villagedesk.core.search import SearchQuery
from villagedesk.ui.registers.lazy_model import AnyIndex, RegisterModel
from villagedesk.ui.registers.narrowed_reader import FilteredReader, VillageReader
from villagedesk.ui.registers.register_view import RegisterView
from villagedesk.ui.registers.table_header import ColumnStateStore
from villagedesk.ui.requests.request_model import DueMark, due_color, progress_mark, with_mark

SETTINGS_KEY = "requests.page"
"""The page's header state (its columns differ from the register's: the time left)."""
TIME_LEFT = "time_left"
#: Read with each row besides the shown columns: what the time left and the marks are judged by.
EXTRA_KEYS = ("requester_kind", "due_at", "extended_to", "station_code")


class RequestReading(VillageReader, Protocol):
    """The store's request reader as the page uses it (store/requests/reader.py)."""

    def narrowed(self, asked: RequestQuery) -> RequestReading: ...

    def assignee_names(self) -> list[str]: ...


FilteredRequests = FilteredReader[RequestQuery]
"""The store's reader narrowed to the page's filters (ui/registers/narrowed_reader.py)."""


@dataclass(frozen=True)
class ListedRequest:
    """A row of the list as the page holds it without reading the request: its id."""

    id: int


Searched = tuple[SearchQuery, str, bool, str | None]
"""What a search ran with: the search box's query, the sort key and order, the village."""


@dataclass(frozen=True)
class ShownList:
    """What the page's job read: the filters (with the moment due dates are judged at), the
    ids found in order, the 责任人 among them, and the station's working-day calendar."""

    asked: RequestQuery
    ids: list[int]
    names: list[str]
    now: datetime
    table: HolidayTable
    searched: Searched


def read_list(
    reader: RequestReading, asked: RequestQuery, searched: Searched, table: HolidayTable
) -> ShownList:
    """The page's job: the ids ``asked`` finds (``asked.now`` set) searched as ``searched``."""
    found = reader.narrowed(asked)
    search, sort_key, descending, village = searched
    ids = found.search_ids(search, sort_key=sort_key, descending=descending, village=village)
    now = asked.now or datetime.now()
    return ShownList(asked, ids, found.assignee_names(), now, table, searched)


@dataclass(frozen=True)
class RowMarks:
    """What a row is judged to be, kept with its values: its mark, its colour, its station."""

    mark: DueMark | None
    color: str | None
    station_code: str


def _moment(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


class RequestRegisterModel(RegisterModel):
    """REQUEST_PAGE's rows read lazily; every row held against its deadline says its time
    left, a row due today or overdue says so after its deadline, and a row is red once overdue
    and amber when due by the end of the next working day (judged at :meth:`judge_at`'s
    moment). Each row's values end with its :class:`RowMarks` (not a column)."""

    now: datetime = datetime.min
    table: HolidayTable | None = None
    """The station's working-day calendar (None: the bundled years)."""

    def judge_at(self, now: datetime, table: HolidayTable) -> None:
        """Judge the rows read from now on at ``now`` on the station's calendar ``table``."""
        self.now, self.table = now, table

    def _read_keys(self) -> list[str]:
        return [k for k in self.spec.keys if k != TIME_LEFT] + list(EXTRA_KEYS)

    def _read_rows(self, ids: list[int]) -> dict[int, RawRow]:
        keys = self._read_keys()
        found = self._reader.rows(ids, keys)
        return {i: self._shape(dict(zip(keys, values, strict=True))) for i, values in found.items()}

    def _shape(self, raw: dict[str, object]) -> RawRow:
        progress = RequestProgress(
            state=RequestState(str(raw["state"])),
            due_at=_moment(raw["due_at"]),
            extended_to=_moment(raw["extended_to"]),
        )
        left = time_left(progress, self.now, self.table or bundled_table())
        mark = progress_mark(progress, self.now)
        if raw["requester_kind"] == RequesterKind.ANONYMOUS.value or not raw["requester"]:
            raw["requester"] = QCoreApplication.translate("Enum", RequesterKind.ANONYMOUS.label)
        raw[TIME_LEFT] = left.text if left is not None else ""
        marks = RowMarks(mark, due_color(mark, left), str(raw["station_code"] or ""))
        return (*(raw[k] for k in self.spec.keys), marks)

    def marks(self, row: int) -> RowMarks | None:
        """The row's mark, colour and station (None while the record is gone)."""
        values = self.values(row)
        last = values[-1] if values else None
        return last if isinstance(last, RowMarks) else None

    def state(self, row: int) -> RequestState | None:
        values = self.values(row)
        return RequestState(str(values[self.spec.keys.index("state")])) if values else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        shown = super().data(index, role)
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return shown
        if role not in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DisplayRole):
            return shown
        marks = self.marks(index.row())
        if marks is None:
            return shown
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(marks.color) if marks.color is not None else shown
        if marks.mark is not None and self.spec.keys[index.column()] == "due":
            return with_mark(shown, marks.mark)
        return shown


def register_view(
    settings: ColumnStateStore, reader: FilteredRequests, parent: QWidget
) -> RegisterView:
    """The page's lazy table with its search box, newest first until the user sorts otherwise
    (the filter bar counts the requests, the print menu exports them)."""
    fresh = settings.column_state(SETTINGS_KEY) is None
    view = RegisterView(
        REQUEST_PAGE,
        reader,
        settings,
        settings_key=SETTINGS_KEY,
        model_class=RequestRegisterModel,
        parent=parent,
    )
    view.search_box.setPlaceholderText(
        QCoreApplication.translate(
            "RequestsPage", "Search: number, content, requester's name, pinyin or phone"
        )
    )
    view.count_label.hide()
    view.export_button.hide()
    if fresh:
        received = REQUEST_PAGE.keys.index("received_at")
        view.table.horizontalHeader().setSortIndicator(received, Qt.SortOrder.DescendingOrder)
    return view
