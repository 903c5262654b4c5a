"""The change hub: services report what they touched, screens refresh what the topics say."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from villagedesk.core.changes import Changes


class ChangeHub(QObject):
    """Publish :class:`Changes` on the GUI thread; every screen connects to :attr:`changed`."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def publish_all(self) -> None:
        """Everything may have changed (after a restore or demo fill)."""
        self.changed.emit(Changes.everything())
