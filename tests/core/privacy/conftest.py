"""A station with the seeded person of tests/core/privacy/seed.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.privacy.seed import Seeded, seed
from tests.store.conftest import NOW, STATION
from villagedesk.store.station_store import StationStore, open_station_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[StationStore]:
    s = open_station_store(tmp_path / "data", now=NOW)
    with s.uow_factory() as uow:
        uow.station.save(STATION)
        uow.commit()
    yield s
    s.close()


@pytest.fixture
def seeded(store: StationStore) -> Seeded:
    return seed(store)
