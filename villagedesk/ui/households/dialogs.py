"""Add or edit a household or a resident. The service validates; nothing is written until every
field is right, and every error shows under its field at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from villagedesk.core.errors import DomainError
from villagedesk.core.households.model import Household
from villagedesk.core.households.relief import ReliefCategory
from villagedesk.core.households.relief_services import relief_categories
from villagedesk.core.households.resident import Resident, ResidentDraft
from villagedesk.core.households.services import (
    add_resident,
    create_household,
    update_household,
    update_resident,
)
from villagedesk.core.services.results import Saved
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.households.forms import HouseholdForm, ResidentForm
from villagedesk.ui.masked_forms import NumberGuards

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class HouseholdDialog(FormDialog[Saved]):
    """新增户 / 编辑户. After a save ``saved`` holds the service's result."""

    def __init__(
        self, ctx: AppContext, *, household: Household | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ops=ctx)
        self._ctx = ctx
        self._household = household
        self.setWindowTitle(
            self.tr("Add a household")
            if household is None
            else self.tr("Edit household: {address}").format(address=household.address)
        )
        self.form = HouseholdForm(self)
        self.errors = self.form.errors
        self.numbers: NumberGuards | None = None
        if household is not None:
            self.form.load(household.to_draft())
            self.numbers = NumberGuards(
                ctx,
                record_type="households",
                record_id=household.id,
                edits={"phone": self.form.phone},
                stored={"phone": household.values.phone},
            )
        self.body_layout.addWidget(self.form)
        self.resize(620, max(420, self.sizeHint().height()))

    def prepare(self) -> Callable[[], Saved]:
        draft = self.form.draft()
        if self.numbers is not None:
            draft = self.numbers.applied(draft)
        household = self._household

        def write() -> Saved:
            uow = self._ctx.store.uow_factory()
            if household is None:
                return create_household(uow, draft=draft)
            return update_household(uow, household_id=household.id, draft=draft)

        return write


def offered_categories(ctx: AppContext, keep: frozenset[int] = frozenset()) -> list[ReliefCategory]:
    """The categories a form offers: those in use, plus retired ones the resident still has.

    None while writes are held: the list is read in a writing unit of work (the defaults are
    made on first use), and the form's save would be refused then anyway."""
    try:
        every = relief_categories(ctx.store.uow_factory(), include_retired=True)
    except DomainError:
        return []
    return [c for c in every if not c.retired or c.id in keep]


class ResidentDialog(FormDialog[Saved]):
    """新增居民 / 编辑居民 in one household."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        household_id: int,
        resident: Resident | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ops=ctx)
        self._ctx = ctx
        self._household_id = household_id
        self._resident = resident
        self.setWindowTitle(
            self.tr("Add a resident")
            if resident is None
            else self.tr("Edit resident: {name}").format(name=resident.name)
        )
        keep = resident.relief_ids if resident is not None else frozenset()
        self.form = ResidentForm(offered_categories(ctx, keep), today=ctx.today(), parent=self)
        self.errors = self.form.errors
        self.numbers: NumberGuards | None = None
        if resident is not None:
            self.form.load(resident.to_draft())
            self.numbers = NumberGuards(
                ctx,
                record_type="residents",
                record_id=resident.id,
                edits={"id_number": self.form.id_number, "phone": self.form.phone},
                stored={"id_number": resident.values.id_number, "phone": resident.values.phone},
            )
            self.form.derived.show_for(resident.values.id_number)
        self.body_layout.addWidget(self.form)
        self.resize(600, max(520, self.sizeHint().height()))
        self.form.name.setFocus()

    def load(self, draft: ResidentDraft) -> None:
        self.form.load(draft)

    def prepare(self) -> Callable[[], Saved]:
        draft = self.form.draft()
        if self.numbers is not None:
            draft = self.numbers.applied(draft)
        resident, today = self._resident, self._ctx.today()

        def write() -> Saved:
            uow = self._ctx.store.uow_factory()
            if resident is None:
                return add_resident(uow, household_id=self._household_id, draft=draft, today=today)
            return update_resident(uow, resident_id=resident.id, draft=draft, today=today)

        return write
