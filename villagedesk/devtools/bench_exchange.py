"""``make bench`` figures of the spreadsheet exchange (issue 4): exporting 100,000 members to
.xlsx (≤ 15 s, openpyxl's write-only mode), and importing a 10,000-row roster (≤ 5 s)."""

from __future__ import annotations

import tempfile
import time
from datetime import datetime
from pathlib import Path

from villagedesk.devtools.bench_report import report_figure


def bench_export(data_dir: Path) -> None:
    """Export every member on the roll (the CLI's template layout, every field) to .xlsx,
    vs reading the same rows and writing them as CSV (target ≤ 15 s at 100,000 members)."""
    import csv

    from villagedesk.cli.commands.exporting import export, member_rows
    from villagedesk.core.progress import Progress
    from villagedesk.store.station_store import open_station_store

    store = open_station_store(data_dir, now=datetime.now())
    try:
        with tempfile.TemporaryDirectory(prefix="vd-bench-export-") as tmp:
            start = time.perf_counter()
            _ids, rows = member_rows(store, "")
            with (Path(tmp) / "members.csv").open("w", encoding="utf-8", newline="") as f:
                csv.writer(f).writerows(rows)
            baseline = time.perf_counter() - start
            start = time.perf_counter()
            result = export(
                store,
                "members",
                Path(tmp) / "members.xlsx",
                reason="make bench",
                progress=Progress(),
            )
            elapsed = time.perf_counter() - start
    finally:
        store.close()
    report_figure(
        f"export {result.rows} members to .xlsx",
        f"{elapsed:.1f} s",
        f"{baseline:.1f} s",
        elapsed / baseline if baseline else None,
        "≤ 15 s at 100,000",
        elapsed <= 15.0,
    )


def write_roster(path: Path, rows: int) -> None:
    """A 10,000-row roster as secretaries keep it: a title row, then the template's headers."""
    import random

    import openpyxl

    from villagedesk.core.id_number import check_character
    from villagedesk.core.importing.template import MEMBER_TEMPLATE

    rng = random.Random(7)
    book = openpyxl.Workbook()  # not write-only: shared strings and <dimension>, as Excel writes
    sheet = book.active
    assert sheet is not None
    sheet.append(["东河村党员花名册"])
    sheet.append([f.header for f in MEMBER_TEMPLATE])
    for i in range(rows):
        birth = f"{rng.randint(1940, 2000)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        first17 = f"3703{i // 1000 % 100:02d}{birth}{i % 1000:03d}"
        values = {
            "name": "张王李赵刘陈"[i % 6] + "建国秀英明华"[i % 5] + "军红梅"[i % 3],
            "id_number": first17 + check_character(first17),
            "ethnicity": "汉族",
            "education": ("大学本科", "高中", "初中", "中专")[i % 4],
            "joined_on": f"{int(birth[:4]) + 25}.{rng.randint(1, 12):02d}",
            "branch": f"第{i % 8 + 1}党支部",
            "phone": f"139{rng.randint(0, 99_999_999):08d}",
            "address": f"东河村{i % 12 + 1}组",
        }
        sheet.append([values.get(f.key, "") for f in MEMBER_TEMPLATE])
    book.save(path)


def bench_import(rows: int = 10_000) -> None:
    """Import a 10,000-row roster into a fresh station: read, checked by the member rules,
    written in one transaction (target ≤ 5 s); baseline: reading the file alone."""
    from datetime import date

    from villagedesk.core.importing.rows import ImportKind
    from villagedesk.core.importing.services import apply_import
    from villagedesk.core.station import Station, StationLevel
    from villagedesk.exchange.cells import read_import_file
    from villagedesk.store.station_store import open_station_store

    with tempfile.TemporaryDirectory(prefix="vd-bench-import-") as tmp:
        roster = Path(tmp) / "roster.xlsx"
        write_roster(roster, rows)
        store = open_station_store(Path(tmp) / "station", now=datetime.now())
        try:
            with store.uow_factory() as uow:
                station = Station(code="370323104203", name="东河村", level=StationLevel.VILLAGE)
                uow.station.save(station)
                uow.commit()
            start = time.perf_counter()
            read_import_file(roster, ImportKind.MEMBERS)
            baseline = time.perf_counter() - start
            start = time.perf_counter()
            loaded = read_import_file(roster, ImportKind.MEMBERS)
            result = apply_import(
                store.uow_factory(),
                kind=ImportKind.MEMBERS,
                rows=loaded.rows,
                today=date.today(),
                source=loaded.source,
            )
            elapsed = time.perf_counter() - start
        finally:
            store.close()
    ok = result.preview.counts.new == rows and elapsed <= 5.0
    report_figure(
        f"import {rows:,}-row roster (.xlsx)",
        f"{elapsed:.2f} s",
        f"{baseline:.2f} s",
        elapsed / baseline if baseline else None,
        "≤ 5 s at 10,000",
        ok,
    )
