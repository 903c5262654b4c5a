"""``villagedesk calendar rules``: the table shown in Chinese and as JSON, replaced from a JSON
file for the requests received afterwards only, reset to the defaults; a hostile file is
refused in Chinese with nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import Result, Run
from villagedesk.cli.commands.calendar_rules import MAX_RULES_FILE_BYTES
from villagedesk.core.calendar.deadline_rules import DEFAULT_RULES


@pytest.fixture
def desk(station: Run, zh: None) -> Run:
    return station


def _rules(run: Run) -> list[dict[str, object]]:
    shown = run("calendar", "rules", "--json")
    assert shown.code == 0, shown.err
    data = json.loads(shown.out)
    assert isinstance(data, list)
    return data


def _file(tmp_path: Path, data: object) -> str:
    path = tmp_path / "rules.json"
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return str(path)


def _due(run: Run) -> str:
    added = run(
        "requests",
        "add",
        "--type",
        "求助",
        "--content",
        "路灯坏了",
        "--received",
        "2024-06-07 09:00",
    )
    assert added.code == 0, added.err
    shown = run("requests", "show", added.lines[-1], "--json")
    due = json.loads(shown.out)["due"]
    assert isinstance(due, str)
    return due


def _refused(result: Result, *words: str) -> None:
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err
    for word in words:
        assert word in result.err, result.err


def test_the_default_table_is_shown_in_chinese(desk: Run) -> None:
    shown = desk("calendar", "rules")
    assert shown.code == 0, shown.err
    assert "诉求类型" in shown.out and "挂起时停表" in shown.out
    assert "1\t任意\t紧急\t任意\t2 小时\t受理\t是" in shown.lines
    assert "本站使用默认规则。" in shown.out
    assert _rules(desk) == [r.to_data() for r in DEFAULT_RULES]


def test_a_table_set_from_a_file_applies_to_later_requests(desk: Run, tmp_path: Path) -> None:
    before = _due(desk)
    rules = _rules(desk)
    rules[-1] = {**rules[-1], "amount": 5, "unit": "working_days"}
    saved = desk("calendar", "rules", "set", _file(tmp_path, rules))
    assert saved.code == 0, saved.err
    assert "只影响此后受理的诉求" in saved.out
    assert _rules(desk) == rules
    assert "7\t任意\t任意\t任意\t5 工作日\t受理\t是" in desk("calendar", "rules").lines

    assert before == "2024-06-14"  # 7 days
    assert _due(desk) == "2024-06-17"  # 5 working days, 端午 skipped

    reset = desk("calendar", "rules", "reset")
    assert reset.code == 0, reset.err
    assert _rules(desk) == [r.to_data() for r in DEFAULT_RULES]
    assert _due(desk) == "2024-06-14"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", ("不是 JSON 格式的规则文件",)),
        ('{"amount": 7}', ("规则文件", "一组规则")),
        ("[" * 100_000 + "]" * 100_000, ("太大",)),
        ("[" * 20_000 + "]" * 20_000, ("不是 JSON",)),
        ("[]", ("至少保留一条规则",)),
        (
            '[{"amount": 7, "unit": "working_days", "urgency": "normal"}]',
            ("第 1 条规则", "最后一条规则"),
        ),
        (
            '[{"amount": 0, "unit": "hours"}, {"amount": 7, "unit": "weeks"}]',
            ("第 1 条规则", "第 2 条规则"),
        ),
        (
            '[{"amount": 3, "unit": "hours", "request_type": "bribe"}, {"amount": 7, "unit": "hours"}]',
            ("诉求类型无法识别",),
        ),
    ],
)
def test_a_hostile_file_is_refused_in_chinese(
    desk: Run, tmp_path: Path, content: str, words: tuple[str, ...]
) -> None:
    _refused(desk("calendar", "rules", "set", _file(tmp_path, content)), *words)
    assert _rules(desk) == [r.to_data() for r in DEFAULT_RULES]


def test_a_file_that_is_not_utf8_or_a_folder_is_refused(desk: Run, tmp_path: Path) -> None:
    path = tmp_path / "gbk.json"
    path.write_bytes("[规则]".encode("gbk"))
    _refused(desk("calendar", "rules", "set", str(path)), "不是 JSON")
    _refused(desk("calendar", "rules", "set", str(tmp_path)))
    assert MAX_RULES_FILE_BYTES < 200_000
