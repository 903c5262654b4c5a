"""The households store: search kinds on both registers, paging rows, the demo's households."""

from __future__ import annotations

from datetime import date

import pytest

from tests.store.conftest import id_number
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft, HouseholdTag
from villagedesk.core.households.register import HOUSEHOLD_REGISTER, RESIDENT_REGISTER
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.search import parse_search
from villagedesk.core.services.demo import fill_demo
from villagedesk.store.households.reader import SqlHouseholdReader, SqlResidentReader
from villagedesk.store.station_store import StationStore

TODAY = date(2024, 6, 15)


@pytest.fixture
def village(store: StationStore) -> dict[str, int]:
    f = store.uow_factory
    ids: dict[str, int] = {}
    for address, phone, people in (
        ("东河村3组12号", "05333123456", [("张建国", 1960, "head"), ("李秀英", 1962, "spouse")]),
        ("西山村1组2号", "", [("王红梅", 1970, "head"), ("单明", 1995, "son")]),
    ):
        hid = hs.create_household(f(), draft=HouseholdDraft(address=address, phone=phone)).id
        ids[address] = hid
        for serial, (name, year, relation) in enumerate(people, start=len(ids) * 10):
            number = id_number(date(year, 3, 1), serial * 2 + 1)
            draft = ResidentDraft(
                name=name, id_number=number, relation=relation, phone=f"1390533{serial:04d}"
            )
            ids[name] = hs.add_resident(f(), household_id=hid, draft=draft, today=TODAY).id
    return ids


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", ["东河村3组12号", "西山村1组2号"]),  # everyone, in address order
        ("西山村", ["西山村1组2号"]),  # address
        ("李秀", ["东河村3组12号"]),  # a resident's name
        ("lxy", ["东河村3组12号"]),  # a resident's pinyin initials
        ("shanming", ["西山村1组2号"]),  # full pinyin, 单 read as a surname
        ("3123456", ["东河村3组12号"]),  # the household's phone
        ("12", []),  # too few digits
    ],
)
def test_household_search_kinds(
    store: StationStore, village: dict[str, int], typed: str, expected: list[str]
) -> None:
    reader = SqlHouseholdReader(store.engine)
    ids = reader.search_ids(parse_search(typed), sort_key="address")
    assert [reader.rows(ids, ["address"])[i][0] for i in ids] == expected


def test_household_search_by_id_tail_and_resident_phone(
    store: StationStore, village: dict[str, int]
) -> None:
    reader = SqlHouseholdReader(store.engine)
    wang = hs.get_resident(store.uow_factory(), resident_id=village["王红梅"])
    assert reader.search_ids(parse_search(wang.values.id_number[-6:])) == [village["西山村1组2号"]]
    assert reader.search_ids(parse_search(wang.values.phone[-5:])) == [village["西山村1组2号"]]


def test_resident_search_and_rows(store: StationStore, village: dict[str, int]) -> None:
    reader = SqlResidentReader(store.engine)
    assert reader.search_ids(parse_search("zjg")) == [village["张建国"]]
    assert set(reader.search_ids(parse_search("西山村"))) == {village["王红梅"], village["单明"]}
    ids = reader.search_ids(parse_search(""))
    rows = reader.rows(ids, RESIDENT_REGISTER.keys)
    assert [rows[i][0] for i in ids] == ["李秀英", "单明", "王红梅", "张建国"]  # pinyin order
    for column in RESIDENT_REGISTER.columns:
        if column.sortable:
            assert sorted(reader.search_ids(parse_search(""), sort_key=column.key)) == sorted(ids)


def test_household_rows_carry_head_and_counts(store: StationStore, village: dict[str, int]) -> None:
    reader = SqlHouseholdReader(store.engine)
    hid = village["东河村3组12号"]
    row = dict(
        zip(HOUSEHOLD_REGISTER.keys, reader.rows([hid], HOUSEHOLD_REGISTER.keys)[hid], strict=True)
    )
    assert (row["head"], row["residents"], row["members"]) == ("张建国", 2, 0)
    for column in HOUSEHOLD_REGISTER.columns:
        if column.sortable:
            assert len(reader.search_ids(parse_search(""), sort_key=column.key)) == 2


def test_a_voided_household_leaves_the_register(
    store: StationStore, village: dict[str, int]
) -> None:
    hs.void_household(
        store.uow_factory(), household_id=village["西山村1组2号"], reason="重复", today=TODAY
    )
    reader = SqlHouseholdReader(store.engine)
    assert reader.search_ids(parse_search("")) == [village["东河村3组12号"]]
    assert SqlResidentReader(store.engine).search_ids(parse_search("shanming")) == []


def test_the_demo_houses_every_member_with_sensible_families(store: StationStore) -> None:
    fill_demo(store.uow_factory(), members=60, seed=3, today=TODAY)
    with store.engine.connect() as conn:
        households = conn.exec_driver_sql("SELECT count(*) FROM households").scalar()
        residents = conn.exec_driver_sql("SELECT count(*) FROM residents").scalar()
        unhoused = conn.exec_driver_sql(
            "SELECT count(*) FROM members m WHERE m.voided_at IS NULL AND m.roll_status = 'on_roll'"
            " AND NOT EXISTS (SELECT 1 FROM residents r WHERE r.id_number = m.id_number)"
        ).scalar()
        heads = conn.exec_driver_sql(
            "SELECT count(DISTINCT household_id) FROM residents WHERE relation = 'head'"
        ).scalar()
        regions = conn.exec_driver_sql("SELECT DISTINCT substr(id_number, 1, 6) FROM residents")
        tagged = conn.exec_driver_sql("SELECT count(*) FROM households WHERE tags != 0").scalar()
        relief = conn.exec_driver_sql("SELECT count(*) FROM resident_relief").scalar()
        per_cadre = [
            n
            for (n,) in conn.exec_driver_sql(
                "SELECT count(*) FROM household_links GROUP BY member_id"
            )
        ]
        region_codes = {r[0] for r in regions}
    assert households == 200 and 500 <= residents <= 700
    assert unhoused == 0 and heads == 200
    assert region_codes == {"370323"}
    assert tagged > 0 and relief > 0
    assert max(per_cadre) == 11 and min(per_cadre) >= 9
    # spot-check that a parent is older than the head, a child younger
    page = hs.household_page(store.uow_factory(), household_id=1)
    births = {r[1]: r[3] for r in page.section("residents").rows}
    for relation in ("son", "daughter", "grandchild"):
        if relation in births:
            assert births[relation] > births["head"]
    assert HouseholdTag  # the tags enum is what the mask means
