"""Change a member's roll status (转出, 转入, 去世 …), void a record entered by mistake, and undo
the last of either. Each asks first, saying what will happen (:func:`confirm`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from villagedesk.core.dates import PartialDate
from villagedesk.core.members.model import Member
from villagedesk.core.members.roll import USER_CHANGES, RollChange, RollStatus
from villagedesk.core.members.roll_undo import Undoable, undo_last_change
from villagedesk.core.members.services import change_roll_status, check_roll_change, void_member
from villagedesk.core.services.results import Saved
from villagedesk.i18n import enum_label
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, date_edit, error_label
from villagedesk.ui.forms.reason_dialog import ReasonDialog

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


def confirm(
    parent: QWidget,
    *,
    title: str,
    question: str,
    details: str,
    confirm_text: str,
    on_confirm: Callable[[], object],
) -> QMessageBox:
    """Ask before a step that changes the roll: ``question``, what will happen (``details``), a
    button named for the step and 取消. Window-modal and not blocking; ``on_confirm`` runs on
    the step's button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setInformativeText(details)
    button = box.addButton(confirm_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(button)

    def clicked(which: QAbstractButton) -> None:
        if which is button:
            on_confirm()

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def confirm_button(box: QMessageBox) -> QAbstractButton:
    """The step's own button of a :func:`confirm` box (tests press it)."""
    found = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    return found


class RollStatusDialog(FormDialog[Saved]):
    """变更党籍状态: only the changes allowed from the member's current status can be chosen.
    OK checks the change (errors under the fields), asks, then saves."""

    def __init__(self, ctx: AppContext, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(parent, ops=ctx, buttons=OK_CANCEL)
        self._ctx = ctx
        self._member = member
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Change roll status: {name}").format(name=member.name))
        self.change = QComboBox(self)
        allowed = self._offer_changes(member.roll_status)
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(allowed)
        self.body_layout.addLayout(form)
        self.body_layout.addWidget(self.errors.general)
        self.setMinimumWidth(440)

    def _offer_changes(self, status: RollStatus) -> bool:
        """Every change, those not allowed from ``status`` greyed; the first allowed chosen.
        False when none is allowed."""
        model = self.change.model()
        assert isinstance(model, QStandardItemModel)
        first_allowed = -1
        for i, change in enumerate(USER_CHANGES):
            self.change.addItem(enum_label(change.label), change.value)
            allowed = status in change.allowed_from
            model.item(i).setEnabled(allowed)
            if allowed and first_allowed < 0:
                first_allowed = i
        self.change.setCurrentIndex(max(first_allowed, 0))
        return first_allowed >= 0

    def select_change(self, change: RollChange) -> None:
        self.change.setCurrentIndex(self.change.findData(change.value))

    def chosen(self) -> RollChange:
        return RollChange(self.change.currentData())

    def accept(self) -> None:
        """Check everything first (errors show under the fields), then ask, then save."""
        factory, change = self._ctx.store.uow_factory, self.chosen()
        effective_on, today = self.effective_on.text(), self._ctx.today()
        checked = self.errors.attempt(  # a check that writes nothing
            lambda: (
                check_roll_change(
                    factory(),
                    member_id=self._member.id,
                    change=change,
                    effective_on=effective_on,
                    today=today,
                )
                or True
            )
        )
        if checked is None:
            return
        result = change.result
        assert result is not None
        name = self._member.name
        if result is RollStatus.ON_ROLL:
            details = self.tr(
                "{name} stays on the roll. The change is kept in the roll history and can be "
                "undone."
            ).format(name=name)
        else:
            details = self.tr(
                "{name} will no longer be listed on the roll (tick “Include transferred out, "
                "deceased etc.” to see them) nor counted in the statistics. The change is kept "
                "in the roll history and can be undone."
            ).format(name=name)
        self.confirm_box = confirm(
            self,
            title=self.windowTitle(),
            question=self.tr("Change the roll status of {name} to “{status}”?").format(
                name=name, status=enum_label(result.label)
            ),
            details=details,
            confirm_text=self.tr("Change status"),
            on_confirm=super().accept,
        )

    def prepare(self) -> Callable[[], Saved]:
        uow_factory, member_id, change = self._ctx.store.uow_factory, self._member.id, self.chosen()
        effective_on, reason, today = (
            self.effective_on.text(),
            self.reason.text(),
            self._ctx.today(),
        )
        return lambda: change_roll_status(
            uow_factory(),
            member_id=member_id,
            change=change,
            effective_on=effective_on,
            reason=reason,
            today=today,
        )


class VoidDialog(ReasonDialog[Saved]):
    """作废: the reason is required; the record leaves the registers but stays in the history.
    With a reason typed it asks first, saying what will happen."""

    def __init__(self, ctx: AppContext, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("MembersPage", "Void record: {name}").format(
                name=member.name
            ),
            QCoreApplication.translate(
                "MembersPage",
                "Void a record only if it was entered by mistake. It disappears from the "
                "registers and statistics but stays in the history with the reason. To record "
                "a transfer or a death, change the roll status instead.",
            ),
            lambda reason: self._void(reason),
            parent=parent,
        )
        self._ctx = ctx
        self.member = member
        self.confirm_box: QMessageBox | None = None

    def _void(self, reason: str) -> Saved:
        return void_member(
            self._ctx.store.uow_factory(),
            member_id=self.member.id,
            reason=reason,
            today=self._ctx.today(),
        )

    def accept(self) -> None:
        reason = " ".join(self.reason.text().split())
        if not reason:
            super().accept()  # the service refuses it, under the field
            return
        self.confirm_box = confirm(
            self,
            title=self.windowTitle(),
            question=QCoreApplication.translate("MembersPage", "Void the record of {name}?").format(
                name=self.member.name
            ),
            details=QCoreApplication.translate(
                "MembersPage",
                "The record disappears from the roll and the statistics. It stays in the "
                "history with the reason “{reason}” and is shown with “Show voided records”. "
                "The void can be undone.",
            ).format(reason=reason),
            confirm_text=QCoreApplication.translate("MembersPage", "Void"),
            on_confirm=super().accept,
        )


def void_dialog(ctx: AppContext, member: Member, parent: QWidget | None = None) -> VoidDialog:
    """作废 (see :class:`VoidDialog`)."""
    return VoidDialog(ctx, member, parent)


def undo_dialog(
    ctx: AppContext, undoable: Undoable, parent: QWidget | None = None
) -> ReasonDialog[Saved]:
    """撤销 the member's last change or void: says what comes back, asks for the reason (filled
    in with "entered by mistake"), which the history keeps beside the undone event."""
    event, name = undoable.event, undoable.member_name
    if undoable.is_void:
        title = QCoreApplication.translate("MembersPage", "Undo the void: {name}").format(name=name)
        explain = QCoreApplication.translate(
            "MembersPage",
            "The record of {name} comes back on the registers as it was before the void. The "
            "void stays in the roll history, marked as undone, with the reason given here.",
        ).format(name=name)
    else:
        title = QCoreApplication.translate("MembersPage", "Undo “{change}”: {name}").format(
            change=enum_label(event.change.label), name=name
        )
        explain = QCoreApplication.translate(
            "MembersPage",
            "The change “{change}” of {date} is undone and {name} is “{status}” again. The "
            "change stays in the roll history, marked as undone, with the reason given here.",
        ).format(
            change=enum_label(event.change.label),
            date=event.effective_on.display(),
            name=name,
            status=enum_label(undoable.status_after.label),
        )

    def action(reason: str) -> Saved:
        return undo_last_change(
            ctx.store.uow_factory(),
            member_id=undoable.member_id,
            event_id=event.id,
            reason=reason,
        )

    dialog = ReasonDialog(ctx, title, explain, action, parent=parent)
    dialog.reason.setText(QCoreApplication.translate("MembersPage", "Entered by mistake"))
    return dialog
