"""The member services: every rule is checked once here, for the form, the CLI and importers."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.fakes import FakeDb, FakeUnitOfWork
from villagedesk.core.errors import DomainError, ValidationError
from villagedesk.core.id_number import check_character
from villagedesk.core.members import services as svc
from villagedesk.core.members.model import Category, MemberDraft, Sex, Standing
from villagedesk.core.members.roll import RollChange, RollStatus

TODAY = date(2026, 11, 21)


def make_id(birth: str = "19780512", seq: str = "123", region: str = "370323") -> str:
    first17 = region + birth + seq
    return first17 + check_character(first17)


@pytest.fixture
def db() -> FakeDb:
    return FakeDb()


def uow(db: FakeDb) -> FakeUnitOfWork:
    return FakeUnitOfWork(db)


def register(db: FakeDb, **fields: object) -> int:
    draft = MemberDraft(**{"name": "张建国", "id_number": make_id(), **fields})  # type: ignore[arg-type]
    return svc.register_member(uow(db), draft=draft, today=TODAY).id


def test_register_derives_birth_date_and_sex(db: FakeDb) -> None:
    mid = register(db, id_number=make_id("19780512", "124").lower())
    m = db.members[mid]
    assert m.values.birth_date == date(1978, 5, 12)
    assert m.values.sex is Sex.FEMALE
    assert m.roll_status is RollStatus.ON_ROLL
    assert [e.change for e in db.events] == [RollChange.REGISTERED]


def test_only_name_and_id_number_are_required(db: FakeDb) -> None:
    with pytest.raises(ValidationError) as err:
        svc.register_member(uow(db), draft=MemberDraft(), today=TODAY)
    assert set(err.value.errors) == {"name", "id_number"}
    assert db.members == {}


def test_all_errors_are_reported_at_once_and_nothing_written(db: FakeDb) -> None:
    draft = MemberDraft(
        name="李四",
        id_number="370323197805121230",
        phone="12345",
        joined_on="1990.13",
        ethnicity="火星族",
    )
    with pytest.raises(ValidationError) as err:
        svc.register_member(uow(db), draft=draft, today=TODAY)
    assert {"id_number", "phone", "joined_on", "ethnicity"} <= set(err.value.errors)
    assert db.members == {} and db.commits == 0


def test_duplicate_id_number_names_the_existing_member(db: FakeDb) -> None:
    register(db)
    with pytest.raises(ValidationError) as err:
        register(db, name="王五")
    text = err.value.errors["id_number"][0].render()
    assert "张建国" in text


def test_join_date_must_follow_18th_birthday_at_month_precision(db: FakeDb) -> None:
    # Born 1978-05-12: the 18th birthday is 1996-05-12.
    with pytest.raises(ValidationError) as err:
        register(db, joined_on="1996.04")
    assert "joined_on" in err.value.errors
    # Same month: not known to be before the birthday, so accepted.
    mid = register(db, joined_on="1996.05")
    assert db.members[mid].values.joined_on is not None
    assert db.members[mid].values.joined_on.is_month


def test_full_member_date_after_join_date(db: FakeDb) -> None:
    with pytest.raises(ValidationError) as err:
        register(db, joined_on="2000.07.01", full_member_on="2000.07")
    assert "full_member_on" in err.value.errors
    mid = register(db, joined_on="2000.07.01", full_member_on="2001.07")
    assert db.members[mid].values.standing is Standing.FULL


def test_standing_default_from_join_date(db: FakeDb) -> None:
    recent = register(db, joined_on="2026.03.01")
    assert db.members[recent].values.standing is Standing.PROBATIONARY
    old = register(db, id_number=make_id(seq="131"), joined_on="2020.03.01")
    assert db.members[old].values.standing is Standing.FULL


def test_future_date_refused(db: FakeDb) -> None:
    with pytest.raises(ValidationError) as err:
        register(db, joined_on="2027.01.01")
    assert "joined_on" in err.value.errors


def test_unknown_branch_is_created_and_said(db: FakeDb) -> None:
    saved = svc.register_member(
        uow(db),
        draft=MemberDraft(name="张建国", id_number=make_id(), branch_name="第一党小组"),
        today=TODAY,
    )
    assert [b.name for b in db.branches.values()] == ["第一党小组"]
    assert "第一党小组" in saved.notes[0].render()


def test_unknown_region_is_only_a_warning(db: FakeDb) -> None:
    saved = svc.register_member(
        uow(db), draft=MemberDraft(name="赵六", id_number=make_id(region="999999")), today=TODAY
    )
    assert saved.warnings
    assert saved.id in db.members


def test_education_code_or_chinese_spelling(db: FakeDb) -> None:
    mid = register(db, education="本科")
    assert db.members[mid].values.education is not None
    assert db.members[mid].values.education.value == "bachelor"


def test_categories_kept(db: FakeDb) -> None:
    mid = register(db, categories=frozenset({Category.IN_SERVICE, Category.VETERAN}))
    assert db.members[mid].values.categories == {Category.IN_SERVICE, Category.VETERAN}


def test_roll_history_transfer_out_and_back_keeps_the_record(db: FakeDb) -> None:
    mid = register(db)
    svc.change_roll_status(
        uow(db),
        member_id=mid,
        change=RollChange.TRANSFER_OUT,
        effective_on="2024.03.01",
        reason="迁往县城",
        today=TODAY,
    )
    assert db.members[mid].roll_status is RollStatus.TRANSFERRED_OUT
    svc.change_roll_status(
        uow(db),
        member_id=mid,
        change=RollChange.TRANSFER_IN,
        effective_on="2025.06",
        reason="返乡",
        today=TODAY,
    )
    assert db.members[mid].roll_status is RollStatus.ON_ROLL
    history = svc.member_history(uow(db), member_id=mid)
    assert [e.change for e in history] == [
        RollChange.REGISTERED,
        RollChange.TRANSFER_OUT,
        RollChange.TRANSFER_IN,
    ]
    assert len(db.members) == 1


def test_roll_change_not_allowed_from_status(db: FakeDb) -> None:
    mid = register(db)
    with pytest.raises(DomainError):
        svc.change_roll_status(
            uow(db),
            member_id=mid,
            change=RollChange.TRANSFER_IN,
            effective_on="2024.03.01",
            reason="",
            today=TODAY,
        )
    svc.change_roll_status(
        uow(db),
        member_id=mid,
        change=RollChange.DECEASED,
        effective_on="2024.03.01",
        reason="病故",
        today=TODAY,
    )
    with pytest.raises(DomainError):
        svc.change_roll_status(
            uow(db),
            member_id=mid,
            change=RollChange.TRANSFER_OUT,
            effective_on="2024.05.01",
            reason="",
            today=TODAY,
        )


def test_roll_change_cannot_predate_last_change(db: FakeDb) -> None:
    mid = register(db)
    svc.change_roll_status(
        uow(db),
        member_id=mid,
        change=RollChange.TRANSFER_OUT,
        effective_on="2024.03.01",
        reason="",
        today=TODAY,
    )
    with pytest.raises(ValidationError):
        svc.change_roll_status(
            uow(db),
            member_id=mid,
            change=RollChange.TRANSFER_IN,
            effective_on="2024.02",
            reason="",
            today=TODAY,
        )


def test_void_keeps_history_and_frees_the_number(db: FakeDb) -> None:
    mid = register(db)
    with pytest.raises(ValidationError):
        svc.void_member(uow(db), member_id=mid, reason=" ", today=TODAY)
    svc.void_member(uow(db), member_id=mid, reason="录入错误", today=TODAY)
    assert db.members[mid].voided
    assert svc.member_history(uow(db), member_id=mid)[-1].change is RollChange.VOIDED
    with pytest.raises(DomainError):
        svc.update_member(uow(db), member_id=mid, draft=db.members[mid].to_draft(), today=TODAY)
    # The voided record no longer blocks the number.
    again = register(db)
    assert again != mid


def test_edit_round_trips_through_the_draft(db: FakeDb) -> None:
    mid = register(db, joined_on="1999.07", phone="13905331234", address="东河村1组")
    before = db.members[mid]
    svc.update_member(uow(db), member_id=mid, draft=before.to_draft(), today=TODAY)
    assert db.members[mid].values == before.values
    assert db.members[mid].version == before.version  # nothing changed, nothing written
    draft = before.to_draft()
    svc.update_member(
        uow(db),
        member_id=mid,
        draft=MemberDraft(**{**draft.__dict__, "phone": "0533-3212345"}),
        today=TODAY,
    )
    assert db.members[mid].values.phone == "0533-3212345"
    assert db.members[mid].version > before.version


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在职党员", Category.IN_SERVICE),
        ("in_service", Category.IN_SERVICE),
        (" 老党员 ", Category.VETERAN),
        ("离退休", Category.RETIRED),
        ("ＭＯＢＩＬＥ", Category.MOBILE),
        ("党员", None),
    ],
)
def test_parse_category(text: str, expected: Category | None) -> None:
    from villagedesk.core.members.model import parse_category

    assert parse_category(text) is expected
