"""``villagedesk export members|residents … --reason TEXT``: an export with full ID numbers is
refused without a reason (in Chinese, exit 2, no file) and logged with it (操作日志)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import Run


@pytest.fixture
def demo(station: Run) -> Run:
    assert station("demo", "--members", "10", "--requests", "0").code == 0
    return station


def exports(run: Run) -> list[dict[str, object]]:
    listed = run("audit", "list", "--json")
    assert listed.code == 0
    entries = json.loads(listed.out)
    return [e for e in entries if e["kind"] == "export"]


@pytest.mark.parametrize("kind", ["members", "residents"])
def test_without_a_reason_the_export_is_refused_in_chinese(
    demo: Run, tmp_path: Path, kind: str, zh: None
) -> None:
    path = tmp_path / f"{kind}.xlsx"
    result = demo("export", kind, str(path))
    assert result.code == 2
    assert "--reason" in result.err and "公民身份号码" in result.err
    assert not path.exists()
    blank = demo("export", kind, str(path), "--reason", "   ")
    assert blank.code == 2 and not path.exists()
    assert exports(demo) == []


def test_with_a_reason_the_export_is_logged_with_it(demo: Run, tmp_path: Path) -> None:
    path = tmp_path / "members.xlsx"
    assert demo("export", "members", str(path), "--reason", "乡镇核对党员信息").code == 0
    assert path.exists()
    [entry] = exports(demo)
    assert (entry["record_type"], entry["note"]) == ("members", "乡镇核对党员信息")


def test_the_household_register_needs_no_reason(demo: Run, tmp_path: Path) -> None:
    path = tmp_path / "households.xlsx"
    assert demo("export", "households", str(path)).code == 0
    assert exports(demo) == []
