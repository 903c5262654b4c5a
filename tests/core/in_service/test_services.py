"""In-service services on in-memory ports: every rule a station secretary would notice."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.core.fakes import FakeDb, FakeUnitOfWork
from villagedesk.core.errors import DomainError, ValidationError
from villagedesk.core.households.model import HouseholdValues
from villagedesk.core.id_number import check_character
from villagedesk.core.in_service import assessment as assess
from villagedesk.core.in_service import posts
from villagedesk.core.in_service import services as svc
from villagedesk.core.in_service.assessment_model import AssessmentDraft, Rating
from villagedesk.core.in_service.demo import fill_in_service_demo
from villagedesk.core.in_service.model import (
    ClaimDraft,
    ExpectedDraft,
    PostDraft,
    RecordDraft,
    RegistrationDraft,
)
from villagedesk.core.members.demo import DemoGenerator
from villagedesk.core.members.model import Category, Education, MemberValues, Sex, Standing
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.station import Station, StationLevel

TODAY = date(2026, 5, 20)


def _values(
    name: str, serial: int, *, in_service: bool = True, unit: str = "县医院"
) -> MemberValues:
    first17 = f"370323198505{serial % 28 + 1:02d}{serial:03d}"
    return MemberValues(
        name=name,
        id_number=first17 + check_character(first17),
        sex=Sex.MALE,
        birth_date=date(1985, 5, serial % 28 + 1),
        ethnicity="汉族",
        education=Education.BACHELOR,
        phone="",
        joined_on=None,
        full_member_on=None,
        standing=Standing.FULL,
        branch_id=None,
        work_unit=unit,
        address="东河村",
        categories=frozenset({Category.IN_SERVICE}) if in_service else frozenset(),
    )


@pytest.fixture
def db() -> FakeDb:
    db = FakeDb()
    db.station.station = Station(
        "370323104203", "沂源县鲁村镇东河村党群服务站", StationLevel.VILLAGE
    )
    return db


def uow(db: FakeDb) -> FakeUnitOfWork:
    return FakeUnitOfWork(db)


def add_member(db: FakeDb, name: str = "张建国", serial: int = 11, **kw: object) -> int:
    with uow(db) as u:
        member_id = u.members.add(_values(name, serial, **kw), status=RollStatus.ON_ROLL)  # type: ignore[arg-type]
        u.commit()
    return member_id


def register(db: FakeDb, member_id: int, on: str = "2026.03.02", **kw: object):  # type: ignore[no-untyped-def]
    draft = RegistrationDraft(member_id=member_id, registered_on=on, **kw)  # type: ignore[arg-type]
    return svc.record_registration(uow(db), draft=draft, today=TODAY)


def errors_of(call) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        call()
    return {k: " ".join(m.render() for m in v) for k, v in caught.value.errors.items()}


# -- expected list and registration -------------------------------------------------------------


def test_registering_an_expected_member_crosses_them_off_and_gives_a_card(db: FakeDb) -> None:
    member = add_member(db)
    svc.add_expected(uow(db), draft=ExpectedDraft(member, notified_on="2026.01.10"), today=TODAY)
    [line] = svc.expected_list(uow(db), year=2026)
    assert not line.reported and line.work_unit == "县医院"  # defaults to the member's unit

    saved = register(db, member, handbook_issued=True, pledges=("结对帮扶1户困难家庭", ""))
    assert saved.notes == ()
    [line] = svc.expected_list(uow(db), year=2026)
    assert line.reported and line.registered_on == date(2026, 3, 2)
    [reg] = svc.registrations(uow(db), year=2026)
    assert reg.card_number == "DHC-2026-0001" and reg.expected and reg.handbook_issued
    assert [p.text for p in svc.pledges(uow(db), member_id=member, year=2026)] == [
        "结对帮扶1户困难家庭"
    ]
    assert svc.unit_counts(uow(db), year=2026)[0].outstanding == 0


def test_a_second_registration_in_the_same_campaign_year_is_refused_at_the_member(
    db: FakeDb,
) -> None:
    member = add_member(db)
    register(db, member)
    shown = errors_of(lambda: register(db, member, on="2026.04.01"))
    assert "already reported for 2026" in shown["member_id"]
    assert "DHC-2026-0001" in shown["member_id"]
    assert len(svc.registrations(uow(db), year=2026)) == 1


def test_a_member_not_on_the_list_may_report_and_counts_as_unexpected(db: FakeDb) -> None:
    member = add_member(db)
    saved = register(db, member)
    assert "not on the expected list" in saved.notes[0].render()
    [count] = svc.unit_counts(uow(db), year=2026)
    assert (count.expected, count.reported, count.unexpected) == (0, 0, 1)


def test_only_active_in_service_members_report_and_all_errors_come_at_once(db: FakeDb) -> None:
    other = add_member(db, "李秀英", 12, in_service=False)
    shown = errors_of(lambda: register(db, other, on="2026.06.01", pledges=("一", "二", "三")))
    assert "not an in-service member" in shown["member_id"]
    assert "future" in shown["registered_on"]
    assert "one or two pledges" in shown["pledges"]
    assert db.in_service.registrations == {}


def test_a_member_is_expected_once_a_year(db: FakeDb) -> None:
    member = add_member(db)
    svc.add_expected(uow(db), draft=ExpectedDraft(member, work_unit="县供电公司"), today=TODAY)
    shown = errors_of(lambda: svc.add_expected(uow(db), draft=ExpectedDraft(member), today=TODAY))
    assert "already on the expected list" in shown["member_id"]
    svc.add_expected(uow(db), draft=ExpectedDraft(member, campaign_year=2027), today=TODAY)


def test_card_numbers_are_unique_and_count_per_year_with_a_july_start(db: FakeDb) -> None:
    svc.save_settings(uow(db), year_start_month=7, short_code="dc")
    a, b = add_member(db, "甲", 1), add_member(db, "乙", 2)
    register(db, a, on="2025.06.30")  # campaign year 2024
    register(db, b, on="2025.07.01")  # campaign year 2025
    register(db, a, on="2025.07.02")  # a new campaign year: allowed
    shown = errors_of(lambda: register(db, a, on="2026.05.01"))  # still 2025
    assert "2025" in shown["member_id"]
    numbers = sorted(
        r.card_number for y in (2024, 2025) for r in svc.registrations(uow(db), year=y)
    )
    assert numbers == ["DC-2024-0001", "DC-2025-0001", "DC-2025-0002"]
    assert all(not re.search(r"\d{11,}", n) for n in numbers)
    assert svc.current_campaign_year(uow(db), today=TODAY) == 2025


def test_bad_settings_are_refused(db: FakeDb) -> None:
    shown = errors_of(lambda: svc.save_settings(uow(db), year_start_month=13, short_code="D"))
    assert set(shown) == {"year_start_month", "short_code"}


# -- pledges ------------------------------------------------------------------------------------


def test_a_member_makes_one_or_two_pledges_a_year(db: FakeDb) -> None:
    member = add_member(db)
    svc.add_pledge(uow(db), member_id=member, year=2026, text="每月服务2次")
    svc.add_pledge(uow(db), member_id=member, year=2026, text="结对帮扶1户")
    assert (
        "two pledges"
        in errors_of(lambda: svc.add_pledge(uow(db), member_id=member, year=2026, text="第三条"))[
            "text"
        ]
    )
    assert (
        "Write the pledge"
        in errors_of(lambda: svc.add_pledge(uow(db), member_id=member, year=2027, text="  "))[
            "text"
        ]
    )
    svc.set_pledges(uow(db), member_id=member, year=2026, texts=["只留一条", ""])
    assert [p.text for p in svc.pledges(uow(db), member_id=member, year=2026)] == ["只留一条"]


# -- posts, claims, records ---------------------------------------------------------------------


def _post(db: FakeDb, places: str = "2") -> int:
    return posts.add_post(
        uow(db), draft=PostDraft("治安巡逻", "夜间巡逻", places, "王秀英", "13905331234")
    ).id


def claim(db: FakeDb, member: int, post: int, on: str = "2026.03.05"):  # type: ignore[no-untyped-def]
    return posts.claim_post(uow(db), draft=ClaimDraft(member, post, on), today=TODAY)


def test_a_post_takes_claims_until_exactly_full_and_an_ended_claim_frees_a_place(
    db: FakeDb,
) -> None:
    post = _post(db, "2")
    a, b, c = add_member(db, "甲", 1), add_member(db, "乙", 2), add_member(db, "丙", 3)
    first = claim(db, a, post).id
    claim(db, b, post)
    [shown] = posts.list_posts(uow(db))
    assert (shown.held, shown.free) == (2, 0)
    assert "is full" in errors_of(lambda: claim(db, c, post))["post_id"]

    assert (
        "began on"
        in errors_of(
            lambda: posts.end_claim(uow(db), claim_id=first, ended_on="2026.03.01", today=TODAY)
        )["ended_on"]
    )
    posts.end_claim(uow(db), claim_id=first, ended_on="2026.04.30", today=TODAY)
    assert posts.list_posts(uow(db))[0].free == 1
    claim(db, c, post, "2026.05.01")
    history = posts.post_claims(uow(db), post_id=post)
    assert [(h.member_id, h.active) for h in history] == [(a, False), (b, True), (c, True)]
    with pytest.raises(DomainError):
        posts.end_claim(uow(db), claim_id=first, ended_on="2026.05.01", today=TODAY)


def test_a_member_holds_a_post_once_and_places_never_drop_below_holders(db: FakeDb) -> None:
    post = _post(db, "3")
    a, b = add_member(db, "甲", 1), add_member(db, "乙", 2)
    claim(db, a, post)
    claim(db, b, post)
    assert "already holds" in errors_of(lambda: claim(db, a, post))["post_id"]
    draft = PostDraft("治安巡逻", "", "1")
    assert (
        "2 members hold"
        in errors_of(lambda: posts.update_post(uow(db), post_id=post, draft=draft))["places"]
    )
    assert (
        "from 1"
        in errors_of(lambda: posts.add_post(uow(db), draft=PostDraft("新岗位", places="0")))[
            "places"
        ]
    )
    assert (
        "already exists"
        in errors_of(lambda: posts.add_post(uow(db), draft=PostDraft("治安巡逻")))["name"]
    )


def test_a_posts_contact_phone_is_optional_and_checked_by_the_phone_rule(db: FakeDb) -> None:
    blank = posts.add_post(uow(db), draft=PostDraft("关爱老人", places="1"))
    assert posts.list_posts(uow(db))[0].values.contact_phone == ""
    draft = PostDraft("关爱老人", "", "1", "王秀英", "139-0533-1234")
    posts.update_post(uow(db), post_id=blank.id, draft=draft)
    assert posts.list_posts(uow(db))[0].values.contact_phone == "13905331234"
    bad = PostDraft("治安巡逻", "", "1", "王秀英", "12ab")
    assert "do not belong" in errors_of(lambda: posts.add_post(uow(db), draft=bad))["contact_phone"]


def test_service_records_count_towards_member_and_post_totals(db: FakeDb) -> None:
    post = _post(db)
    member = add_member(db)
    claim(db, member, post)
    with uow(db) as u:
        home = u.households.add(HouseholdValues("东河村1组7号", "1组", "", frozenset(), False, ""))
        u.commit()

    def record(on: str = "2026.04.01", hours: str = "2.5", post_id: int = post):  # type: ignore[no-untyped-def]
        draft = RecordDraft(member, post_id, on, "夜间巡逻", hours, "1组村民", household_id=home)
        return posts.add_record(uow(db), draft=draft, today=TODAY)

    record()
    record(on="2026.04.02", hours="24")
    shown = errors_of(lambda: record(on="2026.05.21", hours="0"))
    assert "future" in shown["served_on"] and "more than 0" in shown["hours"]
    other = posts.add_post(uow(db), draft=PostDraft("关爱老人")).id
    assert "has not claimed" in errors_of(lambda: record(post_id=other))["post_id"]

    totals = posts.service_totals(uow(db), year=2026)
    assert [(t.name, t.records, t.hours) for t in totals.by_member] == [("张建国", 2, "26.5")]
    assert [(t.name, t.hours) for t in totals.by_post] == [("治安巡逻", "26.5")]
    [first, _] = posts.service_records(uow(db), year=2026)
    assert first.values.household_id == home
    posts.void_record(uow(db), record_id=first.id, reason="录入错误")
    assert posts.service_totals(uow(db), year=2026).by_member[0].hours == "24"
    assert posts.service_totals(uow(db), year=2025).by_member == ()


# -- assessment ---------------------------------------------------------------------------------


def test_the_assessment_shows_evidence_and_waits_for_the_unit_rating(db: FakeDb) -> None:
    post = _post(db)
    member = add_member(db)
    register(db, member, pledges=("每月服务2次",))
    claim(db, member, post)
    posts.add_record(
        uow(db), draft=RecordDraft(member, post, "2026.04.01", "巡逻", "3"), today=TODAY
    )
    shown = errors_of(lambda: assess.save_assessment(uow(db), draft=AssessmentDraft(member, 2026)))
    assert "community's rating" in shown["community_rating"]
    assess.save_assessment(
        uow(db), draft=AssessmentDraft(member, 2026, Rating.EXCELLENT.value, "表现突出")
    )
    [row] = assess.assessment_rows(uow(db), year=2026)
    assert row.community_rating is Rating.EXCELLENT and row.unit_rating is None
    assert (row.evidence.hours, row.evidence.records) == ("3", 1)
    assert row.evidence.posts == ("治安巡逻",) and row.evidence.pledges == ("每月服务2次",)

    assess.save_assessment(
        uow(db),
        draft=AssessmentDraft(member, 2026, "excellent", "表现突出", "competent", "单位评定"),
    )
    [summary] = assess.unit_summaries(uow(db), year=2026)
    assert summary.work_unit == "县医院"
    assert summary.rows[0].unit_rating is Rating.COMPETENT
    assert len(db.in_service.assessments) == 1  # corrected, not duplicated


# -- demo ---------------------------------------------------------------------------------------


def test_the_demo_registers_most_in_service_members_with_a_year_of_service() -> None:
    db = FakeDb()
    with FakeUnitOfWork(db) as u:
        values = [dm.values for dm in DemoGenerator(seed=7, today=TODAY).members(200, 1)]
        u.members.add_many(values, status=RollStatus.ON_ROLL, registered_on=TODAY)
        assert fill_in_service_demo(u, seed=7, today=TODAY) > 0
        u.commit()
    roster = svc.in_service_roster(FakeUnitOfWork(db))
    regs = svc.registrations(FakeUnitOfWork(db), year=2026)
    assert roster and len(regs) >= len(roster) // 2
    assert len({r.card_number for r in regs}) == len(regs)
    assert all(p.held <= p.values.places for p in posts.list_posts(FakeUnitOfWork(db)))
    assert posts.service_totals(FakeUnitOfWork(db), year=2026).by_member
    rows = assess.assessment_rows(FakeUnitOfWork(db), year=2026)
    assert any(r.unit_rating for r in rows) and any(r.unit_rating is None for r in rows)


def test_a_service_record_for_a_missing_or_voided_household_is_refused(db: FakeDb) -> None:
    post = _post(db)
    member = add_member(db)
    claim(db, member, post)
    with uow(db) as u:
        home = u.households.add(HouseholdValues("东河村2组3号", "2组", "", frozenset(), False, ""))
        u.households.void(home, "重复录入")
        u.commit()
    for household_id in (home, 999):
        draft = RecordDraft(member, post, "2026.04.01", "代办医保", "1", "", household_id)
        shown = errors_of(lambda d=draft: posts.add_record(uow(db), draft=d, today=TODAY))
        assert "not found or has been voided" in shown["household_id"]
    assert posts.service_records(uow(db), year=2026) == []
    # no household at all is fine: "for whom" is optional
    draft = RecordDraft(member, post, "2026.04.01", "代办医保", "1", "王大爷", None)
    posts.add_record(uow(db), draft=draft, today=TODAY)
    assert len(posts.service_records(uow(db), year=2026)) == 1
