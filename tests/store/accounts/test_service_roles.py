"""A real write through a real store, as each role: a 查看 is refused with nothing written and
nothing logged; a 录入员 writes, and the log names the clerk and the service."""

from __future__ import annotations

from datetime import date

import pytest

from tests.store.conftest import id_number
from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.accounts.permissions import NotPermitted
from villagedesk.core.audit.entry import AuditEntry
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.members import services as members
from villagedesk.core.members.model import MemberDraft
from villagedesk.store.station_store import StationStore

TODAY = date(2026, 11, 21)
DRAFT = MemberDraft(name="欧阳娜娜", id_number=id_number(date(1985, 3, 12), 21))


def _entries(store: StationStore) -> list[AuditEntry]:
    uow = store.uow_factory()
    with uow.for_reading():
        return uow.audit_log.entries(AuditFilter())


def _names(store: StationStore) -> list[str]:
    uow = store.uow_factory()
    with uow.for_reading():
        found = uow.members.find_by_id_number(DRAFT.id_number)
        assert uow.members.count(include_voided=True) == (0 if found is None else 1)
        return [] if found is None else [found.values.name]


def test_a_viewer_is_refused_and_nothing_is_written_or_logged(store: StationStore) -> None:
    before = _entries(store)
    store.uow_factory.actor = Actor("小李", Role.VIEWER, device="pc-1")
    with pytest.raises(NotPermitted):
        members.register_member(store.uow_factory(), draft=DRAFT, today=TODAY)
    assert _names(store) == []
    assert _entries(store) == before


def test_a_clerk_writes_and_the_log_names_the_clerk_and_the_service(store: StationStore) -> None:
    store.uow_factory.actor = Actor("小王", Role.CLERK, device="pc-1")
    members.register_member(store.uow_factory(), draft=DRAFT, today=TODAY)
    assert _names(store) == ["欧阳娜娜"]
    last = max(_entries(store), key=lambda e: e.seq)
    assert (last.actor, last.role, last.device) == ("小王", "clerk", "pc-1")
    assert last.service == "members.services.register_member"


def test_an_admin_writes_too(store: StationStore) -> None:
    store.uow_factory.actor = Actor("王书记", Role.ADMIN, device="pc-1")
    members.register_member(store.uow_factory(), draft=DRAFT, today=TODAY)
    assert _names(store) == ["欧阳娜娜"]
    assert max(_entries(store), key=lambda e: e.seq).actor == "王书记"
