"""Change a member's roll status (转出, 转入, 去世 …) and void a record entered by mistake."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.dates import PartialDate
from villagedesk.core.member import Member
from villagedesk.core.roll import USER_CHANGES, RollChange
from villagedesk.core.services.members import change_roll_status, void_member
from villagedesk.core.services.results import Saved
from villagedesk.i18n import enum_label
from villagedesk.ui.forms.base import FieldErrors, ReasonDialog, date_edit, error_label

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class RollStatusDialog(QDialog):
    """变更党籍状态: only the changes allowed from the member's current status can be chosen."""

    def __init__(self, ctx: AppContext, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._member = member
        self.saved: Saved | None = None
        self.setWindowTitle(self.tr("Change roll status: {name}").format(name=member.name))
        self.change = QComboBox(self)
        model = self.change.model()
        assert isinstance(model, QStandardItemModel)
        first_allowed = -1
        for i, change in enumerate(USER_CHANGES):
            self.change.addItem(enum_label(change.label), change.value)
            allowed = member.roll_status in change.allowed_from
            item = model.item(i)
            item.setEnabled(allowed)
            if allowed and first_allowed < 0:
                first_allowed = i
        self.change.setCurrentIndex(max(first_allowed, 0))
        self.effective_on = date_edit(self)
        self.effective_on.setText(PartialDate.of(ctx.today()).display())
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. moved to another village's branch"))

        form = QFormLayout()
        self.errors = FieldErrors(form, error_label(self))
        status = QLabel(enum_label(member.roll_status.label), self)
        self.errors.add_row(self.tr("Current status"), status)
        self.errors.add_row(self.tr("Change"), self.change, "change")
        self.errors.add_row(self.tr("Effective on"), self.effective_on, "effective_on")
        self.errors.add_row(self.tr("Reason"), self.reason, "reason")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(first_allowed >= 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def select_change(self, change: RollChange) -> None:
        self.change.setCurrentIndex(self.change.findData(change.value))

    def accept(self) -> None:
        saved = self.errors.attempt(
            lambda: change_roll_status(
                self._ctx.store.uow_factory(),
                member_id=self._member.id,
                change=RollChange(self.change.currentData()),
                effective_on=self.effective_on.text(),
                reason=self.reason.text(),
                today=self._ctx.today(),
            )
        )
        if saved is None:
            return
        self.saved = saved
        self._ctx.hub.publish(saved.changes)
        super().accept()


def void_dialog(ctx: AppContext, member: Member, parent: QWidget | None = None) -> ReasonDialog:
    """作废: the reason is required; the record leaves the registers but stays in the history."""

    def action(reason: str) -> Saved:
        saved = void_member(
            ctx.store.uow_factory(), member_id=member.id, reason=reason, today=ctx.today()
        )
        ctx.hub.publish(saved.changes)
        return saved

    return ReasonDialog(
        QCoreApplication.translate("MembersPage", "Void record: {name}").format(name=member.name),
        QCoreApplication.translate(
            "MembersPage",
            "Void a record only if it was entered by mistake. It disappears from the registers "
            "and statistics but stays in the history with the reason. To record a transfer or "
            "a death, change the roll status instead.",
        ),
        action,
        parent=parent,
    )
