"""Ask for a reason (voiding, undoing), then save through the one write path."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label
from villagedesk.ui.forms.service_op import HasChanges, Ops

S = TypeVar("S", bound=HasChanges)


class ReasonDialog(FormDialog[S]):
    """Ask for a reason, then run ``action(reason)`` on the database worker; a refusal is shown
    here and it stays open; what was saved is in ``saved`` and its changes are published."""

    def __init__(
        self,
        ops: Ops,
        title: str,
        explanation: str,
        action: Callable[[str], S],
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            ops=ops,
            buttons=QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
        )
        self.setWindowTitle(title)
        self._action = action
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        form = QFormLayout()
        self.errors = FieldErrors(form, error_label(self))
        self.errors.add_row(self.tr("Reason"), self.reason, "reason")
        layout = self.body_layout
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        self.setMinimumWidth(420)

    def prepare(self) -> Callable[[], S]:
        reason = self.reason.text()
        action = self._action
        return lambda: action(reason)
