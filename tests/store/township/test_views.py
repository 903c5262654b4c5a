"""Township views over real stores: every village's records (members, households, branches,
in-service registers, counts and totals kept per village) with a village column, read-only;
uniqueness per station (same person and same card number in two villages), migration 0005."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.store.township.scene import (
    BRANCH,
    CARD,
    EAST,
    POST,
    SHARED,
    UNIT,
    WEST,
    Scene,
    link_shared,
    two_villages,
)
from tests.sync.township_fixtures import TODAY, TOWNSHIP
from villagedesk.core.errors import DomainError
from villagedesk.core.households import link_services as households_links
from villagedesk.core.households import services as households
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.in_service import assessment as in_service_assessment
from villagedesk.core.in_service import posts as in_service_posts
from villagedesk.core.in_service import services as in_service
from villagedesk.core.in_service.model import ClaimDraft, PostDraft
from villagedesk.core.in_service.rules import campaign_year_bounds
from villagedesk.core.members import branches
from villagedesk.core.members import services as members
from villagedesk.core.members.branches import list_branches
from villagedesk.core.members.model import Category, MemberDraft
from villagedesk.core.search import parse_search
from villagedesk.core.township import services as sync_township
from villagedesk.store import schema
from villagedesk.store.engine import create_station_engine
from villagedesk.store.households.reader import SqlHouseholdReader, SqlResidentReader
from villagedesk.store.in_service.reader import ExpectedReader, RecordReader, RegistrationReader


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[Scene]:
    s = two_villages(tmp_path)
    yield s
    s.close()
    s.township.close()


def _ids(scene: Scene, table: str, code: str) -> list[int]:
    with scene.township.engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT id FROM {table} WHERE station_code = :c ORDER BY id"), {"c": code}
        )
        return [r[0] for r in rows]


def test_member_register_shows_every_village_with_its_name(scene: Scene) -> None:
    reader = scene.township.member_reader
    scope = reader.scope()
    assert scope.township and scope.own_code == TOWNSHIP.code
    assert [(v.code, v.name) for v in scope.villages] == [
        (EAST.code, EAST.name),
        (WEST.code, WEST.name),
    ]

    everyone = reader.search_ids(parse_search(""), sort_key="village")
    villages = [row[0] for row in reader.rows(everyone, ["village"]).values()]
    assert sorted(villages) == sorted([EAST.name] * 4 + [WEST.name] * 3)
    ordered = [reader.rows([i], ["village"])[i][0] for i in everyone]
    assert ordered == sorted(ordered)  # sorted by village in SQL

    # Search works across villages; the filter narrows to one village.
    shared = reader.search_ids(parse_search(SHARED.id_number))
    assert len(shared) == 2
    assert {reader.rows([i], ["station_code"])[i][0] for i in shared} == {EAST.code, WEST.code}
    west = reader.search_ids(parse_search(""), village=WEST.code)
    assert sorted(west) == _ids(scene, "members", WEST.code)


def test_household_and_resident_registers_have_the_village_column(scene: Scene) -> None:
    engine = scene.township.engine
    homes = SqlHouseholdReader(engine)
    ids = homes.search_ids(parse_search(""), sort_key="village")
    assert [homes.rows([i], ["village"])[i][0] for i in ids] == [EAST.name, WEST.name]
    # The same person in both villages is one Party member in each village's household.
    assert [homes.rows([i], ["members"])[i][0] for i in ids] == [1, 1]
    people = SqlResidentReader(engine)
    assert people.search_ids(parse_search(SHARED.name), village=EAST.code) == _ids(
        scene, "residents", EAST.code
    )
    assert people.scope().township


def test_in_service_registers_show_every_village_and_narrow_to_one(scene: Scene) -> None:
    engine = scene.township.engine
    readers = [
        (ExpectedReader(engine, 2026), "expected_registrations"),
        (RegistrationReader(engine, 2026), "registrations"),
        (RecordReader(engine, campaign_year_bounds(2026)), "service_records"),
    ]
    for reader, table in readers:
        assert reader.scope().township
        ids = reader.search_ids(parse_search(""), sort_key="village")
        assert [reader.rows([i], ["village"])[i][0] for i in ids] == [EAST.name, WEST.name]
        assert reader.search_ids(parse_search(""), village=WEST.code) == _ids(
            scene, table, WEST.code
        )
        assert reader.search_ids(parse_search(SHARED.name), village=EAST.code) == _ids(
            scene, table, EAST.code
        )
    # At a village the same readers have no village column to show and are not township mode.
    assert not ExpectedReader(scene.east.village.engine, 2026).scope().township


def test_in_service_counts_and_totals_keep_villages_apart(scene: Scene) -> None:
    factory = scene.township.uow_factory
    counts = in_service.unit_counts(factory(), year=2026)
    assert [(c.station_code, c.work_unit, c.expected, c.reported) for c in counts] == [
        (EAST.code, UNIT, 1, 1),
        (WEST.code, UNIT, 1, 1),
    ]
    totals = in_service_posts.service_totals(factory(), year=2026)
    assert sorted((t.station_code, t.name, t.records) for t in totals.by_post) == [
        (EAST.code, POST, 1),
        (WEST.code, POST, 1),
    ]
    assert {t.station_code for t in totals.by_member} == {EAST.code, WEST.code}
    rows = in_service_assessment.assessment_rows(factory(), year=2026)
    assert [r.station_code for r in rows] == [EAST.code, WEST.code]
    summaries = in_service_assessment.unit_summaries(factory(), year=2026)
    assert [len(s.rows) for s in summaries] == [1, 1]  # one summary per village and unit
    posts = in_service_posts.list_posts(factory())
    assert sorted(p.station_code for p in posts) == [EAST.code, WEST.code]
    claims = in_service_posts.post_claims(factory(), post_id=posts[0].id)
    assert [c.station_code for c in claims] == [posts[0].station_code]
    branches = {b.station_code: b.name for b in list_branches(factory())}
    assert branches == {EAST.code: BRANCH, WEST.code: BRANCH}


def test_a_village_is_not_in_township_mode(scene: Scene) -> None:
    scope = scene.east.village.member_reader.scope()
    assert not scope.township and scope.own_code == EAST.code and scope.villages == ()


def test_the_same_person_in_two_villages_is_imported_and_flagged(scene: Scene) -> None:
    (dupe,) = sync_township.duplicate_id_numbers(scene.township.uow_factory())
    assert dupe.id_number == SHARED.id_number
    assert sorted(dupe.holders) == [(EAST.code, SHARED.name), (WEST.code, SHARED.name)]
    # The township may hold the person a third time, as its own member: no refusal either.
    saved = members.register_member(
        scene.township.uow_factory(),
        draft=MemberDraft(
            name=SHARED.name, id_number=SHARED.id_number, ethnicity="汉族", standing="full"
        ),
        today=TODAY,
    )
    assert saved.id > 0
    with pytest.raises(DomainError):  # but not twice at the same station
        members.register_member(
            scene.township.uow_factory(),
            draft=MemberDraft(
                name=SHARED.name, id_number=SHARED.id_number, ethnicity="汉族", standing="full"
            ),
            today=TODAY,
        )


def test_card_numbers_equal_across_villages_are_accepted(scene: Scene) -> None:
    with scene.township.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT station_code, card_number FROM registrations ORDER BY station_code")
        ).all()
    assert [tuple(r) for r in rows] == [(EAST.code, CARD), (WEST.code, CARD)]


def test_the_township_refuses_to_change_a_village_record(scene: Scene) -> None:
    factory = scene.township.uow_factory
    member_id = _ids(scene, "members", WEST.code)[0]
    current = members.get_member(factory(), member_id=member_id)
    household_id = _ids(scene, "households", EAST.code)[0]
    resident_id = _ids(scene, "residents", EAST.code)[0]
    registration_id = _ids(scene, "registrations", WEST.code)[0]
    post_id = _ids(scene, "service_posts", EAST.code)[0]
    record_id = _ids(scene, "service_records", WEST.code)[0]
    expected_id = _ids(scene, "expected_registrations", EAST.code)[0]
    branch_id = _ids(scene, "branches", WEST.code)[0]
    attempts = [
        lambda: members.update_member(
            factory(), member_id=member_id, draft=replace(current.to_draft(), phone=""), today=TODAY
        ),
        lambda: members.void_member(factory(), member_id=member_id, reason="错", today=TODAY),
        lambda: households.update_household(
            factory(), household_id=household_id, draft=HouseholdDraft(address="改")
        ),
        lambda: households.void_household(
            factory(), household_id=household_id, reason="错", today=TODAY
        ),
        lambda: households.void_resident(factory(), resident_id=resident_id, reason="错"),
        lambda: in_service.update_registration(
            factory(), registration_id=registration_id, work_unit="改", handbook_issued=True
        ),
        lambda: in_service_posts.update_post(
            factory(), post_id=post_id, draft=PostDraft(name="改", places="1")
        ),
        lambda: in_service_posts.void_record(factory(), record_id=record_id, reason="错"),
        lambda: in_service.remove_expected(factory(), expected_id=expected_id, reason="错"),
        lambda: branches.void_branch(factory(), branch_id=branch_id, reason="错"),
    ]
    for attempt in attempts:
        with pytest.raises(DomainError) as caught:
            attempt()
        text_ = str(caught.value)
        assert "read-only" in text_
        assert EAST.name in text_ or WEST.name in text_  # the village by name
    # Nothing was written.
    assert members.get_member(factory(), member_id=member_id) == current


def test_the_township_sees_every_village_cadre_and_cannot_change_their_links(
    scene: Scene,
) -> None:
    link_shared(scene.east)
    link_shared(scene.west)
    factory = scene.township.uow_factory
    found = households_links.list_cadres(factory())
    assert sorted(c.station_code for c in found.cadres) == sorted([EAST.code, WEST.code])
    assert {c.name for c in found.cadres} == {SHARED.name}
    cadre_id = next(c.member_id for c in found.cadres if c.station_code == WEST.code)
    household_id = _ids(scene, "households", WEST.code)[0]
    link_id = _ids(scene, "household_links", WEST.code)[0]
    with pytest.raises(DomainError, match="read-only"):
        households_links.end_link(factory(), link_id=link_id, reason="调整", today=TODAY)
    with pytest.raises(DomainError, match="read-only"):
        households_links.link_household(
            factory(),
            cadre_id=cadre_id,
            household_id=household_id,
            reason="other",
            note="x",
            today=TODAY,
        )
    assert households_links.cadre_links(factory(), cadre_id=cadre_id)[0].active


# -- migration 0005 -------------------------------------------------------------------------------


def _upgrade_to(engine: object, revision: str, *, down: bool = False) -> None:
    from alembic import command
    from alembic.config import Config

    from villagedesk.store.engine import WRITE_OPTION

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():  # type: ignore[attr-defined]
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)


_MEMBER = (
    "INSERT INTO members (id, uuid, station_code, created_at, updated_at, version, name, "
    "name_initials, name_pinyin, id_number, sex, birth_date, ethnicity, standing, categories, "
    "roll_status) VALUES (1, 'm1', :code, 't', 't', 1, '李秀英', 'lxy', 'lixiuying', "
    "'370323197503083215', 'female', '1975-03-08', '汉族', 'full', 0, 'on_roll')"
)
_CARD = (
    "INSERT INTO registrations (uuid, station_code, created_at, updated_at, version, member_id, "
    "campaign_year, registered_on, card_number, sequence) "
    "VALUES (:uuid, :code, 't', 't', 2, 1, :year, '2026-03-01', :card, 1)"
)


def test_migration_0005_makes_card_numbers_unique_per_station(tmp_path: Path) -> None:
    engine = create_station_engine(tmp_path / "x.db")
    _upgrade_to(engine, "0004")
    with engine.begin() as conn:
        conn.execute(text(_MEMBER), {"code": EAST.code})
        conn.execute(text(_CARD), {"uuid": "r1", "code": EAST.code, "year": 2026, "card": CARD})
    with pytest.raises(Exception, match="UNIQUE"), engine.begin() as conn:  # 0004: township-wide
        conn.execute(text(_CARD), {"uuid": "r2", "code": WEST.code, "year": 2025, "card": CARD})

    schema.migrate(engine, before_migration=lambda: None)
    assert schema.schema_state(engine) == "current"
    with engine.begin() as conn:
        assert conn.execute(text("SELECT uuid, card_number FROM registrations")).all() == [
            ("r1", CARD)
        ]
        conn.execute(text(_CARD), {"uuid": "r2", "code": WEST.code, "year": 2025, "card": CARD})
    with pytest.raises(Exception, match="UNIQUE"), engine.begin() as conn:  # same station: refused
        conn.execute(text(_CARD), {"uuid": "r3", "code": EAST.code, "year": 2024, "card": CARD})
    with engine.connect() as conn:
        indexes = dict(
            conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = 'registrations' AND sql IS NOT NULL"
            ).all()
        )
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert "WHERE voided_at IS NULL" in indexes["ux_registrations_member_year_live"]
    assert {"ix_registrations_version", "ix_registrations_member_id"} <= set(indexes)

    with engine.begin() as conn:
        conn.execute(text("DELETE FROM registrations WHERE uuid = 'r2'"))
    _upgrade_to(engine, "0004", down=True)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0004"
        assert conn.execute(text("SELECT count(*) FROM registrations")).scalar() == 1
    engine.dispose()


def test_the_township_cannot_claim_a_village_post_for_its_own_member(scene: Scene) -> None:
    factory = scene.township.uow_factory
    own = members.register_member(
        factory(),
        draft=MemberDraft(
            name="周镇",
            id_number=SHARED.id_number,
            ethnicity="汉族",
            standing="full",
            categories=frozenset({Category.IN_SERVICE}),
        ),
        today=TODAY,
    )
    post_id = _ids(scene, "service_posts", EAST.code)[0]
    draft = ClaimDraft(member_id=own.id, post_id=post_id, claimed_on="2026.04.01")
    with pytest.raises(DomainError, match="read-only"):
        in_service_posts.claim_post(factory(), draft=draft, today=TODAY)
    assert len(in_service_posts.post_claims(factory(), post_id=post_id)) == 1
