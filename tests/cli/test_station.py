"""``villagedesk station init|show``."""

from __future__ import annotations

from tests.cli.helpers import STATION, Run


def test_show_without_a_station_says_so_and_exits_1(run: Run) -> None:
    result = run("station", "show")
    assert result.code == 1
    assert result.out == ""
    assert "尚未设置服务站" in result.err


def test_init_then_show_prints_the_details_in_chinese(run: Run) -> None:
    init = run(*STATION)
    assert init.code == 0
    assert "服务站已设置：东河村党群服务站（370323104203）" in init.out
    show = run("station", "show")
    assert show.code == 0
    assert show.lines == [
        "服务站名称：东河村党群服务站",
        "行政区划代码：370323104203",
        "层级：村（社区）",
        "联系人：王秀英",
        "联系电话：139****1234",
    ]


def test_bad_details_list_every_problem_and_change_nothing(run: Run) -> None:
    result = run(
        "station", "init", "--name", " ", "--code", "1234", "--level", "township", "--phone", "12"
    )
    assert result.code == 2
    assert result.out == ""
    fields = [line.split("：", 1)[0] for line in result.err.splitlines()]
    assert fields == ["服务站名称", "行政区划代码", "联系电话"]
    assert run("station", "show").code == 1


def test_updating_keeps_details_that_are_left_out(station: Run) -> None:
    result = station(
        "station",
        "init",
        "--name",
        "东河社区党群服务站",
        "--code",
        "370323104203",
        "--level",
        "group",
    )
    assert result.code == 0
    assert "服务站信息已保存" in result.out
    show = station("station", "show").lines
    assert "服务站名称：东河社区党群服务站" in show
    assert "层级：村民小组" in show
    assert "联系人：王秀英" in show


def test_unknown_level_is_a_usage_error_in_chinese(run: Run) -> None:
    result = run("station", "init", "--name", "x", "--code", "370323104203", "--level", "city")
    assert result.code == 2
    assert "用法：" in result.err
    assert "错误" in result.err and "'city'" in result.err


def test_missing_options_are_a_usage_error(run: Run) -> None:
    result = run("station", "init", "--name", "x")
    assert result.code == 2
    assert "缺少必填参数：--code, --level" in result.err
