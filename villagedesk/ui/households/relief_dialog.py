"""The relief categories (救助群体) settings dialog: add, rename, retire or bring back.

Each button is one save through the one write path (``FormDialog.save`` with the action it
prepared); the dialog stays open, shows the list as it is now, and Close ends it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.errors import DomainError
from villagedesk.core.households.relief import ReliefCategory
from villagedesk.core.households.relief_services import (
    add_relief_category,
    relief_categories,
    rename_relief_category,
    retire_relief_category,
)
from villagedesk.core.services.results import Saved
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class ReliefCategoriesDialog(FormDialog[Saved]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, ops=ctx, buttons=QDialogButtonBox.StandardButton.Close)
        self._ctx = ctx
        self._action: Callable[[], Saved] | None = None
        self.categories: list[ReliefCategory] = []
        self.setWindowTitle(self.tr("Relief categories"))
        self.list = QListWidget(self)
        self.error = error_label(self)
        # No field of its own: a name is asked for one at a time, so every refusal shows in the
        # one label below the list.
        self.errors = FieldErrors(QFormLayout(), self.error)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.retire_button = QPushButton(self.tr("Retire"), self)
        self.restore_button = QPushButton(self.tr("Offer again"), self)
        self._lay_out()
        self.resize(520, 460)
        self.add_button.clicked.connect(lambda: self.add())
        self.rename_button.clicked.connect(lambda: self.rename())
        self.retire_button.clicked.connect(lambda: self.set_retired(True))
        self.restore_button.clicked.connect(lambda: self.set_retired(False))
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.reload()

    def _lay_out(self) -> None:
        side = QVBoxLayout()
        for b in (self.add_button, self.rename_button, self.retire_button, self.restore_button):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = self.body_layout
        layout.addWidget(
            note_label(
                self.tr(
                    "Residents can be placed in these groups. A retired category is no longer "
                    "offered, but residents who have it keep it."
                ),
                self,
            )
        )
        layout.addLayout(row, 1)
        layout.addWidget(self.error)

    def reload(self) -> None:
        try:
            # A writing unit of work (the defaults are made on first use): held writes refuse it.
            self.categories = relief_categories(self._ctx.store.uow_factory(), include_retired=True)
        except DomainError as e:
            self.errors.show_message(e.message)
            return
        current = self.list.currentRow()
        self.list.clear()
        for c in self.categories:
            text = self.tr("{name} ({count} residents)").format(name=c.name, count=c.resident_count)
            if c.retired:
                text += "  " + self.tr("[retired]")
            item = QListWidgetItem(text)
            if c.retired:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
        self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        self._update_buttons()

    def current(self) -> ReliefCategory | None:
        row = self.list.currentRow()
        return self.categories[row] if 0 <= row < len(self.categories) else None

    def _update_buttons(self) -> None:
        c = self.current()
        self.rename_button.setEnabled(c is not None)
        self.retire_button.setEnabled(c is not None and not c.retired)
        self.restore_button.setEnabled(c is not None and c.retired)

    def prepare(self) -> Callable[[], Saved] | None:
        """The change a button asked for (its values read already); None after Close."""
        action, self._action = self._action, None
        return action

    def _run(self, action: Callable[[], Saved]) -> bool:
        """Save ``action`` through the one write path; a refusal shows under the list."""
        self._action = action
        return self.save()

    def on_saved(self, saved: Saved) -> None:
        self.reload()

    def add(self, name: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add a category"), self.tr("Name:"))
            if not ok:
                return False
        text = name
        return self._run(lambda: add_relief_category(self._ctx.store.uow_factory(), name=text))

    def rename(self, name: str | None = None) -> bool:
        c = self.current()
        if c is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename the category"), self.tr("Name:"), text=c.name
            )
            if not ok:
                return False
        text = name
        return self._run(
            lambda: rename_relief_category(
                self._ctx.store.uow_factory(), category_id=c.id, name=text
            )
        )

    def set_retired(self, retired: bool) -> bool:
        c = self.current()
        if c is None:
            return False
        return self._run(
            lambda: retire_relief_category(
                self._ctx.store.uow_factory(), category_id=c.id, retired=retired
            )
        )
