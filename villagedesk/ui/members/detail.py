"""A member's details and roll history (转出, 转入 … and voids, oldest first; an undone event
stays, greyed, with why it was undone)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.dates import PartialDate
from villagedesk.core.members.model import Category, Member
from villagedesk.core.members.roll import RollChange, RollEvent
from villagedesk.core.members.services import get_member, member_history
from villagedesk.i18n import enum_label
from villagedesk.ui.forms.fields import ERROR_STYLE
from villagedesk.ui.masked import RevealButton, number_label

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


def _date(value: PartialDate | None) -> str:
    return value.display() if value is not None else ""


def _local_time(stamp: str) -> str:
    """A stored UTC stamp (``2026-11-21T14:15:00.123Z``) as local ``2026.11.21 22:15``."""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone().strftime("%Y.%m.%d %H:%M")


class MemberDetailDialog(QDialog):
    """查看详情: read-only fields on the left, the roll history below."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbers: dict[str, QLabel] = {}
        self.member: Member = get_member(ctx.store.uow_factory(), member_id=member_id)
        self.events: list[RollEvent] = member_history(
            ctx.store.uow_factory(), member_id=member_id, include_undone=True
        )
        self.setWindowTitle(self.tr("Party member: {name}").format(name=self.member.name))
        layout = QVBoxLayout(self)
        if self.member.voided:
            voided = QLabel(self.tr("This record was voided. It no longer appears in registers."))
            voided.setStyleSheet(ERROR_STYLE)
            layout.addWidget(voided)
        columns = QHBoxLayout()
        columns.addWidget(self._fields_box(), 1)
        layout.addLayout(columns)
        layout.addWidget(self._history_box(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.reveal_button = RevealButton(
            ctx, record_type="members", record_id=member_id, labels=self.numbers, parent=self
        )
        buttons.addButton(self.reveal_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.resize(720, 620)

    def _fields_box(self) -> QGroupBox:
        m, v = self.member, self.member.values
        cats = "、".join(enum_label(c.label) for c in Category if c in v.categories)
        left = [
            (self.tr("Name"), v.name),
            (self.tr("ID number"), ("id_number", v.id_number)),
            (self.tr("Sex"), enum_label(v.sex.label)),
            (self.tr("Date of birth"), PartialDate.of(v.birth_date).display()),
            (self.tr("Ethnic group"), v.ethnicity),
            (self.tr("Education"), enum_label(v.education.label) if v.education else ""),
            (self.tr("Phone"), ("phone", v.phone)),
        ]
        right = [
            (self.tr("Joined the Party on"), _date(v.joined_on)),
            (self.tr("Full member on"), _date(v.full_member_on)),
            (self.tr("Standing"), enum_label(v.standing.label)),
            (self.tr("Roll status"), enum_label(m.roll_status.label)),
            (self.tr("Branch"), m.branch_name),
            (self.tr("Work unit"), v.work_unit),
            (self.tr("Address"), v.address),
            (self.tr("Categories"), cats),
        ]
        box = QGroupBox(self.tr("Details"), self)
        row = QHBoxLayout(box)
        for pairs in (left, right):
            form = QFormLayout()
            for label, value in pairs:
                key, stored = value if isinstance(value, tuple) else ("", value)
                text = number_label(key, stored, box)
                if key:
                    self.numbers[key] = text
                form.addRow(label + self.tr(":"), text)
            row.addLayout(form, 1)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Roll history"), self)
        self.history = QTableWidget(len(self.events), 4, box)
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Effective on"),
                self.tr("Change"),
                self.tr("Reason"),
                self.tr("Recorded at"),
            ]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, event in enumerate(self.events):
            recorded = _local_time(event.recorded_at)
            change, reason = enum_label(event.change.label), event.reason
            if event.undone:
                change = self.tr("{change} (undone)").format(change=change)
                undone = self.tr("undone: {why}").format(why=event.undo_reason)
                reason = f"{reason}；{undone}" if reason else undone
            cells = [event.effective_on.display(), change, reason, recorded]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if event.undone:
                    item.setForeground(Qt.GlobalColor.gray)
                elif event.change is RollChange.VOIDED:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.history.setItem(row, col, item)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(box)
        layout.addWidget(self.history)
        return box
