"""Statistics buckets and demo data, through the in-memory ports."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.fakes import FakeDb, FakeUnitOfWork
from villagedesk.core.dates import PartialDate
from villagedesk.core.errors import DomainError
from villagedesk.core.id_number import check_id_number
from villagedesk.core.members.model import Category
from villagedesk.core.members.ports import StatsRow
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.members.rules import check_member_fields
from villagedesk.core.members.statistics import age_band, member_statistics, years_band
from villagedesk.core.progress import Cancelled, Progress
from villagedesk.core.services.demo import fill_demo

TODAY = date(2026, 11, 21)


def row(i: int, **kw: object) -> StatsRow:
    base: dict[str, object] = dict(
        id=i,
        sex="male",
        birth_date="1960-01-01",
        ethnicity="汉族",
        education="primary",
        joined_on="1985-07",
        branch_id=1,
        branch_name="第一党小组",
        categories=0,
        standing="full",
    )
    base.update(kw)
    return StatsRow(**base)  # type: ignore[arg-type]


def test_age_band_boundaries() -> None:
    assert age_band(date(1996, 11, 21), TODAY) == "30 and under"  # exactly 30
    assert age_band(date(1995, 11, 20), TODAY) == "31–40"
    assert age_band(date(1940, 1, 1), TODAY) == "Over 80"


def test_years_band_month_precision() -> None:
    assert years_band(PartialDate(2021, 11), TODAY) == "5–9 years"
    assert years_band(PartialDate(2021, 12), TODAY) == "Under 5 years"
    assert years_band(None, TODAY) == "Not recorded"


def test_statistics_counts_and_ids() -> None:
    rows = [
        row(1),
        row(2, sex="female", categories=Category.IN_SERVICE.bit | Category.VETERAN.bit),
        row(3, ethnicity="回族", education=None, standing="probationary", joined_on="2026-03-01"),
    ]
    stats = member_statistics(rows, today=TODAY)
    assert stats.total == 3
    groups = {g.key: {b.label.text: b.member_ids for b in g.buckets} for g in stats.groups}
    assert groups["sex"] == {"Male": (1, 3), "Female": (2,)}
    assert groups["ethnicity"] == {"汉族": (1, 2), "回族": (3,)}
    assert groups["category"]["In-service member"] == (2,)
    assert groups["category"]["Veteran member"] == (2,)
    assert groups["category"]["No category"] == (1, 3)
    assert groups["education"]["Not recorded"] == (3,)
    assert groups["standing"] == {"Full member": (1, 2), "Probationary member": (3,)}
    # Every group accounts for every member (categories may overlap).
    for g in stats.groups:
        if g.key != "category":
            assert sum(b.count for b in g.buckets) == 3, g.key


def test_demo_fills_an_empty_station_with_valid_members() -> None:
    db = FakeDb()
    result = fill_demo(FakeUnitOfWork(db), members=200, seed=7, today=TODAY)
    assert result.members == 200 and result.station_created
    assert db.station.station is not None
    members = list(db.members.values())
    assert len({m.id_number for m in members}) == 200
    for m in members:
        info = check_id_number(m.id_number, today=TODAY)
        assert info.birth_date == m.values.birth_date and info.sex is m.values.sex
        assert m.id_number.startswith("370323")
        fields = check_member_fields(m.to_draft(), today=TODAY)
        assert fields.errors == {}, (m.name, fields.errors)
    in_service = sum(1 for m in members if Category.IN_SERVICE in m.values.categories)
    assert 30 <= in_service <= 110
    statuses = {m.roll_status for m in members}
    assert RollStatus.ON_ROLL in statuses


def test_demo_is_reproducible_and_refuses_a_station_with_members() -> None:
    a, b = FakeDb(), FakeDb()
    fill_demo(FakeUnitOfWork(a), members=30, seed=3, today=TODAY)
    fill_demo(FakeUnitOfWork(b), members=30, seed=3, today=TODAY)
    assert [m.values for m in a.members.values()] == [m.values for m in b.members.values()]
    with pytest.raises(DomainError):
        fill_demo(FakeUnitOfWork(a), members=30, seed=4, today=TODAY)


def test_demo_cancel_writes_nothing() -> None:
    db = FakeDb()
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        fill_demo(FakeUnitOfWork(db), members=5000, seed=1, today=TODAY, progress=progress)
    assert db.members == {} and db.station.station is None


def test_branch_totals_include_their_groups() -> None:
    from villagedesk.core.members.branch import Branch, BranchKind, members_with_groups

    def b(i: int, parent: int | None, n: int) -> Branch:
        return Branch(i, str(i), f"b{i}", BranchKind.BRANCH, parent, "", "", "", False, n)

    totals = members_with_groups(
        [b(1, None, 2), b(2, 1, 19), b(3, 1, 20), b(4, 3, 1), b(5, None, 0)]
    )
    assert totals == {1: 42, 2: 19, 3: 21, 4: 1, 5: 0}
