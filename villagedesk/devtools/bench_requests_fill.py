"""Bench set-up only (``make bench``, issue 13): a station with 50,000 requests, written in bulk.

:func:`fill_requests_bulk` copies the requests the demo made through the services (their
histories too), moved back into earlier years by whole weeks and numbered anew, with versions
from the station's change counter. Nothing but the benchmarks may write requests this way: it
skips every rule the services check.
"""

from __future__ import annotations

import random
import sqlite3
import time
import uuid
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

from villagedesk.devtools.bench_report import report_figure
from villagedesk.store.sql_types import ColumnValues, SqlValue

REQUESTS = 50_000
TEMPLATES = 100
#: The moment columns of a request that move with it (ISO text, station time).
MOMENTS = (
    "received_at",
    "state_since",
    "signed_at",
    "due_at",
    "extended_to",
    "replied_at",
    "followed_up_at",
    "round_start",
    "closed_at",
    "returned_at",
)
#: The earlier years the copies go to.
YEARS = 16
#: Copies of a finished request are this much likelier than of an open one (a station's old
#: requests are mostly closed).
FINISHED_WEIGHT = 9
FINISHED = frozenset({"closed", "refused", "followed_up"})


Events = dict[int, list[ColumnValues]]


def _shift(text: SqlValue, delta: timedelta) -> SqlValue:
    if not isinstance(text, str) or not text:
        return text
    return (datetime.fromisoformat(text) + delta).isoformat(timespec="seconds")


def _templates(conn: sqlite3.Connection) -> tuple[list[ColumnValues], Events]:
    """The service-made requests that stand alone (no merge on either side), with their events."""
    conn.row_factory = sqlite3.Row
    rows = [
        dict(r)
        for r in conn.execute(
            "SELECT * FROM requests WHERE voided_at IS NULL AND merged_into IS NULL "
            "AND co_requesters = '[]' ORDER BY id"
        )
    ]
    events: Events = defaultdict(list)
    for e in conn.execute("SELECT * FROM request_events ORDER BY request_id, at, id"):
        events[e["request_id"]].append(dict(e))
    conn.row_factory = None
    return rows, events


def _copies(
    templates: list[ColumnValues], count: int, rng: random.Random
) -> list[tuple[ColumnValues, timedelta]]:
    """``count`` (template, shift) pairs spread over the :data:`YEARS` before the first year of
    the templates (whose numbers are taken)."""
    before = min(int(str(t["received_at"])[:4]) for t in templates)
    weights = [FINISHED_WEIGHT if t["state"] in FINISHED else 1 for t in templates]
    first = date(before - YEARS, 1, 1)
    span = (date(before - 1, 12, 1) - first).days
    out = []
    for i in range(count):
        template = rng.choices(templates, weights)[0]
        received = datetime.fromisoformat(str(template["received_at"]))
        target = datetime.combine(first + timedelta(days=span * i // count), received.time())
        out.append((template, timedelta(weeks=round((target - received).days / 7))))
    return out


def _service_requests(data_dir: Path) -> None:
    """A station filled without requests gets the demo's, through the services."""
    from villagedesk.core.requests.demo import fill_requests_demo
    from villagedesk.core.services.demo_requests import demo_people
    from villagedesk.store.station_store import open_station_store

    store = open_station_store(data_dir, now=datetime.now())
    try:
        with store.uow_factory().for_reading() as uow:
            people = demo_people(uow)
        fill_requests_demo(store.uow_factory, count=TEMPLATES, people=people)
    finally:
        store.close()


def fill_requests_bulk(data_dir: Path, count: int = REQUESTS, *, seed: int = 13) -> int:
    """Bench set-up: make the station hold ``count`` requests (adding copies of the ones the
    demo made); return how many it holds."""
    raw = sqlite3.connect(data_dir / "villagedesk.db")
    try:
        have = raw.execute("SELECT count(*) FROM requests").fetchone()[0]
        templates, events = _templates(raw)
        next_id = raw.execute("SELECT coalesce(max(id), 0) FROM requests").fetchone()[0] + 1
        next_event = raw.execute("SELECT coalesce(max(id), 0) FROM request_events").fetchone()[0]
    finally:
        raw.close()
    if have >= count:
        return int(have)
    if not templates:
        _service_requests(data_dir)
        return fill_requests_bulk(data_dir, count, seed=seed)
    start = time.perf_counter()
    copies = _copies(templates, count - have, random.Random(seed))
    by_year: dict[int, list[ColumnValues]] = defaultdict(list)
    made: list[tuple[ColumnValues, list[ColumnValues]]] = []
    for template, delta in copies:
        row = {**template, **{k: _shift(template[k], delta) for k in MOMENTS}}
        row["id"], next_id = next_id, next_id + 1
        row["uuid"] = str(uuid.uuid4())
        history: list[ColumnValues] = []
        for event in events[int(str(template["id"]))]:
            next_event += 1
            copied = {**event, "id": next_event, "request_id": row["id"]}
            copied.update(uuid=str(uuid.uuid4()), at=_shift(event["at"], delta))
            history.append(copied)
        by_year[int(str(row["received_at"])[:4])].append(row)
        made.append((row, history))
    prefix = str(templates[0]["number"]).split("-")[0]
    for year, rows in by_year.items():
        rows.sort(key=lambda r: str(r["received_at"]))
        for n, row in enumerate(rows, 1):
            row.update(year=year, sequence=n, number=f"{prefix}-{year}-{n:04d}")
    _write(data_dir, [row for row, _ in made], [e for _, history in made for e in history])
    report_figure(
        f"set-up: {count:,} requests in bulk (bench only)",
        f"{time.perf_counter() - start:.1f} s",
        target="reported",
    )
    return count


def _write(
    data_dir: Path, request_rows: list[ColumnValues], event_rows: list[ColumnValues]
) -> None:
    """INSERT the copies in one transaction, versions from the station's change counter."""
    from villagedesk.store.bulk import insert_many
    from villagedesk.store.station_store import open_station_store

    store = open_station_store(data_dir, now=datetime.now())
    try:
        with store.uow_factory() as uow:
            conn = uow.connection
            version = store.counters.allocate(conn, len(request_rows) + len(event_rows))
            for n, row in enumerate([*request_rows, *event_rows]):
                row["version"] = version + n
            insert_many(conn, "requests", request_rows)
            insert_many(conn, "request_events", event_rows)
            uow.commit()
    finally:
        store.close()
