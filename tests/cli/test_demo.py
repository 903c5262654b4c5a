"""``villagedesk demo``."""

from __future__ import annotations

from tests.cli.helpers import Run


def test_demo_fills_an_empty_data_folder_with_a_station_and_members(run: Run) -> None:
    result = run("demo", "--members", "200", "--seed", "7")
    assert result.code == 0
    assert result.lines[0] == "已设置演示服务站：沂源县鲁村镇东河村党群服务站"
    assert result.lines[1].startswith("演示数据已生成：党员 200 名")
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
