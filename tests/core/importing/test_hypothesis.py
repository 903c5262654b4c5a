"""Arbitrary cell contents through the row parser and the import preview: every row ends as a
result or a clear refusal, never an exception."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.exchange.roster_files import TODAY, ZHANG
from villagedesk.core.importing.rows import ImportKind, RowOutcome
from villagedesk.core.importing.services import preview_import
from villagedesk.core.importing.template import TEMPLATES
from villagedesk.core.station import Station, StationLevel
from villagedesk.exchange.cells import source_rows
from villagedesk.exchange.headers import map_headers
from villagedesk.exchange.raw_table import RawTable
from villagedesk.store.station_store import StationStore, open_station_store

cells = st.one_of(
    st.none(),
    st.text(max_size=24),
    st.sampled_from(
        ["合计", "1.10105E+17", ZHANG, "110105197805120000", "1978年5月", "户主", "男"]
    ),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(min_value=datetime(1, 1, 1)),
    st.dates(),
    st.booleans(),
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StationStore]:
    folder: Path = tmp_path_factory.mktemp("hyp")
    s = open_station_store(folder / "data", now=datetime(2026, 1, 15, 9, 0))
    with s.uow_factory() as uow:
        uow.station.save(Station(code="370323104203", name="东河村", level=StationLevel.VILLAGE))
        uow.commit()
    yield s
    s.close()


@pytest.mark.parametrize("kind", list(ImportKind))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_cells_end_as_results_or_refusals(
    store: StationStore, kind: ImportKind, data: st.DataObject
) -> None:
    headers = [f.header for f in TEMPLATES[kind.value]]
    width = len(headers)
    body = data.draw(st.lists(st.lists(cells, max_size=width + 2), max_size=6))
    table = RawTable(Path("x.xlsx"), "x", [headers, *body])
    rows = source_rows(table, map_headers(kind, 0, headers))
    preview = preview_import(store.uow_factory(), kind=kind, rows=rows, today=TODAY)
    assert [r.line for r in preview.rows] == [r.line for r in rows]
    for result in preview.rows:
        if result.outcome is RowOutcome.REFUSED:
            assert result.reasons and all(m.render() for m in result.reasons)
        else:
            assert not result.reasons
