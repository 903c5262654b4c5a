"""Demo disputes: a year of 矛盾纠纷 of every type, colour, mediation level and outcome, written
through the same services a mediator uses (so every 编号, colour, time limit and history is what
the program would make), after the demo's people and requests are in.

Each dispute's steps are dated in the past, in order, each through a clock stopped at its own
moment. The fates (:data:`FATES`) cover written and oral agreements, 调解不成 and 终止, reopened
cases, 销号 after the follow-up, agreements awaiting performance or their follow-up, a level
set by hand (raised, and a red one lowered with its reason), a case moved up to the township
and cases whose level time ran out; the newest dispute is still being mediated in its time.
Parties are the demo's residents and members and a few people typed in (long names too); the
mediators are the demo's cadres, never a party.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.calendar.ports import CalendarRepository
from villagedesk.core.clock import Clock, FixedClock
from villagedesk.core.disputes import from_request, services
from villagedesk.core.disputes.demo_case import FATES, Case, Factory, Timeline, walk
from villagedesk.core.disputes.model import (
    DEFAULT_DISPUTE_TYPES,
    DisputeDraft,
    DisputeSource,
    MediationLevel,
    PartyDraft,
    PartyKind,
    PartyRole,
    RiskFactors,
)
from villagedesk.core.disputes.ports import DisputeRepositories, DisputesUnitOfWork
from villagedesk.core.progress import Progress
from villagedesk.core.requests.demo import DemoPeople
from villagedesk.core.requests.joined import JoinedUnitOfWork
from villagedesk.core.requests.model import Handler, RequesterKind
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.record import RequestQuery
from villagedesk.core.requests.timing import STATION_TZ, local_now
from villagedesk.core.text import QT_TRANSLATE_NOOP

DEMO_DISPUTES = 36
TYPED_NAMES = ("阿不都热合曼·买买提", "欧阳娜娜", "李大山", "爨宝福")
#: What each dispute is about, by type (the station's default types).
STORIES = {
    "婚姻家庭": "夫妻因赡养老人问题长期争吵，女方回娘家不归",
    "邻里": "两家因房后排水沟堵塞，雨水流进邻居院子",
    "宅基地": "翻建房屋时越过原宅基地界址约半米",
    "山林土地": "承包山林界址不清，双方各自栽树",
    "合同": "土地流转租金拖欠两年未付",
    "损害赔偿": "散养的羊啃食邻户麦苗约两亩",
    "征地拆迁": "修路占地补偿款分配有争议",
    "劳动争议": "在村内养殖场务工三个月工资未结清",
    "医疗": "村卫生室输液后出现过敏，家属要求赔偿",
    "交通事故": "三轮车与电动车相撞，医药费分担有争议",
    "其他": "红白事占用公共道路搭棚，邻居出行受阻",
}
RISKS = (
    (RiskFactors(), 2),
    (RiskFactors(threats=True), 3),
    (RiskFactors(criminal_risk=True, police_calls=1), 2),
    (RiskFactors(vulnerable=True), 6),
    (RiskFactors(petition_signs=True), 12),
)
SOURCES = tuple(s for s in DisputeSource if s is not DisputeSource.FROM_REQUEST)
STARTS = (MediationLevel.FAMILY, MediationLevel.GROUP, MediationLevel.COMMITTEE)
MEDIATORS = ("李书记", "王主任", "张委员", "刘网格员")


class DemoDisputesUnitOfWork(DisputesUnitOfWork, RequestsUnitOfWork, Protocol):
    """What the station demo's unit of work lends the dispute services."""


class JoinedDisputesUnitOfWork(JoinedUnitOfWork):
    """:class:`JoinedUnitOfWork` with the disputes and the calendar too: the dispute services'
    steps join the demo's one transaction."""

    def __init__(self, uow: DemoDisputesUnitOfWork) -> None:
        super().__init__(uow)
        self._whole = uow

    @property
    def disputes(self) -> DisputeRepositories:
        return self._whole.disputes

    @property
    def calendar(self) -> CalendarRepository:
        return self._whole.calendar


