"""The last two tabs of 在职党员报到: service records with totals, and the dual assessment with
its evidence and the per-work-unit summary. At a township both show every village's rows with a
village column, narrowed by the page's village filter; a village's rows are read-only."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.in_service import assessment as assess
from villagedesk.core.in_service import posts
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.assessment_model import AssessmentRow
from villagedesk.core.in_service.register import (
    ASSESSMENT_REGISTER,
    MEMBER_TOTAL_REGISTER,
    POST_TOTAL_REGISTER,
    RECORD_REGISTER,
)
from villagedesk.core.in_service.rules import campaign_year_bounds
from villagedesk.core.services.results import Saved
from villagedesk.ui.forms.reason_dialog import ReasonDialog
from villagedesk.ui.in_service.dialogs import AssessmentDialog
from villagedesk.ui.in_service.roster_dialogs import RecordDialog
from villagedesk.ui.in_service.tabs import Tab, allow, button_bar, scoped_view
from villagedesk.ui.in_service.widgets import natural_width, rows_table, selected_id
from villagedesk.ui.registers.register_view import RegisterView
from villagedesk.ui.registers.rows_model import RowsModel

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class RecordRegisterView(RegisterView):
    """The service log counts records, not people."""

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{count} records in total").format(count=self.model.rowCount())
        )


class RecordsTab(Tab):
    """服务记录: the log of the year and the totals per member and per post."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, year, parent)
        self.log_button = QPushButton(self.tr("Log service…"), self)
        self.void_button = QPushButton(self.tr("Void…"), self)
        self.total_label = QLabel(self)
        self.reader = ctx.readers.service_records(self._bounds())
        self.view = RecordRegisterView(RECORD_REGISTER, self.reader, ctx.settings, parent=self)
        scoped_view(self.view, self)
        township = self.scope.township
        self.by_member = RowsModel(MEMBER_TOTAL_REGISTER, self, township=township)
        self.by_post = RowsModel(POST_TOTAL_REGISTER, self, township=township)
        totals = QSplitter(Qt.Orientation.Vertical, self)
        for title, model in (
            (self.tr("Totals per member"), self.by_member),
            (self.tr("Totals per post"), self.by_post),
        ):
            box = QWidget(totals)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(QLabel(title, box))
            table = rows_table(model, box)
            column.addWidget(table, 1)
            box.setMinimumWidth(natural_width(table))
            totals.addWidget(box)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(totals)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 330])
        layout = QVBoxLayout(self)
        layout.addLayout(button_bar(self.log_button, self.void_button, extra=self.total_label))
        layout.addWidget(splitter, 1)
        self.log_button.clicked.connect(self.log_service)
        self.void_button.clicked.connect(self.void_record)
        self.view.selection_changed.connect(self._update_buttons)
        self.refresh()

    def _update_buttons(self) -> None:
        chosen = self.view.current_id()
        allow(
            self.void_button,
            chosen=chosen is not None,
            own=chosen is not None and self.view.is_own(chosen),
        )

    def _bounds(self) -> tuple[date, date]:
        start = svc.get_settings(self.ctx.store.uow_factory()).year_start_month
        return campaign_year_bounds(self.year, start)

    def refresh(self) -> None:
        self.reader.bounds = self._bounds()
        self.view.set_village(self.village)
        self.view.refresh()
        totals = posts.service_totals(self.ctx.store.uow_factory(), year=self.year)
        by_post = [t for t in totals.by_post if self.shows(t.station_code)]
        by_member = [t for t in totals.by_member if self.shows(t.station_code)]
        for model, rows in ((self.by_member, by_member), (self.by_post, by_post)):
            model.set_records(
                [
                    (t.key, (t.name, t.records, t.half_hours, self.village_name(t.station_code)))
                    for t in rows
                ]
            )
        hours = sum(t.half_hours for t in by_post)
        self.total_label.setText(
            self.tr("{records} records, {hours} hours in {year}").format(
                records=sum(t.records for t in by_post),
                hours=f"{hours // 2}.5" if hours % 2 else hours // 2,
                year=self.year,
            )
        )
        self._update_buttons()

    def totals_of_member(self, member_id: int) -> tuple[int, int] | None:
        """(records, half hours) as the totals table shows them."""
        for row in range(self.by_member.rowCount()):
            if self.by_member.id_at(row) == member_id:
                return self.by_member.value(row, "records"), self.by_member.value(row, "half_hours")
        return None

    def log_service(self) -> RecordDialog:
        choices = [
            p
            for p in posts.list_posts(self.ctx.store.uow_factory())
            if self.scope.is_own(p.station_code)
        ]
        dialog = RecordDialog(self.ctx, self.roster(), choices, parent=self)
        self.open(dialog)
        return dialog

    def void_record(self) -> ReasonDialog[Saved] | None:
        record_id = self.view.current_id()
        if record_id is None or not self.view.is_own(record_id):
            return None

        factory = self.ctx.store.uow_factory

        def void(reason: str) -> Saved:
            return posts.void_record(factory(), record_id=record_id, reason=reason)

        dialog = ReasonDialog(
            self.ctx,
            self.tr("Void a service record"),
            self.tr("A record entered by mistake is voided with a reason and leaves the totals."),
            void,
            parent=self,
        )
        self.open(dialog)
        return dialog


