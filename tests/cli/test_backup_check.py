"""``villagedesk backup list|create|restore|save`` and ``villagedesk check``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.helpers import Run
from villagedesk.datadir import DB_NAME

ZHANG = "370323198501011236"


def test_list_is_empty_at_first(station: Run) -> None:
    result = station("backup", "list")
    assert (result.code, result.out) == (0, "")
    assert "还没有备份" in result.err


def test_create_then_list(station: Run, data_dir: Path) -> None:
    made = station("backup", "create")
    assert made.code == 0
    path = Path(made.out.split("：", 1)[1].strip())
    assert path.parent == data_dir / "backups" and path.is_file()
    listed = station("backup", "list")
    assert listed.code == 0
    [line] = listed.lines
    name, _when, kind, _size = line.split("\t")
    assert (name, kind) == (path.name, "手动备份")


def test_restore_brings_back_the_data_of_the_backup(station: Run) -> None:
    made = station("backup", "create")
    name = Path(made.out.split("：", 1)[1].strip()).name
    assert station("members", "add", "--name", "张伟", "--id-number", ZHANG).code == 0
    result = station("backup", "restore", name)
    assert result.code == 0
    assert f"已从备份 {name} 恢复" in result.out
    assert "恢复前的数据已保存在" in result.out
    assert station("members", "search", "张伟").out == ""
    assert "恢复前备份" in station("backup", "list").out


def test_restoring_an_unknown_backup_is_refused(station: Run) -> None:
    result = station("backup", "restore", "no-such.vdbak")
    assert result.code == 2
    assert "找不到备份：no-such.vdbak" in result.err


def test_check_passes_on_a_sound_database(station: Run, zh: None) -> None:
    result = station("check")
    assert (result.code, result.lines) == (0, ["数据库检查通过", "所有记录都符合规则。"])


def test_check_lists_problems_and_exits_1(station: Run, data_dir: Path) -> None:
    assert (
        station(
            "members", "add", "--name", "张伟", "--id-number", ZHANG, "--branch", "第一党支部"
        ).code
        == 0
    )
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE members SET branch_id = 9999")
        conn.commit()
    finally:
        conn.close()
    result = station("check")
    assert result.code == 1
    assert result.lines[0] == "数据库检查发现以下问题："
    assert any("members" in line for line in result.lines[1:])
