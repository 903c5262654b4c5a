"""The in-service forms on one record: a member's pledges, a service post, the end of a claim, a
member's assessment; and their small base. The forms that pick a member of the roster are in
roster_dialogs.py. Each round-trips a draft; the service validates; all errors show at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from villagedesk.core.in_service import assessment as assess
from villagedesk.core.in_service import posts
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.assessment_model import AssessmentDraft, AssessmentRow, Rating
from villagedesk.core.in_service.model import PostDraft, ServicePost
from villagedesk.core.services.results import Saved
from villagedesk.ui.forms.base import FormDialog as BaseFormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


def day_edit(parent: QWidget, text: str = "") -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setPlaceholderText(QCoreApplication.translate("InServiceForms", "e.g. 2026.03.15"))
    edit.setMaxLength(20)
    return edit


class FormDialog(BaseFormDialog[Saved]):
    """The base form dialog around a QFormLayout: ``add()`` puts a field with its error line."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, ops=ctx)
        self.ctx = ctx
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(self.form, error_label(self))
        self.body_layout.addWidget(self.errors.general)
        self.body_layout.addLayout(self.form)
        self.setMinimumWidth(480)

    def add(self, label: str, widget: QWidget, key: str | None = None) -> None:
        self.errors.add_row(label, widget, key)

    def prepare(self) -> Callable[[], Saved]:
        raise NotImplementedError


class PledgeDialog(FormDialog):
    """A member's one or two pledges of the year."""

    def __init__(
        self, ctx: AppContext, member_id: int, name: str, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Pledges of {name}, {year}").format(name=name, year=year))
        self.member_id, self.year = member_id, year
        self.pledge_1 = QLineEdit(self)
        self.pledge_2 = QLineEdit(self)
        self.add(self.tr("Pledge 1"), self.pledge_1, "pledges")
        self.add(self.tr("Pledge 2"), self.pledge_2, "text")
        found = svc.pledges(ctx.store.uow_factory(), member_id=member_id, year=year)
        self.pledge_1.setText(found[0].text if found else "")
        self.pledge_2.setText(found[1].text if len(found) > 1 else "")

    def prepare(self) -> Callable[[], Saved]:
        uow, member_id, year = self.ctx.store.uow_factory(), self.member_id, self.year
        texts = [self.pledge_1.text(), self.pledge_2.text()]
        return lambda: svc.set_pledges(uow, member_id=member_id, year=year, texts=texts)


class PostDialog(FormDialog):
    """Add or edit a service post (岗位)."""

    def __init__(
        self, ctx: AppContext, post: ServicePost | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Add a service post") if post is None else self.tr("Edit post"))
        self.post = post
        self.name = QLineEdit(self)
        self.places = QLineEdit("1", self)
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(70)
        self.contact_name = QLineEdit(self)
        self.contact_phone = QLineEdit(self)
        self.add(self.tr("Name *"), self.name, "name")
        self.add(self.tr("Places *"), self.places, "places")
        self.add(self.tr("Description"), self.description, "description")
        self.add(self.tr("Community contact"), self.contact_name, "contact_name")
        self.add(self.tr("Contact phone"), self.contact_phone, "contact_phone")
        if post is not None:
            self.load(post.to_draft())

    def load(self, draft: PostDraft) -> None:
        self.name.setText(draft.name)
        self.places.setText(draft.places)
        self.description.setPlainText(draft.description)
        self.contact_name.setText(draft.contact_name)
        self.contact_phone.setText(draft.contact_phone)

    def draft(self) -> PostDraft:
        return PostDraft(
            self.name.text(),
            self.description.toPlainText(),
            self.places.text(),
            self.contact_name.text(),
            self.contact_phone.text(),
        )

    def prepare(self) -> Callable[[], Saved]:
        uow, draft, post = self.ctx.store.uow_factory(), self.draft(), self.post
        if post is None:
            return lambda: posts.add_post(uow, draft=draft)
        return lambda: posts.update_post(uow, post_id=post.id, draft=draft)


class EndClaimDialog(FormDialog):
    """End a claim on a date; the place is free again."""

    def __init__(
        self, ctx: AppContext, claim_id: int, who: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("End the claim of {name}").format(name=who))
        self.claim_id = claim_id
        self.ended_on = day_edit(self, ctx.today().strftime("%Y.%m.%d"))
        self.add(self.tr("Ended on *"), self.ended_on, "ended_on")

    def prepare(self) -> Callable[[], Saved]:
        uow, claim_id, today = self.ctx.store.uow_factory(), self.claim_id, self.ctx.today()
        ended_on = self.ended_on.text()
        return lambda: posts.end_claim(uow, claim_id=claim_id, ended_on=ended_on, today=today)


def _rating_combo(parent: QWidget, empty: str, current: Rating | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(empty, "")
    for rating in Rating:
        combo.addItem(QCoreApplication.translate("Enum", rating.label), rating.value)
    combo.setCurrentIndex(max(combo.findData(current.value if current else ""), 0))
    return combo


class AssessmentDialog(FormDialog):
    """Rate one member's year: the evidence beside the community's and the work unit's rating."""

    def __init__(
        self, ctx: AppContext, row: AssessmentRow, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(
            self.tr("Assessment of {name}, {year}").format(name=row.member_name, year=year)
        )
        self.row, self.year = row, year
        ev = row.evidence
        self.evidence = QLabel(
            self.tr(
                "Service: {hours} hours in {records} records\nPosts: {posts}\nPledges: {pledges}"
            ).format(
                hours=ev.hours,
                records=ev.records,
                posts="、".join(ev.posts) or "—",
                pledges="；".join(ev.pledges) or "—",
            ),
            self,
        )
        self.evidence.setWordWrap(True)
        self.community = _rating_combo(self, "", row.community_rating)
        self.community_comment = QLineEdit(row.community_comment, self)
        self.unit = _rating_combo(self, self.tr("not yet returned"), row.unit_rating)
        self.unit_comment = QLineEdit(row.unit_comment, self)
        self.add(self.tr("Evidence"), self.evidence)
        self.add(self.tr("Community rating *"), self.community, "community_rating")
        self.add(self.tr("Community comment"), self.community_comment, "community_comment")
        self.add(self.tr("Work unit rating"), self.unit, "unit_rating")
        self.add(self.tr("Work unit comment"), self.unit_comment, "unit_comment")

    def draft(self) -> AssessmentDraft:
        return AssessmentDraft(
            self.row.member_id,
            self.year,
            str(self.community.currentData() or ""),
            self.community_comment.text(),
            str(self.unit.currentData() or ""),
            self.unit_comment.text(),
        )

    def prepare(self) -> Callable[[], Saved]:
        uow, draft = self.ctx.store.uow_factory(), self.draft()
        return lambda: assess.save_assessment(uow, draft=draft)
