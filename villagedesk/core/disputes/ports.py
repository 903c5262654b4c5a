"""The ports the dispute services need: the disputes' repositories (``uow.disputes``), the
calendar (``uow.calendar``, for the mediation levels' and the case's last days), and the narrow
views of the other areas they read (the parties' resident or member records, the households,
the station's short code, the request a dispute is turned from).

:class:`DisputesUnitOfWork` names only those; the station-wide ``UnitOfWork`` satisfies it once
it carries ``disputes``.
"""

from __future__ import annotations

import builtins
from collections.abc import Collection, Iterable
from datetime import date
from typing import Protocol

from villagedesk.core.calendar.ports import CalendarRepository
from villagedesk.core.disputes.events import DisputeEvent, DisputeStep
from villagedesk.core.disputes.model import DisputeValues, RiskFactors
from villagedesk.core.disputes.record import Dispute, DisputeProgress, DisputeQuery
from villagedesk.core.disputes.settings import DisputeSettings
from villagedesk.core.disputes.state import DisputeAction
from villagedesk.core.ownership import RecordOwners
from villagedesk.core.ports import Transaction
from villagedesk.core.requests.ports import (
    HouseholdLookup,
    MemberLookup,
    RequestRepositories,
    ResidentLookup,
    ShortCodeSource,
    StationReader,
)


class DisputeRecords(Protocol):
    """The disputes themselves (table ``disputes``, parties in ``dispute_parties``)."""

    def add(
        self,
        number: str,
        year: int,
        sequence: int,
        values: DisputeValues,
        progress: DisputeProgress,
    ) -> int: ...
    def get(self, dispute_id: int) -> Dispute | None: ...
    def find_by_number(self, number: str) -> Dispute | None:
        """This station's dispute with this 编号."""
        ...

    def max_sequence(self, year: int) -> int:
        """The highest serial ever given in ``year`` (voided disputes included): numbers are
        never reused."""
        ...

    def max_agreement_sequence(self, year: int) -> int:
        """The highest 人调字 serial of the written agreements made in ``year``."""
        ...

    def save_progress(self, dispute_id: int, progress: DisputeProgress) -> None: ...
    def save_risks(self, dispute_id: int, risks: RiskFactors, people: int) -> None:
        """The risk factors and the number of people as changed after recording (the
        ``risks`` and ``people`` of the dispute's values)."""
        ...

    def list(self, query: DisputeQuery) -> builtins.list[Dispute]:
        """The disputes passing every filter, 红 first, then by 排查日期, newest first."""
        ...

    def count(self, query: DisputeQuery) -> int:
        """How many disputes :meth:`list` would give (the start page's tiles)."""
        ...

    def screened_between(self, first: date, last: date) -> builtins.list[Dispute]:
        """Every dispute screened on ``first`` … ``last`` (both inclusive), for the monthly
        statistics."""
        ...


class DisputeHistory(Protocol):
    """The steps of the disputes' histories."""

    def add_step(self, dispute_id: int, step: DisputeStep) -> int: ...
    def events(self, dispute_id: int) -> builtins.list[DisputeEvent]:
        """The history, oldest first (by time, then by the order written)."""
        ...

    def events_of(
        self, dispute_ids: Iterable[int], actions: Collection[DisputeAction] | None = None
    ) -> dict[int, builtins.list[DisputeEvent]]:
        """The histories of many disputes at once (a ledger's); with ``actions``, only the
        steps of those kinds."""
        ...


class DisputeSettingsRepository(Protocol):
    """The station's dispute settings (a new station has the defaults)."""

    def get(self) -> DisputeSettings: ...
    def save(self, settings: DisputeSettings) -> None: ...


class DisputeRepositories(Protocol):
    """``uow.disputes``."""

    @property
    def records(self) -> DisputeRecords: ...
    @property
    def history(self) -> DisputeHistory: ...
    @property
    def settings(self) -> DisputeSettingsRepository: ...


class DisputesUnitOfWork(Transaction, Protocol):
    """One transaction over what the dispute services touch."""

    @property
    def disputes(self) -> DisputeRepositories: ...
    @property
    def requests(self) -> RequestRepositories:
        """Read when a request is turned into a dispute."""
        ...

    @property
    def calendar(self) -> CalendarRepository: ...
    @property
    def residents(self) -> ResidentLookup: ...
    @property
    def members(self) -> MemberLookup: ...
    @property
    def households(self) -> HouseholdLookup: ...
    @property
    def in_service(self) -> ShortCodeSource: ...
    @property
    def station(self) -> StationReader: ...
    @property
    def owners(self) -> RecordOwners: ...
