"""The read service of 村情档案: every figure in one reading unit of work."""

from __future__ import annotations

from collections.abc import Callable

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.in_service.rules import village_part
from villagedesk.core.requests.timing import local_now
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.core.village_profile.model import VillageProfile, group_order, totals_of
from villagedesk.core.village_profile.ports import VillageProfileUnitOfWork


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Show the village profile"))
def village_profile(
    uow_factory: Callable[[], VillageProfileUnitOfWork], *, clock: Clock = SYSTEM_CLOCK
) -> VillageProfile:
    """The village's figures as of today (station time), groups in natural order."""
    uow = uow_factory()
    with uow.for_reading():
        repo = uow.village_profile
        groups = tuple(sorted(repo.groups(), key=group_order))
        members = repo.members_on_roll()
        disputes = repo.open_disputes()
        relief = tuple(repo.relief())
        station = uow.station.get()
    name = station.name if station is not None else ""
    return VillageProfile(
        station=name,
        village=village_part(name) if name else "",
        as_of=local_now(clock).date(),
        totals=totals_of(groups, members=members, disputes=disputes),
        groups=groups,
        relief=relief,
    )
