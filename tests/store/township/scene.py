"""A township holding two villages' packages: each village has a few members, one household, one
branch, and in-service work (SHARED expected from UNIT, registered, holding POST, one service
record); the same person (SHARED) is in both villages, both villages give out the same card number
and have a branch and a post of the same name. Real stores, real packages."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from tests.store.conftest import many_members, member
from tests.sync.township_fixtures import TODAY, TOWNSHIP, Pair, make_pair, open_store
from villagedesk.core.households.link_services import link_household
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.households.services import add_resident, create_household
from villagedesk.core.in_service.model import (
    ClaimDraft,
    ExpectedDraft,
    PostDraft,
    RecordDraft,
    RegistrationDraft,
)
from villagedesk.core.in_service.posts import add_post, add_record, claim_post
from villagedesk.core.in_service.services import add_expected, record_registration, save_settings
from villagedesk.core.members.branch import BranchDraft
from villagedesk.core.members.branches import add_branch
from villagedesk.core.members.model import Category
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.station import Station, StationLevel
from villagedesk.store.households import tables as th
from villagedesk.store.station_store import StationStore
from villagedesk.sync.township_codec import ContainerCodec

EAST = Station(code="370323104203", name="东河村党群服务站", level=StationLevel.VILLAGE)
WEST = Station(code="370323104204", name="西岭村党群服务站", level=StationLevel.VILLAGE)
SHARED = replace(
    member("李秀英", birth=date(1975, 3, 8), serial=321),
    categories=frozenset({Category.IN_SERVICE}),
)
CARD = "DH-2026-0001"
BRANCH = "第一党支部"
POST = "政策宣传岗"
UNIT = "沂源县供电公司"


def fill_village(store: StationStore, *, seed: int, count: int) -> None:
    with store.uow_factory() as uow:
        uow.members.add_many(
            [*many_members(count, seed=seed), SHARED],
            status=RollStatus.ON_ROLL,
            registered_on=date(2024, 1, 5),
        )
        uow.commit()
    with store.uow_factory() as uow:
        shared = uow.members.find_by_id_number(SHARED.id_number)
        station = uow.station.get()
    assert shared is not None and station is not None
    save_settings(store.uow_factory(), year_start_month=1, short_code="DH")
    add_branch(store.uow_factory(), draft=BranchDraft(name=BRANCH))
    add_expected(
        store.uow_factory(),
        draft=ExpectedDraft(member_id=shared.id, campaign_year=2026, work_unit=UNIT),
        today=TODAY,
    )
    record_registration(
        store.uow_factory(),
        draft=RegistrationDraft(member_id=shared.id, registered_on="2026.03.01"),
        today=TODAY,
    )
    post = add_post(store.uow_factory(), draft=PostDraft(name=POST, places="2"))
    claim_post(
        store.uow_factory(),
        draft=ClaimDraft(member_id=shared.id, post_id=post.id, claimed_on="2026.03.02"),
        today=TODAY,
    )
    add_record(
        store.uow_factory(),
        draft=RecordDraft(
            member_id=shared.id, post_id=post.id, served_on="2026.03.05", what="宣讲", hours="2"
        ),
        today=TODAY,
    )
    household = create_household(
        store.uow_factory(), draft=HouseholdDraft(address=f"{station.name[:3]}一组1号")
    )
    add_resident(
        store.uow_factory(),
        household_id=household.id,
        draft=ResidentDraft(name=SHARED.name, id_number=SHARED.id_number, relation="head"),
        today=TODAY,
    )


@dataclass
class Scene:
    township: StationStore
    east: Pair
    west: Pair

    def close(self) -> None:
        self.east.village.close()
        self.west.village.close()


def two_villages(
    root: Path, *, township: StationStore | None = None, data_dir: Path | None = None
) -> Scene:
    """Both villages exported and imported into ``township`` (a new one unless given)."""
    store = township or open_store(root / "township", TOWNSHIP)
    codec = ContainerCodec(data_dir or root / "township")
    pairs = []
    for station, seed, count in ((EAST, 1, 3), (WEST, 2, 2)):
        pair = make_pair(root / station.code, village=station, township=store, tcodec=codec)
        fill_village(pair.village, seed=seed, count=count)
        report = pair.import_(pair.export())
        assert report.exit_code == 0, [f.message for f in report.files]
        pairs.append(pair)
    return Scene(store, pairs[0], pairs[1])


def link_shared(pair: Pair) -> None:
    """In the village, SHARED links its one household (包村联户); the change goes to the township."""
    store = pair.village
    with store.uow_factory() as uow:
        shared = uow.members.find_by_id_number(SHARED.id_number)
    with store.engine.connect() as conn:
        household_id = conn.execute(select(th.households.c.id)).scalar_one()
    assert shared is not None
    link_household(
        store.uow_factory(),
        cadre_id=shared.id,
        household_id=household_id,
        reason="poor",
        today=TODAY,
    )
    report = pair.import_(pair.export())
    assert report.exit_code == 0, [f.message for f in report.files]
