"""A village with one household of two residents (the head a Party member) linked to a cadre:
what the households GUI tests start from."""

from __future__ import annotations

from datetime import date

from villagedesk.core.households import link_services as hl
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.members.model import MemberDraft
from villagedesk.core.members.services import register_member
from villagedesk.core.station import Station, StationLevel
from villagedesk.ui.context import AppContext

TODAY = date(2024, 6, 15)
HEAD = "370323196005010016"
SPOUSE = "370323196503010027"


def village(ctx: AppContext) -> int:
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