def _parties(
    uow: DisputesUnitOfWork, rng: random.Random, people: DemoPeople, index: int
) -> list[tuple[PartyDraft, str]]:
    """Two or three parties with their names: residents, a member, someone typed in."""
    chosen: list[tuple[PartyDraft, str]] = []
    residents = list(people.residents)
    rng.shuffle(residents)
    for pid in residents[:2]:
        resident = uow.residents.get(pid)
        if resident is not None:
            chosen.append((PartyDraft(PartyKind.RESIDENT.value, person_id=pid), resident.name))
    if people.members and (index % 3 == 1 or len(chosen) < 2):
        mid = rng.choice(people.members)
        member = uow.members.get(mid)
        if member is not None:
            chosen.append((PartyDraft(PartyKind.MEMBER.value, person_id=mid), member.name))
    while len(chosen) < 2 or (index % 4 == 0 and len(chosen) < 3):
        name = rng.choice([n for n in TYPED_NAMES if n not in {c[1] for c in chosen}])
        chosen.append((PartyDraft(PartyKind.NAMED.value, name=name), name))
    roles = (PartyRole.APPLICANT, PartyRole.RESPONDENT, PartyRole.OTHER)
    return [
        (PartyDraft(d.kind, roles[i].value, d.name, d.person_id), name)
        for i, (d, name) in enumerate(chosen)
    ]


def _record(
    factory: Factory,
    rng: random.Random,
    people: DemoPeople,
    index: int,
    t: Timeline,
    request_id: int | None,
) -> Case:
    uow = factory()
    parties = _parties(uow, rng, people, index)
    names = {name for _d, name in parties}
    members = {d.person_id for d, _n in parties if d.kind == PartyKind.MEMBER.value}
    handlers = people.cadres or tuple(Handler(n) for n in MEDIATORS)
    free = [h for h in handlers if h.name not in names and h.member_id not in members]
    free = free or [Handler(n) for n in MEDIATORS if n not in names]
    owner = rng.choice(free) if free else None
    kind = DEFAULT_DISPUTE_TYPES[index % len(DEFAULT_DISPUTE_TYPES)]
    risks, extra = RISKS[index % len(RISKS)]
    clock = FixedClock(t.at.replace(tzinfo=STATION_TZ))
    drafts = tuple(d for d, _n in parties)
    if request_id is not None:  # the requester is the applicant; a neighbour typed in responds
        drafts = (PartyDraft(PartyKind.NAMED.value, PartyRole.RESPONDENT.value, TYPED_NAMES[2]),)
    draft = DisputeDraft(
        parties=drafts,
        dispute_type=kind,
        summary=STORIES[kind],
        cause="积怨已久" if index % 2 else "",
        screened_on=t.at.date().isoformat(),
        source=SOURCES[index % len(SOURCES)].value,
        people=len(parties) + extra,
        risks=risks,
        level=STARTS[index % len(STARTS)].value,
        owner=owner,
        place="东河村",
    )
    if request_id is not None:
        saved = from_request.dispute_from_request(uow, clock, request_id=request_id, draft=draft)
    else:
        saved = services.add_dispute(uow, clock, draft=draft)
    case = Case(factory, t, [h for h in free if h != owner] or free)
    case.id = saved.id
    return case


def _request_for(factory: Factory) -> int | None:
    """A request of a resident or member to turn into a dispute (诉求转入), if any."""
    uow = factory()
    for request in uow.requests.records.list(RequestQuery()):
        if request.values.requester.kind in (RequesterKind.RESIDENT, RequesterKind.MEMBER):
            return request.id
    return None


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Fill in demo disputes"))
def fill_disputes_demo(
    factory: Factory,
    *,
    seed: int = 1,
    count: int = DEMO_DISPUTES,
    people: DemoPeople | None = None,
    clock: Clock,
    progress: Progress | None = None,
) -> int:
    """Write ``count`` disputes of the past year; return how many were written. The progress
    is only checked (a cancel stops the demo): the requests' bar stays on screen."""
    progress = progress or Progress()
    people = people or DemoPeople()
    rng = random.Random(seed + 29)
    now = local_now(clock)
    request_id = _request_for(factory)
    for index in range(count):
        progress.check()
        recorded = now - timedelta(days=360 * (count - index) / count, hours=rng.uniform(0, 6))
        recorded = recorded.replace(hour=max(recorded.hour, 8))
        fate = FATES[index % len(FATES)] if index < count - 1 else "mediating"
        turned = request_id if index == 1 else None
        case = _record(factory, rng, people, index, Timeline(recorded, now, rng), turned)
        if fate != "mediating":
            walk(case, fate)
    return count
