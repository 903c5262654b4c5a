"""The request register's rows: a stored request as the raw values of REQUEST_PAGE (the register
with the time left, core/requests/time_left.py), and the table model that marks the rows overdue
(已超期) or due today (今日到期) in words, and colours them: red once overdue, amber when due by
the end of the next working day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from villagedesk.core.calendar.holidays import HolidayTable, bundled_table
from villagedesk.core.columns import RawRow
from villagedesk.core.ownership import StationScope
from villagedesk.core.requests.model import RequesterKind
from villagedesk.core.requests.record import Request, RequestProgress, is_due_today, is_overdue
from villagedesk.core.requests.register import REQUEST_PAGE, due_value
from villagedesk.core.requests.time_left import TimeLeft, time_left
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.ui.registers.lazy_model import AnyIndex
from villagedesk.ui.registers.rows_model import ALERT_COLOR, RowsModel

DUE_TODAY_COLOR = "#b26a00"


class DueMark(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"


_MARK_TEXT = {
    DueMark.OVERDUE: QT_TRANSLATE_NOOP("RequestsModel", "Overdue"),
    DueMark.TODAY: QT_TRANSLATE_NOOP("RequestsModel", "Due today"),
}
_WITH_MARK = QT_TRANSLATE_NOOP("RequestsModel", "{due} ({mark})")


def due_mark(request: Request, now: datetime) -> DueMark | None:
    """Whether the request is past its deadline or due later today (judged at ``now``)."""
    return progress_mark(request.progress, now)


def progress_mark(progress: RequestProgress, now: datetime) -> DueMark | None:
    """:func:`due_mark` of a request's progress."""
    if is_overdue(progress, now):
        return DueMark.OVERDUE
    if is_due_today(progress, now):
        return DueMark.TODAY
    return None


def due_color(mark: DueMark | None, left: TimeLeft | None) -> str | None:
    """Red when overdue, amber when due today or by the end of the next working day."""
    if mark is DueMark.OVERDUE or (left is not None and left.overdue):
        return ALERT_COLOR
    if mark is DueMark.TODAY or (left is not None and left.soon):
        return DUE_TODAY_COLOR
    return None


def requester_text(request: Request) -> str:
    who = request.values.requester
    if who.kind is RequesterKind.ANONYMOUS or not who.name:
        return QCoreApplication.translate("Enum", RequesterKind.ANONYMOUS.label)
    return who.name


def register_row(request: Request, scope: StationScope, left: TimeLeft | None = None) -> RawRow:
    """The request's raw values in REQUEST_PAGE's column order (the village column last,
    dropped by the model at a village)."""
    v, p = request.values, request.progress
    values: dict[str, object] = {
        "number": request.number,
        "state": p.state.value,
        "received_at": v.received_at.isoformat(timespec="minutes"),
        "channel": v.channel,
        "kind": v.kind.value,
        "category": v.category,
        "urgency": v.urgency.value,
        "requester": requester_text(request),
        "summary": v.content,
        "household": "",
        "assignee": p.assignee.name if p.assignee is not None else "",
        "due": due_value(p.extended_to or p.due_at, p.due_estimated and p.extended_to is None),
        "time_left": left.text if left is not None else "",
        "reopened": p.reopened,
        "village": scope.village_name(request.station_code),
    }
    return tuple(values[key] for key in REQUEST_PAGE.keys)


@dataclass(frozen=True)
class ShownRequests:
    """What the page's job read: the requests, the moment due dates were judged at, and the
    station's working-day calendar the time left is counted on."""

    requests: list[Request]
    now: datetime
    table: HolidayTable = field(default_factory=bundled_table)


def mark_text(mark: DueMark) -> str:
    return QCoreApplication.translate("RequestsModel", _MARK_TEXT[mark])


def with_mark(due: object, mark: DueMark) -> str:
    """The deadline as shown, followed by its mark (the mark alone without a deadline)."""
    if not due:
        return mark_text(mark)
    text = QCoreApplication.translate("RequestsModel", _WITH_MARK)
    return text.format(due=due, mark=mark_text(mark))


class RequestsModel(RowsModel):
    """REQUEST_PAGE's rows; a row due today or overdue says so after its deadline, every open
    row says its time left, and a row is coloured red when overdue and amber when due by the end
    of the next working day."""

    def __init__(self, parent: QObject | None = None, *, township: bool = False) -> None:
        super().__init__(REQUEST_PAGE, parent, township=township)
        self.marks: list[DueMark | None] = []
        self.colors: list[str | None] = []
        self._due_column = self.spec.keys.index("due")

    def set_requests(self, shown: ShownRequests, scope: StationScope) -> None:
        self.marks = [due_mark(r, shown.now) for r in shown.requests]
        left = [time_left(r.progress, shown.now, shown.table) for r in shown.requests]
        self.colors = [due_color(mark, t) for mark, t in zip(self.marks, left, strict=True)]
        self.set_rows(
            [register_row(r, scope, t) for r, t in zip(shown.requests, left, strict=True)],
            ids=[r.id for r in shown.requests],
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        shown = super().data(index, role)
        if not index.isValid() or not 0 <= index.row() < len(self.marks):
            return shown
        mark, color = self.marks[index.row()], self.colors[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and color is not None:
            return QColor(color)
        if mark is None:
            return shown
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self._due_column:
            return with_mark(shown, mark)
        return shown


def rows_of(model: RequestsModel) -> Sequence[int | None]:
    """The record ids shown, in order (tests and re-selection)."""
    return [model.id_at(row) for row in range(model.rowCount())]
