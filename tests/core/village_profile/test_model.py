"""村情档案's pure rules: groups in natural order with 未分组 and 未关联户 last, the totals as the
rows' sums except the roll's members and each dispute once, the rows' names in words, and the
read service over an in-memory unit of work."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from types import TracebackType
from typing import Self

from villagedesk.core.accounts.model import Actor
from villagedesk.core.clock import FixedClock
from villagedesk.core.station import Station, StationLevel
from villagedesk.core.village_profile.model import (
    DisputeColours,
    GroupFigures,
    ReliefFigures,
    RowKind,
    group_order,
    totals_of,
)
from villagedesk.core.village_profile.services import village_profile

ROWS = (
    GroupFigures("", open_requests=2, kind=RowKind.UNLINKED),
    GroupFigures("10组", households=3, residents=9, members=1, relief_residents=2),
    GroupFigures("", households=1, residents=2, kind=RowKind.UNGROUPED),
    GroupFigures("2组", households=4, residents=10, members=2, open_requests=1),
    GroupFigures("二组", households=1, residents=1, disputes=DisputeColours(red=1)),
)


def test_groups_sort_naturally_then_ungrouped_then_unlinked() -> None:
    names = [(g.kind, g.name) for g in sorted(ROWS, key=group_order)]
    assert names == [
        (RowKind.GROUP, "2组"),
        (RowKind.GROUP, "10组"),
        (RowKind.GROUP, "二组"),
        (RowKind.UNGROUPED, ""),
        (RowKind.UNLINKED, ""),
    ]


def test_totals_sum_the_rows_but_take_members_and_disputes_from_the_village() -> None:
    t = totals_of(ROWS, members=7, disputes=DisputeColours(red=1, yellow=3))
    assert (t.households, t.residents, t.relief_residents, t.open_requests) == (9, 22, 2, 3)
    assert (t.members, t.members_in_households) == (7, 3)
    assert t.disputes.total == 4


def test_row_names_in_words() -> None:
    zh = {"No group": "未分组", "No household": "未关联户"}

    def say(context: str, text: str) -> str:
        assert context == "VillageProfile"
        return zh[text]

    assert [g.label(say) for g in sorted(ROWS, key=group_order)][-2:] == ["未分组", "未关联户"]
    assert ROWS[1].label(say) == "10组"


class _Repo:
    def groups(self) -> Sequence[GroupFigures]:
        return ROWS

    def members_on_roll(self) -> int:
        return 5

    def open_disputes(self) -> DisputeColours:
        return DisputeColours(red=1)

    def relief(self) -> Sequence[ReliefFigures]:
        return (ReliefFigures("低保对象", 2),)


class _Stations:
    def get(self) -> Station | None:
        return Station(code="370323104203", name="东河村党群服务站", level=StationLevel.VILLAGE)


class _Uow:
    actor = Actor.auto(device="test")
    village_profile = _Repo()
    station = _Stations()
    reading = False

    def for_reading(self) -> Self:
        self.reading = True
        return self

    def __enter__(self) -> Self:
        assert self.reading, "the profile is a read"
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    def commit(self) -> None:
        raise AssertionError("a read never commits")

    def rollback(self) -> None:
        return None


def test_the_service_reads_once_and_dates_the_profile_in_station_time() -> None:
    clock = FixedClock(datetime(2026, 5, 31, 17, 30, tzinfo=UTC))  # 1 June in Beijing
    profile = village_profile(_Uow, clock=clock)
    assert (profile.station, profile.village) == ("东河村党群服务站", "东河村")
    assert profile.as_of.isoformat() == "2026-06-01"
    assert [g.name for g in profile.groups][:3] == ["2组", "10组", "二组"]
    assert profile.totals.members == 5 and profile.relief == (ReliefFigures("低保对象", 2),)
