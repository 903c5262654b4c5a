"""The ports core services need: a unit of work with its repositories, and read-side queries.

The store implements them with SQLAlchemy; tests may implement them in memory. Only plain values
cross these boundaries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, Self

from villagedesk.core.dates import PartialDate
from villagedesk.core.members.branch import Branch, BranchDraft
from villagedesk.core.members.model import Member, MemberValues
from villagedesk.core.members.roll import RollChange, RollEvent, RollStatus
from villagedesk.core.station import Station

if TYPE_CHECKING:  # only annotations: the areas' port modules load when their code does
    from villagedesk.core.households.ports import (
        HouseholdLinkRepository,
        HouseholdRepository,
        ReliefCategoryRepository,
        ResidentRepository,
    )
    from villagedesk.core.in_service.ports import InServiceRepositories
    from villagedesk.core.masking import MaskPolicyRepository
    from villagedesk.core.ownership import RecordOwners
    from villagedesk.core.printing.model import PrintSettingsRepository
    from villagedesk.core.township.model import RecordApplier, TownshipRepository
    from villagedesk.core.township.ports import SyncSource, VillageSyncRepository


class StationRepository(Protocol):
    def get(self) -> Station | None: ...
    def save(self, station: Station) -> None: ...


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


class UnitOfWork(Protocol):
    """A transaction. Leaving the ``with`` block without :meth:`commit` rolls everything back."""

    @property
    def station(self) -> StationRepository: ...
    @property
    def branches(self) -> BranchRepository: ...
    @property
    def members(self) -> MemberRepository: ...
    @property
    def households(self) -> HouseholdRepository: ...
    @property
    def residents(self) -> ResidentRepository: ...
    @property
    def relief_categories(self) -> ReliefCategoryRepository: ...
    @property
    def household_links(self) -> HouseholdLinkRepository: ...
    @property
    def in_service(self) -> InServiceRepositories: ...
    @property
    def village_sync(self) -> VillageSyncRepository: ...
    @property
    def sync_source(self) -> SyncSource: ...
    @property
    def township(self) -> TownshipRepository: ...
    @property
    def sync_apply(self) -> RecordApplier: ...
    @property
    def owners(self) -> RecordOwners: ...
    @property
    def mask_policy(self) -> MaskPolicyRepository: ...
    @property
    def print_settings(self) -> PrintSettingsRepository: ...

    def for_reading(self) -> Self:
        """This unit of work as a read: it takes no write lock, so held writes do not block it,
        and it cannot commit. Every service that only reads asks for it."""
        ...

    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self) -> UnitOfWork: ...


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
