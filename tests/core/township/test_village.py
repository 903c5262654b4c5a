"""Village sync services over in-memory ports: what goes into a package, receipts, refusals."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

import pytest

from tests.core.fakes import FakeStationRepo
from villagedesk.core.accounts.model import Actor
from villagedesk.core.audit.chain import ChainHead, append
from villagedesk.core.audit.entry import AuditDraft, AuditEntry, AuditKind
from villagedesk.core.errors import DomainError
from villagedesk.core.progress import Progress
from villagedesk.core.station import Station, StationLevel
from villagedesk.core.township import enrolment as sync_enrolment
from villagedesk.core.township import village as sync_village
from villagedesk.core.township.ports import (
    EncodedRecords,
    Enrolment,
    FileRefused,
    PackageEntry,
    PackageStatus,
    Peer,
    Receipt,
    Records,
    ReturnedRecord,
    SyncMode,
    TodoItem,
    WrittenPackage,
    mode_of,
    receipt_from_json,
    receipt_to_json,
)

TOWN = Enrolment("370323104000", "东河镇", "AAAA-BBBB-CCCC-DDDD", "s", "b")
VILLAGE = Station(code="370323104203", name="东河村", level=StationLevel.VILLAGE)


class FakeSync:
    def __init__(self) -> None:
        self.peer: Peer | None = None
        self.log: list[PackageEntry] = []
        self.items: list[TodoItem] = []

    def township(self) -> Peer | None:
        return self.peer

    def enrol(self, enrolment: Enrolment, *, at: str, keep_confirmed: bool) -> None:
        e = enrolment
        kept = self.peer.last_counter if keep_confirmed and self.peer is not None else 0
        self.peer = Peer(e.code, e.name, e.fingerprint, e.sign_public, e.box_public, at)
        self.peer = replace(self.peer, last_counter=kept)

    def line(self) -> int:
        return 0

    def line_base(self) -> int:
        return 0

    def packages(self) -> list[PackageEntry]:
        return sorted(self.log, key=lambda p: -p.seq)

    def next_seq(self) -> int:
        return len(self.log) + 1

    def add_package(self, entry: PackageEntry) -> None:
        self.log.append(entry)

    def confirm(
        self,
        *,
        counter: int,
        hashes: Sequence[str],
        at: str,
        held: Sequence[str] = (),
        forks: Sequence[str] = (),
        audit_held: Sequence[str] = (),
    ) -> list[int]:
        new = [p.seq for p in self.log if p.status is PackageStatus.EXPORTED and p.hash in hashes]
        self.log = [
            replace(p, status=PackageStatus.CONFIRMED) if p.seq in new else p for p in self.log
        ]
        assert self.peer is not None
        self.peer = replace(self.peer, last_counter=max(self.peer.last_counter, counter))
        return new

    def add_todos(self, items: Sequence[ReturnedRecord], *, village: str, at: str) -> int:
        for i in items:
            self.items.append(
                TodoItem(
                    len(self.items) + 1, i.record_uuid, i.record_type, i.comment, i.created_at, at
                )
            )
        return len(items)

    def todos(self, *, include_done: bool = False) -> list[TodoItem]:
        return [t for t in self.items if include_done or t.done_at is None]

    def mark_done(self, todo_id: int, *, at: str) -> bool:
        self.items = [replace(t, done_at=at) if t.id == todo_id else t for t in self.items]
        return True


class FakeSource:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def counter(self) -> int:
        return max((r["version"] for r in self.rows), default=0)

    def collect(self, *, since: int, progress: Progress | None = None) -> Records:
        return {"members": [r for r in self.rows if r["version"] > since]}

    def encoded(self, *, since: int, progress: Progress | None = None) -> EncodedRecords:
        rows = self.collect(since=since)["members"]

        def lines(record_type: str) -> Iterator[bytes]:
            yield "".join(json.dumps(r) + "\n" for r in rows).encode("utf-8")

        return EncodedRecords(types=("members",), lines=lines)

    def count_since(self, since: int) -> int:
        return len(self.collect(since=since)["members"])


class FakeAudit:
    """The station's own audit log in memory: events chained as they are recorded."""

    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self.entries: list[AuditEntry] = []

    def head(self) -> ChainHead | None:
        return ChainHead.of(self.entries[-1]) if self.entries else None

    def after(self, seq: int) -> list[AuditEntry]:
        return [e for e in self.entries if e.seq > seq]

    def change_lines(self, first: int, last: int) -> Iterator[tuple[int, int, str, str, str]]:
        return iter(())

    def draft(self, kind: AuditKind, service: str, **kw: Any) -> AuditDraft:
        return AuditDraft("t", self.actor.name, self.actor.role.value, "test", kind, service, **kw)

    def record(self, draft: AuditDraft) -> None:
        self.entries.append(append(self.entries[-1] if self.entries else None, draft))


