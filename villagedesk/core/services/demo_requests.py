"""The station demo's requests: who asks and who handles (:func:`demo_people`). The requests go
into the demo's one transaction with everything else through
:class:`villagedesk.core.requests.joined.JoinedUnitOfWork`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.members.roll import RollStatus
from villagedesk.core.requests.demo import DemoPeople
from villagedesk.core.requests.model import Handler
from villagedesk.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from villagedesk.core.services.demo import DemoUnitOfWork

#: How many members' households and members the requesters are drawn from, and how many cadres
#: handle them.
REQUESTER_HOUSEHOLDS = 40
REQUESTER_MEMBERS = 200
DEMO_CADRES = 4


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Pick the demo's people"))
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
