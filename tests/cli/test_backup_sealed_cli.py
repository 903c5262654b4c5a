"""``backup save --out`` writes an encrypted backup; ``backup restore FILE.vdsafe`` and its keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import STATION, Result, Run
from villagedesk.cli.main import main
from villagedesk.datadir import DB_NAME
from villagedesk.sync import keystore

ENV = "VILLAGEDESK_BACKUP_PASSPHRASE"
PASSPHRASE = "Dong-He-村-2026"
ZHANG = "370323198501011236"
ZHANG_PHONE = "13905338888"


@pytest.fixture
def filled(station: Run, monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setenv(ENV, PASSPHRASE)
    added = station(
        "members", "add", "--name", "张伟", "--id-number", ZHANG, "--phone", ZHANG_PHONE
    )
    assert added.code == 0, added.err
    return station


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    return tmp_path / "usb"


def saved(run: Run, usb: Path) -> Path:
    result = run("backup", "save", "--out", str(usb))
    assert result.code == 0, result.err
    [written] = usb.iterdir()
    return written


def on(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    """The command line against another data folder (another station, another computer)."""
    capsys.readouterr()
    code = main(["--data-dir", str(folder), *args])
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def no_personal_data(*results: Result) -> None:
    for result in results:
        for secret in (ZHANG, ZHANG_PHONE):
            assert secret not in result.out + result.err
        assert "Traceback" not in result.err


def test_save_writes_an_encrypted_checked_file(filled: Run, usb: Path, data_dir: Path) -> None:
    result = filled("backup", "save", "--out", str(usb))
    assert result.code == 0
    [written] = usb.iterdir()
    assert written.suffix == ".vdsafe" and written.name.startswith("villagedesk-")
    assert result.out.startswith("加密备份已保存并核验无误：") and str(written) in result.out
    assert "口令" in result.err  # keep it safe
    data = written.read_bytes()
    assert "张伟".encode() not in data and ZHANG.encode() not in data
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]
    no_personal_data(result)


@pytest.mark.parametrize("value", [None, "", "1234567"])
def test_save_without_a_usable_passphrase_writes_nothing(
    filled: Run, usb: Path, monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv(ENV)
    else:
        monkeypatch.setenv(ENV, value)
    result = filled("backup", "save", "--out", str(usb))
    assert result.code == 2
    assert not usb.exists()
    assert ("VILLAGEDESK_BACKUP_PASSPHRASE" if not value else "至少需要 8 个字符") in result.err
    assert "未写入" in result.err
    no_personal_data(result)


def test_a_weak_passphrase_is_taken_with_a_warning(
    filled: Run, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, "12345678")
    result = filled("backup", "save", "--out", str(usb))
    assert result.code == 0
    assert "口令强度弱" in result.err
    assert len(list(usb.iterdir())) == 1


def test_save_to_a_folder_that_cannot_be_made_is_refused(filled: Run, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = filled("backup", "save", "--out", str(blocker / "sub"))
    assert result.code == 2
    assert "无法写入" in result.err


def test_restore_on_the_same_station_brings_the_data_back(
    filled: Run, usb: Path, data_dir: Path
) -> None:
    written = saved(filled, usb)
    fingerprint = keystore.current_fingerprint(data_dir)
    assert filled("members", "add", "--name", "李䶮", "--id-number", "370323199001011234").code == 0
    result = filled("backup", "restore", str(written))
    assert result.code == 0, result.err
    assert f"已从备份 {written.name} 恢复" in result.out
    assert fingerprint is not None and fingerprint in result.out
    assert filled("members", "search", "李䶮").out == ""
    assert "张伟" in filled("members", "search", "张伟").out
    assert keystore.current_fingerprint(data_dir) == fingerprint
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]
    no_personal_data(result)


def test_a_wrong_passphrase_changes_nothing(
    filled: Run, usb: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = saved(filled, usb)
    assert filled("members", "add", "--name", "李䶮", "--id-number", "370323199001011234").code == 0
    monkeypatch.setenv(ENV, "Dong-He-村-2025")
    result = filled("backup", "restore", str(written))
    assert result.code == 2
    assert "口令不正确" in result.err
    assert "李䶮" in filled("members", "search", "李䶮").out
    assert "恢复前" not in filled("backup", "list").out
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]
    monkeypatch.delenv(ENV)
    missing = filled("backup", "restore", str(written))
    assert missing.code == 2 and "VILLAGEDESK_BACKUP_PASSPHRASE" in missing.err
    no_personal_data(result, missing)


def test_a_damaged_backup_is_refused_without_a_traceback(
    filled: Run, usb: Path, tmp_path: Path
) -> None:
    written = saved(filled, usb)
    data = bytearray(written.read_bytes())
    data[len(data) // 2] ^= 0x40
    bad = tmp_path / written.name
    bad.write_bytes(bytes(data))
    result = filled("backup", "restore", str(bad))
    assert result.code == 2
    assert "已损坏" in result.err
    no_personal_data(result)


def other_station(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    """A second station on this computer, with keys of its own: (data folder, fingerprint)."""
    folder = tmp_path / "other"
    assert on(folder, capsys, *STATION).code == 0
    return folder, keystore.load_or_create_identity(folder).fingerprint


def test_restoring_another_stations_keys_needs_accept(
    filled: Run,
    usb: Path,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    written = saved(filled, usb)
    theirs = keystore.current_fingerprint(data_dir)
    folder, mine = other_station(tmp_path, capsys)
    assert theirs is not None and theirs != mine

    asked = on(folder, capsys, "backup", "restore", str(written))
    assert asked.code == 1
    assert "东河村党群服务站" in asked.out and "370323104203" in asked.out
    assert theirs in asked.out and mine in asked.out
    assert f"--accept {theirs}" in asked.out
    assert keystore.current_fingerprint(folder) == mine
    assert on(folder, capsys, "members", "search", "张伟").out == ""
    assert on(folder, capsys, "backup", "list").out == ""  # not even a pre-restore backup

    for wrong in ("0000-1111-2222-3333", "not-a-fingerprint", mine):
        refused = on(folder, capsys, "backup", "restore", str(written), "--accept", wrong)
        assert refused.code == 2, wrong
        assert "未做任何更改" in refused.err
    assert keystore.current_fingerprint(folder) == mine
    assert on(folder, capsys, "backup", "list").out == ""

    done = on(folder, capsys, "backup", "restore", str(written), "--accept", theirs.lower())
    assert done.code == 0, done.err
    assert keystore.current_fingerprint(folder) == theirs
    assert "张伟" in on(folder, capsys, "members", "search", "张伟").out
    no_personal_data(asked, refused, done)


def test_a_new_computer_without_keys_takes_the_backups_keys(
    filled: Run, usb: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written = saved(filled, usb)
    theirs = keystore.current_fingerprint(data_dir)
    fresh = tmp_path / "new-pc"  # installed, nothing set up yet: no keys of its own
    assert on(fresh, capsys, "backup", "list").code == 0
    assert keystore.current_fingerprint(fresh) is None
    result = on(fresh, capsys, "backup", "restore", str(written))
    assert result.code == 0, result.err
    assert keystore.current_fingerprint(fresh) == theirs
    restored, original = keystore.load_identity(fresh), keystore.load_identity(data_dir)
    assert restored is not None and original is not None
    assert restored.installation == original.installation  # the same history goes on
    assert "东河村党群服务站" in on(fresh, capsys, "station", "show").out


def test_restoring_a_plain_backup_keeps_this_computers_keys(
    filled: Run, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keystore.load_or_create_identity(data_dir)
    made = filled("backup", "create")
    plain = Path(made.out.split("：", 1)[1].strip())
    folder, mine = other_station(tmp_path, capsys)
    result = on(folder, capsys, "backup", "restore", str(plain))
    assert result.code == 0, result.err
    assert keystore.current_fingerprint(folder) == mine
    assert "张伟" in on(folder, capsys, "members", "search", "张伟").out


def test_check_reports_and_removes_leftover_temp_files(station: Run, data_dir: Path) -> None:
    leftover = data_dir / ".vdtmp-villagedesk-20261202-203000-usb.vdsafe-a1b2c3.tmp"
    leftover.write_bytes(b"SQLite format 3\x00")
    other = data_dir / "notes.tmp"
    other.write_text("mine")
    result = station("check")
    assert result.code == 0
    assert result.lines[0] == "已删除中断运行留下的临时文件：1 个"
    assert result.lines[1:] == ["数据库检查通过", "所有记录都符合规则。"]
    assert not leftover.exists() and other.exists()


def test_the_stick_file_cannot_be_opened_by_sqlite(filled: Run, usb: Path) -> None:
    written = saved(filled, usb)
    conn = sqlite3.connect(written)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        conn.close()
    assert DB_NAME not in {p.name for p in usb.iterdir()}
