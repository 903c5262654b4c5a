"""The unit of work an import asks for: the member roll and its branches for a member roster,
the households and residents for a resident roster, and what recording a request reads and
writes for a 民情台账 (core.requests.ports)."""

from __future__ import annotations

from typing import Protocol

from villagedesk.core.accounts.ports import AuditSink
from villagedesk.core.households.ports import HouseholdRepository, ResidentRepository
from villagedesk.core.members.ports import BranchRepository, MemberRepository
from villagedesk.core.ownership import RecordOwners
from villagedesk.core.ports import Transaction
from villagedesk.core.requests.ports import (
    DeadlineCalculator,
    RequestRepositories,
    ShortCodeSource,
    StationReader,
)


class ImportingUnitOfWork(Transaction, Protocol):
    @property
    def branches(self) -> BranchRepository: ...
    @property
    def members(self) -> MemberRepository: ...
    @property
    def households(self) -> HouseholdRepository: ...
    @property
    def residents(self) -> ResidentRepository: ...
    @property
    def requests(self) -> RequestRepositories: ...
    @property
    def deadlines(self) -> DeadlineCalculator: ...
    @property
    def in_service(self) -> ShortCodeSource: ...
    @property
    def station(self) -> StationReader: ...
    @property
    def owners(self) -> RecordOwners: ...
    @property
    def audit(self) -> AuditSink: ...
