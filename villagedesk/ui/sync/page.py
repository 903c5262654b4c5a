"""The "数据同步" navigation entry: the village or the township page, by the station's level."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from villagedesk.core.township.ports import SyncMode, mode_of
from villagedesk.ui.context import AppContext


class SyncPage(QWidget):
    """Holds the page for the station's mode; rebuilt when the level changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode: SyncMode | None = None
        self.inner: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        ctx.hub.changed.connect(lambda _changes: self.update_mode())
        self.update_mode()

    def update_mode(self) -> None:
        station = self.ctx.station()
        mode = mode_of(station.level) if station is not None else SyncMode.VILLAGE
        if mode is self.mode and self.inner is not None:
            return
        if self.inner is not None:
            self._layout.removeWidget(self.inner)
            self.inner.deleteLater()
        self.mode = mode
        self.inner = self._build(mode)
        self._layout.addWidget(self.inner)

    def _build(self, mode: SyncMode) -> QWidget:
        if mode is SyncMode.VILLAGE:
            from villagedesk.ui.sync.village_page import VillageSyncPage

            return VillageSyncPage(self.ctx)
        try:
            module = importlib.import_module("villagedesk.ui.sync.township_page")
        except ImportError:
            return QLabel(self.tr("The township sync page is not available in this version."))
        widget: QWidget = module.TownshipSyncPage(self.ctx)
        return widget
