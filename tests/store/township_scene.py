"""A township holding two villages' packages: each village has a few members, one household and
one in-service registration; the same person (SHARED) is in both villages, and both villages give
out the same card number. Real stores, real packages."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from tests.store.conftest import many_members, member
from tests.sync.township_fixtures import TODAY, TOWNSHIP, Pair, make_pair, open_store
from villagedesk.core.household import HouseholdDraft
from villagedesk.core.in_service import RegistrationDraft
from villagedesk.core.member import Category
from villagedesk.core.resident import ResidentDraft
from villagedesk.core.roll import RollStatus
from villagedesk.core.services.households import add_resident, create_household
from villagedesk.core.services.in_service import record_registration, save_settings
from villagedesk.core.station import Station, StationLevel
from villagedesk.store.station_store import StationStore
from villagedesk.sync.township_codec import ContainerCodec

EAST = Station(code="370323104203", name="东河村党群服务站", level=StationLevel.VILLAGE)
WEST = Station(code="370323104204", name="西岭村党群服务站", level=StationLevel.VILLAGE)
SHARED = replace(
    member("李秀英", birth=date(1975, 3, 8), serial=321),
    categories=frozenset({Category.IN_SERVICE}),
)
CARD = "DH-2026-0001"


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
    record_registration(
        store.uow_factory(),
        draft=RegistrationDraft(member_id=shared.id, registered_on="2026.03.01"),
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
