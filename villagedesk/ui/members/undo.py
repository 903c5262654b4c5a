"""撤销 on the roll page: the last roll change or void made there, while it can be undone. Ctrl+Z
(within the page) and the notice's Undo button take it back, after asking for the reason
(``roll_dialog.undo_dialog``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from villagedesk.core.members.roll_undo import Undoable, last_change
from villagedesk.core.services.results import Saved
from villagedesk.ui.forms.reason_dialog import ReasonDialog
from villagedesk.ui.members.roll_dialog import undo_dialog

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class UndoLast(QObject):
    """What can be undone on ``page``, and its Ctrl+Z ``action``; ``undone`` carries what was
    taken back once the undo is saved."""

    undone = Signal(object)

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self._ctx = ctx
        self.undoable: Undoable | None = None
        self.action = QAction(QCoreApplication.translate("MembersPage", "Undo"), page)
        self.action.setShortcut(QKeySequence.StandardKey.Undo)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setEnabled(False)
        page.addAction(self.action)

    def remember(self, member_id: int) -> bool:
        """After a roll change or void of the member: whether it can be undone."""
        self.undoable = last_change(self._ctx.store.uow_factory(), member_id=member_id)
        self.action.setEnabled(self.undoable is not None)
        return self.undoable is not None

    def dialog(self, parent: QWidget) -> ReasonDialog[Saved] | None:
        """The question that undoes it (None when there is nothing to undo)."""
        undoable = self.undoable
        if undoable is None:
            return None
        dialog = undo_dialog(self._ctx, undoable, parent=parent)
        dialog.accepted.connect(lambda: self._done(undoable))
        return dialog

    def _done(self, undoable: Undoable) -> None:
        self.undoable = None
        self.action.setEnabled(False)
        self.undone.emit(undoable)
