"""``villagedesk requests lists [--json]`` and ``requests lists set``: the station's sources and
categories shown and replaced; a refused list is explained in Chinese, exit 2, nothing written;
a request recorded before keeps the name it was given."""

from __future__ import annotations

import json

import pytest

from tests.cli.helpers import Run
from villagedesk.core.requests.model import DEFAULT_CATEGORIES, DEFAULT_CHANNELS


@pytest.fixture
def desk(station: Run, zh: None) -> Run:
    return station


def _lists(run: Run) -> dict[str, list[object]]:
    shown = run("requests", "lists", "--json")
    assert shown.code == 0, shown.err
    data: dict[str, list[object]] = json.loads(shown.out)
    return data


def test_a_new_station_shows_the_default_lists(desk: Run) -> None:
    data = _lists(desk)
    assert data["channels"] == [{"name": c.name, "ticket": c.ticket} for c in DEFAULT_CHANNELS]
    assert data["categories"] == list(DEFAULT_CATEGORIES)
    text = desk("requests", "lists")
    assert text.code == 0
    assert "来源渠道：" in text.lines and "分类：" in text.lines
    assert "  12345转办（需填写转办单号）" in text.lines
    assert "  走访" in text.lines


def test_set_replaces_a_list_in_order_and_keeps_the_other(desk: Run) -> None:
    done = desk(
        "requests", "lists", "set",
        "--channel", "信访转办:转办", "--channel", "走访", "--channel", "电话：转办",
    )  # fmt: skip
    assert done.code == 0, done.err
    assert "已保存" in done.out
    data = _lists(desk)
    assert data["channels"] == [
        {"name": "信访转办", "ticket": True},
        {"name": "走访", "ticket": False},
        {"name": "电话", "ticket": True},
    ]
    assert data["categories"] == list(DEFAULT_CATEGORIES)
    assert desk("requests", "lists", "set", "--category", "养老", "--category", "其他").code == 0
    assert _lists(desk)["categories"] == ["养老", "其他"]


def test_a_new_category_can_be_given_to_a_request_and_the_request_keeps_it(desk: Run) -> None:
    assert desk("requests", "lists", "set", "--category", "养老服务").code == 0
    added = desk(
        "requests", "add", "--type", "求助", "--content", "老人需要助餐", "--category", "养老服务"
    )
    assert added.code == 0, added.err
    number = added.lines[-1]
    assert desk("requests", "lists", "set", "--category", "其他").code == 0
    shown = desk("requests", "show", number, "--json")
    assert shown.code == 0, shown.err
    assert "养老服务" in shown.out


def test_a_duplicate_or_an_overlong_name_is_refused_in_chinese_and_nothing_written(
    desk: Run,
) -> None:
    before = _lists(desk)
    refused = desk(
        "requests", "lists", "set", "--channel", "走访", "--channel", "走访",
        "--category", "一" * 21,
    )  # fmt: skip
    assert refused.code == 2
    assert "来源渠道（--channel）：列表中有重复的项。" in refused.err
    assert "分类（--category）：每一项为 1 到 20 个字。" in refused.err
    assert "Traceback" not in refused.err
    assert _lists(desk) == before


def test_set_without_a_list_or_with_an_empty_name_is_refused(desk: Run) -> None:
    before = _lists(desk)
    nothing = desk("requests", "lists", "set")
    assert nothing.code == 2 and "--channel" in nothing.err
    empty = desk("requests", "lists", "set", "--category", " ")
    assert empty.code == 2 and "每一项为 1 到 20 个字" in empty.err
    bad = desk("requests", "lists", "set", "--category", "土\x07地")
    assert bad.code == 2 and "无法保存" in bad.err
    assert _lists(desk) == before
