"""Grey out what the signed-in role may not do (``actions_of(role)``): a courtesy, since the
services refuse anyway (NotPermitted, 无权限).

A page turns its own buttons on and off (a row selected, writes held); the gate keeps the one it
denies off whatever the page says, remembers what the page wanted, and gives that back when a
role that may is signed in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from villagedesk.core.accounts.model import Role
from villagedesk.core.accounts.permissions import Action, actions_of

Gated = QAction | QWidget

#: The write buttons of the pages, by attribute name (a page without one is skipped).
PAGE_BUTTONS: dict[str, Action] = {
    "add_button": Action.WRITE_RECORDS,
    "edit_button": Action.WRITE_RECORDS,
    "roll_button": Action.WRITE_RECORDS,
    "void_button": Action.WRITE_RECORDS,
    "undo_button": Action.WRITE_RECORDS,
    "undo_action": Action.WRITE_RECORDS,
    "more_button": Action.WRITE_RECORDS,
    "escalate_button": Action.WRITE_RECORDS,
    "dispute_action": Action.WRITE_RECORDS,
    "import_button": Action.IMPORT,
}
#: Buttons kept in a dict on the page (the steps of a request or a dispute).
PAGE_BUTTON_MAPS: dict[str, Action] = {"step_buttons": Action.WRITE_RECORDS}


class RoleGate(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.allowed: frozenset[Action] = frozenset(Action)
        self._gated: dict[Gated, Action] = {}
        self._wanted: dict[Gated, bool] = {}
        self._setting = False

    def gate(self, target: Gated, action: Action) -> None:
        """Hold ``target`` off while the role may not take ``action``."""
        if target in self._gated:
            return
        self._gated[target] = action
        if isinstance(target, QAction):
            target.enabledChanged.connect(lambda _on, t=target: self._changed(t))
        else:
            target.installEventFilter(self)
        target.destroyed.connect(lambda _o=None, t=target: self._forget(t))
        self._apply(target)

    def gate_page(self, page: QWidget) -> None:
        for name, action in PAGE_BUTTONS.items():
            target = getattr(page, name, None)
            if isinstance(target, QAction | QWidget):
                self.gate(target, action)
        for name, action in PAGE_BUTTON_MAPS.items():
            for target in getattr(page, name, {}).values():
                if isinstance(target, QAction | QWidget):
                    self.gate(target, action)
        view = getattr(page, "view", None)
        export = getattr(view, "export_button", None)
        if isinstance(export, QWidget):
            self.gate(export, Action.EXPORT_PERSONAL)

    def set_role(self, role: Role) -> None:
        self.allowed = actions_of(role)
        for target in list(self._gated):
            self._apply(target)

    def denied(self, target: Gated) -> bool:
        action = self._gated.get(target)
        return action is not None and action not in self.allowed

    def _apply(self, target: Gated) -> None:
        if self.denied(target):
            self._wanted.setdefault(target, _explicitly_enabled(target))
            self._set(target, False)
        elif target in self._wanted:
            self._set(target, self._wanted.pop(target))

    def _set(self, target: Gated, on: bool) -> None:
        self._setting = True
        try:
            target.setEnabled(on)
        finally:
            self._setting = False

    def _changed(self, target: Gated) -> None:
        if self._setting or not self.denied(target):
            return
        self._wanted[target] = _explicitly_enabled(target)
        if _explicitly_enabled(target):
            self._set(target, False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget):
            self._changed(watched)
        return False

    def _forget(self, target: Gated) -> None:
        self._gated.pop(target, None)
        self._wanted.pop(target, None)


def _explicitly_enabled(target: Gated) -> bool:
    if isinstance(target, QAction):
        return target.isEnabled()
    return not target.testAttribute(Qt.WidgetAttribute.WA_Disabled)
