"""The households pages: the register, the household page with every section, the forms."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.households.village import SPOUSE, village
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.ui.context import AppContext
from villagedesk.ui.households.cadres_page import CadresPage
from villagedesk.ui.households.page import HouseholdsPage


def test_the_household_page_shows_every_section(qtbot: QtBot, ctx: AppContext) -> None:
    hid = village(ctx)
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    page.households.search_box.setText("lxy")  # a resident's pinyin
    page.households.search_now()
    assert page.households.model.ids() == [hid]
    page.households.search_box.setText("东河村3组")  # the address
    page.households.search_now()
    assert page.households.model.ids() == [hid]
    dialog = page.open_household(hid)
    assert dialog is not None
    assert set(dialog.models) == {"residents", "members", "cadres", "service_records"}
    names = [dialog.models["residents"].text(r, 0) for r in range(2)]
    assert names == ["张建国", "李秀英"]
    assert dialog.models["members"].text(0, 0) == "张建国"
    assert dialog.models["cadres"].text(0, 0) == "刘书记"
    assert "Residents and relief categories (2)" in dialog.boxes["residents"].title()
    dialog.reject()


def test_a_duplicate_id_number_is_refused_under_the_field(qtbot: QtBot, ctx: AppContext) -> None:
    hid = village(ctx)
    other = hs.create_household(
        ctx.store.uow_factory(), draft=HouseholdDraft(address="西山村1号")
    ).id
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    household_page = page.open_household(other)
    assert household_page is not None
    form_dialog = household_page.add_resident()
    form_dialog.load(ResidentDraft(name="王五", id_number=SPOUSE, relation="head"))
    assert not form_dialog.save()
    shown = form_dialog.form.errors.texts()
    assert "李秀英" in shown["id_number"] and "东河村3组12号" in shown["id_number"]
    assert hs.household_residents(ctx.store.uow_factory(), household_id=other) == []
    assert hid != other
    form_dialog.reject()
    household_page.reject()


def test_the_cadre_page_lists_counts_and_households(qtbot: QtBot, ctx: AppContext) -> None:
    village(ctx)
    page = CadresPage(ctx)
    qtbot.addWidget(page)
    assert page.cadre_model.text(0, 0) == "刘书记"
    assert page.cadre_model.text(0, 3) == "1 / 10"
    assert page.link_model.text(0, 1) == "东河村3组12号"
