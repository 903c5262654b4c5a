"""个人信息导出 gathers every area for the seeded person, whichever of their records names them,
logs the export on their record, and is refused to a 查看 account."""

from __future__ import annotations

import pytest

from tests.core.privacy.seed import (
    DISPUTE_TEXT,
    ID_NUMBER,
    NAME,
    PHONE,
    POST,
    REQUEST_TEXT,
    SPOUSE,
    Seeded,
)
from tests.core.requests.support import CLOCK
from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.accounts.permissions import NotPermitted
from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.disputes.model import PartyRole
from villagedesk.core.privacy.model import PersonKind, PersonRef
from villagedesk.core.privacy.people import find_people
from villagedesk.core.privacy.personal_data import EXPORT_NOTE, export_personal_data
from villagedesk.store.station_store import StationStore


def test_every_area_of_the_person_is_gathered(store: StationStore, seeded: Seeded) -> None:
    person = PersonRef(PersonKind.RESIDENT, seeded.resident_id)
    data = export_personal_data(store.uow_factory(), person=person, clock=CLOCK)
    assert (data.name, data.id_number, data.phone) == (NAME, ID_NUMBER, PHONE)
    assert data.member is not None and data.member.id == seeded.member_id
    assert data.household is not None and data.household.id == seeded.household_id
    assert [m.name for m in data.housemates] == [SPOUSE]
    assert data.relief == ("低保对象",)
    assert [c.post_name for c in data.in_service.claims] == [POST]
    assert [p.text for p in data.in_service.pledges] == ["每月参加两次环境整治"]
    assert [r.values.what for r in data.in_service.records] == ["清扫八组主干道"]
    assert [r.values.content for r in data.requests] == [REQUEST_TEXT]
    assert [(d.dispute.values.summary, d.role) for d in data.disputes] == [
        (DISPUTE_TEXT, PartyRole.APPLICANT)
    ]
    assert [k.household_id for k in (x.values for x in data.links_as_cadre)] == [
        seeded.linked_household_id
    ]
    touched = {a.record_type for a in data.audit}
    assert touched >= {"residents", "members"}
    # the log keeps numbers masked: the person's own number is nowhere in full in it
    assert ID_NUMBER not in repr([a.fields for a in data.audit])


def test_the_member_record_leads_to_the_same_person(store: StationStore, seeded: Seeded) -> None:
    person = PersonRef(PersonKind.MEMBER, seeded.member_id)
    data = export_personal_data(store.uow_factory(), person=person, clock=CLOCK)
    assert data.resident is not None and data.resident.id == seeded.resident_id
    assert len(data.requests) == 1 and len(data.disputes) == 1


def test_the_export_is_logged_on_the_persons_record(store: StationStore, seeded: Seeded) -> None:
    person = PersonRef(PersonKind.RESIDENT, seeded.resident_id)
    data = export_personal_data(store.uow_factory(), person=person, clock=CLOCK)
    assert data.resident is not None
    with store.uow_factory().for_reading() as uow:
        entries = uow.audit_log.entries(AuditFilter(record_uuid=data.resident.uuid))
    exports = [e for e in entries if e.kind == AuditKind.EXPORT]
    assert [(e.note, e.record_type) for e in exports] == [(EXPORT_NOTE, "residents")]


def test_a_viewer_may_not_export(store: StationStore, seeded: Seeded) -> None:
    factory = store.uow_factory
    factory.actor = Actor("小李", Role.VIEWER, "pc")
    with pytest.raises(NotPermitted):
        export_personal_data(factory(), person=PersonRef(PersonKind.RESIDENT, seeded.resident_id))


def test_a_name_finds_the_person_once_masked(store: StationStore, seeded: Seeded) -> None:
    found = find_people(store.uow_factory(), text=NAME)
    assert len(found) == 1
    assert found[0].ref == PersonRef(PersonKind.RESIDENT, seeded.resident_id)
    assert found[0].kinds == (PersonKind.RESIDENT, PersonKind.MEMBER)
    assert found[0].masked_id == "210503********1467"
    assert find_people(store.uow_factory(), text=ID_NUMBER)[0].name == NAME
