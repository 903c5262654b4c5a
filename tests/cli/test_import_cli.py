"""``villagedesk import members|residents FILE``: counts, exit codes, dry run, error report, and
the round trip with ``villagedesk export``."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import openpyxl

from tests.cli.helpers import Run
from tests.exchange.roster_files import (
    RESIDENT_HEADERS,
    ZHANG,
    resident_rows,
    write_csv,
    write_member_roster,
)


def test_some_rows_refused_exits_1_and_the_valid_ones_are_written(
    station: Run, tmp_path: Path
) -> None:
    roster = write_member_roster(tmp_path / "花名册.xlsx")
    report = tmp_path / "errors.xlsx"
    result = station("import", "members", str(roster), "--report", str(report))
    assert result.code == 1
    assert "4" in result.lines[0] and "3" in result.lines[0]  # 4 new, 3 refused
    assert "370323197805121317" not in result.err  # refusals name the row, not the whole file
    sheet = openpyxl.load_workbook(report).worksheets[0]
    assert sheet.max_row == 4  # header + 3 refused rows
    again = station("import", "members", str(roster), "--dry-run")
    assert again.code == 1
    found = station("members", "search", ZHANG)
    assert "张三" in found.out


def test_a_dry_run_writes_nothing(station: Run, tmp_path: Path) -> None:
    roster = write_member_roster(tmp_path / "花名册.xlsx")
    assert station("import", "members", str(roster), "--dry-run").code == 1
    assert "张三" not in station("members", "search", ZHANG).out


def test_an_unreadable_file_exits_2(station: Run, tmp_path: Path) -> None:
    bad = tmp_path / "roster.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    assert station("import", "members", str(bad)).code == 2
    no_header = write_csv(tmp_path / "x.csv", [["a", "b"], ["1", "2"]], "utf-8")
    assert station("import", "residents", str(no_header)).code == 2


def test_residents_import_and_reimport_exits_0(station: Run, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "居民.csv", [RESIDENT_HEADERS, *resident_rows()], "gbk")
    first = station("import", "residents", str(path))
    assert first.code == 0, first.err
    [line] = station("backup", "list").lines  # the import backed up first, and says so
    name, _when, kind, _size = line.split("\t")
    assert name.endswith("-导入前.vdbak") and kind == "导入前备份"
    second = station("import", "residents", str(path))
    assert second.code == 0
    assert "5" in second.lines[0]


def test_an_export_imports_back_unchanged(station: Run, tmp_path: Path) -> None:
    roster = write_member_roster(tmp_path / "花名册.xlsx")
    station("import", "members", str(roster))
    exported = tmp_path / "export.xlsx"
    assert station("export", "members", str(exported), "--reason", "核对").code == 0
    result = station("import", "members", str(exported), "--dry-run")
    assert result.code == 0, result.err
    counts = [
        int(s) for s in result.lines[0].replace(":", " ").replace("：", " ").split() if s.isdigit()
    ]
    assert counts == [0, 0, 4, 0]  # new, updated, unchanged, refused

    residents = write_csv(tmp_path / "居民.csv", [RESIDENT_HEADERS, *resident_rows()], "gbk")
    station("import", "residents", str(residents))
    out = tmp_path / "residents.xlsx"
    assert station("export", "residents", str(out), "--reason", "核对").code == 0
    back = station("import", "residents", str(out), "--dry-run")
    assert back.code == 0, back.err
    counts = [
        int(s) for s in back.lines[0].replace(":", " ").replace("：", " ").split() if s.isdigit()
    ]
    assert counts == [0, 0, 5, 0]


def _imports(station: Run) -> list[dict[str, Any]]:
    result = station("audit", "list", "--json")
    assert result.code == 0, result.err
    return [e for e in json.loads(result.out) if e["service"] == "importing.services.apply_import"]


def test_the_log_lists_an_imports_new_records_and_names_its_file(
    station: Run, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "居民.csv", [RESIDENT_HEADERS, *resident_rows()], "gbk")
    assert station("import", "residents", str(path)).code == 0
    [entry] = _imports(station)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert entry["note"] == f"居民.csv sha256:{digest}"
    residents = [r for r in entry["records"] if r["record_type"] == "residents"]
    assert len(residents) == 5 and all(r["listed"] and r["fields"] == [] for r in residents)
    one = residents[0]["record_uuid"]
    found = json.loads(station("audit", "list", "--record", one, "--json").out)
    assert [e["seq"] for e in found] == [entry["seq"]]

    rows = resident_rows()
    rows[3][6] = "东河村二组5号"  # 赵六 moved next door
    moved = write_csv(tmp_path / "居民2.csv", [RESIDENT_HEADERS, *rows], "gbk")
    assert station("import", "residents", str(moved)).code == 0
    second = _imports(station)[0]
    assert second["seq"] > entry["seq"]
    changed = [r for r in second["records"] if not r["listed"]]
    assert changed and all(r["fields"] for r in changed)
    assert any(
        field == "address" and new == "东河村二组5号"
        for r in changed
        for field, _old, new in r["fields"]
    ), changed
