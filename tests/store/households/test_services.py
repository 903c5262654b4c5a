"""Household, resident, relief and cadre-link rules, through the services on a real store."""

from __future__ import annotations

from datetime import date

import pytest

from tests.store.conftest import add_member, id_number, member
from villagedesk.core.errors import DomainError, ValidationError
from villagedesk.core.households import link_services as hl
from villagedesk.core.households import relief_services as hr
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft, HouseholdTag
from villagedesk.core.households.relief import DEFAULT_RELIEF_CATEGORIES
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.store.station_store import StationStore

TODAY = date(2024, 6, 15)
HEAD_ID = id_number(date(1960, 5, 1), 11)
SPOUSE_ID = id_number(date(1962, 3, 8), 22)


def household(store: StationStore, address: str = "东河村3组12号", **kw: object) -> int:
    draft = HouseholdDraft(address=address, **kw)  # type: ignore[arg-type]
    return hs.create_household(store.uow_factory(), draft=draft).id


def resident(store: StationStore, household_id: int, **kw: object) -> int:
    fields = {"name": "张建国", "id_number": HEAD_ID, "relation": "head"} | kw
    draft = ResidentDraft(**fields)  # type: ignore[arg-type]
    return hs.add_resident(
        store.uow_factory(), household_id=household_id, draft=draft, today=TODAY
    ).id


def test_a_resident_gets_birth_date_and_sex_from_the_id_number(store: StationStore) -> None:
    rid = resident(store, household(store))
    got = hs.get_resident(store.uow_factory(), resident_id=rid)
    assert got.values.birth_date == date(1960, 5, 1)
    assert got.values.sex.value == "male"


def test_bad_fields_are_all_refused_at_once_and_nothing_is_written(store: StationStore) -> None:
    hid = household(store)
    with pytest.raises(ValidationError) as caught:
        resident(store, hid, name="", id_number="37032319600501001", relation="", phone="123")
    assert set(caught.value.errors) == {"name", "id_number", "relation", "phone"}
    assert hs.household_residents(store.uow_factory(), household_id=hid) == []


def test_an_id_number_is_checked_exactly_as_for_members(store: StationStore) -> None:
    from villagedesk.core.members.model import MemberDraft
    from villagedesk.core.members.services import check_member

    bad = HEAD_ID[:-1] + ("0" if HEAD_ID[-1] != "0" else "1")
    with pytest.raises(ValidationError) as as_resident:
        resident(store, household(store), id_number=bad)
    with pytest.raises(ValidationError) as as_member:
        check_member(store.uow_factory(), draft=MemberDraft(name="甲", id_number=bad), today=TODAY)
    assert as_resident.value.errors["id_number"] == as_member.value.errors["id_number"]


def test_the_same_person_cannot_be_entered_twice_and_the_holder_is_named(
    store: StationStore,
) -> None:
    resident(store, household(store, "东河村3组12号"))
    other = household(store, "东河村5组1号")
    with pytest.raises(ValidationError) as caught:
        resident(store, other, name="王五")
    (message,) = caught.value.errors["id_number"]
    assert message.params == {"name": "张建国", "address": "东河村3组12号"}
    assert hs.household_residents(store.uow_factory(), household_id=other) == []


def test_a_voided_resident_frees_the_id_number(store: StationStore) -> None:
    rid = resident(store, household(store))
    with pytest.raises(ValidationError):
        hs.void_resident(store.uow_factory(), resident_id=rid, reason=" ")
    hs.void_resident(store.uow_factory(), resident_id=rid, reason="录入错误")
    assert resident(store, household(store, "东河村5组1号")) != rid


def test_a_household_has_one_head(store: StationStore) -> None:
    hid = household(store)
    resident(store, hid)
    with pytest.raises(ValidationError) as caught:
        resident(store, hid, name="李秀英", id_number=SPOUSE_ID, relation="head")
    assert caught.value.errors["relation"][0].params == {"name": "张建国"}
    resident(store, hid, name="李秀英", id_number=SPOUSE_ID, relation="spouse")
    assert hs.get_household(store.uow_factory(), household_id=hid).head_name == "张建国"


def test_tags_and_relief_categories_round_trip(store: StationStore) -> None:
    tags = frozenset({HouseholdTag.POOR, HouseholdTag.LEFT_BEHIND_ELDERLY})
    hid = household(store, tags=tags, destitute=True, grid="三组")
    got = hs.get_household(store.uow_factory(), household_id=hid)
    assert got.values.tags == tags and got.values.destitute and got.values.grid == "三组"
    categories = hr.relief_categories(store.uow_factory())
    assert [c.name for c in categories] == list(DEFAULT_RELIEF_CATEGORIES)
    chosen = frozenset({categories[3].id, categories[9].id})
    rid = resident(store, hid, relief_ids=chosen)
    assert hs.get_resident(store.uow_factory(), resident_id=rid).relief_ids == chosen
    fewer = hs.get_resident(store.uow_factory(), resident_id=rid).to_draft()
    hs.update_resident(
        store.uow_factory(),
        resident_id=rid,
        draft=ResidentDraft(**{**fewer.__dict__, "relief_ids": frozenset({categories[3].id})}),
        today=TODAY,
    )
    page = hs.household_page(store.uow_factory(), household_id=hid)
    assert page.section("residents").rows[0][6] == "低保对象"


