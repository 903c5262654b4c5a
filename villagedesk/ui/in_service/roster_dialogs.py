"""The in-service forms that pick a member of the in-service roster: add to the expected list,
register (with the year's pledges), claim a post, log a service."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from villagedesk.core.in_service import posts
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.model import (
    ClaimDraft,
    ExpectedDraft,
    RecordDraft,
    RegistrationDraft,
    RosterEntry,
    ServicePost,
)
from villagedesk.core.services.results import Saved
from villagedesk.ui.households.link_dialog import Picker
from villagedesk.ui.in_service.dialogs import FormDialog, day_edit
from villagedesk.ui.in_service.widgets import MemberPicker, RosterSearch

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class ExpectedDialog(FormDialog):
    """Add a member to the year's expected list (应报到名单)."""

    def __init__(
        self,
        ctx: AppContext,
        roster: Sequence[RosterEntry],
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Add to the expected list of {year}").format(year=year))
        self.year = year
        self.member = MemberPicker(roster, self)
        self.work_unit = QLineEdit(self)
        self.work_unit.setPlaceholderText(self.tr("empty: the member's work unit"))
        self.notified_on = day_edit(self)
        self.add(self.tr("Member *"), self.member, "member_id")
        self.add(self.tr("Work unit"), self.work_unit, "work_unit")
        self.add(self.tr("Unit's notice dated"), self.notified_on, "notified_on")

    def draft(self) -> ExpectedDraft:
        return ExpectedDraft(
            self.member.member_id(), self.year, self.work_unit.text(), self.notified_on.text()
        )

    def load(self, draft: ExpectedDraft) -> None:
        self.member.set_member_id(draft.member_id)
        self.work_unit.setText(draft.work_unit)
        self.notified_on.setText(draft.notified_on)

    def prepare(self) -> Callable[[], Saved]:
        uow, draft, today = self.ctx.store.uow_factory(), self.draft(), self.ctx.today()
        return lambda: svc.add_expected(uow, draft=draft, today=today)


class RegistrationDialog(FormDialog):
    """报到登记: the member reports in; pledges for the year may be written here too. ``roster``
    is whom the search offers: the in-service members not yet reported in the year."""

    def __init__(
        self,
        ctx: AppContext,
        roster: Sequence[RosterEntry],
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Register an in-service member"))
        self.year = year
        self.member = RosterSearch(ctx.readers.members(), roster, self)
        self.registered_on = day_edit(self, ctx.today().strftime("%Y.%m.%d"))
        self.work_unit = QLineEdit(self)
        self.work_unit.setPlaceholderText(self.tr("empty: as on the expected list or the roll"))
        self.handbook = QCheckBox(self.tr("Handbook issued"), self)
        self.pledge_1 = QLineEdit(self)
        self.pledge_2 = QLineEdit(self)
        self.add(self.tr("Member *"), self.member, "member_id")
        self.add(self.tr("Reported on *"), self.registered_on, "registered_on")
        self.add(self.tr("Work unit"), self.work_unit, "work_unit")
        self.add("", self.handbook, "handbook_issued")
        self.add(self.tr("Pledges (1–2)"), self._pledges_box(), "pledges")
        self._pledges_of: int | None = None
        self.member.chosen_changed.connect(self._load_pledges)

    def _pledges_box(self) -> QWidget:
        pledges = QWidget(self)
        column = QVBoxLayout(pledges)
        column.setContentsMargins(0, 0, 0, 0)
        for edit in (self.pledge_1, self.pledge_2):
            edit.setMaxLength(200)
            edit.setPlaceholderText(self.tr("a concrete promise for the year"))
            column.addWidget(edit)
        return pledges

    def _load_pledges(self) -> None:
        member_id = self.member.member_id()
        if member_id is None or member_id == self._pledges_of:
            return
        self._pledges_of = member_id
        found = svc.pledges(self.ctx.store.uow_factory(), member_id=member_id, year=self.year)
        self.pledge_1.setText(found[0].text if found else "")
        self.pledge_2.setText(found[1].text if len(found) > 1 else "")

    def draft(self) -> RegistrationDraft:
        return RegistrationDraft(
            member_id=self.member.member_id(),
            registered_on=self.registered_on.text(),
            work_unit=self.work_unit.text(),
            handbook_issued=self.handbook.isChecked(),
            pledges=(self.pledge_1.text(), self.pledge_2.text()),
        )

    def load(self, draft: RegistrationDraft) -> None:
        self.member.set_member_id(draft.member_id)
        self.registered_on.setText(draft.registered_on)
        self.work_unit.setText(draft.work_unit)
        self.handbook.setChecked(draft.handbook_issued)
        texts = [*draft.pledges, "", ""]
        self.pledge_1.setText(texts[0])
        self.pledge_2.setText(texts[1])

    def prepare(self) -> Callable[[], Saved]:
        uow, draft, today = self.ctx.store.uow_factory(), self.draft(), self.ctx.today()
        return lambda: svc.record_registration(uow, draft=draft, today=today)


def _post_combo(parent: QWidget, choices: Sequence[ServicePost], current: int | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("", None)
    for post in choices:
        label = QCoreApplication.translate("InServiceForms", "{name} ({free} of {places} free)")
        label = label.format(name=post.name, free=post.free, places=post.values.places)
        combo.addItem(label, post.id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def _chosen_post(combo: QComboBox) -> int | None:
    post = combo.currentData()
    return int(post) if post is not None else None


class ClaimDialog(FormDialog):
    """认领: a member claims a post; a full post is refused under the field."""

    def __init__(
        self,
        ctx: AppContext,
        roster: Sequence[RosterEntry],
        choices: Sequence[ServicePost],
        post_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Claim a service post"))
        self.member = MemberPicker(roster, self)
        self.post = _post_combo(self, choices, post_id)
        self.claimed_on = day_edit(self, ctx.today().strftime("%Y.%m.%d"))
        self.add(self.tr("Member *"), self.member, "member_id")
        self.add(self.tr("Post *"), self.post, "post_id")
        self.add(self.tr("Claimed on *"), self.claimed_on, "claimed_on")

    def draft(self) -> ClaimDraft:
        return ClaimDraft(self.member.member_id(), _chosen_post(self.post), self.claimed_on.text())

    def prepare(self) -> Callable[[], Saved]:
        uow, draft, today = self.ctx.store.uow_factory(), self.draft(), self.ctx.today()
        return lambda: posts.claim_post(uow, draft=draft, today=today)


class RecordDialog(FormDialog):
    """服务记录: what a member did on a post they claimed, when, how long, for whom."""

    def __init__(
        self,
        ctx: AppContext,
        roster: Sequence[RosterEntry],
        choices: Sequence[ServicePost],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Log a service"))
        self.member = MemberPicker(roster, self)
        self.post = _post_combo(self, choices, None)
        self.served_on = day_edit(self, ctx.today().strftime("%Y.%m.%d"))
        self.what = QLineEdit(self)
        self.hours = QLineEdit(self)
        self.hours.setPlaceholderText(self.tr("e.g. 2 or 1.5"))
        self.beneficiary = QLineEdit(self)
        self.beneficiary.setPlaceholderText(self.tr("e.g. elderly living alone in group 3"))
        self.household = Picker(
            ctx.readers.households(),
            ("head", "address"),
            self.tr("Optional: search the households by address or a resident's name"),
            self,
            compact=True,
        )
        self.add(self.tr("Member *"), self.member, "member_id")
        self.add(self.tr("Post *"), self.post, "post_id")
        self.add(self.tr("Date *"), self.served_on, "served_on")
        self.add(self.tr("Service done *"), self.what, "what")
        self.add(self.tr("Hours *"), self.hours, "hours")
        self.add(self.tr("For whom"), self.beneficiary, "beneficiary")
        self.add(self.tr("Household"), self.household, "household_id")

    def draft(self) -> RecordDraft:
        return RecordDraft(
            self.member.member_id(),
            _chosen_post(self.post),
            self.served_on.text(),
            self.what.text(),
            self.hours.text(),
            self.beneficiary.text(),
            self.household.chosen_id(),
        )

    def load(self, draft: RecordDraft) -> None:
        self.member.set_member_id(draft.member_id)
        self.post.setCurrentIndex(max(self.post.findData(draft.post_id), 0))
        self.served_on.setText(draft.served_on)
        self.what.setText(draft.what)
        self.hours.setText(draft.hours)
        self.beneficiary.setText(draft.beneficiary)
        if draft.household_id is not None:
            label = self.household.label_of(draft.household_id) or str(draft.household_id)
            self.household.preset(draft.household_id, label)

    def prepare(self) -> Callable[[], Saved]:
        uow, draft, today = self.ctx.store.uow_factory(), self.draft(), self.ctx.today()
        return lambda: posts.add_record(uow, draft=draft, today=today)
