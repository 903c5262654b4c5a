"""The member roll's ports: the branch and member repositories, the unit of work the member
services ask for, and the rows the statistics page counts (the store implements them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from villagedesk.core.dates import PartialDate
from villagedesk.core.members.branch import Branch, BranchDraft
from villagedesk.core.members.model import Member, MemberValues
from villagedesk.core.members.roll import RollChange, RollEvent, RollStatus
from villagedesk.core.ownership import RecordOwners
from villagedesk.core.ports import StationRepository, Transaction


class BranchRepository(Protocol):
    def list(self, *, include_voided: bool = False) -> list[Branch]: ...
    def get(self, branch_id: int) -> Branch | None: ...
    def find_by_name(self, name: str) -> Branch | None:
        """This station's live branch of that name."""
        ...

    def add(self, draft: BranchDraft) -> int: ...
    def update(self, branch_id: int, draft: BranchDraft) -> None: ...
    def void(self, branch_id: int, reason: str) -> None: ...


class MemberRepository(Protocol):
    def add(self, values: MemberValues, *, status: RollStatus) -> int: ...
    def update(self, member_id: int, values: MemberValues) -> None: ...
    def get(self, member_id: int) -> Member | None: ...
    def find_by_id_number(self, id_number: str) -> Member | None:
        """Any member of this station with this number, voided ones included (a township holds
        its villages' members too: the same person in two villages is flagged, not refused)."""
        ...

    def set_status(self, member_id: int, status: RollStatus) -> None: ...
    def void(self, member_id: int, reason: str = "") -> None: ...
    def unvoid(self, member_id: int) -> None:
        """Undo a void: the record is live again (its number must be free)."""
        ...

    def add_event(
        self, member_id: int, change: RollChange, effective_on: PartialDate, reason: str
    ) -> int: ...
    def undo_event(self, event_id: int, reason: str) -> None:
        """Mark a roll event undone with the reason; it stays in the history."""
        ...

    def events(self, member_id: int, *, include_undone: bool = False) -> list[RollEvent]:
        """The member's roll history, oldest first; undone events only if asked for."""
        ...

    def count(self, *, include_voided: bool = False) -> int: ...
    def add_many(
        self, rows: Sequence[MemberValues], *, status: RollStatus, registered_on: date
    ) -> None:
        """Bulk insert (demo data, imports): one statement, each row gets a REGISTERED event."""
        ...


class MembersUnitOfWork(Transaction, Protocol):
    """What the member and branch services use: the roll, the branches, and whose record it is
    (a township keeps its villages' members read-only)."""

    @property
    def station(self) -> StationRepository: ...
    @property
    def owners(self) -> RecordOwners: ...
    @property
    def branches(self) -> BranchRepository: ...
    @property
    def members(self) -> MemberRepository: ...


@dataclass(frozen=True)
class StatsRow:
    """The fields the statistics page counts, for one active member."""

    id: int
    sex: str
    birth_date: str
    ethnicity: str
    education: str | None
    joined_on: str | None
    branch_id: int | None
    branch_name: str
    categories: int
    standing: str
