"""The township's to-do list on its sync page: the requests its villages 上报 to it (village,
编号, department, what was asked, since when, the reply if given), and the dialog that records
its reply, which goes to the village in the village's next receipt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.township.model import TownshipReply
from villagedesk.core.township.request_replies import (
    EscalatedRequest,
    escalated_requests,
    reply_to_request,
)
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label
from villagedesk.ui.jobs import inform
from villagedesk.ui.sync.tables import fill, sync_table

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

REPLY_CHANGES = Changes.of(Topic.SYNC)


@dataclass(frozen=True)
class ReplySaved:
    """A reply recorded (what :class:`TownshipReplyDialog` saves)."""

    reply: TownshipReply
    changes: Changes = REPLY_CHANGES


def _since(item: EscalatedRequest) -> str:
    return item.since.strftime("%Y.%m.%d %H:%M") if item.since is not None else ""


class TownshipReplyDialog(FormDialog[ReplySaved]):
    """The township's reply to one escalated request: the reply, the department, who, when."""

    def __init__(
        self, ctx: AppContext, item: EscalatedRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ops=ctx)
        self._ctx = ctx
        self.item = item
        self.setWindowTitle(self.tr("Reply to an escalated request"))
        form = QFormLayout()
        self.errors = FieldErrors(form, error_label(self.body))
        self.body_layout.addWidget(self.errors.general)
        self.body_layout.addLayout(form)
        asked = QLabel(item.asked, self.body)
        asked.setWordWrap(True)
        form.addRow(self.tr("Village:"), QLabel(item.village_name, self.body))
        form.addRow(self.tr("Request:"), QLabel(item.number, self.body))
        form.addRow(self.tr("Asked:"), asked)
        self.text = QPlainTextEdit(self.body)
        self.text.setMinimumHeight(90)
        self.errors.add_row(self.tr("Reply:"), self.text, "text")
        self.department = QLineEdit(item.department, self.body)
        self.errors.add_row(self.tr("Department:"), self.department, "department")
        self.by = QLineEdit(self.body)
        self.errors.add_row(self.tr("Replied by:"), self.by, "by")
        self.at = QLineEdit(self.body)
        self.at.setPlaceholderText(self.tr("Now, or like 2026-05-20 09:30"))
        self.errors.add_row(self.tr("Time:"), self.at, "at")
        if item.reply is not None:
            self.text.setPlainText(item.reply.text)
            self.department.setText(item.reply.department)
            self.by.setText(item.reply.by)
            self.at.setText(item.reply.replied_at)
        self.resize(560, self.sizeHint().height())

    def prepare(self) -> Callable[[], ReplySaved]:
        factory, item = self._ctx.store.uow_factory, self.item
        text, department = self.text.toPlainText(), self.department.text()
        by, at = self.by.text(), self.at.text()

        def save() -> ReplySaved:
            reply = reply_to_request(
                factory(),
                village=item.village,
                number=item.number,
                text=text,
                by=by,
                department=department,
                at=at,
            )
            return ReplySaved(reply)

        return save


class EscalatedBox(QGroupBox):
    """The list of requests escalated to the township, with a Reply button."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Requests escalated to the township"))
        self.ctx = ctx
        self.items: list[EscalatedRequest] = []
        #: Opens the reply dialog (tests replace it).
        self.open_dialog: Callable[[TownshipReplyDialog], int] = lambda dialog: dialog.exec()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.summary = QLabel(self)
        row.addWidget(self.summary, 1)
        self.reply_button = QPushButton(self.tr("Reply…"), self)
        row.addWidget(self.reply_button)
        layout.addLayout(row)
        self.table = sync_table(
            [
                self.tr("Village"),
                self.tr("Number"),
                self.tr("Department"),
                self.tr("Asked"),
                self.tr("Since"),
                self.tr("Reply"),
            ],
            single=True,
        )
        layout.addWidget(self.table)
        self.reply_button.clicked.connect(self.reply_to_selected)
        self.table.doubleClicked.connect(lambda _index: self.reply_to_selected())

    def _answer(self, item: EscalatedRequest) -> str:
        if item.reply is None:
            return self.tr("Not replied")
        if item.reply.sent_in_receipt is None:
            return self.tr("Replied; goes in the next receipt: {text}").format(text=item.reply.text)
        return self.tr("Replied; in a receipt: {text}").format(text=item.reply.text)

    def refresh(self) -> None:
        self.items = escalated_requests(self.ctx.store.uow_factory())
        rows = [
            [
                i.village_name,
                i.number,
                i.department,
                " ".join(i.asked.split()),
                _since(i),
                self._answer(i),
            ]
            for i in self.items
        ]
        fill(self.table, rows)
        waiting = sum(i.reply is None for i in self.items)
        self.summary.setText(
            self.tr("{n} request(s) escalated; {waiting} not replied yet.").format(
                n=len(self.items), waiting=waiting
            )
        )

    def selected(self) -> EscalatedRequest | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def reply_to_selected(self) -> None:
        item = self.selected()
        if item is None:
            inform(self, self.tr("Select a request first."))
            return
        dialog = TownshipReplyDialog(self.ctx, item, self)
        if self.open_dialog(dialog) == QDialog.DialogCode.Accepted:
            inform(
                self,
                self.tr("The reply goes to {village} in its next receipt.").format(
                    village=item.village_name
                ),
            )
