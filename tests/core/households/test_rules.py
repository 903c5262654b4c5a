"""Household rules that need no database: field checks, the page's section registry, demo scale."""

from __future__ import annotations

from datetime import date

from villagedesk.core.columns import Column, RegisterSpec
from villagedesk.core.households.demo import household_count
from villagedesk.core.households.model import (
    HouseholdDraft,
    HouseholdTag,
    mask_to_tags,
    tags_to_mask,
)
from villagedesk.core.households.page import (
    _SECTIONS,
    SectionDeclaration,
    declare_section,
    declared_sections,
)
from villagedesk.core.households.rules import check_household_fields, check_resident_fields

TODAY = date(2024, 6, 15)


def test_household_fields_are_all_checked_at_once() -> None:
    _values, errors = check_household_fields(
        HouseholdDraft(address=" ", phone="12", note="x" * 201)
    )
    assert set(errors) == {"address", "phone", "note"}
    values, errors = check_household_fields(
        HouseholdDraft(address=" 东河村  3组 ", phone="0533 3123456")
    )
    assert errors == {} and values.address == "东河村 3组" and values.phone == "0533-3123456"


def test_resident_relation_must_be_one_of_the_list() -> None:
    checked = check_resident_fields("张三", "370323196005010016", "uncle", "", "", today=TODAY)
    assert set(checked.errors) == {"relation"}
    checked = check_resident_fields("张三", "370323196005010016", "son", "", "", today=TODAY)
    assert checked.errors == {} and checked.id_info is not None


def test_tags_survive_the_mask() -> None:
    tags = frozenset({HouseholdTag.MILITARY_FAMILY, HouseholdTag.VILLAGER_REP})
    assert mask_to_tags(tags_to_mask(tags)) == tags


def test_a_later_register_adds_a_page_section_by_declaring_it() -> None:
    spec = RegisterSpec("visits", "Visits", (Column("on", "Date", 10),))
    declared = SectionDeclaration("visits", "Visits", spec, lambda uow, hid: [("2024-01-01",)], 40)
    try:
        declare_section(declared)
        keys = [s.key for s in declared_sections()]
        assert keys == ["residents", "members", "cadres", "service_records", "visits"]
    finally:
        _SECTIONS.pop("visits", None)


def test_demo_scale() -> None:
    assert household_count(60) == 200
    assert household_count(100_000) == 30_000
