"""三率统计: the figures of the requests received in a period (this month unless another is
chosen): 按时响应率, 按时办结率, 解决率, 满意率 and 重办率 of them all, with each formula and its
numerator and denominator, and per channel, category or 责任人 (core/requests/figures.py). A
number clicked lists the requests behind it on the requests page (``open_requests``); 打印…
prints the period's 三率 sheet into the print preview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.dates import QT_DISPLAY_FORMAT
from villagedesk.core.requests.figures import RateSheet, three_rates
from villagedesk.core.requests.record import RequestQuery
from villagedesk.ui.forms.fields import error_label
from villagedesk.ui.jobs import JobHandle
from villagedesk.ui.requests.rates_tables import (
    cell_at,
    figures_table,
    fill_groups,
    fill_overall,
)
from villagedesk.ui.requests.station_time import ContextClock
from villagedesk.ui.reread import Reread

if TYPE_CHECKING:
    from collections.abc import Sequence

    from villagedesk.reports.glyphs import GlyphProblem
    from villagedesk.ui.context import AppContext
    from villagedesk.ui.printing.menu import PrintActions


def month_of(day: date) -> tuple[date, date]:
    """The first and last day of ``day``'s month."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RatesDialog(QDialog):
    open_requests = Signal(object, str)
    """(RequestQuery of the ids behind a number, its title): the requests page lists them."""

    def __init__(
        self,
        ctx: AppContext,
        clock: ContextClock,
        parent: QWidget | None = None,
        *,
        printing: Callable[[], PrintActions],
    ) -> None:
        super().__init__(parent)
        self._ctx, self._clock, self._printing = ctx, clock, printing
        self.sheet: RateSheet | None = None
        self._reread: Reread[RateSheet] = Reread(
            ctx, self, self.tr("Counting the figures…"), self._show
        )
        self.setWindowTitle(self.tr("Figures of residents' requests"))
        first, last = month_of(clock.local().date())
        self.first, self.last = self._date(first), self._date(last)
        self.error = error_label(self)
        self.as_of = QLabel(self)
        self.overall = figures_table(self)
        self.group_box = QComboBox(self)
        for key, label in (
            ("channel", self.tr("By channel")),
            ("category", self.tr("By category")),
            ("assignee", self.tr("By person responsible")),
        ):
            self.group_box.addItem(label, key)
        self.group_box.currentIndexChanged.connect(lambda _i: self._show_groups())
        self.groups = figures_table(self)
        for table in (self.overall, self.groups):
            table.cellClicked.connect(lambda r, c, t=table: self.open_cell(t, r, c))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(lambda: self.print_sheet())
        self._lay_out()
        self.resize(940, 640)
        self.reload()

    def _date(self, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QT_DISPLAY_FORMAT)
        edit.dateChanged.connect(lambda _d: self.reload())
        return edit

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Received:"), self))
        period.addWidget(self.first)
        period.addWidget(QLabel("—", self))
        period.addWidget(self.last)
        period.addWidget(self.error)
        period.addStretch(1)
        period.addWidget(self.as_of)
        grouping = QHBoxLayout()
        grouping.addWidget(self.group_box)
        grouping.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.overall, 3)
        layout.addLayout(grouping)
        layout.addWidget(self.groups, 2)
        layout.addWidget(buttons)

    def period(self) -> tuple[date, date]:
        return _pydate(self.first.date()), _pydate(self.last.date())

    # -- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Count the period's figures again, as a job (once more if asked meanwhile)."""
        first, last = self.period()
        if first > last:
            self.error.setText(self.tr("The first day is after the last."))
            self.error.show()
            self.print_button.setEnabled(False)
            return
        self.error.hide()
        self.print_button.setEnabled(True)
        factory, clock = self._ctx.store.uow_factory, self._clock
        self._reread(lambda: three_rates(factory(), first=first, last=last, clock=clock))

    def _show(self, sheet: RateSheet) -> None:
        self.sheet = sheet
        fill_overall(self.overall, sheet.overall)
        self.as_of.setText(
            self.tr("{count} requests; judged at {time}").format(
                count=len(sheet.overall.requests), time=sheet.as_of.strftime("%Y.%m.%d %H:%M")
            )
        )
        self._show_groups()

    def _show_groups(self) -> None:
        if self.sheet is None:
            return
        key = str(self.group_box.currentData())
        groups = {
            "channel": self.sheet.by_channel,
            "category": self.sheet.by_category,
            "assignee": self.sheet.by_assignee,
        }[key]
        fill_groups(self.groups, groups)

    # -- numbers and printing ------------------------------------------------------------------
    def open_cell(self, table: QTableWidget, row: int, column: int) -> bool:
        """List the requests behind the number at ``row``, ``column`` (False: no number)."""
        cell = cell_at(table, row, column)
        if cell is None:
            return False
        self.open_requests.emit(RequestQuery(ids=frozenset(cell.ids)), cell.title)
        return True

    def print_sheet(self) -> JobHandle[Sequence[GlyphProblem]] | None:
        """三率 sheet of the period, in the print preview."""
        from villagedesk.ui.printing.request_prints import rates_request

        first, last = self.period()
        if first > last:
            return None
        request = rates_request(self._ctx, first=first, last=last, clock=self._clock)
        return self._printing().flow.start(request)
