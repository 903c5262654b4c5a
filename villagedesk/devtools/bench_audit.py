"""``make bench``: what the audit log adds to a 10,000-row import (≤ 15 %).

The baseline is the same import in the same run on a station whose units of work neither
install the capture triggers nor write entries (a bench-only subclass: the program itself has
no way to write unaudited)."""

from __future__ import annotations

import tempfile
import time
from datetime import date, datetime
from functools import cached_property
from pathlib import Path

from sqlalchemy import Connection

from villagedesk.devtools.bench_report import report_figure
from villagedesk.store.audit.recorder import AuditRecorder
from villagedesk.store.uow import SqlUnitOfWork

ROWS = 10_000
RUNS = 3


class _NoLog(AuditRecorder):
    def list_inserts(self, note: str) -> None:
        del note  # no triggers to tell


class _Unaudited(SqlUnitOfWork):
    @cached_property
    def audit(self) -> AuditRecorder:
        return _NoLog(self.actor, lambda: self.connection)

    @staticmethod
    def _install_capture(conn: Connection) -> None:
        del conn

    def _flush_audit(self) -> None:
        return None


def _import_once(roster: Path, folder: Path, *, audited: bool) -> float:
    from villagedesk.core.importing.rows import ImportKind
    from villagedesk.core.importing.services import apply_import
    from villagedesk.core.station import Station, StationLevel
    from villagedesk.exchange.cells import read_import_file
    from villagedesk.store.station_store import open_station_store

    store = open_station_store(folder, now=datetime.now())
    try:
        if not audited:
            store.uow_factory.unit_of_work = _Unaudited
        with store.uow_factory() as uow:
            uow.station.save(
                Station(code="370323104203", name="东河村", level=StationLevel.VILLAGE)
            )
            uow.commit()
        loaded = read_import_file(roster, ImportKind.MEMBERS)
        start = time.perf_counter()
        result = apply_import(
            store.uow_factory(),
            kind=ImportKind.MEMBERS,
            rows=loaded.rows,
            today=date.today(),
            source=loaded.source,
        )
        elapsed = time.perf_counter() - start
        assert result.preview.counts.new == ROWS
        return elapsed
    finally:
        store.close()


def bench_audit_import() -> None:
    from villagedesk.devtools.bench_exchange import write_roster

    with tempfile.TemporaryDirectory(prefix="vd-bench-audit-") as tmp:
        roster = Path(tmp) / "roster.xlsx"
        write_roster(roster, ROWS)
        plain: list[float] = []
        audited: list[float] = []
        for run in range(RUNS):
            plain.append(_import_once(roster, Path(tmp) / f"plain{run}", audited=False))
            audited.append(_import_once(roster, Path(tmp) / f"audited{run}", audited=True))
    base, with_log = min(plain), min(audited)
    ratio = with_log / base
    report_figure(
        f"import {ROWS:,} rows with the audit log",
        f"{with_log:.2f} s",
        f"{base:.2f} s",
        ratio,
        "≤ 1.15× without it",
        ratio <= 1.15,
    )