class FakeUow:
    def __init__(self) -> None:
        self.station = FakeStationRepo()
        self.station.station = VILLAGE
        self.village_sync = FakeSync()
        self.sync_source = FakeSource()
        self.actor = Actor.auto(device="test")
        self.audit = FakeAudit(self.actor)
        self.audit_log = self.audit

    def for_reading(self) -> FakeUow:
        return self

    def __enter__(self) -> FakeUow:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def commit(self) -> None:
        pass


class FakeCourier:
    def __init__(self) -> None:
        self.written: list[tuple[str, Mapping[str, Any], Records]] = []
        self.kind = "receipt"
        self.receipt = Receipt(TOWN.code, VILLAGE.code, 0, ())

    def fingerprint(self) -> str:
        return "1111-2222-3333-4444"

    def installation(self) -> str:
        return "inst-1"

    def read_enrolment(self, path: str) -> Enrolment:
        return TOWN

    def file_kind(self, path: str) -> str:
        return self.kind

    def write_package(
        self,
        folder: str,
        *,
        file_name: str,
        manifest_fields: Mapping[str, Any],
        records: Records | EncodedRecords,
        recipient: Enrolment,
        progress: Progress | None = None,
    ) -> WrittenPackage:
        if isinstance(records, EncodedRecords):
            records = {
                t: [json.loads(line) for b in records.lines(t) for line in b.splitlines()]
                for t in records.types
            }
        self.written.append((file_name, manifest_fields, records))
        counts = {t: len(rows) for t, rows in records.items()}
        return WrittenPackage(
            f"{folder}/{file_name}", f"hash{len(self.written)}", {"counts": counts}
        )

    def open_receipt(self, path: str, *, township: Enrolment) -> Receipt:
        return self.receipt


@pytest.fixture
def uow() -> FakeUow:
    u = FakeUow()
    sync_enrolment.enrol(
        u, courier=FakeCourier(), path="town.vdenrol", now="t0", accept=TOWN.fingerprint
    )  # type: ignore[arg-type]
    return u


def _export(uow: FakeUow, courier: FakeCourier, **kw: Any) -> sync_village.ExportResult:
    return sync_village.export_package(uow, courier=courier, folder="/usb", now="t", **kw)  # type: ignore[arg-type]


def test_packages_accumulate_until_the_township_confirms(uow: FakeUow) -> None:
    courier = FakeCourier()
    uow.sync_source.rows = [{"uuid": "a", "version": 1}, {"uuid": "b", "version": 2}]
    first = _export(uow, courier)
    uow.sync_source.rows.append({"uuid": "c", "version": 3})
    second = _export(uow, courier)
    assert (first.seq, second.seq) == (1, 2)
    assert courier.written[1][0] == "370323104203-2.vdpkg"
    assert [r["uuid"] for r in courier.written[1][2]["members"]] == ["a", "b", "c"]
    assert second.counts == {"members": 3} and second.total == 3
    assert courier.written[1][1]["previous_hash"] == "hash1"
    assert (second.counter_from, second.counter_to) == (0, 3)

    courier.receipt = Receipt(TOWN.code, VILLAGE.code, 2, (1,), hashes=("hash1",))
    result = sync_village.import_receipt(uow, courier=courier, path="r.vdrcpt", now="t")  # type: ignore[arg-type]
    assert result.confirmed == [1]
    third = _export(uow, courier)
    assert [r["uuid"] for r in courier.written[2][2]["members"]] == ["c"]
    assert third.counter_from == 2
    # The audit log travels the same way: since the head of the newest confirmed package.
    audits = [w[1]["notes"]["audit"] for w in courier.written]
    assert audits[0] == {"from": 0, "head": [0, "0" * 64]}
    assert audits[1]["from"] == 0 and audits[1]["head"][0] == 1  # package 1's own entry
    assert audits[2]["from"] == 0  # package 1 (confirmed) carried the log up to entry 0
    assert [e["seq"] for e in courier.written[2][2]["audit_entries"]] == [1, 2, 3]
    assert [e.kind for e in uow.audit.entries] == ["sync"] * 4  # 3 exports, 1 receipt
    assert uow.audit.entries[2].note.startswith("receipt applied")
    _export(uow, courier, full=True)
    assert len(courier.written[3][2]["members"]) == 3


