"""The in-service repositories, readers and migration 0002 on a real SQLite station."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.store.conftest import add_member, member
from villagedesk.core.in_service import posts
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.model import (
    ClaimDraft,
    ExpectedDraft,
    PostDraft,
    RecordDraft,
    RegistrationDraft,
    RegistrationValues,
)
from villagedesk.core.in_service.register import (
    EXPECTED_REGISTER,
    RECORD_REGISTER,
    REGISTRATION_REGISTER,
)
from villagedesk.core.in_service.rules import campaign_year_bounds
from villagedesk.core.members.model import Category
from villagedesk.core.search import parse_search
from villagedesk.store.in_service.reader import ExpectedReader, RecordReader, RegistrationReader
from villagedesk.store.station_store import StationStore
from villagedesk.store.syncable import SYNCABLE

TODAY = date(2026, 5, 20)
IN_SERVICE = frozenset({Category.IN_SERVICE})


def test_migration_0002_creates_syncable_tables(store: StationStore) -> None:
    for name in (
        "expected_registrations",
        "registrations",
        "service_posts",
        "post_claims",
        "pledges",
        "service_records",
        "assessments",
    ):
        assert name in SYNCABLE
    with store.engine.connect() as conn:
        columns = {r[1]: r for r in conn.exec_driver_sql("PRAGMA table_info(service_records)")}
        fks = {
            fk[3]: fk[2] for fk in conn.exec_driver_sql("PRAGMA foreign_key_list(service_records)")
        }
        indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(service_records)")}
    assert columns["household_id"][3] == 0  # nullable: "for whom" is optional
    # Migration 0003 (which creates households) adds the household's foreign key and index.
    assert fks == {"member_id": "members", "post_id": "service_posts", "household_id": "households"}
    assert "ix_service_records_household_id" in indexes


def _setup(store: StationStore) -> tuple[int, int, int]:
    a = add_member(store, member("张建国", serial=11, phone="13905331234", categories=IN_SERVICE))
    b = add_member(store, member("李秀英", serial=12, categories=IN_SERVICE))
    post = posts.add_post(store.uow_factory(), draft=PostDraft("治安巡逻", places="1")).id
    return a, b, post


def test_the_whole_year_round_trips_through_sqlite(store: StationStore) -> None:
    f = store.uow_factory
    a, b, post = _setup(store)
    svc.add_expected(f(), draft=ExpectedDraft(a, work_unit="县医院"), today=TODAY)
    svc.add_expected(f(), draft=ExpectedDraft(b), today=TODAY)
    svc.record_registration(
        f(), draft=RegistrationDraft(a, "2026.03.01", pledges=("每月服务2次",)), today=TODAY
    )
    expected = {e.member_id: e for e in svc.expected_list(f(), year=2026)}
    assert expected[a].reported and not expected[b].reported
    [reg] = svc.registrations(f(), year=2026)
    assert reg.card_number == "DHC-2026-0001" and reg.expected and reg.work_unit == "县医院"

    claim_id = posts.claim_post(f(), draft=ClaimDraft(a, post, "2026.03.02"), today=TODAY).id
    refused = posts.claim_post
    with pytest.raises(Exception, match="full"):
        refused(f(), draft=ClaimDraft(b, post, "2026.03.02"), today=TODAY)
    posts.add_record(f(), draft=RecordDraft(a, post, "2026.03.05", "巡逻", "1.5"), today=TODAY)
    posts.end_claim(f(), claim_id=claim_id, ended_on="2026.04.01", today=TODAY)
    assert posts.list_posts(f())[0].free == 1
    posts.claim_post(f(), draft=ClaimDraft(b, post, "2026.04.02"), today=TODAY)
    assert [c.active for c in posts.post_claims(f(), post_id=post)] == [False, True]
    totals = posts.service_totals(f(), year=2026)
    assert [(t.name, t.hours, t.records) for t in totals.by_member] == [("张建国", "1.5", 1)]


def test_the_database_itself_refuses_a_second_registration_and_a_reused_card(
    store: StationStore,
) -> None:
    a, b, _ = _setup(store)
    values = RegistrationValues(a, 2026, date(2026, 3, 1), "DHC-2026-0001", 1, "", False)
    with store.uow_factory() as uow:
        uow.in_service.registrations.add(values)
        with pytest.raises(IntegrityError):
            uow.in_service.registrations.add(
                RegistrationValues(a, 2026, date(2026, 3, 2), "DHC-2026-0002", 2, "", False)
            )
    with store.uow_factory() as uow:
        uow.in_service.registrations.add(values)
        with pytest.raises(IntegrityError):
            uow.in_service.registrations.add(
                RegistrationValues(b, 2026, date(2026, 3, 2), "DHC-2026-0001", 2, "", False)
            )


def test_settings_live_in_meta(store: StationStore) -> None:
    svc.save_settings(store.uow_factory(), year_start_month=9, short_code="dh")
    settings = svc.get_settings(store.uow_factory())
    assert (settings.year_start_month, settings.short_code) == (9, "DH")
    with store.engine.connect() as conn:
        assert conn.execute(
            text("SELECT value FROM meta WHERE key LIKE 'in_service.%' ORDER BY key")
        ).scalars().all() == ["DH", "9"]


def test_the_readers_page_a_campaign_year(store: StationStore) -> None:
    f = store.uow_factory
    a, b, post = _setup(store)
    svc.add_expected(f(), draft=ExpectedDraft(a), today=TODAY)
    svc.add_expected(f(), draft=ExpectedDraft(b), today=TODAY)
    svc.record_registration(f(), draft=RegistrationDraft(b, "2026.03.01"), today=TODAY)
    posts.claim_post(f(), draft=ClaimDraft(b, post, "2026.03.02"), today=TODAY)
    posts.add_record(f(), draft=RecordDraft(b, post, "2026.03.05", "巡逻", "2"), today=TODAY)

    expected = ExpectedReader(store.engine, 2026)
    ids = expected.search_ids(parse_search(""), sort_key="registered_on", descending=True)
    rows = expected.rows(ids, EXPECTED_REGISTER.keys)
    assert [rows[i][0] for i in ids] == ["李秀英", "张建国"]
    assert rows[ids[0]][3] == "2026-03-01" and rows[ids[1]][3] is None
    assert expected.search_ids(parse_search("zjg")) == [ids[1]]
    assert ExpectedReader(store.engine, 2025).search_ids(parse_search("")) == []

    regs = RegistrationReader(store.engine, 2026)
    [rid] = regs.search_ids(parse_search(""), sort_key="card_number")
    assert regs.rows([rid], REGISTRATION_REGISTER.keys)[rid][:2] == ("DHC-2026-0001", "李秀英")

    records = RecordReader(store.engine, campaign_year_bounds(2026))
    [rec] = records.search_ids(parse_search(""), sort_key="served_on")
    assert records.rows([rec], RECORD_REGISTER.for_mode(township=False).keys)[rec] == (
        "2026-03-05",
        "李秀英",
        "治安巡逻",
        "巡逻",
        4,
        "",
    )
