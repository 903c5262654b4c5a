"""``villagedesk calendar import|show``: a year the calendar lacks makes deadlines estimates
(估算); importing its holiday-cn file counts them again and says how many changed; a bad file
is refused in Chinese with nothing written."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from tests.cli.helpers import Result, Run
from villagedesk.cli.commands import requests_commands
from villagedesk.core.calendar.document import MAX_DOCUMENT_BYTES
from villagedesk.core.clock import FixedClock
from villagedesk.core.requests.timing import STATION_TZ

NOW = datetime(2027, 3, 20, 10, 0, tzinfo=STATION_TZ)

#: A 2027 notice as holiday-cn would publish it (dates made up for the test).
YEAR_2027 = {
    "year": 2027,
    "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": True},
        *({"name": "春节", "date": f"2027-02-{d:02d}", "isOffDay": True} for d in range(6, 13)),
        {"name": "春节", "date": "2027-02-20", "isOffDay": False},
    ],
}


@pytest.fixture
def desk(station: Run, zh: None, monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setattr(requests_commands, "CLOCK", FixedClock(NOW))
    return station


def _write(tmp_path: Path, data: object, name: str = "2027.json") -> str:
    path = tmp_path / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return str(path)


def _add(run: Run, received: str) -> str:
    done = run("requests", "add", "--type", "投诉", "--content", "路灯坏了", "--received", received)
    assert done.code == 0, done.err
    return done.lines[-1]


def _show(run: Run, number: str) -> dict[str, object]:
    shown = run("requests", "show", number, "--json")
    assert shown.code == 0, shown.err
    data = json.loads(shown.out)
    assert isinstance(data, dict)
    return data


def _refused(result: Result, *words: str) -> None:
    assert result.code == 2, (result.out, result.err)
    assert result.out == ""
    assert "Traceback" not in result.err
    for word in words:
        assert word in result.err, result.err


def test_importing_a_year_recounts_its_estimated_deadlines(desk: Run, tmp_path: Path) -> None:
    estimated = _add(desk, "2027-02-01 09:00")
    known = _add(desk, "2026-11-16 09:00")
    merged = _add(desk, "2027-02-02 09:00")  # estimated too, but no longer open
    assert desk("requests", "merge", merged, "--into", known).code == 0
    before = _show(desk, estimated)
    assert before["due_estimated"] is True
    assert before["due"] == "2027-02-22"  # 15 working days counting weekends only
    assert "估算" in desk("requests", "list").out
    assert "估算" in desk("calendar", "show", "2027").out

    imported = desk("calendar", "import", _write(tmp_path, YEAR_2027))
    assert imported.code == 0, imported.err
    assert "已导入 2027 年的日历" in imported.out
    assert "重新计算了 1 个估算的办理时限，其中 1 个日期有变化" in imported.out
    after = _show(desk, estimated)
    assert after["due_estimated"] is False
    assert after["due"] == "2027-02-26"  # 春节 off, its Saturday worked
    assert _show(desk, known)["due"] == "2026-12-07"  # a known year's deadline never moves

    shown = desk("calendar", "show", "2027")
    assert shown.code == 0, shown.err
    assert "从文件导入" in shown.lines[0]
    assert "春节\t放假 2027.02.06–2027.02.12\t调休上班 2027.02.20" in shown.lines
    again = desk("calendar", "import", _write(tmp_path, YEAR_2027))
    assert "替换" in again.out and "重新计算了 0 个" in again.out


def test_show_tells_bundled_years_from_missing_ones(desk: Run) -> None:
    bundled = desk("calendar", "show", "2026")
    assert bundled.code == 0, bundled.err
    assert "随软件提供" in bundled.lines[0]
    assert any(line.startswith("国庆") and "调休上班" in line for line in bundled.lines)
    missing = desk("calendar", "show", "2030")
    assert missing.code == 0 and "估算" in missing.out
    for year in ("1999", "二〇二七", "2027.5", "99999"):
        _refused(desk("calendar", "show", year), "2027")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", ("JSON",)),
        ('{"year": "2027", "days": []}', ("年份",)),
        ({"year": 2027, "days": [{"name": "春节", "date": "2027-02-30", "isOffDay": True}]}, ()),
        ({"year": 2027, "days": [{"name": "春节", "date": "2028-06-01", "isOffDay": True}]}, ()),
        ("[" * 100_000 + "]" * 100_000, ()),
        (" " * (MAX_DOCUMENT_BYTES + 1), ("KB",)),
    ],
)
def test_a_bad_file_is_refused_and_changes_nothing(
    desk: Run, tmp_path: Path, content: object, words: tuple[str, ...]
) -> None:
    estimated = _add(desk, "2027-02-01 09:00")
    _refused(desk("calendar", "import", _write(tmp_path, content)), *words)
    assert _show(desk, estimated)["due_estimated"] is True
    assert "估算" in desk("calendar", "show", "2027").out


def test_a_missing_file_or_a_folder_is_refused(desk: Run, tmp_path: Path) -> None:
    _refused(desk("calendar", "import", str(tmp_path / "nothing.json")))
    _refused(desk("calendar", "import", str(tmp_path)))
