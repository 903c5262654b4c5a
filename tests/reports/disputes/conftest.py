"""A station on the real store with the two disputes of ``station.fill``, shared by a module."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from tests.reports.disputes.station import DisputeStation, fill
from tests.store.conftest import STATION
from villagedesk.store.station_store import StationStore, open_station_store


@pytest.fixture(scope="module")
def filled(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[StationStore, DisputeStation]]:
    store = open_station_store(tmp_path_factory.mktemp("village"), now=datetime(2026, 5, 20, 10))
    with store.uow_factory() as uow:
        uow.station.save(STATION)
        uow.commit()
    numbers = fill(store)
    yield store, numbers
    store.close()
