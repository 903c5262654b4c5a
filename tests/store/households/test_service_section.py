"""Service done for a household shows on its page as a declared section; the database keeps the
household reference honest."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from tests.store.conftest import add_member, member
from villagedesk.core.errors import ValidationError
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.in_service import posts
from villagedesk.core.in_service.model import ClaimDraft, PostDraft, RecordDraft, RecordValues
from villagedesk.core.members.model import Category
from villagedesk.store.station_store import StationStore

TODAY = date(2026, 5, 20)


def _ready(store: StationStore) -> tuple[int, int, int]:
    f = store.uow_factory
    cadre = add_member(
        store, member("张建国", serial=11, categories=frozenset({Category.IN_SERVICE}))
    )
    post = posts.add_post(f(), draft=PostDraft("关爱老人", places="3")).id
    posts.claim_post(f(), draft=ClaimDraft(cadre, post, "2026.03.01"), today=TODAY)
    home = hs.create_household(f(), draft=HouseholdDraft(address="东河村3组12号")).id
    return cadre, post, home


def test_service_for_a_household_appears_on_its_page_newest_first(store: StationStore) -> None:
    f = store.uow_factory
    cadre, post, home = _ready(store)
    other = hs.create_household(f(), draft=HouseholdDraft(address="东河村3组13号")).id
    for day, what, where in (
        ("2026.03.05", "打扫院落", home),
        ("2026.04.10", "代买药品", home),
        ("2026.04.11", "陪同就医", other),
    ):
        draft = RecordDraft(cadre, post, day, what, "1.5", "王大娘", where)
        posts.add_record(f(), draft=draft, today=TODAY)
    posts.add_record(f(), draft=RecordDraft(cadre, post, "2026.04.12", "巡逻", "1"), today=TODAY)

    page = hs.household_page(f(), household_id=home)
    keys = [s.declaration.key for s in page.sections]
    assert keys == ["residents", "members", "cadres", "service_records"]
    section = page.section("service_records")
    assert section.declaration.title == "In-service members' service records"
    assert section.rows == [
        ("2026-04-10", "张建国", "关爱老人", "代买药品", 3, "王大娘"),
        ("2026-03-05", "张建国", "关爱老人", "打扫院落", 3, "王大娘"),
    ]
    # each row fits the section's declared columns
    assert all(len(r) == len(section.declaration.spec.columns) for r in section.rows)

    newest = next(r for r in posts.service_records(f(), year=2026) if r.values.what == "代买药品")
    posts.void_record(f(), record_id=newest.id, reason="录入错误")
    page = hs.household_page(f(), household_id=home)
    assert [r[3] for r in page.section("service_records").rows] == ["打扫院落"]


def test_a_voided_household_cannot_be_served(store: StationStore) -> None:
    f = store.uow_factory
    cadre, post, home = _ready(store)
    hs.void_household(f(), household_id=home, reason="重复录入", today=TODAY)
    draft = RecordDraft(cadre, post, "2026.04.10", "代买药品", "1", "", home)
    with pytest.raises(ValidationError) as caught:
        posts.add_record(f(), draft=draft, today=TODAY)
    assert set(caught.value.errors) == {"household_id"}
    assert posts.service_records(f(), year=2026) == []


def test_the_database_refuses_a_record_for_a_household_that_does_not_exist(
    store: StationStore,
) -> None:
    cadre, post, _ = _ready(store)
    values = RecordValues(cadre, post, date(2026, 4, 1), "巡逻", 2, "", household_id=999)
    with store.uow_factory() as uow, pytest.raises(IntegrityError):
        uow.in_service.records.add(values)
