"""One module per command group; each offers ``register(commands)`` (a :class:`Commands` group),
whose sub-commands set ``func`` to a :data:`Command`."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from villagedesk.core.ports import UnitOfWork
from villagedesk.store.station_store import StationStore

#: What a sub-command runs: its parsed arguments and the open station; returns the exit code.
Command = Callable[[argparse.Namespace, StationStore], int]


def unit_of_work(store: StationStore) -> UnitOfWork:
    """A fresh unit of work on the station's database, for one core service call."""
    return store.uow_factory()
