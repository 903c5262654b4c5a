"""The member form and dialog: live birth date and sex, every error under its field, nothing
written on refusal, and a corrected save shows up in the register."""

from __future__ import annotations

import pytest

from villagedesk.core.id_number import check_character
from villagedesk.core.members.model import Category, MemberDraft
from villagedesk.core.search import parse_search
from villagedesk.ui.context import AppContext
from villagedesk.ui.members.dialog import MemberDialog
from villagedesk.ui.members.form import MemberForm
from villagedesk.ui.members.page import MembersPage

# Showing a window on the offscreen platform logs this harmless warning.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

FIRST17 = "11010519850712001"
GOOD_ID = FIRST17 + check_character(FIRST17)
BAD_ID = FIRST17 + ("1" if GOOD_ID[-1] != "1" else "2")


def _all_ids(ctx: AppContext) -> list[int]:
    return ctx.store.member_reader.search_ids(parse_search(""), include_inactive=True)


def test_birth_date_and_sex_appear_once_the_number_is_valid(ctx: AppContext, qtbot) -> None:
    form = MemberForm([], today=ctx.today())
    qtbot.addWidget(form)
    qtbot.keyClicks(form.id_number, BAD_ID)
    assert form.birth_date.text() == "" and form.sex.text() == ""
    form.id_number.clear()
    qtbot.keyClicks(form.id_number, GOOD_ID)
    assert form.birth_date.text() == "1985.07.12"
    assert form.sex.text() == "Male"  # the 17th digit is odd


def test_draft_round_trips(ctx: AppContext, qtbot) -> None:
    form = MemberForm([], today=ctx.today())
    qtbot.addWidget(form)
    draft = MemberDraft(
        name="李秀英",
        id_number=GOOD_ID,
        ethnicity="回族",
        education="bachelor",
        phone="13905331234",
        joined_on="2010.07",
        full_member_on="2011.07",
        standing="full",
        work_unit="县医院",
        address="东河村3组",
        categories=frozenset({Category.IN_SERVICE, Category.VETERAN}),
    )
    form.load(draft)
    assert form.draft() == draft


def test_a_wrong_id_number_is_explained_under_the_field_and_nothing_is_written(
    ctx: AppContext, qtbot
) -> None:
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    dialog = page.add_member()
    dialog.form.name.setText("王建国")
    qtbot.keyClicks(dialog.form.id_number, BAD_ID)
    qtbot.keyClicks(dialog.form.joined_on, "2030.01")
    dialog.buttons.accepted.emit()

    assert dialog.isVisible()
    errors = dialog.form.errors.texts()
    assert "check" in errors["id_number"]  # the check digit is wrong
    assert "future" in errors["joined_on"]  # all errors at once
    assert dialog.form.errors.label_for("id_number").isVisible()
    assert _all_ids(ctx) == []

    dialog.form.id_number.clear()
    qtbot.keyClicks(dialog.form.id_number, GOOD_ID)
    dialog.form.joined_on.setText("2010.07")
    dialog.buttons.accepted.emit()

    assert not dialog.isVisible()
    assert dialog.saved is not None
    view = page.view
    row = view.model.row_of(dialog.saved.id)
    assert row is not None
    assert view.model.index(row, 0).data() == "王建国"
    assert view.current_id() == dialog.saved.id
    assert view.count_label.text().startswith("1 ")


def test_editing_keeps_the_record_and_shows_the_change(ctx: AppContext, qtbot) -> None:
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    first = page.add_member()
    first.load(MemberDraft(name="赵敏", id_number=GOOD_ID))
    first.buttons.accepted.emit()
    assert first.saved is not None
    member_id = first.saved.id

    dialog = page.edit_member(member_id)
    assert isinstance(dialog, MemberDialog)
    assert dialog.form.name.text() == "赵敏"
    dialog.form.phone.setText("139 0533 1234")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    phone_col = page.view.spec.keys.index("phone")
    assert page.view.model.index(0, phone_col).data() == "139****1234"  # shown masked
    assert _all_ids(ctx) == [member_id]
