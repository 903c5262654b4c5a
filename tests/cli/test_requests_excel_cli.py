"""``villagedesk requests export`` and ``villagedesk import requests``: a filtered request list to
Excel and back (every request unchanged), a 民情台账 kept by hand imported through the same
preview, and bad input refused in Chinese with the exit codes of the other import and export
commands, no traceback, no phone in full."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from tests.cli.helpers import Result, Run
from villagedesk.cli.commands import requests_commands
from villagedesk.core.clock import FixedClock
from villagedesk.core.requests.timing import STATION_TZ

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=STATION_TZ)
PHONE = "13912345678"
LONG_DIGITS = re.compile(r"\d{11,}")


@pytest.fixture
def desk(station: Run, zh: None, monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setattr(requests_commands, "CLOCK", FixedClock(NOW))
    return station


def _add(run: Run, *extra: str) -> str:
    done = run("requests", "add", *extra)
    assert done.code == 0, done.err
    return done.lines[-1]


def _two_requests(run: Run) -> tuple[str, str]:
    first = _add(
        run, "--type", "投诉", "--content", f"村西路灯坏了三盏，电话{PHONE}",
        "--requester", "李大妈", "--phone", PHONE, "--received", "2026-11-02 08:15",
    )  # fmt: skip
    second = _add(
        run, "--type", "咨询", "--content", "低保怎么申请", "--received", "2026-11-18 15:40"
    )
    return first, second


def _clean(result: Result) -> None:
    text = result.out + result.err
    assert "Traceback" not in text
    assert not LONG_DIGITS.search(text), text


def _cells(path: Path) -> list[list[object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return rows


def test_export_then_import_finds_every_request_unchanged(desk: Run, tmp_path: Path) -> None:
    first, second = _two_requests(desk)
    target = tmp_path / "台账.xlsx"
    done = desk("requests", "export", str(target))
    assert done.code == 0, done.err
    rows = _cells(target)
    assert rows[0][:6] == ["编号", "受理时间", "来源", "工单号", "诉求人", "联系电话"]
    assert [r[0] for r in rows[1:]] == [first, second]  # oldest first
    assert rows[1][5] == "139****5678"  # the station's default policy
    assert PHONE not in str(rows)
    again = desk("import", "requests", str(target))
    assert again.code == 0, again.err
    assert "新增：0" in again.out.replace(" ", "") or "New: 0" in again.out
    _clean(again)
    listed = desk("requests", "list")
    assert len(listed.lines) == 2


def test_the_filters_choose_what_is_exported(desk: Run, tmp_path: Path) -> None:
    first, _second = _two_requests(desk)
    target = tmp_path / "早.xlsx"
    done = desk("requests", "export", str(target), "--from", "2026-11-01", "--to", "2026-11-10")
    assert done.code == 0, done.err
    assert [r[0] for r in _cells(target)[1:]] == [first]
    state = desk("requests", "export", str(tmp_path / "s.xlsx"), "--state", "待分派")
    assert state.code == 0, state.err


def test_bad_options_exit_2_and_write_nothing(desk: Run, tmp_path: Path) -> None:
    for args, word in (
        (("--state", "飞了"), "飞了"),
        (("--due", "明年"), "明年"),
        (("--from", "去年某天"), "去年某天"),
    ):
        target = tmp_path / "x.xlsx"
        refused = desk("requests", "export", str(target), *args)
        assert refused.code == 2, refused.err
        assert word in refused.err
        assert not target.exists()
        _clean(refused)
    assert desk("requests", "export", str(tmp_path / "x.csv")).code == 2
    assert desk("requests", "export", str(tmp_path / "no" / "x.xlsx")).code == 2


def _ledger(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["东河村民情台账"])
    sheet.append(["序号", "受理日期", "来源", "诉求人", "联系电话", "诉求类型", "内容", "受理人"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_ledger_kept_by_hand_imports_its_valid_rows(desk: Run, tmp_path: Path) -> None:
    ledger = _ledger(
        tmp_path / "手工台账.xlsx",
        [
            [1, datetime(2026, 10, 8), "走访", "王大爷", PHONE, "求助", "屋顶漏雨", "张文书"],
            [2, "2026年10月9日", "电话", "", "", "建议", "修一条便道", "张文书"],
            [3, "明天", "电话", "赵六", "", "投诉", "噪音扰民", ""],
            [4, "2026-10-10", "电话", "钱七", "", "吐槽", "垃圾没人收", ""],
        ],
    )
    dry = desk("import", "requests", str(ledger), "--dry-run")
    assert dry.code == 1, dry.err  # rows refused: as the roster import
    _clean(dry)
    assert "第6行" in dry.err  # the rows of the sheet, title and header included
    assert "吐槽" in dry.err and "咨询" in dry.err
    report = tmp_path / "未导入.xlsx"
    done = desk("import", "requests", str(ledger), "--report", str(report))
    assert done.code == 1
    assert report.exists()
    listed = desk("requests", "list")
    assert len(listed.lines) == 2
    again = desk("import", "requests", str(ledger))
    assert again.code == 1  # the two refused rows again; the others unchanged
    assert len(desk("requests", "list").lines) == 2


def test_a_file_that_is_no_ledger_exits_2(desk: Run, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "公民身份号码"])
    book.save(tmp_path / "roster.xlsx")
    refused = desk("import", "requests", str(tmp_path / "roster.xlsx"))
    assert refused.code == 2
    assert "受理时间" in refused.err
    _clean(refused)
