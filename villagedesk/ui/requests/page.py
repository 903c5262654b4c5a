"""民情诉求: the requests in a table with the filters a secretary works by (to be assigned, due
today, overdue, awaiting follow-up, reopened, by state), and the steps the selected request's
state allows (core/requests/state.py): the daily ones as buttons, the others in a menu
(ui/requests/step_list.py). The list is read as a job on the database worker and read again
whenever requests change."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.progress import Progress
from villagedesk.core.requests.record import DueFilter, Request, RequestQuery
from villagedesk.core.requests.services import get_request, list_requests
from villagedesk.core.requests.state import Action, RequestState, allowed_actions
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.ui.households.section_table import fit_columns, rows_view, selected_row
from villagedesk.ui.jobs import show_error
from villagedesk.ui.requests.detail_dialog import DetailDialog
from villagedesk.ui.requests.record_dialog import RecordDialog
from villagedesk.ui.requests.request_model import RequestsModel, ShownRequests
from villagedesk.ui.requests.station_time import ContextClock
from villagedesk.ui.requests.step_form import StepDialog
from villagedesk.ui.requests.step_list import BUTTON_STEPS, MENU_STEPS, dialog_of

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

#: The "show" filter: its key, its label, and the query it asks.
VIEWS: tuple[tuple[str, str, RequestQuery], ...] = (
    ("all", QT_TRANSLATE_NOOP("RequestsPage", "All requests"), RequestQuery()),
    (
        "unassigned",
        QT_TRANSLATE_NOOP("RequestsPage", "To be assigned"),
        RequestQuery(unassigned=True),
    ),
    ("today", QT_TRANSLATE_NOOP("RequestsPage", "Due today"), RequestQuery(due=DueFilter.TODAY)),
    ("overdue", QT_TRANSLATE_NOOP("RequestsPage", "Overdue"), RequestQuery(due=DueFilter.OVERDUE)),
    (
        "follow_up",
        QT_TRANSLATE_NOOP("RequestsPage", "Awaiting follow-up"),
        RequestQuery(awaiting_follow_up=True),
    ),
    ("reopened", QT_TRANSLATE_NOOP("RequestsPage", "Reopened"), RequestQuery(reopened=True)),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RequestsPage", text)


class RequestsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.clock = ContextClock(ctx)
        self.dialog: QDialog | None = None
        self.requests: list[Request] = []
        self._loading = False
        self._dirty = False
        self._wanted: int | None = None  # the request just recorded, selected once shown
        self._chosen = RequestQuery()  # the list a start-page tile asked for (show_query)
        self.scope = ctx.readers.members().scope()
        self.model = RequestsModel(self, township=self.scope.township)
        self.view = rows_view(self.model, self)
        self._build_filters()
        self._build_buttons()
        self._lay_out()
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.show_details())
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    def _build_filters(self) -> None:
        self.show_box = QComboBox(self)
        for key, label, _query in VIEWS:
            self.show_box.addItem(_tr(label), key)
        self.state_box = QComboBox(self)
        self.state_box.addItem(self.tr("Any state"), "")
        for state in RequestState:
            self.state_box.addItem(QCoreApplication.translate("Enum", state.label), state.value)
        for box in (self.show_box, self.state_box):
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.count = QLabel(self)

    def _build_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("New request…"), self)
        shortcut = QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.add_button.setToolTip(shortcut)
        self.add_button.clicked.connect(lambda: self.new_record())
        self.step_buttons: dict[Action, QPushButton] = {}
        for action, label, _factory in BUTTON_STEPS:
            button = QPushButton(_tr(label), self)
            button.clicked.connect(lambda _c=False, a=action: self.take_step(a))
            self.step_buttons[action] = button
        self.more_button = QPushButton(self.tr("More steps"), self)
        menu = QMenu(self.more_button)
        self.step_actions: dict[Action, QAction] = {}
        for action, label, _factory in MENU_STEPS:
            item = menu.addAction(_tr(label))
            item.triggered.connect(lambda _c=False, a=action: self.take_step(a))
            self.step_actions[action] = item
        self.more_button.setMenu(menu)
        self.detail_button = QPushButton(self.tr("Details"), self)
        self.detail_button.clicked.connect(lambda: self.show_details())

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:"), self))
        filters.addWidget(self.show_box)
        filters.addWidget(self.state_box)
        filters.addStretch(1)
        filters.addWidget(self.count)
        buttons = QHBoxLayout()
        steps = (*self.step_buttons.values(), self.more_button)
        for button in (self.add_button, *steps, self.detail_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def title(self) -> str:
        return self.tr("Residents' requests")

    # -- loading ------------------------------------------------------------------------------
    def query(self) -> RequestQuery:
        """The filters chosen: the "show" view, narrowed to a state if one is chosen."""
        index = max(self.show_box.currentIndex(), 0)
        base = VIEWS[index][2] if index < len(VIEWS) else self._chosen
        code = str(self.state_box.currentData() or "")
        if not code:
            return base
        return replace(base, state=RequestState(code))

    def reload(self) -> None:
        """Read the list again, as a job on the database worker (once more if asked meanwhile)."""
        if self._loading:
            self._dirty = True
            return
        self._loading, self._dirty = True, False
        factory, clock, query = self._ctx.store.uow_factory, self.clock, self.query()

        def read(progress: Progress) -> ShownRequests:
            del progress
            now = clock.local()
            return ShownRequests(list_requests(factory(), query=query, clock=clock), now)

        self._ctx.jobs.run(
            read,
            title=self.tr("Reading the requests…"),
            on_done=self._show,
            on_error=self._failed,
            cancellable=False,
            parent=self,
        )

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        show_error(self, error)

    def _show(self, shown: ShownRequests) -> None:
        self._loading = False
        chosen = self.current_request()
        wanted = self._wanted if self._wanted is not None else chosen.id if chosen else None
        self.requests = shown.requests
        self.model.set_requests(shown, self.scope)
        fit_columns(self.view)
        self.count.setText(self.tr("{count} requests").format(count=len(self.requests)))
        if wanted is not None and self.select(wanted):
            self._wanted = None
        self._update_buttons()
        if self._dirty:
            self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if Topic.REQUESTS in changes.topics:
            self.reload()

    # -- the selected request -----------------------------------------------------------------
    def current_request(self) -> Request | None:
        row = selected_row(self.view)
        return self.requests[row] if row is not None and row < len(self.requests) else None

    def select(self, request_id: int) -> bool:
        ids = [r.id for r in self.requests]
        if request_id not in ids:
            return False
        self.view.selectRow(ids.index(request_id))
        return True

    def allowed(self, request: Request | None) -> set[Action]:
        """The steps the page offers on ``request`` (none on another village's request)."""
        if request is None or not self.scope.is_own(request.station_code):
            return set()
        return set(allowed_actions(request.state))

    def _update_buttons(self) -> None:
        request = self.current_request()
        allowed = self.allowed(request)
        for action, button in self.step_buttons.items():
            button.setEnabled(action in allowed)
        for action, item in self.step_actions.items():
            item.setEnabled(action in allowed)
        self.more_button.setEnabled(any(a in allowed for a in self.step_actions))
        self.detail_button.setEnabled(request is not None)

    # -- actions ------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_query(self, query: RequestQuery, title: str) -> None:
        """Show the requests of ``query`` (a start-page tile), named ``title`` in the filter."""
        self._chosen = query
        index = self.show_box.findData("chosen")
        if index < 0:
            self.show_box.addItem(title, "chosen")
            index = self.show_box.count() - 1
        self.show_box.setItemText(index, title)
        self.state_box.blockSignals(True)
        self.state_box.setCurrentIndex(0)
        self.state_box.blockSignals(False)
        if self.show_box.currentIndex() == index:
            self.reload()
        else:
            self.show_box.setCurrentIndex(index)

    def new_record(self, channel: str = "") -> RecordDialog:
        """新建诉求 (Ctrl+N on this page); ``channel`` chosen already (民情接待日)."""
        dialog = RecordDialog(self._ctx, self, channel=channel)
        dialog.accepted.connect(lambda: self._select_saved(dialog))
        self._open(dialog)
        return dialog

    def _select_saved(self, dialog: RecordDialog) -> None:
        if dialog.saved is not None:
            self._wanted = dialog.saved.id

    def take_step(self, action: Action) -> StepDialog | None:
        """Open the dialog of ``action`` on the selected request, if its state allows it."""
        request = self.current_request()
        if action not in self.allowed(request) or request is None:
            return None
        dialog = dialog_of(action)(self._ctx, request, self)
        self._open(dialog)
        return dialog

    def show_details(self) -> DetailDialog | None:
        request = self.current_request()
        if request is None:
            return None
        detail = get_request(self._ctx.store.uow_factory(), request_id=request.id)
        dialog = DetailDialog(self._ctx, detail, self)
        self._open(dialog)
        return dialog
