"""``make bench`` figures of issue 13 (民情诉求), each against a baseline measured in the same run.

- bench_workbench: the start page's counts (core.services.workbench) at 50,000 requests,
  median of several runs (≤ 50 ms);
- bench_request_search: the request register's search (``search_ids`` and a page of rows) vs a
  raw sqlite3 LIKE on one column (≤ 3×);
- bench_request_ledger: 民情台账 of 10,000 requests through the print path (print_sources'
  rows, the ledger kinds' formatting and the ledger writer) vs the same cell strings drawn bare
  on a canvas (≤ 1.5×).

The station's 50,000 requests are bench set-up, written in bulk by
:mod:`villagedesk.devtools.bench_requests_fill`.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from villagedesk.devtools.bench_print import bare_ledger
from villagedesk.devtools.bench_report import best_time, median, ms_since, report_figure, timed

LEDGER_REQUESTS = 10_000


def _count(data_dir: Path) -> int:
    raw = sqlite3.connect(data_dir / "villagedesk.db")
    try:
        return int(raw.execute("SELECT count(*) FROM requests").fetchone()[0])
    finally:
        raw.close()


def bench_workbench(data_dir: Path, runs: int = 9) -> None:
    """The start page's counts, median of ``runs`` (the first, which warms the caches, not
    counted)."""
    from villagedesk.core.services.workbench import workbench
    from villagedesk.store.station_store import open_station_store

    store = open_station_store(data_dir, now=datetime.now())
    try:
        workbench(store.uow_factory())
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            page = workbench(store.uow_factory())
            times.append(ms_since(start))
    finally:
        store.close()
    total = _count(data_dir)
    med = median(times)
    counts = ", ".join(str(n) for n in page.counts.values())
    report_figure(
        f"start page counts at {total:,} requests ({counts})",
        f"{med:.1f} ms",
        target="≤ 50 ms",
        ok=med <= 50,
    )


def _search_queries(raw: sqlite3.Connection, samples: int) -> dict[str, list[str]]:
    """What a secretary types: part of a requester's name, the serial of a number, a word of
    the content, the last digits of a phone."""
    found = raw.execute(
        "SELECT requester_name, number, content, requester_phone FROM requests "
        "WHERE requester_name != ''"
    ).fetchall()
    rng = random.Random(7)
    picks = [rng.choice(found) for _ in range(samples)]
    phones = [p[3] for p in found if p[3]] or ["0000"]
    return {
        "requester name": [p[0][-2:] for p in picks],
        "number serial": [p[1].rsplit("-", 1)[-1] for p in picks],
        "content word": [p[2][2:5] for p in picks],
        "phone (4 digits)": [rng.choice(phones)[-4:] for _ in picks],
    }


def bench_request_search(data_dir: Path, samples: int = 30) -> None:
    """The register's search at the station's requests vs a raw LIKE on the requester's name."""
    from villagedesk.core.requests.register import REQUEST_REGISTER
    from villagedesk.core.search import parse_search
    from villagedesk.store.requests.reader import SqlRequestReader
    from villagedesk.store.station_store import open_station_store

    raw = sqlite3.connect(data_dir / "villagedesk.db")
    queries = _search_queries(raw, samples)
    baseline: list[float] = []
    for text in queries["requester name"]:
        start = time.perf_counter()
        raw.execute(
            "SELECT id FROM requests WHERE requester_name LIKE ?", (f"%{text}%",)
        ).fetchall()
        baseline.append(ms_since(start))
    raw.close()
    base = median(baseline)
    report_figure("baseline: raw LIKE on requester name", f"{base:.1f} ms", target="(baseline)")
    store = open_station_store(data_dir, now=datetime.now())
    reader = SqlRequestReader(store.engine)
    keys = [c.key for c in REQUEST_REGISTER.for_mode(township=False).columns if c.default_visible]
    try:
        for kind, texts in queries.items():
            times: list[float] = []
            for text in texts:
                start = time.perf_counter()
                ids = reader.search_ids(parse_search(text))
                reader.rows(ids[:60], keys)
                times.append(ms_since(start))
            med = median(times)
            report_figure(
                f"request search: {kind}",
                f"{med:.1f} ms",
                f"{base:.1f} ms",
                med / base,
                "≤ 3×",
                med / base <= 3,
            )
    finally:
        store.close()


def _ledger_period(data_dir: Path, wanted: int) -> tuple[date, date]:
    """The days that hold the last ``wanted`` requests received."""
    raw = sqlite3.connect(data_dir / "villagedesk.db")
    try:
        found = raw.execute(
            "SELECT received_at FROM requests ORDER BY received_at DESC LIMIT 1 OFFSET ?",
            (wanted - 1,),
        ).fetchone()
    finally:
        raw.close()
    first = date.fromisoformat(found[0][:10]) + timedelta(days=1) if found else date(2000, 1, 1)
    return first, date.today()


def bench_request_ledger(data_dir: Path) -> None:
    """民情台账 of about 10,000 requests through the print path vs its cell strings drawn bare."""
    from villagedesk import print_sources as src
    from villagedesk.reports.glyphs import font_set
    from villagedesk.reports.ledger import LedgerDocument, render_ledger
    from villagedesk.reports.ledger_kinds import LEDGERS, format_rows
    from villagedesk.store.station_store import open_station_store

    fonts = font_set()
    kind = LEDGERS["requests"]
    first, last = _ledger_period(data_dir, LEDGER_REQUESTS)
    store = open_station_store(data_dir, now=datetime.now())
    cells: list[list[str]] = []

    def ours() -> None:
        nonlocal cells
        data = src.ledger_rows(store, kind, search="", first=first, last=last, today=last)
        cells = format_rows(data.columns, data.rows, lambda _c, t: t)
        doc = LedgerDocument(
            "民情台账", "东河村党群服务站", data.columns, cells, period=data.period
        )
        render_ledger(doc, fonts=fonts)

    try:
        ours()  # warm up: fonts registered, glyph tables read
        mine = best_time(timed(ours))
    finally:
        store.close()
    base = best_time(timed(lambda: bare_ledger(cells, fonts)))
    report_figure(
        f"民情台账 {len(cells):,} requests vs bare canvas",
        f"{mine:.2f} s",
        f"{base:.2f} s",
        mine / base,
        "≤ 1.5×",
        mine / base <= 1.5,
    )


def bench_requests(data_dir: Path) -> None:
    """The request figures, on a station that holds its bench requests already."""
    bench_workbench(data_dir)
    bench_request_search(data_dir)
    bench_request_ledger(data_dir)
