"""A request's details (its 办理单 on screen): what came in, where it stands, its deadline
(marked 估算 where the calendar lacks the year), its photos and scans as thumbnails, and its
history, oldest step first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QWidget

from villagedesk.core.columns import Column, RegisterSpec, enum_formatter
from villagedesk.core.requests.record import RequestDetail
from villagedesk.core.requests.register import due_value, fmt_due
from villagedesk.core.requests.state import Action
from villagedesk.core.requests.timing import display_moment
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.households.section_table import fit_columns, rows_view
from villagedesk.ui.masked import RevealButton, number_label
from villagedesk.ui.registers.lazy_model import qt_translate
from villagedesk.ui.registers.rows_model import RowsModel
from villagedesk.ui.requests.history_text import step_text
from villagedesk.ui.requests.request_model import requester_text
from villagedesk.ui.requests.thumbnails import thumbnail_grid

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

HISTORY = RegisterSpec(
    key="request_history",
    title=QT_TRANSLATE_NOOP("Registers", "History"),
    columns=(
        Column("at", QT_TRANSLATE_NOOP("Columns", "Time"), 16),
        Column("action", QT_TRANSLATE_NOOP("Columns", "Step"), 8, format=enum_formatter(Action)),
        Column("by", QT_TRANSLATE_NOOP("Columns", "By"), 8),
        Column("text", QT_TRANSLATE_NOOP("Columns", "What was done"), 30),
    ),
)


def _enum(label: str) -> str:
    return QCoreApplication.translate("Enum", label)


class DetailDialog(FormDialog[Saved]):
    """诉求详情 of one request (read-only)."""

    def __init__(
        self, ctx: AppContext, detail: RequestDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ops=ctx, buttons=QDialogButtonBox.StandardButton.Close)
        self.detail = detail
        request = detail.request
        self.setWindowTitle(self.tr("Request {number}").format(number=request.number))
        self.form = QFormLayout()
        self.body_layout.addLayout(self.form)
        self.numbers: dict[str, QLabel] = {}
        self._add_values()
        self.reveal_button = RevealButton(
            ctx, record_type="requests", record_id=request.id, labels=self.numbers, parent=self
        )
        self.buttons.addButton(self.reveal_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._add_progress()
        self.thumbnails: list[QLabel] = []
        if request.attachments:
            grid, self.thumbnails = thumbnail_grid(ctx.data_dir, request.attachments, self.body)
            self.body_layout.addWidget(QLabel(self.tr("Photos and scans"), self.body))
            self.body_layout.addWidget(grid)
        self.history = RowsModel(HISTORY, self)
        self.history.set_rows(
            [
                (display_moment(e.at), e.action.value, e.step.by, step_text(e.step.details))
                for e in detail.events
            ]
        )
        self.history_view = rows_view(self.history, self.body)
        self.history_view.setMinimumHeight(160)
        fit_columns(self.history_view)
        self.body_layout.addWidget(QLabel(self.tr("History"), self.body))
        self.body_layout.addWidget(self.history_view, 1)
        self.resize(760, 620)

    def _row(self, label: str, text: str) -> QLabel:
        shown = QLabel(text, self.body)
        shown.setWordWrap(True)
        self.form.addRow(label, shown)
        return shown

    def _add_values(self) -> None:
        v = self.detail.request.values
        channel = f"{v.channel} {v.ticket}".strip()
        self._row(self.tr("Number:"), self.detail.request.number)
        self._row(self.tr("Source:"), channel)
        self._row(self.tr("Requester:"), requester_text(self.detail.request))
        if v.requester.phone:
            phone = number_label("requester_phone", v.requester.phone, self.body)
            self.numbers["requester_phone"] = phone
            self.form.addRow(self.tr("Phone:"), phone)
        self._row(self.tr("Type:"), _enum(v.kind.label))
        self._row(self.tr("Category:"), v.category)
        self._row(self.tr("Urgency:"), _enum(v.urgency.label))
        self._row(self.tr("Content:"), v.content)
        self._row(self.tr("Place:"), v.place)
        self._row(self.tr("Received by:"), v.received_by)
        self._row(self.tr("Received at:"), display_moment(v.received_at))

    def _add_progress(self) -> None:
        p = self.detail.request.progress
        self.state = self._row(self.tr("State:"), _enum(p.state.label))
        assignee = p.assignee.name if p.assignee is not None else ""
        if p.helpers:
            assignee += self.tr(" (helpers: {names})").format(
                names="、".join(h.name for h in p.helpers)
            )
        self._row(self.tr("Responsible:"), assignee)
        due = due_value(p.extended_to or p.due_at, p.due_estimated and p.extended_to is None)
        self.due = self._row(self.tr("Time limit:"), fmt_due(due, qt_translate))
