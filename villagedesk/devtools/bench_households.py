"""``make bench`` figure of issue 3: opening a household page with 10 linked records of each kind
(residents, relief categories, cadre links, service records) in a village of 100,000 members
and about 30,000 households takes ≤ 100 ms.

The household is filled up on a copy of the station, so the bench never writes to the original.
Opening the page is what the GUI does: the core ``household_page`` service (one transaction over
every declared section), then every cell of every section formatted by its column's formatter.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from villagedesk.core.households.links import LinkReason, LinkValues
from villagedesk.core.households.model import Relation
from villagedesk.core.households.resident import ResidentValues
from villagedesk.core.households.services import household_page
from villagedesk.core.id_number import check_character
from villagedesk.core.in_service.model import RecordValues
from villagedesk.core.members.model import Sex
from villagedesk.core.ports import UnitOfWork
from villagedesk.devtools.bench_report import median, ms_since, percentile95, report_figure

EACH = 10
SAMPLES = 60
SEED = 11


def _copy_station(source: Path, target: Path) -> None:
    """A consistent copy of the station database (and its change counter) in ``target``."""
    target.mkdir(parents=True)
    src = sqlite3.connect(source / "villagedesk.db")
    dst = sqlite3.connect(target / "villagedesk.db")
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    if (source / "counters.json").exists():
        shutil.copy2(source / "counters.json", target / "counters.json")


def _pick_household(db: Path, rng: random.Random) -> int:
    conn = sqlite3.connect(db)
    try:
        ids = [
            int(r[0])
            for r in conn.execute(
                "SELECT h.id FROM households h JOIN residents r ON r.household_id = h.id "
                "WHERE h.voided_at IS NULL AND r.voided_at IS NULL AND r.relation = 'head' "
                "ORDER BY h.id"
            )
        ]
    finally:
        conn.close()
    if not ids:
        raise SystemExit("the station has no households: run `villagedesk demo` first")
    return rng.choice(ids)


def _new_id_number(uow: UnitOfWork, serial: int) -> tuple[str, date]:
    while True:
        born = date(1950, 1, 1) + timedelta(days=serial * 37 % 20000)
        first17 = f"370399{born:%Y%m%d}{serial % 1000:03d}"
        number = first17 + check_character(first17)
        if uow.residents.find_by_id_number(number) is None:
            return number, born
        serial += 1


def fill_household(uow: UnitOfWork, household_id: int, *, rng: random.Random) -> dict[str, int]:
    """Top the household up to EACH residents, relief attachments, active cadre links and
    service records; returns how many of each it now has."""
    today = date.today()
    _add_residents(uow, household_id)
    attached = _attach_relief(uow, household_id, rng)
    _add_links(uow, household_id, rng, today)
    _add_service_records(uow, household_id, rng, today)
    counts = {
        "residents": len(uow.residents.in_household(household_id)),
        "relief categories": attached,
        "cadre links": len(uow.household_links.for_household(household_id)),
        "service records": len(uow.in_service.records.for_household(household_id)),
    }
    uow.commit()
    return counts


def _add_residents(uow: UnitOfWork, household_id: int) -> None:
    residents = uow.residents.in_household(household_id)
    for n in range(len(residents), EACH):
        number, born = _new_id_number(uow, 500 + n + household_id % 400)
        uow.residents.add(
            ResidentValues(
                household_id,
                f"测试{n}号",
                number,
                Sex.MALE if int(number[16]) % 2 else Sex.FEMALE,
                born,
                Relation.OTHER,
                "",
                "",
            )
        )


def _attach_relief(uow: UnitOfWork, household_id: int, rng: random.Random) -> int:
    """Relief categories on the first EACH residents, up to EACH in all; returns how many."""
    residents = uow.residents.in_household(household_id)[:EACH]
    categories = [c.id for c in uow.relief_categories.list()]
    attached = sum(len(r.relief_ids) for r in residents)
    for resident in residents:
        if attached >= EACH:
            break
        free = [c for c in categories if c not in resident.relief_ids]
        if free:
            uow.residents.set_relief(resident.id, resident.relief_ids | {rng.choice(free)})
            attached += 1
    return attached


def _add_links(uow: UnitOfWork, household_id: int, rng: random.Random, today: date) -> None:
    links = uow.household_links.for_household(household_id)
    linked = {link.values.cadre_id for link in links}
    cadres = [p.member_id for p in uow.households.member_people() if p.member_id not in linked]
    for cadre_id in rng.sample(cadres, max(0, EACH - len(links))):
        uow.household_links.add(
            LinkValues(cadre_id, household_id, LinkReason.PARTY_MEMBER, "", today)
        )


def _add_service_records(
    uow: UnitOfWork, household_id: int, rng: random.Random, today: date
) -> None:
    claims = [c for c in uow.in_service.claims.list() if c.active]
    done = len(uow.in_service.records.for_household(household_id))
    for n in range(done, EACH):
        claim = rng.choice(claims)
        uow.in_service.records.add(
            RecordValues(
                claim.member_id,
                claim.post_id,
                today - timedelta(days=3 * n + 1),
                "上门走访，代办医保",
                2,
                "",
                household_id,
            )
        )


def _plain(context: str, text: str) -> str:
    del context
    return text


def open_page(factory: Callable[[], UnitOfWork], household_id: int) -> int:
    """One opening of the page as the GUI does it; returns the number of cells formatted."""
    page = household_page(factory(), household_id=household_id)
    cells = 0
    for section in page.sections:
        columns = section.declaration.spec.columns
        for row in section.rows:
            for column, value in zip(columns, row, strict=True):
                column.format(value, _plain)
                cells += 1
    return cells


def bench_household_page(data_dir: Path) -> None:
    """Median and p95 of opening a household page with 10 linked records of each kind."""
    from villagedesk.store.station_store import open_station_store

    rng = random.Random(SEED)
    household_id = _pick_household(data_dir / "villagedesk.db", rng)
    with tempfile.TemporaryDirectory(prefix="vd-bench-household-") as tmp:
        copy = Path(tmp) / "station"
        _copy_station(data_dir, copy)
        store = open_station_store(copy, now=datetime.now())
        try:
            with store.uow_factory() as uow:
                counts = fill_household(uow, household_id, rng=rng)
            with store.uow_factory() as uow:
                households = uow.households.count()
            open_page(store.uow_factory, household_id)  # warm the page cache once
            times: list[float] = []
            for _ in range(SAMPLES):
                start = time.perf_counter()
                open_page(store.uow_factory, household_id)
                times.append(ms_since(start))
        finally:
            store.close()
    med, p95 = median(times), percentile95(times)
    kinds = ", ".join(f"{v} {k}" for k, v in counts.items())
    print(f"  household page: household {household_id} of {households}: {kinds}", flush=True)
    report_figure(
        f"household page, 10 of each (median / p95 {p95:.1f} ms)",
        f"{med:.1f} ms",
        target="≤ 100 ms",
        ok=p95 <= 100,
    )
