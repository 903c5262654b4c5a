"""A village and a township, both real stores, enrolled with each other: builders for tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from villagedesk.core.station import Station, StationLevel
from villagedesk.core.township import enrolment as sync_enrolment
from villagedesk.core.township import services as sync_township
from villagedesk.core.township import village as sync_village
from villagedesk.core.township.record_rules import Row
from villagedesk.core.township.village_model import ReceiptResult
from villagedesk.store.station_store import StationStore, open_station_store
from villagedesk.store.township.collect import collect_changes
from villagedesk.sync.township_codec import ContainerCodec
from villagedesk.sync.village_codec import VillageCodec

NOW = datetime(2026, 11, 21, 9, 0, 0)
TODAY = date(2026, 11, 21)
TOWNSHIP = Station(code="370323104000", name="东河镇党群服务中心", level=StationLevel.TOWNSHIP)


def village_station(code: str = "370323104203", name: str = "东河村党群服务站") -> Station:
    return Station(code=code, name=name, level=StationLevel.VILLAGE)


def open_store(folder: Path, station: Station) -> StationStore:
    store = open_station_store(folder, now=NOW)
    with store.uow_factory() as uow:
        uow.station.save(station)
        uow.commit()
    return store


@dataclass
class Pair:
    village: StationStore
    township: StationStore
    vcodec: VillageCodec
    tcodec: ContainerCodec
    out: Path

    def export(self, *, full: bool = False) -> Path:
        result = sync_village.export_package(
            self.village.uow_factory(),
            courier=self.vcodec,
            folder=str(self.out),
            now=stamp(),
            full=full,
        )
        return Path(result.path)

    def import_(
        self, *files: Path, dry_run: bool = False, accept: bool = True
    ) -> sync_township.ImportReport:
        return sync_township.import_packages(
            self.township.uow_factory(),
            codec=self.tcodec,
            files=list(files),
            dry_run=dry_run,
            accept=self.vcodec.fingerprint() if accept else None,
            today=TODAY,
        )

    def receipt(self) -> ReceiptResult:
        code = self.village.read_station()
        assert code is not None
        path = sync_township.write_receipt(
            self.township.uow_factory(), codec=self.tcodec, village_code=code.code, out_dir=self.out
        )
        return sync_village.import_receipt(
            self.village.uow_factory(), courier=self.vcodec, path=str(path), now=stamp()
        )

    def close(self) -> None:
        self.village.close()
        self.township.close()


def stamp() -> str:
    return datetime.now().isoformat(timespec="milliseconds") + "Z"


def make_pair(
    root: Path,
    *,
    village: Station | None = None,
    township: StationStore | None = None,
    tcodec: ContainerCodec | None = None,
) -> Pair:
    root.mkdir(parents=True, exist_ok=True)
    out = root / "stick"
    out.mkdir(exist_ok=True)
    v_station = village or village_station()
    v = open_store(root / f"v{v_station.code}", v_station)
    t = township or open_store(root / "township", TOWNSHIP)
    tc = tcodec or ContainerCodec(root / "township")
    vc = VillageCodec(root / f"v{v_station.code}")
    enrol = sync_township.write_enrolment_file(t.uow_factory(), codec=tc, out=out / "enrol.json")
    sync_enrolment.enrol(
        v.uow_factory(), courier=vc, path=str(enrol), now=stamp(), accept=tc.fingerprint()
    )
    return Pair(v, t, vc, tc, out)


def snapshot(store: StationStore, station_code: str | None = None) -> dict[str, dict[str, Row]]:
    """Every syncable row (FKs as uuids) by type and uuid, optionally of one station only."""
    with store.engine.connect() as conn:
        records = collect_changes(conn, since=0)
    return {
        kind: {
            r["uuid"]: r for r in rows if station_code is None or r["station_code"] == station_code
        }
        for kind, rows in records.items()
    }


def reopen_pair(root: Path, village: Station | None = None) -> Pair:
    """A pair from the folders :func:`make_pair` left in ``root`` (e.g. a copied template)."""
    v_station = village or village_station()
    vdir = root / f"v{v_station.code}"
    return Pair(
        open_station_store(vdir, now=NOW),
        open_station_store(root / "township", now=NOW),
        VillageCodec(vdir),
        ContainerCodec(root / "township"),
        root / "stick",
    )