def test_a_package_is_refused_at_a_village_and_a_receipt_for_another_village(uow: FakeUow) -> None:
    courier = FakeCourier()
    courier.kind = "package"
    with pytest.raises(FileRefused) as refused:
        sync_village.import_receipt(uow, courier=courier, path="x.vdpkg", now="t")  # type: ignore[arg-type]
    assert refused.value.reason == "wrong_kind"
    courier.kind = "receipt"
    courier.receipt = Receipt(TOWN.code, "370323104299", 5, (1,))
    with pytest.raises(FileRefused):
        sync_village.import_receipt(uow, courier=courier, path="r", now="t")  # type: ignore[arg-type]
    assert uow.village_sync.township() is not None
    assert uow.village_sync.township().last_counter == 0  # type: ignore[union-attr]


def test_export_needs_an_enrolment_and_a_village_station() -> None:
    u = FakeUow()
    with pytest.raises(FileRefused):
        _export(u, FakeCourier())
    u.station.station = replace(VILLAGE, level=StationLevel.TOWNSHIP)
    with pytest.raises(DomainError):
        sync_enrolment.enrol(u, courier=FakeCourier(), path="e", now="t", accept=TOWN.fingerprint)  # type: ignore[arg-type]


def test_mode_follows_the_level() -> None:
    assert mode_of(StationLevel.COUNTY) is SyncMode.TOWNSHIP
    assert mode_of(StationLevel.GROUP) is SyncMode.VILLAGE


def test_receipt_json_round_trip_and_refusal() -> None:
    receipt = Receipt(
        TOWN.code, VILLAGE.code, 7, (1, 2), (ReturnedRecord("u", "members", "改", "t", "张"),), "t"
    )
    assert receipt_from_json(receipt_to_json(receipt)) == receipt
    bad = receipt_to_json(receipt)
    bad["confirmed_counter"] = "7"
    with pytest.raises(ValueError):
        receipt_from_json(bad)


def test_a_receipt_never_confirms_past_the_station_s_own_highest_version(uow: FakeUow) -> None:
    courier = FakeCourier()
    uow.sync_source.rows = [{"uuid": "a", "version": 1}, {"uuid": "b", "version": 3}]
    _export(uow, courier)
    # A receipt from an old installation's history says 4093: this station has only 3.
    courier.receipt = Receipt(TOWN.code, VILLAGE.code, 4093, (1,), hashes=("hash1",))
    result = sync_village.import_receipt(uow, courier=courier, path="r", now="t")  # type: ignore[arg-type]
    assert result.confirmed_counter == 3
    uow.sync_source.rows.append({"uuid": "c", "version": 4})
    nxt = _export(uow, courier)
    assert [r["uuid"] for r in courier.written[-1][2]["members"]] == ["c"]
    assert nxt.counter_from == 3


def test_a_receipt_for_another_installation_is_refused(uow: FakeUow) -> None:
    courier = FakeCourier()
    courier.receipt = Receipt(TOWN.code, VILLAGE.code, 9, (1,), installation="inst-other")
    with pytest.raises(FileRefused) as refused:
        sync_village.import_receipt(uow, courier=courier, path="r", now="t")  # type: ignore[arg-type]
    assert refused.value.reason == "wrong_installation"
    assert uow.village_sync.township().last_counter == 0  # type: ignore[union-attr]
