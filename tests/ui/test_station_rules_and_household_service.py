"""设置 for in-service reporting and cadre links, and service logged for a household showing on
the household page: what a secretary does in the GUI, and what they see."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from villagedesk.core.households import link_services as hl
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.in_service import posts
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.model import ClaimDraft, PostDraft
from villagedesk.core.members.model import Category, MemberDraft
from villagedesk.core.members.services import register_member
from villagedesk.core.station import Station, StationLevel
from villagedesk.ui.context import AppContext
from villagedesk.ui.households.household_page import HouseholdPageDialog
from villagedesk.ui.in_service.page import InServicePage
from villagedesk.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

CADRE_ID = "37032319700101003X"


@pytest.fixture
def station(ctx: AppContext) -> AppContext:
    with ctx.store.uow_factory() as uow:
        uow.station.save(
            Station("370323104203", "沂源县鲁村镇东河村党群服务站", StationLevel.VILLAGE)
        )
        uow.commit()
    return ctx


def test_the_in_service_page_opens_the_settings_and_errors_show_under_the_field(
    qtbot: QtBot, station: AppContext
) -> None:
    ctx = station
    page = InServicePage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_settings()
    form = dialog.form
    # the defaults: January, the code derived from the station's name, 10 households
    assert form.year_start.currentData() == 1
    assert form.short_code.text() == "" and form.short_code.placeholderText() == "DHC"
    assert form.link_limit.value() == 10

    form.short_code.setText("东河")
    form.year_start.setCurrentIndex(form.year_start.findData(7))
    dialog.accept()
    assert dialog.isVisible()
    assert "2 to 4 letters" in form.errors.texts()["short_code"]
    assert form.errors.label_for("short_code").isVisible()
    assert svc.get_settings(ctx.store.uow_factory()).year_start_month == 1  # nothing written

    form.short_code.setText("dh")
    form.link_limit.setValue(12)
    dialog.accept()
    assert not dialog.isVisible()
    settings = svc.get_settings(ctx.store.uow_factory())
    assert (settings.year_start_month, settings.short_code) == (7, "DH")
    assert hl.link_limit(ctx.store.uow_factory()) == 12
    # the page shows the campaign year's new bounds
    assert "07.01" in page.year_label.text()


def test_the_main_settings_dialog_has_the_same_form_and_stays_open_on_a_refusal(
    qtbot: QtBot, station: AppContext
) -> None:
    ctx = station
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.rules.short_code.setText("ABCDE")
    dialog.accept()
    assert dialog.tabs.currentWidget() is dialog.rules
    assert "short_code" in dialog.rules.errors.texts()
    dialog.rules.short_code.setText("")
    dialog.rules.link_limit.setValue(3)
    dialog.accept()
    assert hl.link_limit(ctx.store.uow_factory()) == 3
    assert svc.short_code(ctx.store.uow_factory()) == "DHC"


def _served_household(ctx: AppContext) -> tuple[int, int, int]:
    f = ctx.store.uow_factory
    draft = MemberDraft(
        name="刘书记", id_number=CADRE_ID, categories=frozenset({Category.IN_SERVICE})
    )
    member = register_member(f(), draft=draft, today=ctx.today()).id
    post = posts.add_post(f(), draft=PostDraft("关爱老人", places="2")).id
    posts.claim_post(f(), draft=ClaimDraft(member, post, "2024.03.01"), today=ctx.today())
    home = hs.create_household(f(), draft=HouseholdDraft(address="东河村3组12号")).id
    return member, post, home


def test_service_logged_for_a_household_shows_on_its_page(
    qtbot: QtBot, station: AppContext
) -> None:
    ctx = station
    member, post, home = _served_household(ctx)
    household_page = HouseholdPageDialog(ctx, home)
    qtbot.addWidget(household_page)
    assert household_page.models["service_records"].rowCount() == 0

    page = InServicePage(ctx)
    qtbot.addWidget(page)
    dialog = page.records.log_service()
    assert not dialog.household.results.isVisible()  # optional: no list until searched
    dialog.member.set_member_id(member)
    dialog.post.setCurrentIndex(dialog.post.findData(post))
    dialog.what.setText("代买药品")
    dialog.hours.setText("1.5")
    dialog.household.search.setText("东河村3组")
    assert dialog.household.chosen_id() == home
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()

    # the household page refreshed itself: the declared section shows the record
    model = household_page.models["service_records"]
    assert model.rowCount() == 1
    assert [model.text(0, c) for c in (1, 2, 3, 4)] == ["刘书记", "关爱老人", "代买药品", "1.5"]
    title = household_page.boxes["service_records"].title()
    assert title == "In-service members' service records (1)"


def test_a_voided_household_is_refused_under_the_household_field(
    qtbot: QtBot, station: AppContext
) -> None:
    ctx = station
    member, post, home = _served_household(ctx)
    page = InServicePage(ctx)
    qtbot.addWidget(page)
    dialog = page.records.log_service()
    dialog.member.set_member_id(member)
    dialog.post.setCurrentIndex(dialog.post.findData(post))
    dialog.what.setText("代买药品")
    dialog.hours.setText("1")
    dialog.household.preset(home, "东河村3组12号")
    hs.void_household(ctx.store.uow_factory(), household_id=home, reason="重复", today=ctx.today())
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "voided" in dialog.errors.texts()["household_id"]
    assert posts.service_records(ctx.store.uow_factory(), year=2024) == []
