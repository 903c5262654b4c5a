"""The ports every area shares: the transaction a unit of work is, the station's repository, and
the whole unit of work for what truly reaches every area.

Each area declares its own narrow unit of work in its ``ports.py`` (``MembersUnitOfWork``,
``HouseholdsUnitOfWork``, ``InServiceUnitOfWork``, ``TownshipUnitOfWork``, …): a
:class:`Transaction` with only the repositories that area's services use. The store's unit of
work satisfies every one of them structurally; tests may implement them in memory. Only plain
values cross these boundaries.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Protocol, Self

from villagedesk.core.accounts.model import Actor
from villagedesk.core.station import Station

if TYPE_CHECKING:  # only annotations: the areas' port modules load when their code does
    from villagedesk.core.accounts.ports import AccountRepository, AuditLogReader, AuditSink
    from villagedesk.core.disputes.ports import DisputeRepositories
    from villagedesk.core.households.ports import (
        HouseholdLinkRepository,
        HouseholdRepository,
        ReliefCategoryRepository,
        ResidentRepository,
    )
    from villagedesk.core.in_service.ports import InServiceRepositories
    from villagedesk.core.masking import MaskPolicyRepository
    from villagedesk.core.members.ports import BranchRepository, MemberRepository
    from villagedesk.core.ownership import RecordOwners
    from villagedesk.core.printing.model import PrintSettingsRepository
    from villagedesk.core.township.audit_trail import TownshipAuditRepository
    from villagedesk.core.township.model import RecordApplier, TownshipRepository
    from villagedesk.core.township.ports import SyncSource, VillageSyncRepository


class StationRepository(Protocol):
    def get(self) -> Station | None: ...
    def save(self, station: Station) -> None: ...


class Transaction(Protocol):
    """A unit of work without its repositories: one transaction. Leaving the ``with`` block
    without :meth:`commit` rolls everything back. Every area's unit of work derives it.

    ``actor`` is who acts through it (core/accounts/guard.py checks it; the audit log records
    it with every change committed)."""

    @property
    def actor(self) -> Actor: ...

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


class StationUnitOfWork(Transaction, Protocol):
    """What the station's own settings need (setting up the station, reading it)."""

    @property
    def station(self) -> StationRepository: ...


class UnitOfWork(Transaction, Protocol):
    """Every area's repositories on one transaction: for what truly reaches all of them (the
    household page, whose sections come from every area; the printing data; the GUI's and the
    command line's wiring). A service of one area asks for its area's narrow port instead."""

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
    def township_audit(self) -> TownshipAuditRepository: ...
    @property
    def owners(self) -> RecordOwners: ...
    @property
    def mask_policy(self) -> MaskPolicyRepository: ...
    @property
    def print_settings(self) -> PrintSettingsRepository: ...
    @property
    def disputes(self) -> DisputeRepositories: ...
    @property
    def accounts(self) -> AccountRepository: ...
    @property
    def audit(self) -> AuditSink: ...
    @property
    def audit_log(self) -> AuditLogReader: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self) -> UnitOfWork: ...
