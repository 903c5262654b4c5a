"""What the request tests share: a station with a household and a resident, a fixed clock, a
fake unit of work, requests driven into any state, and Chinese rendering of the refusals
(from the committed .ts and the pending .tsv files, before and after ``make i18n``)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.core.fakes import FakeDb
from tests.core.fakes_requests import CalendarDayDeadlines, FakeRequestsUnitOfWork, RequestsState
from villagedesk.core.clock import FixedClock
from villagedesk.core.households.model import Household, HouseholdValues, Relation
from villagedesk.core.households.resident import Resident, ResidentValues
from villagedesk.core.in_service.model import InServiceSettings
from villagedesk.core.members.model import Sex
from villagedesk.core.requests import closing, escalation, handling, merging, services, timekeeping
from villagedesk.core.requests.model import Handler, RequestDraft, RequesterKind
from villagedesk.core.requests.record import Request
from villagedesk.core.requests.state import RequestState
from villagedesk.core.station import Station, StationLevel

#: 2026-05-20 09:30 at the station (01:30 UTC).
NOW = datetime(2026, 5, 20, 9, 30)
CLOCK = FixedClock(datetime(2026, 5, 20, 1, 30, tzinfo=UTC))
TODAY = date(2026, 5, 20)
CADRE = Handler("李书记", member_id=None)
OTHER = Handler("王主任")
HOUSEHOLD_ID = 7
RESIDENT_ID = 11


def make_db() -> FakeDb:
    db = FakeDb()
    db.station.station = Station(
        "370323104201", "沂源县鲁村镇东河村党群服务站", StationLevel.VILLAGE
    )
    db.in_service.settings = InServiceSettings(1, "DHC")
    values = HouseholdValues("东河村3组12号", "3组", "", frozenset(), False, "")
    db.households.households[HOUSEHOLD_ID] = Household(HOUSEHOLD_ID, "h-7", values, False, 1)
    person = ResidentValues(
        HOUSEHOLD_ID,
        "张桂兰",
        "370323195803150028",
        Sex.FEMALE,
        date(1958, 3, 15),
        Relation.HEAD,
        "13812345678",
        "",
    )
    db.households.residents[RESIDENT_ID] = Resident(RESIDENT_ID, "r-11", person, False, 1)
    return db


def make_uow(
    db: FakeDb | None = None, deadlines: CalendarDayDeadlines | None = None
) -> FakeRequestsUnitOfWork:
    return FakeRequestsUnitOfWork(db or make_db(), RequestsState(), deadlines)


def draft(**changes: object) -> RequestDraft:
    """A valid request: a resident asks for help with a broken street light."""
    fields: dict[str, object] = {
        "content": "村东头路灯坏了三天，晚上看不见路。",
        "kind": "help",
        "urgency": "normal",
        "channel": "民情接待日",
        "category": "基础设施",
        "requester_kind": RequesterKind.RESIDENT.value,
        "person_id": RESIDENT_ID,
        "received_at": "2026-05-20 08:00",
    }
    fields.update(changes)
    return RequestDraft(**fields)  # type: ignore[arg-type]


def add(uow: FakeRequestsUnitOfWork, **changes: object) -> int:
    return services.add_request(uow, draft=draft(**changes), clock=CLOCK).id


def get(uow: FakeRequestsUnitOfWork, request_id: int) -> Request:
    return services.get_request(uow, request_id=request_id).request


def assign(uow: FakeRequestsUnitOfWork, rid: int) -> None:
    handling.assign_request(uow, request_id=rid, assignee=CADRE, clock=CLOCK)


def sign(uow: FakeRequestsUnitOfWork, rid: int) -> None:
    handling.sign_request(uow, request_id=rid, signer=CADRE, clock=CLOCK)


def reply(uow: FakeRequestsUnitOfWork, rid: int) -> None:
    closing.reply_request(
        uow, request_id=rid, text="已联系供电所更换灯泡。", by="李书记", clock=CLOCK
    )


def follow(uow: FakeRequestsUnitOfWork, rid: int, resolution: str, satisfaction: str) -> None:
    closing.follow_up(
        uow, request_id=rid, resolution=resolution, satisfaction=satisfaction, clock=CLOCK
    )


def reach(uow: FakeRequestsUnitOfWork, state: RequestState) -> int:
    """A new request driven into ``state`` by the services. 办理中 is reached through a 重办
    after an unsolved follow-up, so that every step the table allows from it can be taken
    (a 销号 with a statement needs a reply first)."""
    rid = add(uow)
    if state is RequestState.UNASSIGNED:
        return rid
    if state is RequestState.REFUSED:
        closing.refuse_request(
            uow, request_id=rid, ground="outside_remit", reason="属县级部门职责。", clock=CLOCK
        )
        return rid
    if state is RequestState.MERGED:
        other = add(uow)
        merging.merge_requests(uow, request_id=rid, into_id=other, clock=CLOCK)
        return rid
    assign(uow, rid)
    if state is RequestState.AWAITING_SIGNATURE:
        return rid
    sign(uow, rid)
    if state is RequestState.SUSPENDED:
        timekeeping.suspend_request(uow, request_id=rid, reason="等待配件", clock=CLOCK)
        return rid
    if state is RequestState.ESCALATED:
        escalation.escalate_request(
            uow, request_id=rid, department="镇供电所", text="请协调更换路灯。", clock=CLOCK
        )
        return rid
    reply(uow, rid)
    if state is RequestState.AWAITING_FOLLOW_UP:
        return rid
    if state is RequestState.IN_PROGRESS:
        follow(uow, rid, "unsolved", "basically_satisfied")
        return rid
    follow(uow, rid, "solved", "satisfied")
    if state is RequestState.CLOSED:
        closing.close_request(uow, request_id=rid, clock=CLOCK)
    return rid
