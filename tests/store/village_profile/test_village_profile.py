"""村情档案 from the store: every figure of every group row, the 未分组 and 未关联户 rows, a
dispute touching two groups counted in each but once in the totals, closed and refused matters
left out, members on the roll only, relief groups with their residents."""

from __future__ import annotations

import pytest

from tests.core.requests.support import CLOCK
from tests.store.village_profile.seed import LONG_GROUP, seed
from villagedesk.core.village_profile.model import (
    DisputeColours,
    GroupFigures,
    RowKind,
    VillageProfile,
)
from villagedesk.core.village_profile.services import village_profile
from villagedesk.store.station_store import StationStore


@pytest.fixture
def profile(store: StationStore) -> VillageProfile:
    seed(store)
    return village_profile(store.uow_factory, clock=CLOCK)


def _row(profile: VillageProfile, kind: RowKind, name: str = "") -> GroupFigures:
    return next(g for g in profile.groups if g.kind is kind and g.name == name)


def test_each_group_row_counts_its_households_people_and_open_matters(
    profile: VillageProfile,
) -> None:
    assert [(g.kind, g.name) for g in profile.groups] == [
        (RowKind.GROUP, "1组"),
        (RowKind.GROUP, "2组"),
        (RowKind.GROUP, LONG_GROUP),
        (RowKind.UNGROUPED, ""),
        (RowKind.UNLINKED, ""),
    ]
    one = _row(profile, RowKind.GROUP, "1组")
    assert (one.households, one.residents, one.members, one.relief_residents) == (2, 3, 1, 2)
    assert one.open_requests == 2
    assert one.disputes == DisputeColours(red=1, orange=1, yellow=0)  # the closed one is not
    two = _row(profile, RowKind.GROUP, "2组")  # typed " 2组 ": trimmed
    assert (two.households, two.residents, two.members, two.relief_residents) == (1, 1, 0, 0)
    assert two.open_requests == 0  # its request was refused
    assert two.disputes == DisputeColours(red=1)  # the dispute shared with 1组
    long = _row(profile, RowKind.GROUP, LONG_GROUP)
    assert (long.households, long.residents, long.members, long.relief_residents) == (1, 1, 1, 1)


def test_ungrouped_households_and_unlinked_matters_have_their_own_rows(
    profile: VillageProfile,
) -> None:
    ungrouped = _row(profile, RowKind.UNGROUPED)
    assert (ungrouped.households, ungrouped.residents, ungrouped.open_requests) == (1, 1, 0)
    assert ungrouped.disputes == DisputeColours(yellow=1)
    assert ungrouped.label(lambda _c, t: t) == "No group"
    unlinked = _row(profile, RowKind.UNLINKED)
    assert (unlinked.households, unlinked.residents, unlinked.members) == (0, 0, 0)
    assert unlinked.open_requests == 1
    assert unlinked.disputes == DisputeColours(orange=1)


def test_totals_count_each_dispute_once_and_every_member_on_the_roll(
    profile: VillageProfile,
) -> None:
    t = profile.totals
    assert (t.households, t.residents, t.relief_residents, t.open_requests) == (5, 6, 3, 3)
    assert (t.members, t.members_in_households) == (3, 2)  # the transferred-out one is not
    assert t.disputes == DisputeColours(red=1, orange=2, yellow=1)
    assert sum(g.disputes.red for g in profile.groups) == 2  # in 1组 and in 2组


def test_relief_groups_in_list_order_with_their_residents(profile: VillageProfile) -> None:
    relief = dict((r.name, r.residents) for r in profile.relief)
    assert relief["低保对象"] == 2 and relief["留守老人"] == 2 and relief["残疾人"] == 0
    assert [r.name for r in profile.relief][:2] == ["贫困党员", "老党员"]


def test_the_profile_names_the_station_and_the_day(profile: VillageProfile) -> None:
    assert profile.station == "东河村党群服务站" and profile.village == "东河村"
    assert profile.as_of.isoformat() == "2026-05-20"
