"""受理: record a request as it came in, with its photos or scans. ``add_request`` checks every
field and gives the 编号 and the deadline; a refusal shows under its fields and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from villagedesk.core.requests.model import (
    RequestDraft,
    RequestLists,
    RequestType,
    Urgency,
)
from villagedesk.core.requests.services import add_request, request_lists
from villagedesk.core.services.results import Saved
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label
from villagedesk.ui.requests.attachment_field import AttachmentField
from villagedesk.ui.requests.requester_field import RequesterField
from villagedesk.ui.requests.station_time import ContextClock
from villagedesk.ui.requests.step_form import TEXT_HEIGHT

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


def _enum_label(label: str) -> str:
    return QCoreApplication.translate("Enum", label)


class RecordDialog(FormDialog[Saved]):
    """新建诉求. After a save ``saved`` holds the new request's id. ``resident_id`` opens it
    with that resident chosen as the requester; ``household_id`` with the household given (a
    chosen resident's own household still wins)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        channel: str = "",
        resident_id: int | None = None,
        household_id: int | None = None,
    ) -> None:
        super().__init__(parent, ops=ctx)
        self._ctx = ctx
        self.household_id = household_id
        self.clock = ContextClock(ctx)
        self.lists: RequestLists = request_lists(ctx.store.uow_factory())
        self.setWindowTitle(self.tr("Record a request"))
        self.form = QFormLayout()
        self.errors = FieldErrors(self.form, error_label(self.body))
        self.body_layout.addWidget(self.errors.general)
        self.body_layout.addLayout(self.form)
        self._build_source()
        self._build_requester()
        self._build_matter()
        self._build_reception()
        self.attachments = AttachmentField(self.errors, self.tr("Photos or scans:"), self.body)
        self.body_layout.addStretch(1)
        if channel and self.channel.findData(channel) >= 0:
            self.channel.setCurrentIndex(self.channel.findData(channel))
        self._channel_changed()
        if resident_id is not None:  # once the form is whole: the picker sizes the window
            self.requester.preset_resident(resident_id)
        self.resize(600, self.sizeHint().height())
        self.content.setFocus()

    def _combo(self, label: str, key: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self.body)
        for text, data in items:
            box.addItem(text, data)
        self.errors.add_row(label, box, key)
        return box

    def _line(self, label: str, key: str) -> QLineEdit:
        edit = QLineEdit(self.body)
        self.errors.add_row(label, edit, key)
        return edit

    def _build_source(self) -> None:
        """来源渠道, with the upper level's ticket number for the 转办 channels."""
        choose = self.tr("— choose —")
        channels = [(c.name, c.name) for c in self.lists.channels]
        self.channel = self._combo(self.tr("Source:"), "channel", [(choose, ""), *channels])
        self.ticket = self._line(self.tr("Ticket number:"), "ticket")
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())

    def _build_requester(self) -> None:
        """诉求人 (a resident or member searched for, a name typed, or anonymous) and, when the
        dialog was opened for one, the household."""
        self.requester = RequesterField(
            self._ctx, self.errors, self.form, self.tr("Requester:"), self.body
        )
        self.requester_name = self.requester.requester_name
        self.requester_phone = self.requester.requester_phone
        self.anonymous = self.requester.anonymous
        self.household_label: QLabel | None = None
        if self.household_id is not None:
            reader = self._ctx.readers.households()
            head, address = reader.rows([self.household_id], ("head", "address")).get(
                self.household_id, ("", "")
            )
            self.household_label = QLabel(self.body)
            self.household_label.setWordWrap(True)
            self.household_label.setText(
                self.tr("{head}'s household — {address}").format(
                    head=str(head or "") or self.tr("(no head entered)"),
                    address=str(address or ""),
                )
            )
            self.errors.add_row(self.tr("Household:"), self.household_label, "household_id")

    def _build_matter(self) -> None:
        """诉求类型, 分类, 紧急程度, 内容, 地点."""
        choose = self.tr("— choose —")
        kinds = [(_enum_label(k.label), k.value) for k in RequestType]
        self.kind = self._combo(self.tr("Type:"), "kind", [(choose, ""), *kinds])
        categories = [(c, c) for c in self.lists.categories]
        self.category = self._combo(self.tr("Category:"), "category", [(choose, ""), *categories])
        urgencies = [(_enum_label(u.label), u.value) for u in Urgency]
        self.urgency = self._combo(self.tr("Urgency:"), "urgency", urgencies)
        self.urgency.setCurrentIndex(self.urgency.findData(Urgency.NORMAL.value))
        self.content = QPlainTextEdit(self.body)
        self.content.setTabChangesFocus(True)
        self.content.setMinimumHeight(TEXT_HEIGHT)
        self.errors.add_row(self.tr("Content:"), self.content, "content")
        self.place = self._line(self.tr("Place:"), "place")

    def _build_reception(self) -> None:
        """受理人 and 受理时间 (now unless changed)."""
        self.received_by = self._line(self.tr("Received by:"), "received_by")
        self.received_at = self._line(self.tr("Received at:"), "received_at")
        self.received_at.setText(self.clock.text())

    def _channel_changed(self) -> None:
        option = self.lists.channel(str(self.channel.currentData() or ""))
        needs_ticket = option is not None and option.ticket
        self.ticket.setEnabled(needs_ticket)
        self.ticket.setPlaceholderText(
            self.tr("the number of the ticket passed down") if needs_ticket else ""
        )
        if not needs_ticket:
            self.ticket.clear()

    def draft(self) -> RequestDraft:
        who = self.requester.choice()
        return RequestDraft(
            content=self.content.toPlainText(),
            kind=str(self.kind.currentData() or ""),
            urgency=str(self.urgency.currentData() or ""),
            channel=str(self.channel.currentData() or ""),
            ticket=self.ticket.text(),
            category=str(self.category.currentData() or ""),
            requester_kind=who.kind.value,
            person_id=who.person_id,
            requester_name=who.name,
            requester_phone=who.phone,
            household_id=self.household_id,
            place=self.place.text(),
            received_by=self.received_by.text(),
            received_at=self.received_at.text(),
        )

    def prepare(self) -> Callable[[], Saved]:
        """The save: the files chosen are copied into the data folder first, and the copies
        are what the request keeps (removed again if it is refused)."""
        draft, factory, clock = self.draft(), self._ctx.store.uow_factory, self.clock
        attach = self.attachments.attach(self._ctx.data_dir)
        return lambda: attach(
            lambda files: add_request(
                factory(), draft=replace(draft, attachments=files), clock=clock
            )
        )
