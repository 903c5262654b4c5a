"""The unit of work a roster import asks for: the member roll and its branches for a member
roster, the households and residents for a resident roster."""

from __future__ import annotations

from typing import Protocol

from villagedesk.core.households.ports import HouseholdRepository, ResidentRepository
from villagedesk.core.members.ports import BranchRepository, MemberRepository
from villagedesk.core.ports import Transaction


class ImportingUnitOfWork(Transaction, Protocol):
    @property
    def branches(self) -> BranchRepository: ...
    @property
    def members(self) -> MemberRepository: ...
    @property
    def households(self) -> HouseholdRepository: ...
    @property
    def residents(self) -> ResidentRepository: ...
