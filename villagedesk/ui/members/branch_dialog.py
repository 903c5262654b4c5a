"""Add or edit a Party organisation (支部 or 党小组). The service validates; every error shows
under its field and nothing is saved then."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from villagedesk.core.members.branch import Branch, BranchDraft, BranchKind
from villagedesk.core.members.branches import add_branch, update_branch
from villagedesk.core.services.results import Saved
from villagedesk.i18n import enum_label
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class BranchDialog(FormDialog[Saved]):
    """Add or edit a branch or group. Errors show under their fields; nothing is saved then."""

    def __init__(
        self,
        ctx: AppContext,
        branches: Sequence[Branch],
        *,
        branch: Branch | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ops=ctx)
        self._ctx = ctx
        self._branch = branch
        self.setWindowTitle(
            self.tr("Add a Party organisation")
            if branch is None
            else self.tr("Edit Party organisation: {name}").format(name=branch.name)
        )
        self.name = QLineEdit(self)
        self.name.setMaxLength(60)
        self.kind = QComboBox(self)
        for kind in BranchKind:
            self.kind.addItem(enum_label(kind.label), kind.value)
        self.parent_branch = QComboBox(self)
        self.parent_branch.addItem("", None)
        for b in branches:
            if b.kind is BranchKind.BRANCH and (branch is None or b.id != branch.id):
                self.parent_branch.addItem(b.name, b.id)
        self.grid = QLineEdit(self)
        self.secretary = QLineEdit(self)
        self.note = QLineEdit(self)
        form = QFormLayout()
        self.errors = FieldErrors(form, error_label(self))
        add = self.errors.add_row
        add(self.tr("Name *"), self.name, "name")
        add(self.tr("Kind"), self.kind, "kind")
        add(self.tr("Parent branch"), self.parent_branch, "parent_id")
        add(self.tr("Grid"), self.grid, "grid")
        add(self.tr("Secretary / group leader"), self.secretary, "secretary")
        add(self.tr("Note"), self.note, "note")
        self.body_layout.addWidget(self.errors.general)
        self.body_layout.addLayout(form)
        self.setMinimumWidth(440)
        if branch is not None:
            self.load(
                BranchDraft(
                    name=branch.name,
                    kind=branch.kind.value,
                    parent_id=branch.parent_id,
                    grid=branch.grid,
                    secretary=branch.secretary,
                    note=branch.note,
                )
            )

    def load(self, draft: BranchDraft) -> None:
        self.name.setText(draft.name)
        self.kind.setCurrentIndex(max(self.kind.findData(draft.kind), 0))
        self.parent_branch.setCurrentIndex(max(self.parent_branch.findData(draft.parent_id), 0))
        self.grid.setText(draft.grid)
        self.secretary.setText(draft.secretary)
        self.note.setText(draft.note)

    def draft(self) -> BranchDraft:
        parent = self.parent_branch.currentData()
        return BranchDraft(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            parent_id=int(parent) if parent is not None else None,
            grid=self.grid.text(),
            secretary=self.secretary.text(),
            note=self.note.text(),
        )

    def prepare(self) -> Callable[[], Saved]:
        # The unit of work is made where the closure runs (the database worker), as every form's.
        branch, factory, draft = self._branch, self._ctx.store.uow_factory, self.draft()
        if branch is None:
            return lambda: add_branch(factory(), draft=draft)
        return lambda: update_branch(factory(), branch_id=branch.id, draft=draft)
