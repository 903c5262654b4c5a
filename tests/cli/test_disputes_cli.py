"""``villagedesk disputes …``: a dispute from 排查 to 销号 through the command line, with the
window's rules; ``show --json`` says where it stands after every step (its colour and the
reasons beside it, its rung, its state); a refused step exits 2 in Chinese with nothing
written; parties are found on the rolls by ID number or by a name only one person has."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.cli.helpers import Result, Run
from tests.store.conftest import id_number
from villagedesk.cli.commands import disputes_commands, requests_commands
from villagedesk.core.clock import FixedClock
from villagedesk.core.disputes.state import DisputeState
from villagedesk.core.households import services as hs
from villagedesk.core.households.model import HouseholdDraft
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.core.requests.timing import STATION_TZ
from villagedesk.store.station_store import open_station_store

NUMBER = re.compile(r"^[A-Z]{2,4}-调-\d{4}-\d{4}$")
LONG_DIGITS = re.compile(r"\d{11,}")
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=STATION_TZ)  # a Friday
LATER = datetime(2026, 12, 1, 10, 0, tzinfo=STATION_TZ)
LONG_NAME = "阿不都热合曼·买买提"
ID_NUMBER = id_number(date(1958, 3, 15), 2)
PHONE = "13812345678"

JsonObject = dict[str, object]


@pytest.fixture
def desk(station: Run, zh: None, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """A station with two residents (张桂兰, known by her ID number, and 阿不都热合曼·买买提,
    by his name) whose command line reads the time from a clock stopped at :data:`NOW`."""
    store = open_station_store(data_dir, now=NOW.replace(tzinfo=None))
    try:
        f = store.uow_factory
        household = hs.create_household(f(), draft=HouseholdDraft(address="东河村3组12号")).id
        for name, number, phone in (
            ("张桂兰", ID_NUMBER, PHONE),
            (LONG_NAME, id_number(date(1970, 1, 2), 13), ""),
        ):
            person = ResidentDraft(name=name, id_number=number, relation="other", phone=phone)
            hs.add_resident(f(), household_id=household, draft=person, today=NOW.date())
    finally:
        store.close()
    monkeypatch.setattr(disputes_commands, "CLOCK", FixedClock(NOW))
    return station


def _ok(result: Result) -> None:
    assert result.code == 0, (result.out, result.err)
    assert ID_NUMBER not in result.out and PHONE not in result.out


def _refused(result: Result, *words: str) -> None:
    """Exit 2, the reason on stderr in Chinese, nothing on stdout, no traceback or number."""
    assert result.code == 2, (result.out, result.err)
    assert result.out == ""
    assert re.search(r"[\u4e00-\u9fff]", result.err), result.err
    assert "Traceback" not in result.err
    assert not LONG_DIGITS.search(result.err), result.err
    for word in words:
        assert word in result.err, result.err


def _add(run: Run, *extra: str) -> str:
    done = run("disputes", "add", "--type", "邻里", "--summary", "排水沟堵塞，雨水流进院子", *extra)
    _ok(done)
    assert NUMBER.match(done.lines[-1]), done.out
    return done.lines[-1]


def _show(run: Run, number: str) -> JsonObject:
    shown = run("disputes", "show", number, "--json")
    _ok(shown)
    data = json.loads(shown.out)
    assert isinstance(data, dict)
    return data


def _history(data: JsonObject) -> list[object]:
    history = data["history"]
    assert isinstance(history, list)
    return [step["action"] for step in history]


def test_a_dispute_from_screening_to_closing(desk: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    number = _add(desk, "--party", ID_NUMBER, "--party", LONG_NAME, "--party", "李大山",
                  "--role", "申请人", "--role", "被申请人", "--failed-mediations", "1",
                  "--owner", "王主任")  # fmt: skip
    data = _show(desk, number)
    assert (data["level"], data["level_reasons"]) == ("黄", [])
    assert (data["rung"], data["state"]) == ("村（居）调解委员会", "调解中")
    assert data["level_due"] == "2026-12-07" and data["case_due"] == "2026-12-21"
    parties = data["parties"]
    assert isinstance(parties, list)
    assert [(p["name"], p["role"], p["kind"]) for p in parties] == [
        ("张桂兰", "申请人", "resident"),
        (LONG_NAME, "被申请人", "resident"),
        ("李大山", "其他", "named"),
    ]
    assert parties[0]["phone"] == "138****5678"
    assert parties[0]["id_number"] not in ("", ID_NUMBER)

    said = ("--said", "双方各执己见", "--result", "调解未果", "--present", "张桂兰", "李大山")
    _ok(desk("disputes", "session", number, "--mediator", "王主任", "--mediator", "李书记", *said))
    data = _show(desk, number)
    assert (data["level"], data["level_reasons"]) == ("橙", ["调解未果 2 次"])
    assert data["escalation_offer"] == ["最近一次调解未果。"]
    _ok(desk("disputes", "session", number, "--mediator", "王主任", *said))
    data = _show(desk, number)
    assert (data["level"], data["level_reasons"]) == ("红", ["调解未果 3 次"])

    _ok(desk("disputes", "escalate", number, "--reason", "村里调解未果"))
    data = _show(desk, number)
    assert (data["rung"], data["level_due"], data["escalation_offer"]) == ("乡镇（街道）", None, [])

    _ok(desk("disputes", "settle", number, "--result", "达成书面协议", "--facts", "两家相邻",
             "--issues", "排水沟堵塞", "--terms", "李大山疏通排水沟", "--manner", "当场疏通",
             "--due", "2026-11-25"))  # fmt: skip
    data = _show(desk, number)
    assert data["state"] == "待履行" and data["performance_due"] == "2026-11-25"
    assert re.match(r"^（2026）[A-Z]{2,4}人调字第1号$", str(data["agreement_number"]))

    _ok(desk("disputes", "perform", number, "--result", "已履行"))
    assert _show(desk, number)["state"] == "待回访"
    monkeypatch.setattr(disputes_commands, "CLOCK", FixedClock(LATER))
    follow = ("disputes", "follow-up", number, "--performance", "已履行", "--satisfaction", "满意")
    _refused(desk(*follow, "--at", "2026-11-25 16:00"), "履行期限")  # not after the due day
    assert _show(desk, number)["state"] == "待回访"
    _ok(desk(*follow, "--at", "2026-11-26 09:00"))
    assert _show(desk, number)["state"] == "已回访"

    _ok(desk("disputes", "close", number))
    data = _show(desk, number)
    assert (data["state"], data["level"], data["shown_level"]) == ("已销号", "红", "绿")
    assert data["reopened"] == 0
    assert _history(data) == ["level", "session", "level", "session", "level", "escalate",
                              "settle", "perform", "follow_up", "close"]  # fmt: skip


def test_closing_before_the_follow_up_is_refused(desk: Run) -> None:
    number = _add(desk, "--party", "张三", "--party", "李四")
    _ok(desk("disputes", "settle", number, "--result", "调解不成", "--note", "已告知可起诉"))
    _refused(desk("disputes", "close", number), "待回访", "销号")
    data = _show(desk, number)
    assert _history(data) == ["level", "settle"] and data["state"] == "待回访"


def test_a_dispute_needs_two_parties_and_nothing_is_written(desk: Run) -> None:
    one = desk("disputes", "add", "--party", "张三", "--type", "邻里", "--summary", "吵架")
    _refused(one, "当事人", "至少有两名当事人")
    unknown = desk("disputes", "add", "--party", id_number(date(1990, 1, 1), 7),
                   "--party", "李四", "--type", "无此类型", "--summary", "吵架")  # fmt: skip
    _refused(unknown, "第 1 名当事人", "纠纷类型")
    assert json.loads(desk("disputes", "list", "--json").out) == []


def test_lowering_red_needs_a_reason(desk: Run) -> None:
    number = _add(desk, "--party", "张三", "--party", "李四", "--risk", "民转刑风险")
    data = _show(desk, number)
    assert (data["level"], data["level_reasons"]) == ("红", ["有民转刑风险"])
    _refused(desk("disputes", "level", number, "--to", "黄"), "降低红色预警必须写明理由")
    assert _history(_show(desk, number)) == ["level"]
    _ok(desk("disputes", "level", number, "--to", "橙", "--reason", "双方已初步和解"))
    data = _show(desk, number)
    assert (data["level"], data["level_manual"]) == ("橙", True)


def test_risk_words_and_the_list(desk: Run) -> None:
    red = _add(desk, "--party", "张三", "--party", "李四", "--risk", "上访苗头", "--people", "12")
    orange = _add(desk, "--party", "王五", "--party", "赵六", "--risk", "扬言报复", "持械")
    yellow = _add(desk, "--party", "孙七", "--party", "周八", "--risk", "涉及老弱病残")
    assert _show(desk, orange)["level_reasons"] == ["扬言报复", "持械"]
    assert _show(desk, red)["level_reasons"] == ["有重复访、越级访、集体访苗头", "涉及 12 人"]
    listed = json.loads(desk("disputes", "list", "--json").out)
    assert (listed[0]["number"], listed[0]["level"]) == (red, "红")
    assert {d["number"] for d in listed} == {red, orange, yellow}
    only = json.loads(desk("disputes", "list", "--level", "橙", "--json").out)
    assert [d["number"] for d in only] == [orange]
    lines = desk("disputes", "list", "--state", "调解中").lines
    assert len(lines) == 3 and lines[0].startswith(red + "\t红\t调解中")
    _refused(desk("disputes", "add", "--party", "甲", "--party", "乙", "--type", "邻里",
                  "--summary", "x", "--risk", "打架"), "扬言报复")  # fmt: skip
    _refused(desk("disputes", "list", "--level", "紫"), "--level")


def test_an_unkept_agreement_reopens_the_case(desk: Run) -> None:
    number = _add(desk, "--party", "张三", "--party", "李四")
    _refused(desk("disputes", "settle", number, "--result", "达成口头协议", "--terms", "赔偿"),
             "履行期限")  # fmt: skip
    assert _show(desk, number)["state"] == "调解中"
    _ok(desk("disputes", "settle", number, "--result", "达成口头协议", "--terms", "赔偿200元",
             "--due", "2026-11-30"))  # fmt: skip
    _ok(desk("disputes", "perform", number, "--result", "未履行"))
    data = _show(desk, number)
    assert (data["state"], data["reopened"], data["agreement_number"]) == ("调解中", 1, None)
    _ok(desk("disputes", "settle", number, "--result", "终止", "--note", "申请人撤回申请"))
    assert _show(desk, number)["state"] == "待回访"
    _ok(desk("disputes", "reopen", number, "--reason", "当事人再次申请"))
    assert _show(desk, number)["reopened"] == 2


def test_a_request_turned_into_a_dispute(desk: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(requests_commands, "CLOCK", FixedClock(NOW))
    made = desk("requests", "add", "--type", "求助", "--content", "邻居盖房占了过道",
                "--requester", ID_NUMBER)  # fmt: skip
    _ok(made)
    turned = desk("disputes", "from-request", made.lines[-1], "--party", "李大山")
    _ok(turned)
    data = _show(desk, turned.lines[-1])
    assert data["source"] == "诉求转入" and data["type"] == "其他"
    assert data["summary"] == "邻居盖房占了过道"
    parties = data["parties"]
    assert isinstance(parties, list)
    assert [(p["name"], p["role"]) for p in parties] == [
        ("张桂兰", "申请人"),
        ("李大山", "被申请人"),
    ]


def test_an_unknown_number_is_refused(desk: Run) -> None:
    _refused(desk("disputes", "show", "DHC-调-2026-0099"), "DHC-调-2026-0099")


def test_a_demo_station_has_disputes_in_every_state(run: Run, zh: None) -> None:
    assert run("demo", "--members", "60", "--requests", "20").code == 0
    shown = json.loads(run("disputes", "list", "--json").out)
    assert {d["state_code"] for d in shown} == {s.value for s in DisputeState}
    assert {d["level"] for d in shown} == {"黄", "橙", "红"}
    assert {d["shown_level"] for d in shown} == {"黄", "橙", "红", "绿"}
    assert any(d["escalation_offer"] for d in shown)  # a level's time ran out
    assert not any(LONG_DIGITS.search(json.dumps(d, ensure_ascii=False)) for d in shown)
    check = run("check")
    assert check.code == 0, check.out
