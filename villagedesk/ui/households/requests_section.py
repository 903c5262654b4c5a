"""The household page's section of the household's requests (民情诉求): 编号, 受理日期, 内容摘要,
状态, 责任人 and 时限 of each, overdue ones in red, read through the requests service; and the
button that records a new request for the household."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.columns import RawRow, RegisterSpec
from villagedesk.core.requests.record import Request, RequestQuery, is_overdue
from villagedesk.core.requests.register import REQUEST_REGISTER, REQUESTS_SECTION, due_value
from villagedesk.core.requests.services import list_requests
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.ui.households.section_table import fit_columns, rows_view
from villagedesk.ui.registers.rows_model import RowsModel
from villagedesk.ui.requests.record_dialog import RecordDialog
from villagedesk.ui.requests.station_time import ContextClock

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

SECTION_TITLE = QT_TRANSLATE_NOOP("HouseholdPage", "Residents' requests")
_KEYS = ("number", "received_on", "summary", "state", "assignee", "due")
_COLUMNS = {c.key: c for c in (*REQUESTS_SECTION.columns, *REQUEST_REGISTER.columns)}

#: 编号, 受理日期, 内容摘要, 状态, 责任人, 时限 (the request register's own columns).
HOUSEHOLD_REQUESTS = RegisterSpec(
    key="household_requests",
    title=REQUESTS_SECTION.title,
    columns=tuple(_COLUMNS[k] for k in _KEYS),
)

Fit = Callable[[QTableView, int], None]
Opener = Callable[[QDialog], QDialog]
#: A row's action: its text, what it does, whether it may be done.
RowAction = tuple[str, Callable[[], object], bool]


def row_menu(view: QTableView, at: QPoint, actions: Sequence[RowAction]) -> None:
    """A context menu of ``actions`` at ``at`` (a point of ``view``'s viewport)."""
    menu = QMenu(view)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for text, act, enabled in actions:
        menu.addAction(text, act).setEnabled(enabled)
    menu.popup(view.viewport().mapToGlobal(at))


def section_row(request: Request) -> RawRow:
    """The request's raw values in HOUSEHOLD_REQUESTS' column order."""
    v, p = request.values, request.progress
    return (
        request.number,
        v.received_at.date().isoformat(),
        v.content,
        p.state.value,
        p.assignee.name if p.assignee is not None else "",
        due_value(p.extended_to or p.due_at, p.due_estimated and p.extended_to is None),
    )


class RequestsSection(QGroupBox):
    """民情诉求 of one household, newest first as the service lists them; ``fit`` sizes the
    table to its rows as the page's other sections are sized, ``open_dialog`` opens the page's
    dialogs."""

    def __init__(
        self,
        ctx: AppContext,
        household_id: int,
        fit: Fit,
        open_dialog: Opener,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._household_id, self._fit = ctx, household_id, fit
        self._open = open_dialog
        self.clock = ContextClock(ctx)
        self.requests: list[Request] = []
        self.model = RowsModel(HOUSEHOLD_REQUESTS, parent=self)
        self.view = rows_view(self.model, self)
        self.record_button = QPushButton(self.tr("Record a request…"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.record_button)
        bar.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.view)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def reload(self) -> None:
        query = RequestQuery(household_id=self._household_id)
        self.requests = list_requests(self._ctx.store.uow_factory(), query=query, clock=self.clock)
        now = self.clock.local()
        self.model.alert = {i for i, r in enumerate(self.requests) if is_overdue(r.progress, now)}
        self.model.set_rows(
            [section_row(r) for r in self.requests], ids=[r.id for r in self.requests]
        )
        title = QCoreApplication.translate("HouseholdPage", SECTION_TITLE)
        self.setTitle(f"{title} ({len(self.requests)})")
        fit_columns(self.view)
        self._fit(self.view, len(self.requests))

    def record(self, resident_id: int | None = None) -> RecordDialog:
        """The record form with the household given, and the resident chosen if one is."""
        dialog = RecordDialog(
            self._ctx, self.window(), resident_id=resident_id, household_id=self._household_id
        )
        self._open(dialog)
        return dialog

    def numbers(self) -> list[str]:
        """The 编号 shown, in order (tests)."""
        return [r.number for r in self.requests]
