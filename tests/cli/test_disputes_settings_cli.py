"""``villagedesk disputes settings show [--json]`` and ``disputes settings set``: the station's
dispute types, warning rules, level days and mediation committee shown and changed; each bad
input refused in Chinese on stderr, exit 2, nothing written; the next dispute is assessed by the
rules set; the printed agreement is sealed by the committee set."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli.helpers import Run
from tests.reports.disputes.station import fill_folder
from tests.reports.printing_support import need_poppler
from tests.reports.printing_support import run as tool
from villagedesk.core.disputes.model import DEFAULT_DISPUTE_TYPES

JsonObject = dict[str, object]
COMMITTEE = "鲁村镇东河村人民调解委员会"


@pytest.fixture
def desk(station: Run, zh: None) -> Run:
    return station


def _settings(run: Run) -> JsonObject:
    shown = run("disputes", "settings", "show", "--json")
    assert shown.code == 0, shown.err
    data: JsonObject = json.loads(shown.out)
    return data


def _refused(run: Run, *args: str, words: tuple[str, ...]) -> None:
    before = _settings(run)
    result = run("disputes", "settings", "set", *args)
    assert result.code == 2, (result.out, result.err)
    assert result.out == "" and "Traceback" not in result.err
    assert re.search(r"[\u4e00-\u9fff]", result.err), result.err
    for word in words:
        assert word in result.err, result.err
    assert _settings(run) == before, "nothing was written"


def test_a_new_station_shows_the_defaults(desk: Run) -> None:
    data = _settings(desk)
    assert data["types"] == list(DEFAULT_DISPUTE_TYPES)
    assert data["level_days"] == 15
    assert data["committee"] == ""
    assert data["committee_in_use"] == "东河村人民调解委员会"
    rules = data["rules"]
    assert isinstance(rules, dict) and rules["red_people"] == 10 and rules["orange_on_threats"]
    text = desk("disputes", "settings", "show")
    assert text.code == 0, text.err
    assert "纠纷类型：" in text.lines and "  宅基地" in text.lines
    assert any(line.startswith("  red_people=10\t") for line in text.lines)
    assert any(line.startswith("  orange_on_weapons=true\t") for line in text.lines)
    assert "调解委员会：东河村人民调解委员会（由站点名称得出）" in text.lines


def test_set_changes_only_what_is_given(desk: Run) -> None:
    done = desk(
        "disputes", "settings", "set", "--type", "邻里", "--type", "土地承包",
        "--rule", "red_people=8", "--rule", "orange_on_threats=false",
        "--level-days", "10", "--committee", COMMITTEE,
    )  # fmt: skip
    assert done.code == 0, done.err
    assert done.lines == ["已保存。"]
    data = _settings(desk)
    assert data["types"] == ["邻里", "土地承包"]
    assert data["level_days"] == 10
    assert data["committee"] == COMMITTEE == data["committee_in_use"]
    rules = data["rules"]
    assert isinstance(rules, dict)
    assert rules["red_people"] == 8 and rules["orange_on_threats"] is False
    assert rules["red_failed"] == 3, "a rule not given stays"
    again = desk("disputes", "settings", "set", "--level-days", "10")
    assert again.code == 0 and "没有变化" in again.out
    back = desk("disputes", "settings", "set", "--committee", "")
    assert back.code == 0, back.err
    assert _settings(desk)["committee_in_use"] == "东河村人民调解委员会"
    assert _settings(desk)["types"] == ["邻里", "土地承包"]


def test_the_next_dispute_is_assessed_by_the_rules_set(desk: Run) -> None:
    assert desk("disputes", "settings", "set", "--rule", "red_people=6").code == 0
    done = desk(
        "disputes", "add", "--type", "邻里", "--summary", "排水沟堵塞", "--party", "张三",
        "--party", "李四", "--people", "6",
    )  # fmt: skip
    assert done.code == 0, done.err
    shown = desk("disputes", "show", done.lines[-1], "--json")
    assert json.loads(shown.out)["level_code"] == "red"


def test_nothing_to_change_is_refused(desk: Run) -> None:
    _refused(desk, words=("--type", "--rule"))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--type", "邻里", "--type", "邻里"), ("纠纷类型", "重复")),
        (("--type", "邻" * 21), ("纠纷类型", "20")),
        (("--rule", "red_people=0"), ("red_people", "999")),
        (("--rule", "red_people=1000"), ("red_people", "999")),
        (("--rule", "orange_failed=3"), ("orange_failed", "橙", "红")),
        (("--rule", "red_people=abc"), ("red_people", "整数")),
        (("--rule", "orange_on_threats=maybe"), ("orange_on_threats", "true", "false")),
        (("--rule", "purple_people=3"), ("purple_people", "red_people")),
        (("--rule", "red_people"), ("NAME=VALUE",)),
        (("--level-days", "0"), ("每级调解时限", "90")),
        (("--level-days", "十五"), ("--level-days",)),
        (("--committee", "东" * 41), ("调解委员会", "40")),
        (("--committee", "东河村\u202e调委会"), ("调解委员会",)),
        (("--type", "邻里", "--committee", "东河\x07村"), ("--committee",)),
    ],
)
def test_bad_input_is_refused_in_chinese_and_nothing_is_written(
    desk: Run, args: tuple[str, ...], words: tuple[str, ...]
) -> None:
    _refused(desk, *args, words=words)


def test_the_printed_agreement_is_sealed_by_the_committee_set(
    desk: Run, data_dir: Path, tmp_path: Path
) -> None:
    need_poppler()
    numbers = fill_folder(data_dir)

    def agreement(name: str) -> str:
        pdf = tmp_path / f"{name}.pdf"
        args = ("--paper", "agreement", "--out", str(pdf))
        result = desk("print", "dispute-papers", numbers.written, *args)
        assert result.code == 0, result.err
        return re.sub(r"\s+", "", tool("pdftotext", pdf, "-"))

    assert "东河村人民调解委员会" in agreement("derived")
    assert desk("disputes", "settings", "set", "--committee", COMMITTEE).code == 0
    assert COMMITTEE in agreement("set")
