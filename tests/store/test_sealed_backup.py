"""Encrypted USB backups (.vdsafe): round trip, no plaintext, refusals, killed runs, temp sweep."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import struct
from datetime import timedelta
from pathlib import Path

import pytest

from villagedesk import fsutil
from villagedesk.core.errors import DomainError
from villagedesk.core.progress import Cancelled, Progress
from villagedesk.store import backup, sealed_backup
from villagedesk.store.sealed_backup import (
    BackupDamaged,
    KdfParams,
    NotSealedBackup,
    WrongPassphrase,
)
from villagedesk.store.station_store import StationStore, open_station_store

from .conftest import NOW, STATION, add_member, member

PASSPHRASE = "东河村-2026-春耕"
ZHANG = member("张建国", serial=21, phone="13905331234")
WANG = member("王秀英", serial=22)
EXTRAS = {"identity": {"installation": "inst-1", "keys": {"sign": "c2VjcmV0LXNpZ24="}}}


def names(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM members ORDER BY name")]
    finally:
        conn.close()


def temp_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def save(store: StationStore, out: Path, **kw: object) -> Path:
    args: dict[str, object] = {
        "passphrase": PASSPHRASE,
        "extras": EXTRAS,
        "station_code": STATION.code,
        "station_name": STATION.name,
        "now": NOW,
        "work_dir": store.db_path.parent,
    }
    args.update(kw)
    return sealed_backup.save_sealed_backup(store.db_path, out, **args)  # type: ignore[arg-type]


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    return tmp_path / "usb"


@pytest.fixture
def filled(store: StationStore) -> StationStore:
    add_member(store, ZHANG)
    add_member(store, WANG)
    return store


@pytest.fixture
def sealed(filled: StationStore, usb: Path) -> Path:
    return save(filled, usb)


def test_round_trip_gives_the_same_rows_and_the_extras_back(
    filled: StationStore, usb: Path
) -> None:
    written = save(filled, usb)
    assert written.name == "villagedesk-20261121-221500-加密.vdsafe"
    assert sealed_backup.is_sealed_backup(written)
    add_member(filled, member("李䶮", serial=23))
    data = filled.db_path.parent
    with sealed_backup.open_sealed_backup(written, passphrase=PASSPHRASE, work_dir=data) as opened:
        assert opened.db_path.parent == data
        assert opened.extras == EXTRAS
        assert (opened.station_code, opened.station_name) == (STATION.code, STATION.name)
        assert opened.created_at == NOW
        filled.restore(opened.db_path, now=NOW + timedelta(minutes=1))
    assert names(filled.db_path) == sorted(["张建国", "王秀英"])
    assert temp_leftovers(data) == []


def test_a_second_backup_in_the_same_second_gets_its_own_name(
    filled: StationStore, sealed: Path, usb: Path
) -> None:
    again = save(filled, usb)
    assert again.name == "villagedesk-20261121-221500-加密-1.vdsafe"
    assert sealed.exists() and sealed_backup.is_backup_name(again.name)


def test_the_file_on_the_stick_holds_no_plaintext(sealed: Path, usb: Path) -> None:
    assert [p.name for p in usb.iterdir()] == [sealed.name]
    data = sealed.read_bytes()
    for secret in ("张建国", "王秀英", ZHANG.id_number, ZHANG.phone, "c2VjcmV0LXNpZ24=", "inst-1"):
        assert secret.encode("utf-8") not in data, secret
    assert b"SQLite format 3" not in data
    conn = sqlite3.connect(sealed)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        conn.close()


def test_the_header_names_the_station_and_the_argon2id_costs(sealed: Path) -> None:
    data = sealed.read_bytes()
    assert data[:8] == b"VDSAFE\x00\x01"
    (length,) = struct.unpack(">I", data[8:12])
    header = json.loads(data[12 : 12 + length])
    assert header["station_code"] == STATION.code and header["station_name"] == STATION.name
    kdf = header["kdf"]
    assert (kdf["name"], kdf["time_cost"], kdf["memory_cost"], kdf["parallelism"]) == (
        "argon2id",
        3,
        64 * 1024,
        2,
    )
    assert data[12 + length : 12 + length + 32] == hashlib.sha256(data[12 : 12 + length]).digest()


def test_the_same_passphrase_in_another_unicode_form_opens_it(
    filled: StationStore, usb: Path
) -> None:
    written = save(filled, usb, passphrase="Cafe\u0301-2026-ok")
    work = filled.db_path.parent
    with sealed_backup.open_sealed_backup(written, passphrase="Caf\u00e9-2026-ok", work_dir=work):
        pass


def test_a_wrong_passphrase_is_refused_and_nothing_is_written(
    sealed: Path, filled: StationStore
) -> None:
    data = filled.db_path.parent
    before = sorted(p.name for p in data.rglob("*"))
    with pytest.raises(WrongPassphrase) as refused:
        sealed_backup.open_sealed_backup(sealed, passphrase="东河村-2026-秋收", work_dir=data)
    assert "passphrase is not correct" in str(refused.value)
    assert sorted(p.name for p in data.rglob("*")) == before
    assert names(filled.db_path) == sorted(["张建国", "王秀英"])


def test_a_short_passphrase_is_refused_before_anything_is_written(
    filled: StationStore, usb: Path
) -> None:
    with pytest.raises(DomainError) as refused:
        save(filled, usb, passphrase="1234567")
    assert "at least 8 characters" in str(refused.value)
    assert not usb.exists()
    assert temp_leftovers(filled.db_path.parent) == []


def _head_length(data: bytes) -> int:
    (length,) = struct.unpack(">I", data[8:12])
    return 12 + length + 32


def _refused(path: Path, work: Path, error: type[DomainError] = BackupDamaged) -> None:
    with pytest.raises(error):
        sealed_backup.open_sealed_backup(path, passphrase=PASSPHRASE, work_dir=work)
    assert temp_leftovers(work) == []


@pytest.mark.parametrize(
    "where", ["version", "length", "header", "header hash", "first chunk", "tag", "last chunk"]
)
def test_a_flipped_byte_anywhere_is_refused(
    sealed: Path, filled: StationStore, tmp_path: Path, where: str
) -> None:
    data = bytearray(sealed.read_bytes())
    head = _head_length(bytes(data))
    assert len(data) - head > 3 * (64 * 1024 + 16)  # several chunks
    offset = {
        "version": 7,
        "length": 11,
        "header": 40,
        "header hash": head - 5,
        "first chunk": head + 100,
        "tag": head + 64 * 1024 + 3,
        "last chunk": len(data) - 40,
    }[where]
    data[offset] ^= 0x01
    bad = tmp_path / "bad.vdsafe"
    bad.write_bytes(bytes(data))
    error: type[DomainError] = DomainError if where == "version" else BackupDamaged
    _refused(bad, filled.db_path.parent, error)


@pytest.mark.parametrize("cut", ["inside magic", "header", "at a chunk boundary", "last byte"])
def test_a_truncated_file_is_refused(
    sealed: Path, filled: StationStore, tmp_path: Path, cut: str
) -> None:
    data = sealed.read_bytes()
    head = _head_length(data)
    keep = {
        "inside magic": 5,
        "header": head - 40,
        "at a chunk boundary": head + 2 * (64 * 1024 + 16),
        "last byte": len(data) - 1,
    }[cut]
    bad = tmp_path / "cut.vdsafe"
    bad.write_bytes(data[:keep])
    _refused(bad, filled.db_path.parent)


@pytest.mark.parametrize(
    "extra",
    [b"\x00", bytes(range(17)), bytes(i * 7 % 256 for i in range(64 * 1024 + 16))],
    ids=["one zero", "17 bytes", "a chunk and more"],
)
def test_appended_bytes_are_refused(
    sealed: Path, filled: StationStore, tmp_path: Path, extra: bytes
) -> None:
    bad = tmp_path / "long.vdsafe"
    bad.write_bytes(sealed.read_bytes() + extra)
    _refused(bad, filled.db_path.parent)


def test_swapped_chunks_are_refused(sealed: Path, filled: StationStore, tmp_path: Path) -> None:
    data = sealed.read_bytes()
    head, size = _head_length(data), 64 * 1024 + 16
    first, second = data[head : head + size], data[head + size : head + 2 * size]
    bad = tmp_path / "swapped.vdsafe"
    bad.write_bytes(data[:head] + second + first + data[head + 2 * size :])
    _refused(bad, filled.db_path.parent)


def _reheader(data: bytes, change: dict[str, object]) -> bytes:
    """The same body behind a header edited the way a forger would (its hash made to match)."""
    (length,) = struct.unpack(">I", data[8:12])
    header = json.loads(data[12 : 12 + length])
    header["kdf"].update(change)
    raw = json.dumps(header, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    digest = hashlib.sha256(raw).digest()
    return data[:8] + struct.pack(">I", len(raw)) + raw + digest + data[12 + length + 32 :]


@pytest.mark.parametrize(
    "change",
    [
        {"memory_cost": 4 * 1024 * 1024},  # 4 GiB
        {"time_cost": 10_000},
        {"parallelism": 1_000},
        {"time_cost": True},
    ],
)
def test_a_header_asking_for_absurd_costs_is_refused_before_any_work(
    sealed: Path, filled: StationStore, tmp_path: Path, change: dict[str, object]
) -> None:
    bad = tmp_path / "hostile.vdsafe"
    bad.write_bytes(_reheader(sealed.read_bytes(), change))
    _refused(bad, filled.db_path.parent)


def test_a_forged_header_with_a_matching_hash_does_not_open(
    sealed: Path, filled: StationStore, tmp_path: Path
) -> None:
    bad = tmp_path / "forged.vdsafe"
    bad.write_bytes(_reheader(sealed.read_bytes(), {"time_cost": 2}))
    _refused(bad, filled.db_path.parent, WrongPassphrase)


def test_a_huge_header_length_is_refused(
    sealed: Path, filled: StationStore, tmp_path: Path
) -> None:
    data = sealed.read_bytes()
    bad = tmp_path / "huge.vdsafe"
    bad.write_bytes(data[:8] + struct.pack(">I", 1 << 30) + data[12:])
    _refused(bad, filled.db_path.parent)


def test_other_files_are_not_sealed_backups(filled: StationStore, tmp_path: Path) -> None:
    plain = filled.backup_now(NOW)
    assert not sealed_backup.is_sealed_backup(plain)
    assert not sealed_backup.is_sealed_backup(tmp_path / "missing.vdsafe")
    _refused(plain, filled.db_path.parent, NotSealedBackup)
    empty = tmp_path / "empty.vdsafe"
    empty.write_bytes(b"")
    _refused(empty, filled.db_path.parent, NotSealedBackup)


class Killed(Exception):
    """Stands for the process dying half-way."""


class DiesAfter(Progress):
    def __init__(self, steps: int) -> None:
        super().__init__()
        self.steps = steps

    def advance(self, step: int = 1) -> None:
        super().advance(step)
        if self.done >= self.steps:
            raise Killed()


@pytest.mark.parametrize("steps", [1, 3, 12])  # while encrypting, and while checking
def test_a_killed_run_leaves_nothing_on_the_stick_and_no_plain_copy(
    filled: StationStore, usb: Path, steps: int
) -> None:
    with pytest.raises(Killed):
        save(filled, usb, progress=DiesAfter(steps))
    assert list(usb.iterdir()) == []
    assert temp_leftovers(filled.db_path.parent) == []


def test_a_cancel_leaves_nothing_on_the_stick(filled: StationStore, usb: Path) -> None:
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        save(filled, usb, progress=progress)
    assert not usb.exists() or list(usb.iterdir()) == []
    assert temp_leftovers(filled.db_path.parent) == []


def test_progress_counts_the_writing_and_the_check(filled: StationStore, usb: Path) -> None:
    progress = Progress()
    save(filled, usb, progress=progress)
    assert progress.total > 2 and progress.done == progress.total


def test_our_leftovers_on_the_stick_are_swept_before_writing(
    filled: StationStore, usb: Path
) -> None:
    usb.mkdir()
    (usb / ".vdtmp-villagedesk-20261120-101010-usb.vdsafe-abcd1234.tmp").write_bytes(b"x" * 99)
    (usb / ".backup-k2l_9xq0.tmp").write_bytes(b"SQLite format 3\x00")
    (usb / "照片.jpg").write_bytes(b"keep")
    written = save(filled, usb)
    assert sorted(p.name for p in usb.iterdir()) == sorted([written.name, "照片.jpg"])


def test_cheap_kdf_costs_are_kept_in_the_header(filled: StationStore, usb: Path) -> None:
    written = save(filled, usb, kdf=KdfParams(time_cost=1, memory_cost=64, parallelism=1))
    work = filled.db_path.parent
    with sealed_backup.open_sealed_backup(written, passphrase=PASSPHRASE, work_dir=work) as opened:
        backup.verify_backup(opened.db_path)


# -- temp files -------------------------------------------------------------------------------


def test_atomic_writes_use_a_recognisable_temp_name(tmp_path: Path) -> None:
    target = tmp_path / "报表.pdf"
    with fsutil.atomic_writer(target) as f:
        f.write(b"%PDF")
        [tmp] = [p.name for p in tmp_path.iterdir()]
        assert tmp.startswith(".vdtmp-报表.pdf-") and tmp.endswith(".tmp")
        assert fsutil.is_temp_name(tmp)
    assert [p.name for p in tmp_path.iterdir()] == ["报表.pdf"]


def test_backups_use_recognisable_temp_names(
    filled: StationStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real = fsutil.temp_file

    def spy(folder: str | os.PathLike[str], target_name: str) -> tuple[int, Path]:
        fd, path = real(folder, target_name)
        seen.append(path.name)
        return fd, path

    monkeypatch.setattr(fsutil, "temp_file", spy)
    filled.backup_now(NOW)
    assert seen and all(fsutil.is_temp_name(name) for name in seen)
    assert seen[0].startswith(".vdtmp-villagedesk-20261121-221500-手动.vdbak-")


def test_sweep_removes_our_leftovers_only(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    ours = [
        ".vdtmp-villagedesk.db-x1y2z3.tmp",
        ".vdtmp-花名册.xlsx-abc.tmp",
        ".backup-abcd_123.tmp",
    ]
    theirs = [
        "notes.tmp",
        ".vdtmp-no-suffix",
        "vdtmp-x.tmp",
        ".backup-toolongname1.tmp",
        ".villagedesk.db.abc.tmp",
        "villagedesk.db",
    ]
    for name in ours + theirs:
        (folder / name).write_bytes(b"data")
    (folder / ".vdtmp-a-folder.tmp").mkdir()
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me")
    (folder / ".vdtmp-link-abc.tmp").symlink_to(outside)
    assert fsutil.sweep_temp_files(folder) == len(ours)
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted([*theirs, ".vdtmp-a-folder.tmp", ".vdtmp-link-abc.tmp"])
    assert outside.read_text() == "keep me"
    assert fsutil.sweep_temp_files(tmp_path / "missing") == 0


def test_opening_the_station_sweeps_the_data_folder_and_backups(tmp_path: Path) -> None:
    data = tmp_path / "data"
    s = open_station_store(data, now=NOW)
    s.close()
    (data / ".vdtmp-villagedesk-20261121-221500-usb.vdsafe-q1w2e3.tmp").write_bytes(b"plain")
    (data / "backups" / ".vdtmp-villagedesk-x.vdbak-r4t5.tmp").write_bytes(b"plain")
    (data / "backups" / "mine.txt").write_bytes(b"keep")
    s = open_station_store(data, now=NOW)
    try:
        assert s.swept_temp_files == 2
        assert temp_leftovers(data) == [] and temp_leftovers(data / "backups") == []
        assert (data / "backups" / "mine.txt").exists()
    finally:
        s.close()
