"""民情诉求: the requests in a table with the filters a secretary works by (ui/requests/filter_bar.py:
to be assigned, due today, overdue, awaiting follow-up, reopened, by state, channel, type,
category, 责任人, receipt date and household), the time left of each, and the steps the selected
request's state allows (core/requests/state.py): the daily ones as buttons, the others in a menu
(ui/requests/step_list.py). 三率统计… opens the figures of a period (ui/requests/rates_dialog.py);
打印 prints the selected request's 民情办理单, or the 民情台账 and 回访台账.

The list is the lazy register (ui/registers/register_view.py, ui/requests/request_register.py):
the ids the filters and the search box find are searched in SQL, as a job on the database
worker whenever requests or a filter change, and the rows are read a page at a time as the table
shows them. The selected request is read by its id when a step, the details or a print need it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import NotFound
from villagedesk.core.requests.record import Request, RequestQuery
from villagedesk.core.requests.services import get_request, request_lists
from villagedesk.core.requests.state import OPEN, Action, RequestState, allowed_actions
from villagedesk.core.requests.time_left import working_calendar
from villagedesk.ui.requests import excel_menu
from villagedesk.ui.requests.detail_dialog import DetailDialog
from villagedesk.ui.requests.filter_bar import RequestFilterBar
from villagedesk.ui.requests.record_dialog import RecordDialog
from villagedesk.ui.requests.request_register import (
    FilteredRequests,
    ListedRequest,
    RequestRegisterModel,
    Searched,
    ShownList,
    read_list,
    register_view,
)
from villagedesk.ui.requests.station_time import ContextClock
from villagedesk.ui.requests.step_form import StepDialog
from villagedesk.ui.requests.step_list import BUTTON_STEPS, MENU_STEPS, dialog_of
from villagedesk.ui.reread import Reread

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext
    from villagedesk.ui.printing.menu import PrintActions
    from villagedesk.ui.requests.rates_dialog import RatesDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("RequestsPage", text)


class RequestsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.clock = ContextClock(ctx)
        self.dialog: QDialog | None = None
        self._reread: Reread[ShownList] = Reread(
            ctx, self, self.tr("Reading the requests…"), self._show
        )
        self._wanted: int | None = None  # the request just recorded, selected once shown
        self._print_actions: PrintActions | None = None
        self.store_reader = ctx.readers.requests()
        self.reader = FilteredRequests(self.store_reader)
        self._build_register()
        self._build_filters()
        self._build_buttons()
        self._lay_out()
        self.register.selection_changed.connect(self._update_buttons)
        self.register.activated.connect(lambda _id: self.show_details())
        self.model.modelReset.connect(self._update_count)
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    def _build_register(self) -> None:
        self.register = register_view(self._ctx.settings, self.reader, self)
        model = self.register.model
        assert isinstance(model, RequestRegisterModel)
        self.model: RequestRegisterModel = model
        self.scope = self.register.scope
        self.view = self.register.table

    def _build_filters(self) -> None:
        self.filters = RequestFilterBar(self)
        self.show_box: QComboBox = self.filters.show_box
        self.state_box: QComboBox = self.filters.state_box
        self.count = self.filters.count
        self.filters.set_lists(request_lists(self._ctx.store.uow_factory()))
        self.filters.changed.connect(self.reload)

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
        menu.addSeparator()
        self.dispute_action = menu.addAction(self.tr("Turn into a dispute…"))
        self.dispute_action.triggered.connect(lambda _c=False: self.turn_into_dispute())
        self.more_button.setMenu(menu)
        self.detail_button = QPushButton(self.tr("Details"), self)
        self.detail_button.clicked.connect(lambda: self.show_details())
        self.rates_button = QPushButton(self.tr("Request figures…"), self)
        self.rates_button.clicked.connect(lambda: self.show_rates())
        self.print_button = QPushButton(self.tr("Print"), self)
        menu = QMenu(self.print_button)
        self.print_sheet_action = menu.addAction(self.tr("Record sheet of this request…"))
        self.print_sheet_action.triggered.connect(lambda _c=False: self.print_sheet())
        for which, label in (
            ("requests", self.tr("Ledger of residents' requests…")),
            ("follow_ups", self.tr("Ledger of follow-ups…")),
        ):
            item = menu.addAction(label)
            item.triggered.connect(lambda _c=False, w=which: self.print_ledger(w))
        excel_menu.add_excel_actions(menu, self)
        self.print_button.setMenu(menu)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        steps = (*self.step_buttons.values(), self.more_button)
        for button in (self.add_button, *steps, self.detail_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.filters.add_button(self.rates_button)
        self.filters.add_button(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(buttons)
        layout.addWidget(self.register, 1)

    def title(self) -> str:
        return self.tr("Residents' requests")

    # -- loading ------------------------------------------------------------------------------
    def query(self) -> RequestQuery:
        """The filters chosen (the filter bar's query)."""
        return self.filters.query()

    def _searched(self) -> Searched:
        m = self.model
        return (m.query, m.sort_key, m.descending, m.village)

    def reload(self) -> None:
        """Search again, as a job on the database worker (once more if asked meanwhile)."""
        factory, clock, query = self._ctx.store.uow_factory, self.clock, self.query()
        inner, searched = self.store_reader, self._searched()

        def read() -> ShownList:
            asked = replace(query, now=clock.local())
            return read_list(inner, asked, searched, working_calendar(factory()))

        self._reread(read)

    def _show(self, shown: ShownList) -> None:
        chosen = self.register.current_id()
        wanted = self._wanted if self._wanted is not None else chosen
        self.reader.asked = shown.asked
        self.model.judge_at(shown.now, shown.table)
        if shown.searched == self._searched():
            self.model.show_ids(shown.ids)
        else:
            self.model.refresh()  # sorted or searched meanwhile: search again as it is now
        self.filters.set_names(shown.names)
        self._update_count()
        if wanted is not None and self.select(wanted):
            self._wanted = None
        self._update_buttons()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{count} requests").format(count=self.model.rowCount()))

    def _on_changed(self, changes: Changes) -> None:
        if Topic.REQUESTS in changes.topics:
            self.filters.set_lists(request_lists(self._ctx.store.uow_factory()))
            self.reload()

    # -- the selected request -----------------------------------------------------------------
    @property
    def requests(self) -> list[ListedRequest]:
        """The rows shown, in order (their ids; the requests are read when needed)."""
        return [ListedRequest(i) for i in self.model.ids()]

    def shown_ids(self) -> list[int]:
        return self.model.ids()

    def current_request(self) -> Request | None:
        """The selected request, read by its id (None: none selected, or gone meanwhile)."""
        request_id = self.register.current_id()
        if request_id is None:
            return None
        try:
            return get_request(self._ctx.store.uow_factory(), request_id=request_id).request
        except NotFound:
            return None

    def select(self, request_id: int) -> bool:
        return self.register.select_id(request_id)

    def allowed(self, request: Request | None) -> set[Action]:
        """The steps the page offers on ``request`` (none on another village's request)."""
        if request is None:
            return set()
        return self._allowed(request.state, request.station_code)

    def _allowed(self, state: RequestState | None, station_code: str) -> set[Action]:
        if state is None or not self.scope.is_own(station_code):
            return set()
        return set(allowed_actions(state))

    def _selected_row(self) -> int | None:
        request_id = self.register.current_id()
        return None if request_id is None else self.model.row_of(request_id)

    def _update_buttons(self) -> None:
        """From the selected row as shown: its state and its station (nothing read)."""
        row = self._selected_row()
        marks = None if row is None else self.model.marks(row)
        state = None if row is None else self.model.state(row)
        allowed = self._allowed(state, marks.station_code if marks else "")
        for action, button in self.step_buttons.items():
            button.setEnabled(action in allowed)
        for action, item in self.step_actions.items():
            item.setEnabled(action in allowed)
        own = marks is not None and self.scope.is_own(marks.station_code)
        self.dispute_action.setEnabled(own and state in OPEN)
        self.more_button.setEnabled(
            any(a in allowed for a in self.step_actions) or self.dispute_action.isEnabled()
        )
        self.detail_button.setEnabled(row is not None)
        self.print_sheet_action.setEnabled(row is not None)

    # -- actions ------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def turn_into_dispute(self) -> QDialog | None:
        """转为矛盾纠纷: the selected request recorded as a dispute (诉求转入)."""
        from villagedesk.ui.disputes.record_dialog import DisputeRecordDialog

        request = self.current_request()
        if request is None:
            return None
        return self._open(DisputeRecordDialog(self._ctx, self, request=request))

    def show_query(self, query: RequestQuery, title: str) -> None:
        """Show the requests of ``query`` (a start-page tile, a figure's requests), named
        ``title`` in the filter; the other filters are cleared."""
        self.filters.choose(query, title)

    def show_household(self, household_id: int, label: str) -> None:
        """The requests of one household (the household page), ``label`` naming it."""
        self.filters.set_household(household_id, label)

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
        request_id = self.register.current_id()
        if request_id is None:
            return None
        detail = get_request(self._ctx.store.uow_factory(), request_id=request_id)
        dialog = DetailDialog(self._ctx, detail, self)
        self._open(dialog)
        return dialog

    # -- figures and printing -----------------------------------------------------------------
    def show_rates(self) -> RatesDialog:
        """三率统计: the figures of a period; a number clicked lists its requests here."""
        from villagedesk.ui.requests.rates_dialog import RatesDialog

        dialog = RatesDialog(self._ctx, self.clock, self, printing=self.print_actions)
        dialog.open_requests.connect(self.show_query)
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()  # not modal: the list it opens is read beside it
        return dialog

    def print_actions(self) -> PrintActions:
        from villagedesk.ui.printing.menu import PrintActions

        if self._print_actions is None:
            self._print_actions = PrintActions(self._ctx, self)
        return self._print_actions

    def print_sheet(self) -> None:
        """民情办理单 of the selected request, in the print preview."""
        from villagedesk.ui.printing.request_prints import request_sheet_request

        request = self.current_request()
        if request is None:
            return
        job = request_sheet_request(self._ctx, request_id=request.id, number=request.number)
        self.print_actions().flow.start(job)

    def print_ledger(self, which: str) -> QDialog:
        """民情台账 (``requests``) or 回访台账 (``follow_ups``): the print menu's ledger dialog."""
        self.dialog = self.print_actions().ledger(which)
        return self.dialog
