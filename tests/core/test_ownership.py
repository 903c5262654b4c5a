"""Whose record is it: a township's copies of village records are read-only (one core helper),
the village column exists only in township mode, and changed fields read as register headers."""

from __future__ import annotations

import pytest

from tests.core.fakes import FakeDb, FakeUnitOfWork
from villagedesk.core.columns import VILLAGE_COLUMN
from villagedesk.core.errors import DomainError
from villagedesk.core.households import services as households
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.register import RESIDENTS_SECTION
from villagedesk.core.members import branches
from villagedesk.core.members.branch import BranchDraft
from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.ownership import StationScope, ensure_own
from villagedesk.core.registers import REGISTER_BY_TABLE, field_labels
from villagedesk.core.station import Station, StationLevel

TOWNSHIP = Station(code="370323104000", name="东河镇", level=StationLevel.TOWNSHIP)
VILLAGE = "370323104203"


def _identity(context: str, text: str) -> str:
    del context
    return text


def test_ensure_own_refuses_only_another_station_and_names_the_village() -> None:
    ensure_own(TOWNSHIP.code, TOWNSHIP.code)
    ensure_own("", TOWNSHIP.code)  # not stamped yet: one's own
    ensure_own(VILLAGE, "")  # no station set up: nothing to compare
    with pytest.raises(DomainError) as caught:
        ensure_own(VILLAGE, TOWNSHIP.code, village="东河村")
    assert caught.value.message.params == {"village": "东河村"}
    with pytest.raises(DomainError) as caught:
        ensure_own(VILLAGE, TOWNSHIP.code)
    assert caught.value.message.params == {"village": VILLAGE}


@pytest.fixture
def db() -> FakeDb:
    d = FakeDb()
    d.station.station = TOWNSHIP
    d.village_names[VILLAGE] = "东河村"
    return d


def test_services_refuse_a_village_record_and_keep_their_own(db: FakeDb) -> None:
    own = households.create_household(FakeUnitOfWork(db), draft=HouseholdDraft(address="镇一号"))
    theirs = households.create_household(FakeUnitOfWork(db), draft=HouseholdDraft(address="村一号"))
    branch = branches.add_branch(FakeUnitOfWork(db), draft=BranchDraft(name="第一支部"))
    db.owners[("households", theirs.id)] = VILLAGE
    db.owners[("branches", branch.id)] = VILLAGE

    households.update_household(
        FakeUnitOfWork(db), household_id=own.id, draft=HouseholdDraft(address="镇二号")
    )
    with pytest.raises(DomainError) as caught:
        households.update_household(
            FakeUnitOfWork(db), household_id=theirs.id, draft=HouseholdDraft(address="改")
        )
    assert caught.value.message.params == {"village": "东河村"}
    with pytest.raises(DomainError):
        branches.update_branch(
            FakeUnitOfWork(db), branch_id=branch.id, draft=BranchDraft(name="改")
        )
    with pytest.raises(DomainError):
        branches.void_branch(FakeUnitOfWork(db), branch_id=branch.id, reason="错")


def test_the_village_column_is_declared_once_and_shown_only_at_a_township() -> None:
    assert MEMBER_REGISTER.columns[-1] is VILLAGE_COLUMN
    village_view = MEMBER_REGISTER.for_mode(township=False)
    assert "village" not in village_view.keys
    assert village_view.keys == MEMBER_REGISTER.keys[:-1]  # the others keep their places
    assert MEMBER_REGISTER.for_mode(township=True) is MEMBER_REGISTER
    assert "village" not in RESIDENTS_SECTION.keys
    assert StationScope(True, TOWNSHIP.code).is_own(TOWNSHIP.code)
    assert not StationScope(True, TOWNSHIP.code).is_own(VILLAGE)


def test_changed_fields_read_as_register_headers() -> None:
    assert REGISTER_BY_TABLE["members"] is MEMBER_REGISTER
    labels = field_labels(
        "members", ("name", "name_pinyin", "branch_id", "phone", "voided_at"), _identity
    )
    assert labels == ["Name", "Branch", "Phone", "Voided"]
    assert field_labels("member_events", ("reason", "recorded_at"), _identity) == [
        "Reason for the change"
    ]
    assert field_labels("pledges", ("text",), _identity) == ["text"]  # no header: as stored
