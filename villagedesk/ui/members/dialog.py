"""Add or edit a member. The service validates; every error shows under its field at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from villagedesk.core.members.branch import Branch
from villagedesk.core.members.branches import list_branches
from villagedesk.core.members.model import Member, MemberDraft
from villagedesk.core.members.services import register_member, update_member
from villagedesk.core.services.results import Saved
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.masked_forms import NumberGuards
from villagedesk.ui.members.form import MemberForm

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


def load_branches(ctx: AppContext) -> list[Branch]:
    """The live branches for a combo box (a read: held writes do not stop it)."""
    return list_branches(ctx.store.uow_factory())


class MemberDialog(FormDialog[Saved]):
    """新增党员 / 编辑党员. After a successful save ``saved`` holds the service's result. The form
    scrolls on a short screen; Save and Cancel stay below it."""

    def __init__(
        self, ctx: AppContext, *, member: Member | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ops=ctx)
        self._ctx = ctx
        self._member = member
        self.setWindowTitle(
            self.tr("Add a Party member")
            if member is None
            else self.tr("Edit Party member: {name}").format(name=member.name)
        )
        self.form = MemberForm(load_branches(ctx), today=ctx.today(), parent=self)
        self.errors = self.form.errors
        self.numbers: NumberGuards | None = None
        if member is not None:
            self.form.load(member.to_draft())
            self.numbers = NumberGuards(
                ctx,
                record_type="members",
                record_id=member.id,
                edits={"id_number": self.form.id_number, "phone": self.form.phone},
                stored={"id_number": member.values.id_number, "phone": member.values.phone},
            )
            self.form.derived.show_for(member.values.id_number)
        self.body_layout.addWidget(self.form)
        self.resize(600, self.sizeHint().height())
        self.form.name.setFocus()

    def load(self, draft: MemberDraft) -> None:
        self.form.load(draft)

    def prepare(self) -> Callable[[], Saved]:
        draft = self.form.draft()
        if self.numbers is not None:
            draft = self.numbers.applied(draft)
        member = self._member

        def write() -> Saved:
            uow = self._ctx.store.uow_factory()
            if member is None:
                return register_member(uow, draft=draft, today=self._ctx.today())
            return update_member(uow, member_id=member.id, draft=draft, today=self._ctx.today())

        return write
