"""Fixtures for store tests: an opened station store in a temporary data folder."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from villagedesk.core.dates import PartialDate
from villagedesk.core.id_number import check_character
from villagedesk.core.members.branch import BranchDraft
from villagedesk.core.members.model import Category, Education, MemberValues, Sex, Standing
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.station import Station, StationLevel
from villagedesk.store.station_store import StationStore, open_station_store

NOW = datetime(2026, 11, 21, 22, 15, 0)
STATION = Station(code="370323104203", name="东河村党群服务站", level=StationLevel.VILLAGE)


def id_number(birth: date, serial: int, region: str = "370323") -> str:
    first17 = f"{region}{birth:%Y%m%d}{serial % 1000:03d}"
    return first17 + check_character(first17)


def member(
    name: str = "张建国",
    *,
    birth: date = date(1960, 5, 1),
    serial: int = 11,
    phone: str = "",
    branch_id: int | None = None,
    categories: frozenset[Category] = frozenset(),
    joined_on: PartialDate | None = None,
    ethnicity: str = "汉族",
) -> MemberValues:
    region = f"3703{serial // 1000 % 100:02d}"
    return MemberValues(
        name=name,
        id_number=id_number(birth, serial, region),
        sex=Sex.MALE if serial % 2 else Sex.FEMALE,
        birth_date=birth,
        ethnicity=ethnicity,
        education=Education.HIGH_SCHOOL,
        phone=phone,
        joined_on=joined_on,
        full_member_on=None,
        standing=Standing.FULL,
        branch_id=branch_id,
        work_unit="",
        address="东河村",
        categories=categories,
    )


SURNAMES = "王张李刘陈杨赵孙高徐马朱胡郭吕宋于周任翟"
GIVEN = "建国秀英玉兰明华志强丽娟海军红梅春生德福桂芳"


def many_members(n: int, *, seed: int = 7, first_serial: int = 0) -> list[MemberValues]:
    """``n`` members with random names and birth dates; their ID numbers differ by serial
    (``first_serial`` onwards), so batches made with distinct serials never share a number."""
    rng = random.Random(seed)
    out: list[MemberValues] = []
    for i in range(n):
        birth = date(1940, 1, 1).fromordinal(date(1940, 1, 1).toordinal() + rng.randrange(25000))
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        phone = f"13{rng.randrange(10**9):09d}"
        out.append(member(name, birth=birth, serial=first_serial + i, phone=phone))
    return out


@pytest.fixture
def store(tmp_path: Path) -> Iterator[StationStore]:
    s = open_station_store(tmp_path / "data", now=NOW)
    with s.uow_factory() as uow:
        uow.station.save(STATION)
        uow.commit()
    yield s
    s.close()


def add_branch(s: StationStore, name: str) -> int:
    with s.uow_factory() as uow:
        branch_id = uow.branches.add(BranchDraft(name=name))
        uow.commit()
    return branch_id


def add_member(
    s: StationStore, values: MemberValues, status: RollStatus = RollStatus.ON_ROLL
) -> int:
    with s.uow_factory() as uow:
        member_id = uow.members.add(values, status=status)
        uow.commit()
    return member_id
