"""A small village for the profile: four households in 1组, 2组, a long-named group and none;
members on and off the roll, one living nowhere registered; relief categories; open, refused
and closed requests; disputes touching two groups, none, and a closed one. Written through
the services and the repositories, so the counts are the store's."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from tests.core.requests.support import CLOCK, draft
from tests.store.conftest import add_member, id_number, member
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
from villagedesk.core.disputes.state import DisputeState as S
from villagedesk.core.households import relief_services
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.in_service.model import InServiceSettings
from villagedesk.core.members.model import MemberValues
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.requests import closing, services
from villagedesk.core.requests.events import RefusalGround
from villagedesk.core.requests.model import RequesterKind
from villagedesk.store.station_store import StationStore

LONG_GROUP = "阿不都热合曼·买买提组"
TODAY = date(2026, 5, 20)


@dataclass
class Seeded:
    store: StationStore
    households: dict[str, int]


def _household(store: StationStore, grid: str, address: str) -> int:
    draft_ = HouseholdDraft(address=address, grid=grid)
    return hs.create_household(store.uow_factory(), draft=draft_).id


def _resident(
    store: StationStore, household: int, name: str, serial: int, relation: str, relief: set[int]
) -> int:
    person = ResidentDraft(
        name=name,
        id_number=id_number(date(1960, 1, 1), serial),
        relation=relation,
        relief_ids=frozenset(relief),
    )
    return hs.add_resident(
        store.uow_factory(), household_id=household, draft=person, today=TODAY
    ).id


def _same_person(serial: int, name: str) -> MemberValues:
    """A member with the ID number of the resident of ``serial``."""
    values = member(name, serial=serial)
    return replace(values, id_number=id_number(date(1960, 1, 1), serial))


def seed(store: StationStore) -> Seeded:
    f = store.uow_factory
    with f() as uow:
        uow.in_service.settings.save(InServiceSettings(1, "DHC"))
        uow.commit()
    categories = {c.name: c.id for c in relief_services.relief_categories(f())}
    poor, old = categories["低保对象"], categories["留守老人"]
    h = {
        "1组": _household(store, "1组", "东河村1组3号"),
        "2组": _household(store, " 2组 ", "东河村2组8号"),
        LONG_GROUP: _household(store, LONG_GROUP, "东河村新区1号"),
        "": _household(store, "", "东河村外来户"),
        "1组b": _household(store, "1组", "东河村1组9号"),
    }
    zhang = _resident(store, h["1组"], "张桂兰", 101, "head", {poor, old})
    _resident(store, h["1组"], "李小红", 102, "spouse", {old})
    _resident(store, h["1组b"], "刘德华", 103, "head", set())
    wang = _resident(store, h["2组"], "王德福", 104, "head", set())
    _resident(store, h[LONG_GROUP], "阿不都热合曼·买买提", 105, "head", {poor})
    _resident(store, h[""], "赵四", 106, "head", set())
    add_member(store, _same_person(101, "张桂兰"))  # lives in 1组
    add_member(store, _same_person(104, "王德福"), RollStatus.TRANSFERRED_OUT)  # not active
    add_member(store, _same_person(105, "阿不都热合曼·买买提"))  # lives in the long group
    add_member(store, member("李建军", serial=31))  # on the roll, lives nowhere registered
    _requests(store, zhang, wang)
    _disputes(store, h)
    return Seeded(store, h)


def _requests(store: StationStore, zhang: int, wang: int) -> None:
    f = store.uow_factory
    services.add_request(f(), draft=draft(person_id=zhang), clock=CLOCK)  # open, 1组
    services.add_request(f(), draft=draft(person_id=zhang), clock=CLOCK)  # open, 1组
    refused = services.add_request(f(), draft=draft(person_id=wang), clock=CLOCK).id
    closing.refuse_request(
        f(),
        request_id=refused,
        ground=RefusalGround.OUTSIDE_REMIT.value,
        reason="不属于本站职责",
        clock=CLOCK,
    )
    named = draft(requester_kind=RequesterKind.NAMED.value, person_id=None, requester_name="过路人")
    services.add_request(f(), draft=named, clock=CLOCK)  # open, no household


def _disputes(store: StationStore, h: dict[str, int]) -> None:
    values = DisputeValues(
        parties=(
            Party(PartyKind.NAMED, PartyRole.APPLICANT, "张桂兰"),
            Party(PartyKind.NAMED, PartyRole.RESPONDENT, "王德福"),
        ),
        dispute_type="宅基地",
        summary="两户因宅基地界址发生争执。",
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

    def add(serial: int, households: tuple[int, ...], level: WarningLevel, state: S) -> None:
        progress = DisputeProgress(state=state, state_since=AT, warning=level)
        with store.uow_factory() as uow:
            uow.disputes.records.add(
                f"DHC-调-2026-{serial:04d}",
                2026,
                serial,
                replace(values, household_ids=households),
                progress,
            )
            uow.commit()

    open_ = S.MEDIATING
    add(1, (h["1组"], h["2组"]), WarningLevel.RED, open_)  # two groups: once in each
    add(2, (h["1组"], h["1组b"]), WarningLevel.ORANGE, open_)  # two households of 1组: once
    add(3, (), WarningLevel.ORANGE, S.AWAITING_FOLLOW_UP)  # no household: 未关联户
    add(4, (h[""],), WarningLevel.YELLOW, open_)  # 未分组
    add(5, (h["1组"],), WarningLevel.YELLOW, S.CLOSED)  # closed: not counted
