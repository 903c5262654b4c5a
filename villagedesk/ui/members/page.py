"""The member roll page: toolbar, the include-inactive and voided filters, the lazy register view.

Roll changes and voids ask first (ui/members/roll_dialog.py), then say what happened
(ui/members/roll_messages.py) in the window's status bar and in the notice above the table
(ui/members/notice.py), which offers 撤销 (also Ctrl+Z, ui/members/undo.py) for the last one.
:attr:`MembersPage.status_message` carries the same text for any other host."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.members.model import Member
from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.members.roll_undo import Undoable
from villagedesk.core.members.services import get_member
from villagedesk.core.services.results import Saved
from villagedesk.i18n import render
from villagedesk.ui.forms.reason_dialog import ReasonDialog
from villagedesk.ui.masked import add_reveal_menu
from villagedesk.ui.members import roll_messages
from villagedesk.ui.members.detail import MemberDetailDialog
from villagedesk.ui.members.dialog import MemberDialog
from villagedesk.ui.members.notice import NoticeBar
from villagedesk.ui.members.roll_dialog import RollStatusDialog, VoidDialog, void_dialog
from villagedesk.ui.members.undo import UndoLast
from villagedesk.ui.registers.narrowed_reader import NarrowedReader
from villagedesk.ui.registers.register_view import RegisterView

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext
    from villagedesk.ui.printing.menu import PrintActions

STATUS_MS = 30_000
"""How long the status bar keeps what happened."""

D = TypeVar("D", bound=QDialog)


class MembersPage(QWidget):
    """党员管理: add, edit, change roll status, void, undo and view members."""

    status_message = Signal(str)
    """What just happened, as the status bar says it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: QDialog | None = None
        self._print_actions: PrintActions | None = None
        self.last_status = ""
        self._build_buttons()
        self.reader = NarrowedReader(ctx.readers.members())  # ``voided``: only voided records
        # The columns were reordered (党籍状态 beside the name): a header saved before is not reused.
        self.view = RegisterView(
            MEMBER_REGISTER, self.reader, ctx.settings, settings_key="members.v2", parent=self
        )
        add_reveal_menu(ctx, self.view.table, record_type="members", fields=("id_number", "phone"))
        self.notice = NoticeBar(self)
        self.undo_button = self.notice.undo_button
        self.undo = UndoLast(ctx, self)
        self.undo_action = self.undo.action
        self._lay_out()
        self._connect()
        ctx.hub.changed.connect(self._on_changed)
        self._update_buttons()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda: slot())
        return button

    def _build_buttons(self) -> None:
        make = self._button
        self.add_button = make(self.tr("Add member"), self.add_member)
        self.edit_button = make(self.tr("Edit"), self.edit_member)
        self.roll_button = make(self.tr("Change roll status"), self.change_status)
        self.void_button = make(self.tr("Void"), self.void_member)
        self.detail_button = make(self.tr("View details"), self.show_details)
        self.cards_button = make(self.tr("Print contact cards"), self.print_cards)
        self.handbooks_button = make(self.tr("Print work handbooks"), self.print_handbooks)
        self.import_button = make(self.tr("Import from Excel…"), self.import_roster)
        self.inactive_box = QCheckBox(self.tr("Include transferred out, deceased etc."), self)
        self.voided_box = QCheckBox(self.tr("Show voided records"), self)
        self.voided_box.setToolTip(
            self.tr("List only the voided records, with the reason each was voided")
        )

    def _lay_out(self) -> None:
        """The buttons, the filters, the notice, then the roll."""
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

    def _connect(self) -> None:
        self.inactive_box.toggled.connect(self.view.set_include_inactive)
        self.voided_box.toggled.connect(self.show_voided)
        self.undo_button.clicked.connect(lambda: self.undo_last())
        self.undo_action.triggered.connect(lambda: self.undo_last())
        self.undo.undone.connect(self._after_undo)
        self.view.activated.connect(self._open_member)
        self.view.selection_changed.connect(self._update_buttons)

    def title(self) -> str:
        return self.tr("Party members")

    # -- state --------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        selected = self.view.selected_ids()
        one = len(selected) == 1
        voided = self.reader.voided
        # At a township a village's members are read-only: they go back to the village instead.
        own = one and self.view.is_own(selected[0])
        tip = roll_messages.why_not_editable(one=one, own=own, voided=voided)
        for button in (self.edit_button, self.roll_button, self.void_button):
            button.setEnabled(own and not voided)
            button.setToolTip(tip)
        self.detail_button.setEnabled(one)
        for button in (self.cards_button, self.handbooks_button):
            button.setEnabled(bool(selected) and not voided)

    def _on_changed(self, changes: Changes) -> None:
        if changes.topics & {Topic.MEMBERS, Topic.BRANCHES}:
            self.view.refresh()
            self._update_buttons()

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
        member_id = self.view.current_id() if member_id is None else member_id
        if member_id is None:
            return None
        return get_member(self._ctx.store.uow_factory(), member_id=member_id)

    def _open(self, dialog: D) -> D:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _after_save(self, saved: Saved | None) -> None:
        if saved is None:
            return
        self.view.select_id(saved.id)
        self.notice.show_texts([render(m) for m in (*saved.warnings, *saved.notes)])

    # -- actions ------------------------------------------------------------------------------
    def _open_member(self, member_id: int) -> None:
        """Double-click: edit one's own member; a village's member (township) opens read-only."""
        if self.view.is_own(member_id):
            self.edit_member(member_id)
        else:
            self.show_details(member_id)

    def add_member(self) -> MemberDialog:
        dialog = MemberDialog(self._ctx, parent=self)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved))
        return self._open(dialog)

    def edit_member(self, member_id: int | None = None) -> MemberDialog | None:
        member = self._member(member_id)
        if member is None:
            return None
        dialog = MemberDialog(self._ctx, member=member, parent=self)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved))
        return self._open(dialog)

    def change_status(self, member_id: int | None = None) -> RollStatusDialog | None:
        member = self._member(member_id)
        if member is None:
            return None
        dialog = RollStatusDialog(self._ctx, member, parent=self)
        dialog.accepted.connect(lambda: self._after_roll_change(member, dialog))
        return self._open(dialog)

    def void_member(self, member_id: int | None = None) -> VoidDialog | None:
        member = self._member(member_id)
        if member is None:
            return None
        dialog = void_dialog(self._ctx, member, parent=self)
        dialog.accepted.connect(lambda: self._after_void(member, dialog))
        return self._open(dialog)

    # -- what happened, and 撤销 ---------------------------------------------------------------
    def _offer_undo(self, member: Member, text: str) -> None:
        self.say(text)
        self.notice.show_texts([text], undo=self.undo.remember(member.id))
        self._update_buttons()

    def _after_roll_change(self, member: Member, dialog: RollStatusDialog) -> None:
        status = dialog.chosen().result or RollStatus.ON_ROLL
        listed = status is RollStatus.ON_ROLL or self.inactive_box.isChecked()
        text = roll_messages.roll_changed(member.name, status, listed=listed)
        self.view.select_id(member.id)
        self._offer_undo(member, text)

    def _after_void(self, member: Member, dialog: VoidDialog) -> None:
        reason = " ".join(dialog.reason.text().split())
        self._offer_undo(member, roll_messages.voided(member.name, reason))

    def undo_last(self) -> ReasonDialog[Saved] | None:
        """撤销 the last roll change or void made on this page (asks for the reason first)."""
        dialog = self.undo.dialog(self)
        return None if dialog is None else self._open(dialog)

    def _after_undo(self, undoable: Undoable) -> None:
        text = roll_messages.undone(undoable)
        self.view.refresh()
        self.view.select_id(undoable.member_id)
        self.say(text)
        self.notice.show_texts([text])
        self._update_buttons()

    def show_details(self, member_id: int | None = None) -> MemberDetailDialog | None:
        member = self._member(member_id)
        if member is None:
            return None
        dialog = MemberDetailDialog(self._ctx, member.id, parent=self)
        return self._open(dialog)

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
