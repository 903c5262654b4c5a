"""What the privacy services need: the people found by the search box, the retention setting
and the people who moved away (``uow.privacy``), and every register a person appears in."""

from __future__ import annotations

from typing import Protocol

from villagedesk.core.accounts.ports import AuditLogReader, AuditSink
from villagedesk.core.disputes.ports import DisputeRepositories
from villagedesk.core.households.ports import (
    HouseholdLinkRepository,
    HouseholdRepository,
    ReliefCategoryRepository,
    ResidentRepository,
)
from villagedesk.core.in_service.ports import InServiceRepositories
from villagedesk.core.members.ports import MemberRepository
from villagedesk.core.ports import StationRepository, Transaction
from villagedesk.core.privacy.model import MovedAwayRow, PersonHit
from villagedesk.core.requests.ports import RequestRepositories
from villagedesk.core.search import SearchQuery


class PrivacyRepository(Protocol):
    def people(self, query: SearchQuery, *, limit: int) -> list[PersonHit]:
        """This station's residents (removed ones too) and members (not voided) matching the
        search box's ``query``, at most ``limit`` of each."""
        ...

    def by_uuid(self, uuid: str) -> PersonHit | None:
        """The resident or member record with this uuid."""
        ...

    def retention_months(self) -> int | None:
        """The setting kept in ``meta`` (None: never set)."""
        ...

    def set_retention_months(self, months: int) -> None: ...

    def moved_away(self) -> list[MovedAwayRow]:
        """Removed residents and transferred-out members with no live record of the same ID
        number (no live resident, no member on the roll)."""
        ...


class PrivacyUnitOfWork(Transaction, Protocol):
    @property
    def privacy(self) -> PrivacyRepository: ...
    @property
    def station(self) -> StationRepository: ...
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
    def requests(self) -> RequestRepositories: ...
    @property
    def disputes(self) -> DisputeRepositories: ...
    @property
    def audit_log(self) -> AuditLogReader: ...
    @property
    def audit(self) -> AuditSink: ...
