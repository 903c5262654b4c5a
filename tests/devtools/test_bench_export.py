"""``make bench``'s export figure runs on a station (the export of full ID numbers gives its
reason, as every export must since issue 15)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from villagedesk.core.audit.entry import AuditKind
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.services.demo import fill_demo
from villagedesk.devtools.bench_exchange import bench_export
from villagedesk.store.station_store import open_station_store


def test_the_export_figure_is_reported_and_logged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:

    store = open_station_store(tmp_path, now=datetime(2026, 12, 7, 9, 0))
    try:
        fill_demo(store.uow_factory(), members=12, requests=0, today=date(2026, 12, 7))
    finally:
        store.close()
    bench_export(tmp_path)
    assert "members to .xlsx" in capsys.readouterr().out
    store = open_station_store(tmp_path, now=datetime(2026, 12, 7, 9, 0))
    try:
        with store.uow_factory().for_reading() as uow:
            kinds = [e.kind for e in uow.audit_log.entries(AuditFilter())]
    finally:
        store.close()
    assert AuditKind.EXPORT in kinds
