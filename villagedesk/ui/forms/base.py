"""The one form dialog: a body that scrolls when the screen is short with its buttons below it,
Esc with typed data asks "放弃已填写的内容？" first, and Save goes through the one write path.

A dialog that saves sets ``self.errors`` (its :class:`FieldErrors`) and overrides
:meth:`FormDialog.prepare`: on the GUI thread it reads the fields and returns the service call,
which :func:`run_service` runs on the database worker. A refusal stays in the open dialog under its
fields; a saved result is kept in ``saved``, its changes are published, and the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from villagedesk.ui.forms import discard
from villagedesk.ui.forms.fields import FieldErrors
from villagedesk.ui.forms.service_op import HasChanges, Ops, run_service
from villagedesk.ui.screen_fit import scroll_area

S = TypeVar("S", bound=HasChanges)

SAVE_CANCEL = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel


class FormDialog(QDialog, Generic[S]):
    """A form in a dialog. Put the fields in ``body_layout``; the Save/Cancel ``buttons`` stay
    below the scrolled body. ``reject()`` asks before discarding typed data."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        ops: Ops | None = None,
        buttons: QDialogButtonBox.StandardButton = SAVE_CANCEL,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._errors: FieldErrors | None = None
        self.saved: S | None = None
        self._saving = False
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_scroll = scroll_area(self.body, self)
        self.buttons = QDialogButtonBox(buttons, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body_scroll, 1)
        layout.addWidget(self.buttons)
        self._opened_with: discard.Snapshot | None = None

    @property
    def errors(self) -> FieldErrors:
        """The form's field errors (a dialog that saves sets them in its ``__init__``)."""
        if self._errors is None:
            raise TypeError(f"{type(self).__name__} has no field errors")
        return self._errors

    @errors.setter
    def errors(self, errors: FieldErrors) -> None:
        self._errors = errors

    def prepare(self) -> Callable[[], S] | None:
        """Read the fields (GUI thread) and return the service call that saves them.

        None (the default) means the dialog saves nothing and OK just closes it.
        """
        return None

    def save(self) -> bool:
        """Run the service ``prepare`` returns; True when it was accepted (``saved`` holds it)."""
        if self._saving:
            return False  # Save pressed again while the first save runs
        action = self.prepare()
        if action is None:
            return True
        if self.ops is None:
            raise TypeError(f"{type(self).__name__} saves but was given no ops")
        self._saving = True
        self.buttons.setEnabled(False)
        try:
            saved = run_service(self.ops, self.errors, action, parent=self)
        finally:
            self._saving = False
            self.buttons.setEnabled(True)
        if saved is None:
            return False
        self.saved = saved
        self.on_saved(saved)
        return True

    def on_saved(self, saved: S) -> None:
        """Called after a successful save, before the dialog closes."""

    def accept(self) -> None:
        if self.save():
            super().accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._opened_with is None:
            self.mark_clean()

    def mark_clean(self) -> None:
        """What the form shows now counts as nothing typed (called when it opens)."""
        self._opened_with = discard.snapshot(self)

    def has_typed_data(self) -> bool:
        """Whether any input differs from what the form showed when it opened."""
        return self._opened_with is not None and discard.snapshot(self) != self._opened_with

    def reject(self) -> None:
        if self.isVisible() and self.has_typed_data() and not discard.confirm_discard(self):
            return
        super().reject()

    def discard(self) -> None:
        """Close without asking (what a confirmed Esc does)."""
        super().reject()
