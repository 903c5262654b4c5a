"""The edit forms' side of masking: a stored number held masked until 显示 (:class:`NumberGuard`,
:class:`NumberGuards`), and the reason an export with full ID numbers asks for. The display rule
itself is ``ui/masked.py``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from villagedesk.core.changes import Changes
from villagedesk.core.unmasking import check_reason
from villagedesk.ui.masked import may_reveal, reveal_label, reveal_numbers, shown

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class NumberGuard(QObject):
    """An edit form's ID number or phone field holding a stored number: masked and read-only
    until 显示 (a button inside the field), which logs the reveal and makes it editable.
    :meth:`value` is what the form saves: the stored number while it stays hidden."""

    def __init__(
        self,
        ctx: AppContext,
        edit: QLineEdit,
        *,
        record_type: str,
        record_id: int,
        field_key: str,
    ) -> None:
        super().__init__(edit)
        self._ctx, self.edit = ctx, edit
        self._record = (record_type, record_id, field_key)
        self._stored = ""
        self.revealed = True
        self.action = QAction(reveal_label(), edit)
        self.action.setToolTip(
            QCoreApplication.translate("Masking", "Show the full number (this is logged)")
        )
        self.action.triggered.connect(self.reveal)
        self.action.setEnabled(may_reveal(ctx))

    def hold(self, stored: str) -> None:
        """Show ``stored`` masked (an empty one as it is: nothing to hide, free to type)."""
        self._stored = stored
        self.revealed = not stored.strip()
        self.edit.setReadOnly(not self.revealed)
        if self.revealed:
            self.edit.setText(stored)
            return
        self.edit.setText(shown(self._record[2], stored))
        if self.action not in self.edit.actions():
            self.edit.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)

    def reveal(self) -> bool:
        """显示: the full number in the field, editable; False when refused."""
        if self.revealed:
            return True
        record_type, record_id, key = self._record
        found = reveal_numbers(
            self._ctx, self.edit, record_type=record_type, record_id=record_id, fields=[key]
        )
        if found is None:
            return False
        self.revealed = True
        self.edit.setReadOnly(False)
        self.edit.setText(found.get(key, self._stored))
        self.edit.removeAction(self.action)
        return True

    def value(self) -> str:
        """The number the form saves: what is typed once shown, else the stored one."""
        return self.edit.text() if self.revealed else self._stored


D = TypeVar("D")


class NumberGuards:
    """An edit form's number fields of one stored record, each a :class:`NumberGuard`."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        record_type: str,
        record_id: int,
        edits: Mapping[str, QLineEdit],
        stored: Mapping[str, str],
    ) -> None:
        self.guards = {
            key: NumberGuard(ctx, edit, record_type=record_type, record_id=record_id, field_key=key)
            for key, edit in edits.items()
        }
        for key, guard in self.guards.items():
            guard.hold(stored.get(key, ""))

    def applied(self, draft: D) -> D:
        """``draft`` (a frozen dataclass read from the form) with the stored numbers kept where
        the fields stayed masked."""
        return replace(draft, **{k: g.value() for k, g in self.guards.items()})  # type: ignore[type-var]


@dataclass(frozen=True)
class _Reason:
    text: str
    changes: Changes = field(default_factory=Changes)


def ask_export_reason(ctx: AppContext, parent: QWidget | None) -> str | None:
    """Before an export with full ID numbers: the reason (required, for the audit log), or None
    when the user cancels. The export logs it (core.unmasking.log_export)."""
    from villagedesk.ui.forms.reason_dialog import ReasonDialog

    dialog: ReasonDialog[_Reason] = ReasonDialog(
        ctx,
        QCoreApplication.translate("Masking", "Export with full ID numbers"),
        QCoreApplication.translate(
            "Masking",
            "The file will hold full ID numbers. Say why it is exported; the reason is kept "
            "in the audit log.",
        ),
        lambda reason: _Reason(check_reason(reason)),
        parent=parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
        return None
    return dialog.saved.text
