"""The member register's read side: what the search box finds, sort orders, pages of rows."""

from __future__ import annotations

from datetime import date

import pytest

from tests.store.conftest import add_branch, add_member, many_members, member
from villagedesk.core.members.model import Category
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.search import SearchKind, SearchQuery, parse_search
from villagedesk.store.register_query import like_pattern
from villagedesk.store.station_store import StationStore


@pytest.fixture
def people(store: StationStore) -> dict[str, int]:
    east = add_branch(store, "东村党支部")
    west = add_branch(store, "西村党支部")
    ids = {
        "张建国": add_member(
            store,
            member("张建国", birth=date(1950, 3, 1), serial=1, phone="13812340001", branch_id=west),
        ),
        "王秀英": add_member(
            store,
            member(
                "王秀英",
                birth=date(1962, 8, 9),
                serial=2,
                phone="13912345678",
                branch_id=east,
                categories=frozenset({Category.VETERAN}),
            ),
        ),
        "单丽": add_member(
            store, member("单丽", birth=date(1980, 1, 2), serial=3, phone="", branch_id=east)
        ),
        "李明": add_member(
            store,
            member("李明", birth=date(1975, 6, 6), serial=4, phone="13700009999"),
            RollStatus.TRANSFERRED_OUT,
        ),
        "张_华": add_member(store, member("张_华", birth=date(1990, 6, 6), serial=5)),
    }
    voided = add_member(store, member("张作废", serial=6))
    with store.uow_factory() as uow:
        uow.members.void(voided)
        uow.commit()
    return ids


def names(store: StationStore, people: dict[str, int], ids: list[int]) -> list[str]:
    by_id = {v: k for k, v in people.items()}
    return [by_id[i] for i in ids]


def search(store: StationStore, people: dict[str, int], text: str, **kw: object) -> list[str]:
    ids = store.member_reader.search_ids(parse_search(text), **kw)  # type: ignore[arg-type]
    return names(store, people, ids)


def test_all_shows_members_on_the_roll_by_pinyin(
    store: StationStore, people: dict[str, int]
) -> None:
    assert search(store, people, "") == ["单丽", "王秀英", "张_华", "张建国"]
    assert search(store, people, "", include_inactive=True) == [
        "李明",
        "单丽",
        "王秀英",
        "张_华",
        "张建国",
    ]


def test_each_kind_of_search(store: StationStore, people: dict[str, int]) -> None:
    assert search(store, people, "张") == ["张_华", "张建国"]
    assert search(store, people, "zjg") == ["张建国"]
    assert search(store, people, "ZHANGJIAN") == ["张建国"]
    assert search(store, people, "shanli") == ["单丽"]  # surname reading, not "dan"
    assert search(store, people, "5678") == ["王秀英"]  # phone
    assert search(
        store, people, member("单丽", birth=date(1980, 1, 2), serial=3).id_number[-6:]
    ) == ["单丽"]
    assert search(store, people, "19620809") == ["王秀英"]  # part of the ID number
    assert search(store, people, "123") == []  # too few digits
    assert search(store, people, "9999") == []  # only an inactive member has it
    assert search(store, people, "9999", include_inactive=True) == ["李明"]


def test_like_wildcards_are_taken_literally(store: StationStore, people: dict[str, int]) -> None:
    assert like_pattern("a%b_c") == "%a\\%b\\_c%"
    assert search(store, people, "_") == ["张_华"]
    assert store.member_reader.search_ids(SearchQuery(SearchKind.NAME, "%")) == []


def test_sorting_and_descending(store: StationStore, people: dict[str, int]) -> None:
    assert search(store, people, "", sort_key="birth_date") == ["张建国", "王秀英", "单丽", "张_华"]
    assert search(store, people, "", sort_key="birth_date", descending=True) == [
        "张_华",
        "单丽",
        "王秀英",
        "张建国",
    ]
    # no branch first, then by branch name; ties by id
    assert search(store, people, "", sort_key="branch") == ["张_华", "王秀英", "单丽", "张建国"]
    assert search(store, people, "", sort_key="categories")[-1] == "王秀英"
    with pytest.raises(ValueError):
        search(store, people, "", sort_key="salary")


def test_ids_filter_narrows_the_search(store: StationStore, people: dict[str, int]) -> None:
    chosen = {people["张建国"], people["单丽"], people["李明"]}
    assert search(store, people, "", ids_filter=chosen) == ["单丽", "张建国"]
    assert search(store, people, "张", ids_filter=chosen) == ["张建国"]
    assert search(store, people, "", ids_filter=set()) == []


def test_rows_returns_raw_values_for_a_page(store: StationStore, people: dict[str, int]) -> None:
    wang = people["王秀英"]
    rows = store.member_reader.rows(
        [wang, people["张_华"]], ["name", "branch", "birth_date", "categories", "sex", "joined_on"]
    )
    assert rows[wang] == (
        "王秀英",
        "东村党支部",
        "1962-08-09",
        Category.VETERAN.bit,
        "female",
        None,
    )
    assert rows[people["张_华"]][1] is None
    assert store.member_reader.rows([], ["name"]) == {}


def test_stats_rows_cover_active_members_only(store: StationStore, people: dict[str, int]) -> None:
    stats = list(store.member_reader.stats_rows())
    assert sorted(r.id for r in stats) == sorted(
        people[n] for n in ("张建国", "王秀英", "单丽", "张_华")
    )
    wang = next(r for r in stats if r.id == people["王秀英"])
    assert (wang.branch_name, wang.sex, wang.birth_date, wang.categories) == (
        "东村党支部",
        "female",
        "1962-08-09",
        Category.VETERAN.bit,
    )


def test_add_many_then_search(store: StationStore) -> None:
    rows = many_members(5000)
    with store.uow_factory() as uow:
        uow.members.add_many(rows, status=RollStatus.ON_ROLL, registered_on=date(2026, 11, 21))
        uow.commit()
    reader = store.member_reader
    everyone = reader.search_ids(parse_search(""))
    assert len(everyone) == 5000
    page = reader.rows(everyone[:50], ["name"])
    from villagedesk.core.pinyin import name_keys

    keys = [(name_keys(page[i][0]).full, page[i][0]) for i in everyone[:50]]
    assert keys == sorted(keys)
    wangs = reader.search_ids(parse_search("王"))
    assert wangs and len(wangs) == sum(1 for r in rows if "王" in r.name)
    by_phone = reader.search_ids(parse_search(rows[1234].phone))
    assert len(by_phone) >= 1
    assert rows[1234].phone in {v[0] for v in reader.rows(by_phone, ["phone"]).values()}