def test_relief_categories_are_added_renamed_and_retired(store: StationStore) -> None:
    f = store.uow_factory
    new = hr.add_relief_category(f(), name="因病致贫").id
    with pytest.raises(ValidationError):
        hr.add_relief_category(f(), name="老党员")
    hr.rename_relief_category(f(), category_id=new, name="因病致贫家庭")
    hr.retire_relief_category(f(), category_id=new)
    assert "因病致贫家庭" not in [c.name for c in hr.relief_categories(f())]
    retired = [c for c in hr.relief_categories(f(), include_retired=True) if c.retired]
    assert [c.name for c in retired] == ["因病致贫家庭"]
    with pytest.raises(ValidationError):
        resident(store, household(store), relief_ids=frozenset({new}))
    hr.add_relief_category(f(), name="因病致贫家庭")  # adding the name again brings it back
    assert "因病致贫家庭" in [c.name for c in hr.relief_categories(f())]


def test_the_cadre_limit_warns_just_past_it_never_at_it(store: StationStore) -> None:
    cadre = add_member(store, member("刘书记", serial=31))
    f = store.uow_factory
    warnings = []
    for i in range(11):
        hid = household(store, f"东河村1组{i + 1}号")
        saved = hl.link_household(f(), cadre_id=cadre, household_id=hid, reason="poor", today=TODAY)
        warnings.append(saved.warnings)
    assert all(w == () for w in warnings[:10])
    assert warnings[10][0].params == {"cadre": "刘书记", "count": 11, "limit": 10}
    hl.set_link_limit(f(), limit=11)
    extra = household(store, "东河村1组99号")
    assert hl.link_household(
        f(), cadre_id=cadre, household_id=extra, reason="other", note="邻居", today=TODAY
    ).warnings
    (summary,) = hl.list_cadres(f()).cadres
    assert summary.active_links == 12


def test_links_need_a_member_a_reason_and_are_not_doubled(store: StationStore) -> None:
    cadre = add_member(store, member("刘书记", serial=31))
    hid = household(store)
    f = store.uow_factory
    with pytest.raises(ValidationError) as caught:
        hl.link_household(f(), cadre_id=999, household_id=hid, reason="", today=TODAY)
    assert set(caught.value.errors) == {"cadre", "reason"}
    with pytest.raises(ValidationError) as caught:
        hl.link_household(f(), cadre_id=cadre, household_id=hid, reason="other", today=TODAY)
    assert set(caught.value.errors) == {"note"}
    hl.link_household(f(), cadre_id=cadre, household_id=hid, reason="petitioner", today=TODAY)
    with pytest.raises(ValidationError):
        hl.link_household(f(), cadre_id=cadre, household_id=hid, reason="poor", today=TODAY)


def test_an_ended_link_keeps_its_history(store: StationStore) -> None:
    cadre = add_member(store, member("刘书记", serial=31))
    hid = household(store)
    f = store.uow_factory
    link = hl.link_household(f(), cadre_id=cadre, household_id=hid, reason="poor", today=TODAY).id
    hl.end_link(f(), link_id=link, reason="工作调整", today=TODAY)
    with pytest.raises(DomainError):
        hl.end_link(f(), link_id=link, reason="", today=TODAY)
    (kept,) = hl.cadre_links(f(), cadre_id=cadre)
    assert kept.ended_on == TODAY and kept.end_reason == "工作调整"
    assert hl.list_cadres(f()).cadres[0].active_links == 0
    assert hs.household_page(f(), household_id=hid).section("cadres").rows == []


def test_the_household_page_shows_residents_members_and_cadres(store: StationStore) -> None:
    values = member("张建国", serial=11)
    add_member(store, values)
    cadre = add_member(store, member("刘书记", serial=31))
    hid = household(store)
    resident(store, hid, id_number=values.id_number)
    resident(store, hid, name="李秀英", id_number=SPOUSE_ID, relation="spouse")
    hl.link_household(
        store.uow_factory(), cadre_id=cadre, household_id=hid, reason="party_member", today=TODAY
    )
    page = hs.household_page(store.uow_factory(), household_id=hid)
    assert [r[0] for r in page.section("residents").rows] == ["张建国", "李秀英"]
    assert [r[0] for r in page.section("members").rows] == ["张建国"]
    assert [r[0] for r in page.section("cadres").rows] == ["刘书记"]


def test_voiding_a_household_voids_its_residents_and_ends_its_links(store: StationStore) -> None:
    cadre = add_member(store, member("刘书记", serial=31))
    hid = household(store)
    resident(store, hid)
    f = store.uow_factory
    hl.link_household(f(), cadre_id=cadre, household_id=hid, reason="poor", today=TODAY)
    hs.void_household(f(), household_id=hid, reason="重复录入", today=TODAY)
    assert hl.list_cadres(f()).cadres[0].active_links == 0
    resident(store, household(store, "东河村5组1号"))  # the number is free again
