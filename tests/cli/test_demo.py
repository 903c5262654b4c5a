"""``villagedesk demo``."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

from tests.cli.helpers import Run
from villagedesk.core.requests.state import RequestState
from villagedesk.core.search import parse_search
from villagedesk.store.station_store import open_station_store


def test_demo_fills_an_empty_data_folder_with_a_station_and_members(run: Run, zh: None) -> None:
    result = run("demo", "--members", "200", "--seed", "7", "--requests", "0")
    assert result.code == 0
    assert result.lines[0] == "已设置演示服务站：沂源县鲁村镇东河村党群服务站"
    assert result.lines[1].startswith("演示数据已生成：党员 200 名")
    assert len(result.lines) == 2  # no requests asked for, none made
    # stderr is not a terminal here: no redrawn bar, only the final line.
    assert "\r" not in result.err
    assert result.err.strip().endswith("100% 200/200")
    assert run("station", "show").code == 0
    # Members transferred out or deceased are found too: the search covers everyone.
    assert len(run("members", "search", "").lines) == 200


def test_demo_keeps_an_existing_station(station: Run) -> None:
    result = station("demo", "--members", "200")
    assert result.code == 0
    assert not any("演示服务站" in line for line in result.lines)
    assert "服务站名称：东河村党群服务站" in station("station", "show").lines


def test_demo_refuses_a_station_that_has_members(run: Run) -> None:
    assert run("demo", "--members", "200").code == 0
    result = run("demo", "--members", "200")
    assert result.code == 2
    assert "已有党员" in result.err
    assert len(run("members", "search", "").lines) == 200


def test_demo_needs_at_least_one_member(run: Run) -> None:
    result = run("demo", "--members", "0")
    assert result.code == 2
    assert result.out == ""
    assert run("station", "show").code == 1


def test_a_member_count_that_is_not_a_number_is_a_usage_error(run: Run) -> None:
    result = run("demo", "--members", "many")
    assert result.code == 2
    assert "参数 --members：无效的值 'many'" in result.err


def test_the_demo_says_how_many_of_its_members_the_roll_lists(
    run: Run, zh: None, data_dir: Path
) -> None:
    """The demo's "已生成 300 名" and the roll's "共 289 人" agree: the line names the others."""
    result = run("demo", "--members", "300")
    assert result.code == 0
    line = result.lines[-3]
    found = re.search(r"在册 (\d+) 名，已转出 (\d+) 名，已去世 (\d+) 名", line)
    assert found is not None, line
    on_roll, out, dead = (int(n) for n in found.groups())
    assert on_roll + out + dead == 300 and out + dead > 0
    store = open_station_store(data_dir, now=datetime.now())
    try:  # what the roll shows as "共 N 人"
        assert len(store.member_reader.search_ids(parse_search(""))) == on_roll
    finally:
        store.close()


def test_demo_refuses_an_absurd_number_of_members(run: Run, zh: None) -> None:
    result = run("demo", "--members", "999999999999")
    assert result.code == 2
    assert "演示数据最多 200,000 名党员" in result.err
    assert run("station", "show").code == 1


def test_demo_makes_a_year_of_requests_that_the_start_page_counts(run: Run, zh: None) -> None:
    result = run("demo", "--members", "80")
    assert result.code == 0
    assert result.lines[-2] == "演示民情诉求已生成：过去一年共 100 件，涵盖各种办理状态。"
    made = re.fullmatch(
        r"演示矛盾纠纷已生成：过去一年共 (\d+) 件，涵盖各种类型、预警等级和调解结果。",
        result.lines[-1],
    )
    assert made is not None
    assert len(json.loads(run("disputes", "list", "--json").out)) == int(made.group(1)) > 0
    assert result.err.strip().endswith("正在创建演示民情诉求… [" + "#" * 30 + "] 100% 100/100")
    shown = json.loads(run("requests", "list", "--json").out)
    assert len(shown) == 100
    assert len({r["state"] for r in shown}) == len(RequestState)
    assert run("requests", "list", "--due", "today").lines
    assert run("requests", "list", "--due", "overdue").lines
    check = run("check")
    assert check.code == 0, check.out
    assert check.lines[-1] == "所有记录都符合规则。"


def test_demo_takes_the_number_of_requests(run: Run) -> None:
    assert run("demo", "--members", "30", "--requests", "12").code == 0
    assert len(json.loads(run("requests", "list", "--json").out)) == 12


def test_demo_refuses_an_absurd_number_of_requests(run: Run, zh: None) -> None:
    result = run("demo", "--requests", "-1")
    assert result.code == 2
    assert "演示民情诉求应在 0 到 20,000 件之间" in result.err
    assert run("station", "show").code == 1
