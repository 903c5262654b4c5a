"""In-memory implementations of core's ports, so services are tested without a database."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from types import TracebackType
from typing import Generic, Protocol, Self, TypeVar

from tests.core.fakes_households import (
    FakeHouseholdRepo,
    FakeLinkRepo,
    FakeReliefRepo,
    FakeResidentRepo,
    HouseholdState,
)
from tests.core.fakes_in_service import FakeInService, InServiceState
from villagedesk.core.accounts.model import Actor
from villagedesk.core.audit.entry import AuditDraft, AuditKind, FieldChange
from villagedesk.core.dates import PartialDate
from villagedesk.core.members.branch import Branch, BranchDraft, BranchKind
from villagedesk.core.members.model import Member, MemberValues
from villagedesk.core.members.roll import RollChange, RollEvent, RollStatus
from villagedesk.core.station import Station


class FakeStationRepo:
    def __init__(self) -> None:
        self.station: Station | None = None

    def get(self) -> Station | None:
        return self.station

    def save(self, station: Station) -> None:
        self.station = station


class FakeBranchRepo:
    def __init__(self, db: FakeDb) -> None:
        self.db = db

    def list(self, *, include_voided: bool = False) -> list[Branch]:
        return [
            self._with_count(b) for b in self.db.branches.values() if include_voided or not b.voided
        ]

    def _with_count(self, b: Branch) -> Branch:
        n = sum(
            1
            for m in self.db.members.values()
            if m.values.branch_id == b.id and not m.voided and m.roll_status is RollStatus.ON_ROLL
        )
        return replace(b, member_count=n)

    def get(self, branch_id: int) -> Branch | None:
        b = self.db.branches.get(branch_id)
        return None if b is None or b.voided else self._with_count(b)

    def find_by_name(self, name: str) -> Branch | None:
        return next((b for b in self.list() if b.name == name), None)

    def add(self, draft: BranchDraft) -> int:
        bid = len(self.db.branches) + 1
        self.db.branches[bid] = Branch(
            bid,
            str(uuid.uuid4()),
            draft.name,
            BranchKind(draft.kind),
            draft.parent_id,
            draft.grid,
            draft.secretary,
            draft.note,
            False,
        )
        return bid

    def update(self, branch_id: int, draft: BranchDraft) -> None:
        b = self.db.branches[branch_id]
        self.db.branches[branch_id] = replace(
            b, name=draft.name, kind=BranchKind(draft.kind), parent_id=draft.parent_id
        )

    def void(self, branch_id: int, reason: str) -> None:
        self.db.branches[branch_id] = replace(self.db.branches[branch_id], voided=True)


class FakeMemberRepo:
    def __init__(self, db: FakeDb) -> None:
        self.db = db

    def add(self, values: MemberValues, *, status: RollStatus) -> int:
        mid = len(self.db.members) + 1
        self.db.version += 1
        self.db.members[mid] = Member(
            mid, str(uuid.uuid4()), values, status, False, self.db.version, "now", "now"
        )
        return mid

    def add_many(
        self, rows: Sequence[MemberValues], *, status: RollStatus, registered_on: date
    ) -> None:
        for values in rows:
            mid = self.add(values, status=status)
            self.add_event(mid, RollChange.REGISTERED, PartialDate.of(registered_on), "")

    def update(self, member_id: int, values: MemberValues) -> None:
        self.db.version += 1
        m = self.db.members[member_id]
        self.db.members[member_id] = replace(m, values=values, version=self.db.version)

    def get(self, member_id: int) -> Member | None:
        return self.db.members.get(member_id)

    def find_by_id_number(self, id_number: str) -> Member | None:
        same = [m for m in self.db.members.values() if m.id_number == id_number]
        return next((m for m in same if not m.voided), same[-1] if same else None)

    def set_status(self, member_id: int, status: RollStatus) -> None:
        self.db.members[member_id] = replace(self.db.members[member_id], roll_status=status)

    def void(self, member_id: int, reason: str = "") -> None:
        self.db.members[member_id] = replace(self.db.members[member_id], voided=True)
        self.db.void_reasons[member_id] = reason

    def unvoid(self, member_id: int) -> None:
        self.db.members[member_id] = replace(self.db.members[member_id], voided=False)
        self.db.void_reasons.pop(member_id, None)

    def add_event(
        self, member_id: int, change: RollChange, effective_on: PartialDate, reason: str
    ) -> int:
        eid = len(self.db.events) + 1
        self.db.events.append(RollEvent(eid, member_id, change, effective_on, reason, "now"))
        return eid

    def undo_event(self, event_id: int, reason: str) -> None:
        self.db.events = [
            replace(e, undone=True, undo_reason=reason) if e.id == event_id else e
            for e in self.db.events
        ]

    def events(self, member_id: int, *, include_undone: bool = False) -> list[RollEvent]:
        return [
            e
            for e in self.db.events
            if e.member_id == member_id and (include_undone or not e.undone)
        ]

    def count(self, *, include_voided: bool = False) -> int:
        return sum(1 for m in self.db.members.values() if include_voided or not m.voided)


class FakeOwners:
    """Records belong to the station unless ``db.owners`` says otherwise (members: their own)."""

    def __init__(self, db: FakeDb) -> None:
        self.db = db

    def station_of(self, record_type: str, record_id: int) -> str | None:
        found = self.db.owners.get((record_type, record_id))
        if found is None and record_type == "members" and record_id in self.db.members:
            return self.db.members[record_id].station_code
        return found

    def village_name(self, code: str) -> str:
        return self.db.village_names.get(code, code)


class FakeDb:
    def __init__(self) -> None:
        self.station = FakeStationRepo()
        self.branches: dict[int, Branch] = {}
        self.members: dict[int, Member] = {}
        self.events: list[RollEvent] = []
        self.void_reasons: dict[int, str] = {}
        self.version = 0
        self.commits = 0
        self.in_service = InServiceState()
        self.households = HouseholdState()
        #: (record type, id) → station code of records received from a village.
        self.owners: dict[tuple[str, int], str] = {}
        self.village_names: dict[str, str] = {}


TEST_ACTOR = Actor.auto(device="test")
"""Who acts through the fakes unless a test says otherwise (the 免登录 actor, a 管理员)."""


class FakeAuditSink:
    """``uow.audit``: keeps what the services record (the store chains it; here a list)."""

    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self.recorded: list[AuditDraft] = []
        self.summaries: list[AuditDraft] = []

    def draft(
        self,
        kind: AuditKind,
        service: str,
        *,
        record_type: str = "",
        record_uuid: str = "",
        fields: tuple[FieldChange, ...] = (),
        note: str = "",
        actor: Actor | None = None,
    ) -> AuditDraft:
        who = actor or self.actor
        return AuditDraft(
            "2026-01-01T00:00:00Z",
            who.name,
            who.role.value,
            who.device,
            kind,
            service,
            record_type=record_type,
            record_uuid=record_uuid,
            fields=fields,
            note=note,
        )

    def record(self, draft: AuditDraft) -> None:
        self.recorded.append(draft)

    def summarize(self, draft: AuditDraft) -> None:
        self.summaries.append(draft)


class FakeUnitOfWork:
    """Copies the fake database on enter and keeps the copy only on commit."""

    def __init__(self, db: FakeDb, *, actor: Actor = TEST_ACTOR) -> None:
        self.db = db
        self.actor = actor
        self.audit = FakeAuditSink(actor)

    def for_reading(self) -> Self:
        return self

    def __enter__(self) -> Self:
        self._saved = (
            dict(self.db.branches),
            dict(self.db.members),
            list(self.db.events),
            self.db.station.station,
            self.db.version,
        )
        self._committed = False
        self.station = self.db.station
        self.branches = FakeBranchRepo(self.db)
        self.members = FakeMemberRepo(self.db)
        self._saved_in_service = self.db.in_service.copy()
        self.in_service = FakeInService(self.db)
        self._saved_households = self.db.households.copy()
        self.households = FakeHouseholdRepo(self.db)
        self.residents = FakeResidentRepo(self.db)
        self.relief_categories = FakeReliefRepo(self.db)
        self.household_links = FakeLinkRepo(self.db)
        self.owners = FakeOwners(self.db)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._committed:
            self.rollback()

    def commit(self) -> None:
        self._committed = True
        self.db.commits += 1

    def rollback(self) -> None:
        (
            self.db.branches,
            self.db.members,
            self.db.events,
            self.db.station.station,
            self.db.version,
        ) = self._saved
        self.db.in_service = self._saved_in_service
        self.db.households = self._saved_households


class Acting(Protocol):
    @property
    def actor(self) -> Actor: ...


U = TypeVar("U", bound=Acting)


class FakeFactory(Generic[U]):
    """A factory of units of work that always hands out ``uow``, with its actor (the services
    declared in core/accounts/guard.py check the actor of their first argument)."""

    def __init__(self, uow: U) -> None:
        self.uow = uow

    @property
    def actor(self) -> Actor:
        return self.uow.actor

    def __call__(self) -> U:
        return self.uow
