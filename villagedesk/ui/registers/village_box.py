"""The township's village filter: "All villages / communities" and each accepted village by name.
Every register view has one (ui/registers/register_view.py), and so do the screens that are not
one lazy register (the branch tree, the in-service page above its tabs).

Hidden at a village; at a township the chosen station code (or None for all) drives the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from villagedesk.core.ownership import StationScope


class VillageBox(QComboBox):
    """A combo of the scope's villages; ``village_changed`` carries the code or None (all)."""

    village_changed = Signal(object)

    def __init__(self, scope: StationScope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope = StationScope()
        self.set_scope(scope)
        self.currentIndexChanged.connect(lambda _i: self.village_changed.emit(self.code()))

    def set_scope(self, scope: StationScope, *, show_by_scope: bool = True) -> None:
        """Fill (again) from ``scope``, keeping the chosen village while it is still there.

        ``show_by_scope=False`` leaves the box shown or hidden as it is (a register view's box,
        which the view shows only with a village column and its page may hide).
        """
        self.scope = scope
        chosen = self.code()
        self.blockSignals(True)
        self.clear()
        # The register view's string: one translation for the same words everywhere.
        self.addItem(QCoreApplication.translate("RegisterView", "All villages / communities"), None)
        for village in scope.villages:
            self.addItem(village.name, village.code)
        found = self.findData(chosen) if chosen is not None else 0
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)
        if show_by_scope and (self.parentWidget() is not None or not scope.township):
            self.setVisible(scope.township)
        if chosen is not None and found < 0:
            self.village_changed.emit(None)  # the chosen village is gone: everyone again

    def code(self) -> str | None:
        """The chosen village's station code, or None for all villages."""
        data = self.currentData()
        return None if data is None else str(data)

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code is not None else 0
        self.setCurrentIndex(max(index, 0))

    def shows(self, station_code: str | None) -> bool:
        """Whether a record of ``station_code`` passes the filter."""
        code = self.code()
        return code is None or station_code == code


def read_only_tip() -> str:
    """The tooltip of an edit button disabled on a village's record (the members page's words)."""
    return QCoreApplication.translate(
        "MembersPage", "A village's record is read-only here; return it to the village."
    )
