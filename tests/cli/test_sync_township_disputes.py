"""``villagedesk sync township-disputes``: the township lists its villages' 红 and 橙 disputes,
red first, takes one over (包案), and the village's receipt import names who took it over."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import STATION
from tests.cli.test_sync_village_cli import TOWNSHIP, Stations

VILLAGE = "370323104203"


@pytest.fixture
def st(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Stations:
    s = Stations(tmp_path, capsys)
    assert s.village(*STATION).code == 0
    assert s.township(*TOWNSHIP).code == 0
    enrol = s.usb / "town.vdenrol"
    assert s.township("sync", "enrol-file", "--out", str(enrol)).code == 0
    fp = s.township("sync", "fingerprint").out.strip()
    assert s.village("sync", "enrol", str(enrol), "--accept", fp).code == 0
    return s


def _add(st: Stations, *extra: str) -> str:
    args = ("--party", "张三", "--party", "李四", "--type", "邻里", "--summary", "排水沟纠纷")
    r = st.village("disputes", "add", *args, *extra)
    assert r.code == 0, r.err
    return r.lines[-1]


def _send(st: Stations) -> None:
    r = st.village("sync", "export", "--out", str(st.usb))
    assert r.code == 0, r.err
    fp = st.village("sync", "fingerprint").out.strip()
    imported = st.township("sync", "import", r.out.strip(), "--accept", fp)
    assert imported.code == 0, imported.err


def _listed(st: Stations) -> list[dict[str, object]]:
    r = st.township("sync", "township-disputes", "list", "--json")
    assert r.code == 0, r.err
    listed: list[dict[str, object]] = json.loads(r.out)
    return listed


def test_the_township_takes_a_red_dispute_over_and_the_village_hears_of_it(
    st: Stations, zh: None
) -> None:
    _add(st)  # 黄: not on the township's list
    orange = _add(st, "--failed-mediations", "2")
    red = _add(st, "--risk", "民转刑风险")
    _send(st)
    listed = _listed(st)
    assert [(d["number"], d["level"]) for d in listed] == [(red, "红"), (orange, "橙")]
    assert listed[0]["parties"] == ["张三", "李四"] and listed[0]["take_over"] is None
    table = st.township("sync", "township-disputes", "list")
    assert table.lines[0].split("\t") == [
        "红",
        "东河村党群服务站",
        red,
        "张三、李四",
        "村调委会",
        "-",
        "未包案",
    ]

    r = st.township("sync", "township-disputes", "take-over", VILLAGE, red, "--by", "张镇长")
    assert r.code == 0, r.err
    r = st.township("sync", "township-disputes", "take-over", VILLAGE, red, "--by", "王副镇长")
    assert r.code == 0 and "此前的包案人 张镇长 已被替换" in r.out
    taken = _listed(st)[0]["take_over"]
    assert isinstance(taken, dict) and (taken["by"], taken["sent"]) == ("王副镇长", False)

    r = st.township("sync", "receipt", "--village", VILLAGE, "--out", str(st.usb))
    assert r.code == 0, r.err
    receipt = r.out.strip()
    imported = st.village("sync", "import", receipt)
    assert imported.code == 0, imported.err
    assert "1 件矛盾纠纷已由乡镇包案" in imported.out
    shown = json.loads(st.village("disputes", "show", red, "--json").out)
    assert "王副镇长" in json.dumps(shown, ensure_ascii=False)
    assert _listed(st)[0]["take_over"] == {"by": "王副镇长", "at": taken["at"], "sent": True}

    again = st.village("sync", "import", receipt)
    assert again.code == 0 and "包案" not in again.out


def test_a_take_over_it_cannot_place_is_refused_and_nothing_is_written(st: Stations) -> None:
    red = _add(st, "--risk", "民转刑风险")
    _send(st)
    r = st.township(
        "sync", "township-disputes", "take-over", VILLAGE, "DH-调-2026-0999", "--by", "王"
    )
    assert r.code == 2 and "DH-调-2026-0999" in r.err
    r = st.township("sync", "township-disputes", "take-over", VILLAGE, red, "--by", " ")
    assert r.code == 2 and "--by" in r.err
    assert _listed(st)[0]["take_over"] is None
    at_village = st.village("sync", "township-disputes", "list")
    assert at_village.code == 2
