"""The station demo's requests: who asks and who handles (:func:`demo_people`), and the demo's
open unit of work lent to the request services (:class:`JoinedRequests`), so that the requests
go into the demo's one transaction with everything else."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Self

from villagedesk.core.members.roll import RollStatus
from villagedesk.core.ownership import RecordOwners
from villagedesk.core.requests.demo import DemoPeople
from villagedesk.core.requests.model import Handler
from villagedesk.core.requests.ports import (
    DeadlineCalculator,
    HouseholdLookup,
    MemberLookup,
    RequestRepositories,
    ResidentLookup,
    ShortCodeSource,
    StationReader,
)

if TYPE_CHECKING:
    from villagedesk.core.services.demo import DemoUnitOfWork

#: How many members' households and members the requesters are drawn from, and how many cadres
#: handle them.
REQUESTER_HOUSEHOLDS = 40
REQUESTER_MEMBERS = 200
DEMO_CADRES = 4


class JoinedRequests:
    """The demo's open unit of work lent to the request services: their ``with`` blocks and
    commits join the demo's one transaction, so a cancel or a failure leaves nothing."""

    def __init__(self, uow: DemoUnitOfWork) -> None:
        self._uow = uow

    @property
    def requests(self) -> RequestRepositories:
        return self._uow.requests

    @property
    def deadlines(self) -> DeadlineCalculator:
        return self._uow.deadlines

    @property
    def residents(self) -> ResidentLookup:
        return self._uow.residents

    @property
    def members(self) -> MemberLookup:
        return self._uow.members

    @property
    def households(self) -> HouseholdLookup:
        return self._uow.households

    @property
    def in_service(self) -> ShortCodeSource:
        return self._uow.in_service

    @property
    def station(self) -> StationReader:
        return self._uow.station

    @property
    def owners(self) -> RecordOwners:
        return self._uow.owners

    def for_reading(self) -> Self:
        return self

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """A failed step fails the demo: its exception rolls the one transaction back."""

    def commit(self) -> None:
        """The demo commits once, when everything is in."""

    def rollback(self) -> None:
        raise RuntimeError("a step of the demo cannot roll back alone")


def demo_people(uow: DemoUnitOfWork) -> DemoPeople:
    """The demo's residents (of the first members' households, the members themselves left
    out) and members on the roll, who ask; its cadres (those who link households), who handle."""
    people = [p for p in uow.households.member_people() if p.roll_status is RollStatus.ON_ROLL]
    residents: list[int] = []
    households: set[int] = set()
    for person in people[:REQUESTER_HOUSEHOLDS]:
        found = uow.residents.find_by_id_number(person.id_number)
        if found is None or found.values.household_id in households:
            continue
        households.add(found.values.household_id)
        residents += [
            r.id
            for r in uow.residents.in_household(found.values.household_id)
            if r.values.id_number != person.id_number and not r.voided
        ]
    cadres = uow.household_links.cadres()[:DEMO_CADRES]
    return DemoPeople(
        residents=tuple(residents),
        members=tuple(p.member_id for p in people[:REQUESTER_MEMBERS]),
        cadres=tuple(Handler(c.name, member_id=c.member_id) for c in cadres),
    )
