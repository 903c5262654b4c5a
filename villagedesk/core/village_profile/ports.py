"""What the village profile reads: the store's aggregate figures and the station's name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from villagedesk.core.ports import Transaction
from villagedesk.core.station import Station
from villagedesk.core.village_profile.model import DisputeColours, GroupFigures, ReliefFigures


class VillageProfileRepository(Protocol):
    """The village's figures, counted in the store (``uow.village_profile``)."""

    def groups(self) -> Sequence[GroupFigures]:
        """One row per villager group of the live households (empty group: the
        :attr:`RowKind.UNGROUPED` row), and a :attr:`RowKind.UNLINKED` row for the open
        requests and disputes linked to no household; in any order, rows of zeros left out."""
        ...

    def members_on_roll(self) -> int:
        """Active members: on the roll, not voided."""
        ...

    def open_disputes(self) -> DisputeColours:
        """The open disputes by colour, each once."""
        ...

    def relief(self) -> Sequence[ReliefFigures]:
        """The relief categories in use (not retired), in list order, with their residents."""
        ...


class StationSource(Protocol):
    def get(self) -> Station | None: ...


class VillageProfileUnitOfWork(Transaction, Protocol):
    @property
    def village_profile(self) -> VillageProfileRepository: ...
    @property
    def station(self) -> StationSource: ...
