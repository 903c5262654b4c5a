"""The ports the request services need: the requests' repositories (``uow.requests``), the
deadline calculator (``uow.deadlines``), and the narrow views of the other areas they read
(the requester's resident or member record, the household, the station's short code).

:class:`RequestsUnitOfWork` names only those; the station-wide ``UnitOfWork`` satisfies it once
it carries ``requests`` and ``deadlines``.
"""

from __future__ import annotations

import builtins
from collections.abc import Collection, Iterable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from villagedesk.core.ports import Transaction

if TYPE_CHECKING:
    from villagedesk.core.calendar.deadlines import Deadline
    from villagedesk.core.households.model import Household
    from villagedesk.core.households.resident import Resident
    from villagedesk.core.in_service.model import InServiceSettings
    from villagedesk.core.members.model import Member
    from villagedesk.core.ownership import RecordOwners
    from villagedesk.core.requests.deadlines import ClockInputs, DeadlineKey
    from villagedesk.core.requests.events import RequestEvent, Step
    from villagedesk.core.requests.model import (
        AttachmentValues,
        Requester,
        RequestLists,
        RequestValues,
    )
    from villagedesk.core.requests.reception import ReceptionSchedule
    from villagedesk.core.requests.record import Request, RequestProgress, RequestQuery
    from villagedesk.core.requests.state import Action
    from villagedesk.core.station import Station


class RequestRecords(Protocol):
    """The requests themselves (table ``requests``)."""

    def add(
        self,
        number: str,
        year: int,
        sequence: int,
        values: RequestValues,
        progress: RequestProgress,
    ) -> int: ...
    def get(self, request_id: int) -> Request | None: ...
    def find_by_number(self, number: str) -> Request | None:
        """This station's request with this 编号."""
        ...

    def max_sequence(self, year: int) -> int:
        """The highest serial ever given in ``year`` (voided requests included): numbers are
        never reused."""
        ...

    def save_progress(self, request_id: int, progress: RequestProgress) -> None: ...
    def list(self, query: RequestQuery) -> builtins.list[Request]:
        """The requests passing every filter (see ``record.matches``), newest receipt first."""
        ...

    def count(self, query: RequestQuery) -> int:
        """How many requests :meth:`list` would give (the start page's tiles)."""
        ...

    def received_between(self, first: date, last: date) -> builtins.list[Request]:
        """Every request received on ``first`` … ``last`` (both inclusive), for the 三率."""
        ...

    def add_co_requester(self, request_id: int, requester: Requester, from_request_id: int) -> None:
        """A merged request's requester now also belongs to ``request_id``."""
        ...


class RequestHistory(Protocol):
    """The steps of the requests' histories and their attachments."""

    def add_step(self, request_id: int, step: Step) -> int: ...
    def events(self, request_id: int) -> builtins.list[RequestEvent]:
        """The history, oldest first (by time, then by the order written)."""
        ...

    def events_of(
        self, request_ids: Iterable[int], actions: Collection[Action] | None = None
    ) -> dict[int, builtins.list[RequestEvent]]:
        """The histories of many requests at once (a ledger's), each as :meth:`events`; with
        ``actions``, only the steps of those kinds (what the ledger prints)."""
        ...

    def add_attachment(
        self, request_id: int, values: AttachmentValues, *, event_id: int | None = None
    ) -> int: ...
    def move_attachments(self, from_request_id: int, to_request_id: int) -> None:
        """A merged request's attachments now belong to the request it went into."""
        ...


class RequestListsRepository(Protocol):
    """The station's channels and categories (a new station has the defaults)."""

    def get(self) -> RequestLists: ...
    def save(self, lists: RequestLists) -> None: ...


class ReceptionRepository(Protocol):
    """The station's 民情接待日 schedule (none kept: the empty schedule)."""

    def get(self) -> ReceptionSchedule: ...
    def save(self, schedule: ReceptionSchedule) -> None: ...


class RequestRepositories(Protocol):
    """``uow.requests``."""

    @property
    def records(self) -> RequestRecords: ...
    @property
    def history(self) -> RequestHistory: ...
    @property
    def lists(self) -> RequestListsRepository: ...
    @property
    def reception(self) -> ReceptionRepository: ...


class DeadlineCalculator(Protocol):
    """Time limits from the station's rule table on its working-day calendar
    (``uow.deadlines``)."""

    def rule_for(self, key: DeadlineKey) -> str:
        """The rule in force now for ``key``, as a text the request keeps for good (a rule
        change applies to new requests only), e.g. the rule's data as JSON."""
        ...

    def due(self, rule: str, inputs: ClockInputs) -> Deadline | None:
        """The due moment of a round under ``rule`` (from :meth:`rule_for`), counted from
        ``inputs.received_at`` or ``inputs.signed_at`` as the rule says, leaving out the pauses
        in the states the rule stops the clock in. None while the rule counts from 签收 and
        ``signed_at`` is None. A day limit is due at 00:00 after its last day."""
        ...


# -- the other areas, as far as requests read them --------------------------------------------


class ResidentLookup(Protocol):
    def get(self, resident_id: int) -> Resident | None: ...
    def find_by_id_number(self, id_number: str) -> Resident | None: ...


class MemberLookup(Protocol):
    def get(self, member_id: int) -> Member | None: ...


class HouseholdLookup(Protocol):
    def get(self, household_id: int) -> Household | None: ...


class StationReader(Protocol):
    def get(self) -> Station | None: ...


class ShortCodeSettings(Protocol):
    def get(self) -> InServiceSettings: ...


class ShortCodeSource(Protocol):
    """``uow.in_service`` as far as the 编号 needs it: the station's short code setting."""

    @property
    def settings(self) -> ShortCodeSettings: ...


class RequestsUnitOfWork(Transaction, Protocol):
    """One transaction over what the request services touch."""

    @property
    def requests(self) -> RequestRepositories: ...
    @property
    def deadlines(self) -> DeadlineCalculator: ...
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
