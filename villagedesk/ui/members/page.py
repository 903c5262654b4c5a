"""The member roll page: toolbar, the include-inactive and voided filters, the lazy register view.

Roll changes and voids ask first (ui/members/roll_dialog.py), then say what happened in the
window's status bar and in the notice above the table, which offers 撤销 (also Ctrl+Z) for the last
one. :attr:`MembersPage.status_message` carries the same text for any other host."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import DomainError
from villagedesk.core.members.model import Member
from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.members.roll_undo import Undoable, last_change
from villagedesk.core.members.services import get_member
from villagedesk.core.services.results import Saved
from villagedesk.i18n import enum_label, render
from villagedesk.ui.forms.reason_dialog import ReasonDialog
from villagedesk.ui.jobs import show_error
from villagedesk.ui.members.detail import MemberDetailDialog
from villagedesk.ui.members.dialog import MemberDialog
from villagedesk.ui.members.roll_dialog import (
    RollStatusDialog,
    VoidDialog,
    undo_dialog,
    void_dialog,
)
from villagedesk.ui.members.roll_reader import RollReader
from villagedesk.ui.registers.register_view import RegisterView

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext
    from villagedesk.ui.printing.menu import PrintActions

NOTICE_STYLE = (
    "QFrame#notice { background: #fff8e1; border: 1px solid #ffcc80; border-radius: 4px; }"
)
STATUS_MS = 30_000
"""How long the status bar keeps what happened."""


class MembersPage(QWidget):
    """党员管理: add, edit, change roll status, void, undo and view members."""

    status_message = Signal(str)
    """What just happened, as the status bar says it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: QDialog | None = None
        self._print_actions: PrintActions | None = None
        self.undoable: Undoable | None = None
        """The last roll change or void made here, while it can be undone."""
        self.last_status = ""
        self.add_button = QPushButton(self.tr("Add member"), self)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.roll_button = QPushButton(self.tr("Change roll status"), self)
        self.void_button = QPushButton(self.tr("Void"), self)
        self.detail_button = QPushButton(self.tr("View details"), self)
        self.cards_button = QPushButton(self.tr("Print contact cards"), self)
        self.handbooks_button = QPushButton(self.tr("Print work handbooks"), self)
        self.import_button = QPushButton(self.tr("Import from Excel…"), self)
        self.inactive_box = QCheckBox(self.tr("Include transferred out, deceased etc."), self)
        self.voided_box = QCheckBox(self.tr("Show voided records"), self)
        self.voided_box.setToolTip(
            self.tr("List only the voided records, with the reason each was voided")
        )
        self.reader = RollReader(ctx.store.member_reader)
        # The columns were reordered (党籍状态 beside the name): a header saved before is not reused.
        self.view = RegisterView(
            MEMBER_REGISTER, self.reader, ctx.settings, settings_key="members.v2", parent=self
        )

        self.notice = QFrame(self)
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice_text = QLabel(self.notice)
        self.notice_text.setWordWrap(True)
        close = QToolButton(self.notice)
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.notice.hide)
        self.undo_button = QPushButton(self.tr("Undo"), self.notice)
        self.undo_button.setToolTip(self.tr("Undo the last roll change or void (Ctrl+Z)"))
        self.undo_button.hide()
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(8, 4, 4, 4)
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        notice_row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.notice.hide()
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.setEnabled(False)
        self.addAction(self.undo_action)

        bar = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.roll_button,
            self.void_button,
            self.detail_button,
            self.cards_button,
            self.handbooks_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        filters = QHBoxLayout()
        filters.addWidget(self.inactive_box)
        filters.addWidget(self.voided_box)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)

        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(lambda: self.edit_member())
        self.roll_button.clicked.connect(lambda: self.change_status())
        self.void_button.clicked.connect(lambda: self.void_member())
        self.detail_button.clicked.connect(lambda: self.show_details())
        self.cards_button.clicked.connect(lambda: self.print_cards())
        self.handbooks_button.clicked.connect(lambda: self.print_handbooks())
        self.import_button.clicked.connect(lambda: self.import_roster())
        self.inactive_box.toggled.connect(self.view.set_include_inactive)
        self.voided_box.toggled.connect(self.show_voided)
        self.undo_button.clicked.connect(lambda: self.undo_last())
        self.undo_action.triggered.connect(lambda: self.undo_last())
        self.view.activated.connect(self._open_member)
        self.view.selection_changed.connect(self._update_buttons)
        ctx.hub.changed.connect(self._on_changed)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Party members")

    # -- state --------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        selected = self.view.selected_ids()
        one = len(selected) == 1
        voided = self.reader.voided
        # At a township a village's members are read-only: they go back to the village instead.
        own = one and self.view.is_own(selected[0])
        for button in (self.edit_button, self.roll_button, self.void_button):
            button.setEnabled(own and not voided)
            if voided and one:
                tip = self.tr("A voided record cannot be changed.")
            elif own or not one:
                tip = ""
            else:
                tip = self.tr("A village's record is read-only here; return it to the village.")
            button.setToolTip(tip)
        self.detail_button.setEnabled(one)
        for button in (self.cards_button, self.handbooks_button):
            button.setEnabled(bool(selected) and not voided)
        self.undo_action.setEnabled(self.undoable is not None)

    def _on_changed(self, changes: Changes) -> None:
        if changes.topics & {Topic.MEMBERS, Topic.BRANCHES}:
            self.view.refresh()
            self._update_buttons()

    def show_notice(self, texts: list[str], *, undo: bool = False) -> None:
        """Warnings after a save, shown without blocking (e.g. an unknown region code); with
        ``undo`` the notice offers to undo the last roll change or void."""
        self.undo_button.setVisible(undo)
        if not texts:
            self.notice.hide()
            return
        self.notice_text.setText("\n".join(texts))
        self.notice.show()

    def say(self, text: str) -> None:
        """What just happened, in the window's status bar (and :attr:`status_message`)."""
        self.last_status = text
        self.status_message.emit(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MS)

    def show_voided(self, on: bool) -> None:
        """显示已作废: only the voided records, with the reason column; or the roll again."""
        if on == self.reader.voided:
            return
        self.reader.voided = on
        self.inactive_box.setEnabled(not on)
        self.view.set_column_visible("void_reason", on)
        self.view.search_now()
        self._update_buttons()

    def _member(self, member_id: int | None) -> Member | None:
        if member_id is None:
            member_id = self.view.current_id()
        if member_id is None:
            return None
        try:
            return get_member(self._ctx.store.uow_factory(), member_id=member_id)
        except DomainError as e:
            show_error(self, e)
            return None

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _after_save(self, saved: Saved | None, *, select: bool) -> None:
        if saved is None:
            return
        if select:
            self.view.select_id(saved.id)
        self.show_notice([render(m) for m in (*saved.warnings, *saved.notes)])

    # -- actions ------------------------------------------------------------------------------
    def _open_member(self, member_id: int) -> None:
        """Double-click: edit one's own member; a village's member (township) opens read-only."""
        if self.view.is_own(member_id):
            self.edit_member(member_id)
        else:
            self.show_details(member_id)

    def add_member(self) -> MemberDialog:
        dialog = MemberDialog(self._ctx, parent=self)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved, select=True))
        self._open(dialog)
        return dialog

    def edit_member(self, member_id: int | None = None) -> MemberDialog | None:
        member = self._member(member_id)
        if member is None:
            return None
        dialog = MemberDialog(self._ctx, member=member, parent=self)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved, select=True))
        self._open(dialog)
        return dialog

    def change_status(self, member_id: int | None = None) -> RollStatusDialog | None:
        member = self._member(member_id)
        if member is None:
            return None
        dialog = RollStatusDialog(self._ctx, member, parent=self)
        dialog.accepted.connect(lambda: self._after_roll_change(member, dialog))
        self._open(dialog)
        return dialog

    def void_member(self, member_id: int | None = None) -> VoidDialog | None:
        member = self._member(member_id)
        if member is None:
            return None
        dialog = void_dialog(self._ctx, member, parent=self)
        dialog.accepted.connect(lambda: self._after_void(member, dialog))
        self._open(dialog)
        return dialog

    # -- what happened, and 撤销 ---------------------------------------------------------------
    def _offer_undo(self, member: Member, text: str) -> None:
        try:
            self.undoable = last_change(self._ctx.store.uow_factory(), member_id=member.id)
        except DomainError:
            self.undoable = None
        self.say(text)
        self.show_notice([text], undo=self.undoable is not None)
        self._update_buttons()

    def _after_roll_change(self, member: Member, dialog: RollStatusDialog) -> None:
        status = dialog.chosen().result or RollStatus.ON_ROLL
        shown = status is RollStatus.ON_ROLL or self.inactive_box.isChecked()
        if shown:
            text = self.tr("The roll status of {name} is now “{status}”.")
        else:
            text = self.tr(
                "The roll status of {name} is now “{status}”. {name} is no longer listed; tick "
                "“Include transferred out, deceased etc.” to see them."
            )
        text = text.format(name=member.name, status=enum_label(status.label))
        self.view.select_id(member.id)
        self._offer_undo(member, text)

    def _after_void(self, member: Member, dialog: VoidDialog) -> None:
        reason = " ".join(dialog.reason.text().split())
        text = self.tr(
            "The record of {name} was voided (reason: {reason}). Tick “Show voided records” "
            "to find it."
        ).format(name=member.name, reason=reason)
        self._offer_undo(member, text)

    def undo_last(self) -> ReasonDialog[Saved] | None:
        """撤销 the last roll change or void made on this page (asks for the reason first)."""
        undoable = self.undoable
        if undoable is None:
            return None
        dialog = undo_dialog(self._ctx, undoable, parent=self)
        dialog.accepted.connect(lambda: self._after_undo(undoable))
        self._open(dialog)
        return dialog

    def _after_undo(self, undoable: Undoable) -> None:
        self.undoable = None
        name = undoable.member_name
        if undoable.is_void:
            text = self.tr("The void was undone: the record of {name} is back.").format(name=name)
        else:
            text = self.tr("“{change}” was undone: {name} is “{status}” again.").format(
                change=enum_label(undoable.event.change.label),
                name=name,
                status=enum_label(undoable.status_after.label),
            )
        self.view.refresh()
        self.view.select_id(undoable.member_id)
        self.say(text)
        self.show_notice([text])
        self._update_buttons()

    def show_details(self, member_id: int | None = None) -> MemberDetailDialog | None:
        member = self._member(member_id)
        if member is None:
            return None
        dialog = MemberDetailDialog(self._ctx, member.id, parent=self)
        self._open(dialog)
        return dialog

    # -- printing (ui/printing; loaded on first use) ----------------------------------------------
    def _printing(self) -> PrintActions:
        from villagedesk.ui.printing.menu import PrintActions

        if self._print_actions is None:
            self._print_actions = PrintActions(self._ctx, self)
        return self._print_actions

    def print_cards(self) -> QDialog:
        """联系卡 of the selected members."""
        self.dialog = self._printing().cards(self.view.selected_ids())
        return self.dialog

    def print_handbooks(self) -> QDialog:
        """工作手册 of the selected members."""
        self.dialog = self._printing().handbooks(self.view.selected_ids())
        return self.dialog

    def import_roster(self) -> QDialog:
        """导入党员花名册 (ui/importing; loads openpyxl on first use)."""
        from villagedesk.core.importing.rows import ImportKind
        from villagedesk.ui.importing.wizard import open_import_wizard

        self.dialog = open_import_wizard(self._ctx, ImportKind.MEMBERS, self)
        return self.dialog
