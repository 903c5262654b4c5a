"""党组织: the branches and groups members belong to; add, edit, void (refused while members remain).

At a township the tree holds every village's branches too, with a village column (村（社区）) and
a village filter; a village's branches are read-only here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.members.branch import Branch, members_with_groups
from villagedesk.core.members.branches import list_branches, void_branch
from villagedesk.core.services.results import Saved
from villagedesk.i18n import enum_label
from villagedesk.ui.forms.reason_dialog import ReasonDialog
from villagedesk.ui.members.branch_dialog import BranchDialog
from villagedesk.ui.registers.village_box import VillageBox, read_only_tip

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class BranchesPage(QWidget):
    """党组织设置: branches with their groups beneath, and the number of members in each."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.branches: list[Branch] = []  # those shown (a township: the chosen village's)
        self._all: list[Branch] = []
        self.dialog: QDialog | None = None
        self.scope = ctx.readers.members().scope()
        self.township = self.scope.township
        self.add_button = QPushButton(self.tr("Add branch or group"), self)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.void_button = QPushButton(self.tr("Void"), self)
        self.village_box = VillageBox(self.scope, self)
        self.tree = self._build_tree()
        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.void_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.village_box)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)

        self.add_button.clicked.connect(self.add_branch)
        self.edit_button.clicked.connect(lambda: self.edit_branch())
        self.void_button.clicked.connect(lambda: self.void_branch())
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.edit_branch(self._id(item)))
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.village_box.village_changed.connect(lambda _code: self.reload())
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    def title(self) -> str:
        return self.tr("Party organisations")

    def _build_tree(self) -> QTreeWidget:
        """Name (stretching), kind, grid, secretary and members; at a township the village
        right after the name."""
        tree = QTreeWidget(self)
        labels = [
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Grid"),
            self.tr("Secretary"),
            self.tr("Members"),
        ]
        if self.township:  # the village column, right after the name
            labels.insert(1, QCoreApplication.translate("Columns", "Village / community"))
        tree.setHeaderLabels(labels)
        tree.setRootIsDecorated(True)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        char = self.fontMetrics().horizontalAdvance("0")
        widths = [12, 14, 12, 8]
        if self.township:
            widths.insert(0, 16)
        for col, width in enumerate(widths, start=1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width * char + 16)
        return tree

    @staticmethod
    def _id(item: QTreeWidgetItem) -> int:
        return int(item.data(0, ID_ROLE))

    def _on_changed(self, changes: Changes) -> None:
        if changes.topics & {Topic.BRANCHES, Topic.MEMBERS}:
            if self.township:  # a village may have been accepted since
                self.scope = self._ctx.readers.members().scope()
                self.village_box.set_scope(self.scope)
            self.reload()

    def own_branches(self) -> list[Branch]:
        """The branches this station may edit and put new ones under (a township: its own)."""
        return [b for b in self._all if self.scope.is_own(b.station_code)]

    def reload(self) -> None:
        selected = self.current_id()
        found = list_branches(self._ctx.store.uow_factory())
        self._all = found
        self.branches = [b for b in found if self.village_box.shows(b.station_code)]
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        known = {b.id for b in self.branches}
        ordered = sorted(self.branches, key=lambda b: b.parent_id in known)  # parents first
        totals = members_with_groups(self.branches)
        members = 5 if self.township else 4
        for b in ordered:
            values = [b.name, enum_label(b.kind.label), b.grid, b.secretary, str(totals[b.id])]
            if self.township:
                values.insert(1, self.scope.village_name(b.station_code))
            parent = items.get(b.parent_id) if b.parent_id is not None else None
            item = QTreeWidgetItem(values)
            item.setData(0, ID_ROLE, b.id)
            item.setTextAlignment(
                members, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            if parent is not None:
                parent.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[b.id] = item
        self.tree.expandAll()
        if selected is not None and selected in items:
            self.tree.setCurrentItem(items[selected])
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return self._id(item) if item is not None and item.isSelected() else None

    def select(self, branch_id: int) -> None:
        for item in self._all_items():
            if self._id(item) == branch_id:
                self.tree.setCurrentItem(item)
                return

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item is None:
                continue
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def is_own(self, branch_id: int) -> bool:
        """Whether the branch is this station's own (at a township a village's is read-only)."""
        branch = next((b for b in self.branches if b.id == branch_id), None)
        return branch is None or self.scope.is_own(branch.station_code)

    def _update_buttons(self) -> None:
        current = self.current_id()
        one = current is not None
        own = current is not None and self.is_own(current)
        for button in (self.edit_button, self.void_button):
            button.setEnabled(own)
            button.setToolTip("" if own or not one else read_only_tip())

    def _branch(self, branch_id: int | None) -> Branch | None:
        if branch_id is None:
            branch_id = self.current_id()
        return next((b for b in self.branches if b.id == branch_id), None)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_branch(self) -> BranchDialog:
        dialog = BranchDialog(self._ctx, self.own_branches(), parent=self)
        dialog.accepted.connect(lambda: self._select_saved(dialog))
        self._open(dialog)
        return dialog

    def _select_saved(self, dialog: BranchDialog) -> None:
        if dialog.saved is not None:
            self.select(dialog.saved.id)

    def edit_branch(self, branch_id: int | None = None) -> BranchDialog | None:
        branch = self._branch(branch_id)
        if branch is None or not self.is_own(branch.id):
            return None  # a village's branch (township): read-only
        dialog = BranchDialog(self._ctx, self.own_branches(), branch=branch, parent=self)
        self._open(dialog)
        return dialog

    def void_branch(self, branch_id: int | None = None) -> ReasonDialog[Saved] | None:
        branch = self._branch(branch_id)
        if branch is None or not self.is_own(branch.id):
            return None
        ctx = self._ctx

        def action(reason: str) -> Saved:
            return void_branch(ctx.store.uow_factory(), branch_id=branch.id, reason=reason)

        dialog = ReasonDialog(
            ctx,
            self.tr("Void organisation: {name}").format(name=branch.name),
            self.tr(
                "A voided branch no longer appears in lists. Only a branch without "
                "members can be voided."
            ),
            action,
            parent=self,
        )
        self._open(dialog)
        return dialog
