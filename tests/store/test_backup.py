"""Backups: round trip, names, retention, and a change counter that never goes backwards."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from villagedesk.core.errors import DomainError
from villagedesk.core.members.roll import RollStatus
from villagedesk.datadir import COUNTERS_NAME
from villagedesk.store import backup
from villagedesk.store.station_store import StationStore

from .conftest import NOW, add_member, member


def versions(store: StationStore) -> list[int]:
    with store.engine.connect() as conn:
        return list(conn.exec_driver_sql("SELECT version FROM members ORDER BY id").scalars())


def test_every_write_raises_the_version(store: StationStore) -> None:
    member_id = add_member(store, member())
    first = versions(store)[0]
    with store.uow_factory() as uow:
        uow.members.update(member_id, member("张建华"))
        uow.commit()
    second = versions(store)[0]
    with store.uow_factory() as uow:
        uow.members.set_status(member_id, RollStatus.DECEASED)
        uow.commit()
    assert first < second < versions(store)[0]


def test_the_high_water_mark_is_reserved_ahead_in_a_file(store: StationStore) -> None:
    add_member(store, member())
    data = json.loads((store.db_path.parent / COUNTERS_NAME).read_text())
    assert data["change_counter_bound"] >= versions(store)[0] + 999


def test_restoring_an_older_backup_never_reuses_a_version(store: StationStore) -> None:
    add_member(store, member(serial=1))
    old = store.backup_now(NOW)
    for serial in range(2, 6):
        add_member(store, member(serial=serial))
    highest = max(versions(store))
    pre = store.restore(old, now=NOW + timedelta(minutes=1))
    assert len(versions(store)) == 1  # the restored content
    assert pre.name.endswith("-恢复前.vdbak")
    new_id = add_member(store, member(serial=9))
    with store.engine.connect() as conn:
        newest = conn.exec_driver_sql(
            "SELECT version FROM members WHERE id = ?", (new_id,)
        ).scalar()
    assert newest > highest


def test_versions_keep_growing_across_a_restart(tmp_path: Path) -> None:
    from villagedesk.store.station_store import open_station_store

    s = open_station_store(tmp_path, now=NOW)
    add_member(s, member(serial=1))
    before = versions(s)[0]
    s.close()
    s = open_station_store(tmp_path, now=NOW)
    add_member(s, member(serial=2))
    assert versions(s)[1] > before
    s.close()


def test_backup_round_trip_and_name(store: StationStore) -> None:
    add_member(store, member("王秀英", serial=2))
    made = backup.create_backup(store.db_path, store.backups_dir, kind="manual", now=NOW)
    assert made.name == "villagedesk-20261121-221500-手动.vdbak"
    assert not made.name.endswith(".db")
    assert not list(store.backups_dir.glob("*.tmp")) and not list(store.backups_dir.glob("*-wal"))
    [info] = backup.list_backups(store.backups_dir)
    assert (info.kind, info.timestamp, info.size) == ("manual", NOW, made.stat().st_size)
    add_member(store, member("李四", serial=3))
    store.restore(made, now=NOW)
    with store.uow_factory() as uow:
        assert uow.members.count() == 1
        assert uow.members.find_by_id_number(member("王秀英", serial=2).id_number) is not None
    kinds = sorted(i.kind for i in backup.list_backups(store.backups_dir))
    assert kinds == ["manual", "pre-restore"]
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_file_names_carry_the_kind_in_chinese_and_old_english_names_still_list(
    store: StationStore,
) -> None:
    made = {
        kind: backup.create_backup(store.db_path, store.backups_dir, kind=kind, now=NOW).name
        for kind in backup.KINDS
    }
    assert made == {
        "daily": "villagedesk-20261121-221500-每日.vdbak",
        "manual": "villagedesk-20261121-221500-手动.vdbak",
        "pre-migration": "villagedesk-20261121-221500-升级前.vdbak",
        "pre-restore": "villagedesk-20261121-221500-恢复前.vdbak",
        "pre-import": "villagedesk-20261121-221500-导入前.vdbak",
    }
    old = store.backups_dir / "villagedesk-20251121-221500-pre-migration-2.vdbak"
    old.write_bytes((store.backups_dir / made["daily"]).read_bytes())
    listed = {i.path.name: i.kind for i in backup.list_backups(store.backups_dir)}
    assert listed[old.name] == "pre-migration"
    assert sorted(listed.values()) == sorted([*backup.KINDS, "pre-migration"])
    assert store.backup_now(NOW, kind="pre-import").name.endswith("导入前-1.vdbak")


def test_a_damaged_or_foreign_file_is_not_restored(store: StationStore, tmp_path: Path) -> None:
    add_member(store, member())
    junk = tmp_path / "junk.vdbak"
    junk.write_bytes(b"not a database" * 100)
    with pytest.raises(DomainError):
        store.restore(junk, now=NOW)
    foreign = tmp_path / "foreign.vdbak"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photos (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DomainError):
        store.restore(foreign, now=NOW)
    with store.uow_factory() as uow:
        assert uow.members.count() == 1
    assert backup.list_backups(store.backups_dir) == []


def test_save_backup_to_a_stick(store: StationStore, tmp_path: Path) -> None:
    add_member(store, member())
    stick = tmp_path / "usb"
    written = backup.save_backup_to(store.db_path, stick, now=NOW)
    assert written.parent == stick and written.suffix == ".vdbak"
    backup.verify_backup(written)


def test_daily_backup_once_a_day(store: StationStore) -> None:
    assert backup.daily_backup_due(store.backups_dir, NOW.date())
    assert store.daily_backup_if_due(NOW) is not None
    assert not backup.daily_backup_due(store.backups_dir, NOW.date())
    assert store.daily_backup_if_due(NOW + timedelta(hours=1)) is None
    assert backup.daily_backup_due(store.backups_dir, NOW.date() + timedelta(days=1))


def test_retention_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    start = datetime(2024, 1, 1, 20, 0)
    for day in range(800):
        stamp = start + timedelta(days=day)
        (folder / backup.backup_name(stamp, "daily")).write_bytes(b"x")
    for n in range(15):
        (folder / backup.backup_name(start + timedelta(days=n), "manual")).write_bytes(b"x")
    now = start + timedelta(days=799)
    removed = backup.prune(folder, now)
    left = backup.list_backups(folder)
    daily = [i.timestamp for i in left if i.kind == "daily"]
    manual = [i.timestamp for i in left if i.kind == "manual"]
    assert removed
    assert len(manual) == 10 and min(manual) == start + timedelta(days=5)
    # the last 7 days …
    assert {now - timedelta(days=d) for d in range(7)} <= set(daily)
    # … the newest of each of the last 4 weeks and of the last 12 months, nothing more.
    weeks = {d.isocalendar()[:2] for d in daily}
    months = {(d.year, d.month) for d in daily}
    assert len(months) == 12 and len(weeks) >= 4
    assert len(daily) <= 7 + 4 + 12
    assert min(daily) >= datetime(now.year - 1, now.month, 1)
    # pruning again removes nothing
    assert backup.prune(folder, now) == []


def test_newest_good_backup_skips_damaged_ones(store: StationStore) -> None:
    add_member(store, member())
    good = backup.create_backup(store.db_path, store.backups_dir, kind="daily", now=NOW)
    bad = store.backups_dir / backup.backup_name(NOW + timedelta(days=1), "daily")
    bad.write_bytes(b"\0" * 8192)
    found = backup.newest_good_backup(store.backups_dir)
    assert found is not None and found.path == good
    assert date(2026, 11, 21) == found.timestamp.date()


def test_the_counter_reserves_before_it_passes_the_bound(tmp_path: Path) -> None:
    from villagedesk.store.engine import create_station_engine, write_connection
    from villagedesk.store.schema import migrate
    from villagedesk.store.syncable import ChangeCounter

    engine = create_station_engine(tmp_path / "x.db")
    migrate(engine, before_migration=lambda: None)
    path = tmp_path / COUNTERS_NAME
    counter = ChangeCounter(path, block=3)
    with write_connection(engine) as conn, conn.begin():
        assert [counter.allocate(conn) for _ in range(4)] == [1, 2, 3, 4]
        assert json.loads(path.read_text())["change_counter_bound"] == 4  # 1 + block
        assert counter.allocate(conn, 10) == 5  # 5..14, bound moves to 17 first
        assert json.loads(path.read_text())["change_counter_bound"] == 17
        conn.rollback()
    # The transaction was rolled back, but the reserved bound holds: no number comes twice.
    reopened = ChangeCounter(path, block=3)
    with write_connection(engine) as conn, conn.begin():
        assert reopened.allocate(conn) == 18
    engine.dispose()
