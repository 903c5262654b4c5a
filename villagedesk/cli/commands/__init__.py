"""One module per command group; each offers ``register(subparsers)``."""

from __future__ import annotations

from villagedesk.core.ports import UnitOfWork
from villagedesk.store.station_store import StationStore


def unit_of_work(store: StationStore) -> UnitOfWork:
    """A fresh unit of work on the station's database, for one core service call."""
    return store.uow_factory()
