"""Roles on the command line: a 查看 running a write or an import is refused like everywhere
else (exit 2, 无权限) and nothing is written; a 录入员 may do both."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import STATION, Run
from tests.exchange.roster_files import write_member_roster

PASSWORD = "Secret-2026x"
MEMBER = ("members", "add", "--name", "欧阳娜娜", "--id-number", "210503198503121026")


@pytest.fixture
def accounts(run: Run, monkeypatch: pytest.MonkeyPatch) -> Run:
    """A station with the 管理员 王书记, the 录入员 小王 and the 查看 小李 (one password)."""
    monkeypatch.setenv("VILLAGEDESK_PASSWORD", PASSWORD)
    assert run(*STATION, "--admin", "王书记").code == 0
    for name, role in (("小王", "录入员"), ("小李", "查看")):
        added = run("--user", "王书记", "users", "add", "--name", name, "--role", role)
        assert added.code == 0, added.err
    return run


def _count(data_dir: Path, sql: str) -> int:
    with sqlite3.connect(data_dir / "villagedesk.db") as raw:
        return int(raw.execute(sql).fetchone()[0])


def _members(data_dir: Path) -> int:
    return _count(data_dir, "SELECT count(*) FROM members")


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def test_a_viewer_adding_a_member_is_refused_and_nothing_is_written(
    accounts: Run, data_dir: Path, zh: None
) -> None:
    result = accounts("--user", "小李", *MEMBER)
    assert result.code == 2
    assert "无权限" in result.err + result.out
    assert _members(data_dir) == 0
    assert "write" not in _kinds(data_dir, "小李")


def test_a_clerk_adds_the_member(accounts: Run, data_dir: Path) -> None:
    result = accounts("--user", "小王", *MEMBER)
    assert result.code == 0, result.err
    assert _members(data_dir) == 1
    assert "write" in _kinds(data_dir, "小王")


def test_a_viewer_importing_a_roster_is_refused_before_any_backup_or_write(
    accounts: Run, data_dir: Path, tmp_path: Path, zh: None
) -> None:
    roster = write_member_roster(tmp_path / "花名册.xlsx")
    before = _files(data_dir / "backups")
    for command in (
        ("import", "members", str(roster)),
        ("import", "members", str(roster), "--dry-run"),
    ):
        result = accounts("--user", "小李", *command)
        assert result.code == 2, result.out
        assert "无权限" in result.err + result.out
    assert _members(data_dir) == 0
    assert _files(data_dir / "backups") == before


def test_a_clerk_imports_the_roster(accounts: Run, data_dir: Path, tmp_path: Path) -> None:
    roster = write_member_roster(tmp_path / "花名册.xlsx")
    result = accounts("--user", "小王", "import", "members", str(roster))
    assert result.code in (0, 1), result.err  # 1: the roster's deliberately bad rows
    assert _members(data_dir) > 0


def _kinds(data_dir: Path, name: str) -> set[str]:
    with sqlite3.connect(data_dir / "villagedesk.db") as raw:
        rows = raw.execute("SELECT kind FROM audit_log WHERE actor = ?", (name,)).fetchall()
    return {str(kind) for (kind,) in rows}


def test_only_the_admin_makes_or_restores_a_backup(
    accounts: Run, data_dir: Path, tmp_path: Path, zh: None
) -> None:
    made = accounts("--user", "王书记", "backup", "create")
    assert made.code == 0, made.err
    before = _files(data_dir / "backups")
    [name] = [p.name for p in before]
    for user in ("小李", "小王"):
        for command in (
            ("backup", "create"),
            ("backup", "save", "--out", str(tmp_path / "u盘")),
            ("backup", "restore", name),
        ):
            result = accounts("--user", user, *command)
            assert result.code == 2, (user, command, result.out)
            assert "无权限" in result.err + result.out
    assert _files(data_dir / "backups") == before
    assert not (tmp_path / "u盘").exists()
