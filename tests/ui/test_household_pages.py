"""The households pages: the register, the household page with every section, the forms."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from villagedesk.core.households import link_services as hl
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.members.model import MemberDraft
from villagedesk.core.members.services import register_member
from villagedesk.core.station import Station, StationLevel
from villagedesk.ui.context import AppContext
from villagedesk.ui.households.cadres_page import CadresPage
from villagedesk.ui.households.page import HouseholdsPage

TODAY = date(2024, 6, 15)
HEAD = "370323196005010016"
SPOUSE = "370323196503010027"


def _village(ctx: AppContext) -> int:
    f = ctx.store.uow_factory
    with f() as uow:
        uow.station.save(Station(code="370323104203", name="东河村", level=StationLevel.VILLAGE))
        uow.commit()
    register_member(f(), draft=MemberDraft(name="张建国", id_number=HEAD), today=TODAY)
    cadre = register_member(
        f(), draft=MemberDraft(name="刘书记", id_number="37032319700101003X"), today=TODAY
    ).id
    hid = hs.create_household(f(), draft=HouseholdDraft(address="东河村3组12号")).id
    for name, number, relation in (("张建国", HEAD, "head"), ("李秀英", SPOUSE, "spouse")):
        draft = ResidentDraft(name=name, id_number=number, relation=relation)
        hs.add_resident(f(), household_id=hid, draft=draft, today=TODAY)
    hl.link_household(f(), cadre_id=cadre, household_id=hid, reason="poor", today=TODAY)
    return hid


def test_the_household_page_shows_every_section(qtbot: QtBot, ctx: AppContext) -> None:
    hid = _village(ctx)
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
    hid = _village(ctx)
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
    _village(ctx)
    page = CadresPage(ctx)
    qtbot.addWidget(page)
    assert page.cadre_model.text(0, 0) == "刘书记"
    assert page.cadre_model.text(0, 3) == "1 / 10"
    assert page.link_model.text(0, 1) == "东河村3组12号"
