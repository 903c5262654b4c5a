"""A person who is in every register, from the hard names of /work/shared/fixtures: 爱新觉罗·启星
is the head of a household (with 欧阳娜娜, whose numbers must never show in the other's export),
a relief resident, a Party member (the same ID number) with in-service records, a cadre linking
another household, a requester and a dispute party. Written through the services and the
repositories, so the audit log holds their writes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from tests.core.requests.support import CLOCK, draft
from tests.store.conftest import add_member, member
from tests.store.disputes.conftest import AT
from villagedesk.core.disputes.model import (
    DisputeSource,
    DisputeValues,
    MediationLevel,
    Party,
    PartyKind,
    PartyRole,
    RiskFactors,
    WarningLevel,
)
from villagedesk.core.disputes.record import DisputeProgress
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.households import relief_services
from villagedesk.core.households import services as hs
from villagedesk.core.households.links import LinkReason, LinkValues
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.in_service.model import InServiceSettings, PostValues, RecordValues
from villagedesk.core.members.model import Sex
from villagedesk.core.requests import services
from villagedesk.store.station_store import StationStore

TODAY = date(2026, 5, 20)
NAME = "爱新觉罗·启星"
ID_NUMBER = "210503196801011467"
PHONE = "18641412345"
WORK_UNIT = "本溪钢铁（集团）有限责任公司"
ADDRESS = "辽宁省本溪市溪湖区河西街道彩屯社区第三网格东山路北段原钢铁公司第二宿舍区内十七号楼三单元五楼左侧"
SPOUSE, SPOUSE_ID, SPOUSE_PHONE = "欧阳娜娜", "210503198503121026", "024-42812345-8021"
OTHER_ID = "653101199002151571"
REQUEST_TEXT = "彩屯社区八组路灯坏了三天，晚上看不见路。"
DISPUTE_TEXT = "两户因宅基地界址发生争执。"
POST = "彩屯社区八组环境卫生志愿服务岗"


@dataclass(frozen=True)
class Seeded:
    resident_id: int
    member_id: int
    household_id: int
    spouse_id: int
    linked_household_id: int


def _people(store: StationStore) -> tuple[int, int, int, int]:
    f = store.uow_factory
    categories = {c.name: c.id for c in relief_services.relief_categories(f())}
    home = hs.create_household(f(), draft=HouseholdDraft(address=ADDRESS, grid="八组")).id
    head = ResidentDraft(
        name=NAME,
        id_number=ID_NUMBER,
        relation="head",
        phone=PHONE,
        relief_ids=frozenset({categories["低保对象"]}),
    )
    resident = hs.add_resident(f(), household_id=home, draft=head, today=TODAY).id
    spouse = ResidentDraft(name=SPOUSE, id_number=SPOUSE_ID, relation="spouse", phone=SPOUSE_PHONE)
    spouse_id = hs.add_resident(f(), household_id=home, draft=spouse, today=TODAY).id
    other = hs.create_household(f(), draft=HouseholdDraft(address="彩屯社区流动人员公寓")).id
    hs.add_resident(
        f(),
        household_id=other,
        draft=ResidentDraft(name="阿不都热合曼·买买提", id_number=OTHER_ID, relation="head"),
        today=TODAY,
    )
    return home, resident, spouse_id, other


def _member(store: StationStore) -> int:
    values = replace(
        member(NAME),
        id_number=ID_NUMBER,
        sex=Sex.FEMALE,
        birth_date=date(1968, 1, 1),
        phone=PHONE,
        work_unit=WORK_UNIT,
        address=ADDRESS,
    )
    return add_member(store, values)


def _in_service_and_link(store: StationStore, member_id: int, other: int) -> None:
    with store.uow_factory() as uow:
        post = uow.in_service.posts.add(PostValues(POST, "清扫", 5, "司马懿", "13904141234"))
        uow.in_service.claims.add(member_id, post, date(2026, 3, 1))
        uow.in_service.pledges.add(member_id, 2026, "每月参加两次环境整治")
        uow.in_service.records.add(
            RecordValues(member_id, post, date(2026, 4, 2), "清扫八组主干道", 3, "八组居民")
        )
        uow.household_links.add(
            LinkValues(member_id, other, LinkReason.PARTY_MEMBER, "", date(2026, 1, 5))
        )
        uow.commit()


def _request_and_dispute(store: StationStore, resident_id: int) -> None:
    services.add_request(
        store.uow_factory(), draft=draft(person_id=resident_id, content=REQUEST_TEXT), clock=CLOCK
    )
    values = DisputeValues(
        parties=(
            Party(PartyKind.RESIDENT, PartyRole.APPLICANT, NAME, resident_id, PHONE, ID_NUMBER),
            Party(PartyKind.NAMED, PartyRole.RESPONDENT, "司马懿"),
        ),
        dispute_type="宅基地",
        summary=DISPUTE_TEXT,
        cause="",
        screened_on=TODAY,
        source=DisputeSource.SCREENING,
        people=2,
        risks=RiskFactors(),
        household_ids=(),
        level=MediationLevel.COMMITTEE,
        owner=None,
        place="",
        recorded_at=AT,
    )
    progress = DisputeProgress(
        state=DisputeState.MEDIATING, state_since=AT, warning=WarningLevel.YELLOW
    )
    with store.uow_factory() as uow:
        uow.disputes.records.add("DHC-调-2026-0001", 2026, 1, values, progress)
        uow.commit()


def seed(store: StationStore) -> Seeded:
    with store.uow_factory() as uow:
        uow.in_service.settings.save(InServiceSettings(1, "DHC"))
        uow.commit()
    home, resident, spouse, other = _people(store)
    member_id = _member(store)
    _in_service_and_link(store, member_id, other)
    _request_and_dispute(store, resident)
    return Seeded(resident, member_id, home, spouse, other)
