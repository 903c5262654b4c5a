"""``villagedesk requests …``: a request from 受理 to 销号 through the command line, with the
window's rules; ``show --json`` says where it stands after every step, and a refused step exits
2 in Chinese with nothing written and no traceback."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest

from tests.cli.helpers import Result, Run
from villagedesk.cli.commands import requests_commands
from villagedesk.core.clock import FixedClock
from villagedesk.core.id_number import check_character
from villagedesk.core.requests.timing import STATION_TZ

NUMBER = re.compile(r"^[A-Z]{2,4}-\d{4}-\d{4}$")
LONG_DIGITS = re.compile(r"\d{11,}")
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=STATION_TZ)  # a Friday, in a bundled year

JsonObject = dict[str, object]


@pytest.fixture
def desk(station: Run, zh: None, monkeypatch: pytest.MonkeyPatch) -> Run:
    """A station whose command line reads the time from a clock stopped at :data:`NOW`."""
    monkeypatch.setattr(requests_commands, "CLOCK", FixedClock(NOW))
    return station


def _add(run: Run, *extra: str, kind: str = "投诉", content: str = "村西路灯坏了三盏") -> str:
    done = run("requests", "add", "--type", kind, "--content", content, *extra)
    assert done.code == 0, done.err
    assert NUMBER.match(done.lines[-1]), done.out
    return done.lines[-1]


def _show(run: Run, number: str) -> JsonObject:
    shown = run("requests", "show", number, "--json")
    assert shown.code == 0, shown.err
    data = json.loads(shown.out)
    assert isinstance(data, dict)
    return data


def _actions(data: JsonObject) -> list[object]:
    history = data["history"]
    assert isinstance(history, list)
    return [step["action"] for step in history]


def _ok(result: Result) -> None:
    assert result.code == 0, (result.out, result.err)


def _refused(result: Result, *words: str) -> None:
    """Exit 2, the reason on stderr in Chinese, nothing on stdout, no traceback or number."""
    assert result.code == 2, (result.out, result.err)
    assert result.out == ""
    assert re.search(r"[\u4e00-\u9fff]", result.err), result.err
    assert "Traceback" not in result.err
    assert not LONG_DIGITS.search(result.err), result.err
    for word in words:
        assert word in result.err, result.err


def test_a_request_from_receipt_to_closing(desk: Run) -> None:
    number = _add(desk, "--requester", "张建国", "--phone", "13905331201", "--channel", "电话",
                  "--category", "基础设施", "--received", "2026-11-16 09:00")  # fmt: skip
    data = _show(desk, number)
    assert data["state"] == "unassigned" and data["state_label"] == "待分派"
    assert data["assignee"] is None and data["reopened"] == 0
    assert data["due"] == "2026-12-07"  # 投诉: 15 working days after the Monday of receipt
    assert data["due_estimated"] is False
    assert (data["type"], data["channel"], data["category"]) == ("complaint", "电话", "基础设施")
    assert data["requester"] == {"kind": "named", "name": "张建国", "phone": "139****1201"}

    _ok(desk("requests", "assign", number, "--to", "王主任", "--helper", "李会计"))
    data = _show(desk, number)
    assert (data["state"], data["assignee"], data["helpers"]) == (
        "awaiting_signature",
        "王主任",
        ["李会计"],
    )
    signed = desk("requests", "sign", number, "--by", "王主任")
    _ok(signed)
    assert "办理中" in signed.out
    assert _show(desk, number)["state"] == "in_progress"
    _ok(desk("requests", "record", number, "--text", "已联系电工，明日维修"))
    _ok(desk("requests", "reply", number, "--text", "路灯已修好"))
    data = _show(desk, number)
    assert data["state"] == "awaiting_follow_up" and data["replied_at"] == "2026-11-20T10:00"
    _ok(desk("requests", "follow-up", number, "--result", "已解决", "--satisfaction", "满意"))
    data = _show(desk, number)
    assert (data["state"], data["resolution"], data["satisfaction"]) == (
        "followed_up",
        "solved",
        "satisfied",
    )
    closed = desk("requests", "close", number)
    _ok(closed)
    assert "已销号" in closed.out
    data = _show(desk, number)
    assert data["state"] == "closed" and data["reopened"] == 0
    history = data["history"]
    assert isinstance(history, list)
    assert [step["action"] for step in history] == [
        "assign", "sign", "record_work", "reply", "follow_up", "close",
    ]  # fmt: skip
    assert history[3]["by"] == "王主任"  # the reply defaults to the person responsible


def test_closing_before_the_follow_up_is_refused_and_writes_nothing(desk: Run) -> None:
    number = _add(desk)
    _ok(desk("requests", "assign", number, "--to", "王主任"))
    _refused(desk("requests", "sign", number, "--by", "李会计"), "王主任")  # not the assignee
    _ok(desk("requests", "sign", number, "--by", "王主任"))
    before = _show(desk, number)
    _refused(desk("requests", "close", number), "回访")
    _ok(desk("requests", "reply", number, "--text", "已答复"))
    _refused(desk("requests", "close", number), "回访")
    after = _show(desk, number)
    assert after["state"] == "awaiting_follow_up"
    assert _actions(after) == [*_actions(before), "reply"]  # the refusals wrote nothing
    # a statement closes it only with the head who approved it
    _refused(desk("requests", "close", number, "--statement", "属上级权限"), "--approved-by")
    _ok(desk("requests", "close", number, "--statement", "属上级权限", "--approved-by", "刘站长"))
    assert _show(desk, number)["state"] == "closed"


def test_a_dissatisfied_follow_up_reopens_and_is_counted(desk: Run) -> None:
    number = _add(desk)
    for step in (
        ("assign", "--to", "王主任"),
        ("sign", "--by", "王主任"),
        ("reply", "--text", "已答复"),
    ):
        _ok(desk("requests", step[0], number, *step[1:]))
    followed = desk(
        "requests", "follow-up", number, "--result", "已解决", "--satisfaction", "不满意"
    )
    _ok(followed)
    data = _show(desk, number)
    assert data["state"] == "in_progress" and data["reopened"] == 1
    _refused(desk("requests", "close", number), "回访")
    _ok(desk("requests", "reply", number, "--text", "重新维修完毕"))
    _ok(desk("requests", "reopen", number, "--reason", "诉求人再次来电"))
    assert _show(desk, number)["reopened"] == 2
    _refused(desk("requests", "reopen", number, "--reason", "又一次"))  # it is being handled


def test_list_due_overdue_and_by_state(desk: Run) -> None:
    late = _add(desk, "--urgency", "紧急", "--received", "2026-11-20 07:00")  # 2 hours
    fresh = _add(desk, "--received", "2026-11-20 09:30")
    overdue = desk("requests", "list", "--due", "overdue")
    _ok(overdue)
    assert [line.split("\t")[0] for line in overdue.lines] == [late]
    assert overdue.lines[0].split("\t")[1] == "待分派"
    listed = json.loads(desk("requests", "list", "--json").out)
    assert [item["number"] for item in listed] == [fresh, late]  # newest first
    assert listed[1]["due"] == "2026-11-20T09:00"
    assert desk("requests", "list", "--due", "today", "--json").out.strip() == "[]"
    _ok(desk("requests", "assign", late, "--to", "王主任"))
    by_state = desk("requests", "list", "--state", "待签收")
    assert [line.split("\t")[0] for line in by_state.lines] == [late]
    _refused(desk("requests", "list", "--state", "办完了"), "待分派")
    _refused(desk("requests", "list", "--due", "tomorrow"), "--due")


def test_merge_closes_one_and_keeps_its_requester_on_the_other(desk: Run) -> None:
    first = _add(desk, "--requester", "张建国")
    second = _add(desk, "--requester", "李秀英")
    merged = desk("requests", "merge", first, "--into", second)
    _ok(merged)
    assert first in merged.out and second in merged.out
    gone, kept = _show(desk, first), _show(desk, second)
    assert gone["state"] == "merged" and gone["merged_into"] == second
    assert kept["state"] == "unassigned" and kept["co_requesters"] == ["张建国"]
    _refused(desk("requests", "merge", second, "--into", first))  # the merged one is closed
    _refused(desk("requests", "merge", second, "--into", second))


def test_a_member_named_by_id_number_is_the_requester(desk: Run) -> None:
    first17 = "37032319850712031"
    id_number = first17 + check_character(first17)
    added = desk("members", "add", "--name", "赵刚", "--id-number", id_number,
                 "--phone", "13905331202")  # fmt: skip
    _ok(added)
    number = _add(desk, "--requester", id_number)
    requester = _show(desk, number)["requester"]
    assert requester == {"kind": "member", "name": "赵刚", "phone": "139****1202"}
    nobody = "370323198507120" + "99" + check_character("37032319850712099")
    _refused(desk("requests", "add", "--type", "咨询", "--content", "问", "--requester", nobody))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--type", "咨", "--content", "问一下"), ("咨询",)),
        (("--type", "咨询", "--content", "  "), ("--content",)),
        (("--type", "咨询", "--content", "问", "--urgency", "很急"), ("紧急",)),
        (("--type", "咨询", "--content", "问", "--channel", "微信群"), ("微信群",)),
        (("--type", "咨询", "--content", "问", "--received", "2026-11-21 09:00"), ("--received",)),
        (("--type", "咨询", "--content", "问", "--received", "昨天"), ("--received",)),
        (("--type", "咨询", "--content", "问", "--requester", "13905331234"), ()),
        (("--type", "咨询", "--content", "问", "--channel", "12345转办"), ("--ticket",)),
        (("--type", "咨", "--content", " "), ("咨询", "--content")),  # all problems at once
    ],
)
def test_add_refuses_bad_input_and_writes_nothing(
    desk: Run, args: tuple[str, ...], words: tuple[str, ...]
) -> None:
    _refused(desk("requests", "add", *args), *words)
    assert desk("requests", "list", "--json").out.strip() == "[]"


def test_an_unknown_number_is_said_in_chinese(desk: Run) -> None:
    for args in (
        ("show", "DHC-2026-9999", "--json"),
        ("assign", "DHC-2026-9999", "--to", "王主任"),
        ("follow-up", "DHC-2026-9999", "--result", "已解决", "--satisfaction", "满意"),
        ("merge", "DHC-2026-9999", "--into", "DHC-2026-9998"),
    ):
        _refused(desk("requests", *args), "DHC-2026-9999")
    number = _add(desk)
    _refused(desk("requests", "show", number.lower() + "0"))
    assert _show(desk, number.lower())["number"] == number  # case does not matter