class AssessmentTab(Tab):
    """双重考核: every member who reported, ratings beside the evidence; filter by work unit for
    the summary that goes back to the unit."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, year, parent)
        self.rate_button = QPushButton(self.tr("Rate…"), self)
        self.unit_filter = QComboBox(self)
        self.unit_filter.setMinimumWidth(240)
        self.summary = QLabel(self)
        self.rows: list[AssessmentRow] = []
        self.model = RowsModel(ASSESSMENT_REGISTER, self, township=self.scope.township)
        self.table = rows_table(self.model, self)
        layout = QVBoxLayout(self)
        bar = button_bar(self.rate_button, extra=self.summary)
        bar.addWidget(QLabel(self.tr("Work unit"), self))
        bar.addWidget(self.unit_filter)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.rate_button.clicked.connect(self.rate)
        self.table.doubleClicked.connect(lambda _index: self.rate())
        self.unit_filter.currentIndexChanged.connect(lambda _i: self.show_rows())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def _current(self) -> AssessmentRow | None:
        member_id = selected_id(self.table)
        return next((r for r in self.rows if r.member_id == member_id), None)

    def _update_buttons(self) -> None:
        row = self._current()
        own = row is not None and self.scope.is_own(row.station_code)
        allow(self.rate_button, chosen=row is not None, own=own)

    def refresh(self) -> None:
        found = assess.assessment_rows(self.ctx.store.uow_factory(), year=self.year)
        self.rows = [r for r in found if self.shows(r.station_code)]
        current = self.unit_filter.currentData()
        units = sorted({r.work_unit for r in self.rows})
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("All work units"), None)
        for unit in units:
            self.unit_filter.addItem(unit or self.tr("(no work unit)"), unit)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(current), 0))
        self.unit_filter.blockSignals(False)
        self.show_rows()

    def shown(self) -> list[AssessmentRow]:
        unit = self.unit_filter.currentData()
        return [r for r in self.rows if unit is None or r.work_unit == unit]

    def show_rows(self) -> None:
        rows = self.shown()
        self.model.set_records(
            [
                (
                    r.member_id,
                    (
                        r.member_name,
                        r.work_unit,
                        r.evidence.half_hours,
                        r.evidence.records,
                        "、".join(r.evidence.posts),
                        len(r.evidence.pledges),
                        r.community_rating.value if r.community_rating else None,
                        r.unit_rating.value if r.unit_rating else None,
                        self.village_name(r.station_code),
                    ),
                )
                for r in rows
            ]
        )
        self._update_buttons()
        self.summary.setText(
            self.tr(
                "{count} members, {rated} rated by the community, {returned} by the work unit"
            ).format(
                count=len(rows),
                rated=sum(1 for r in rows if r.community_rating),
                returned=sum(1 for r in rows if r.unit_rating),
            )
        )

    def rate(self) -> AssessmentDialog | None:
        row = self._current()
        if row is None or not self.scope.is_own(row.station_code):
            return None
        dialog = AssessmentDialog(self.ctx, row, self.year, parent=self)
        self.open(dialog)
        return dialog
