"""``villagedesk sync township-audit list``: the township sees who changed what in a village's
sensitive registers once the village's package brought its audit log, and the import says the
log continues (操作日志连续)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from tests.cli.helpers import STATION
from tests.cli.test_requests_excel_cli import _ledger
from tests.cli.test_sync_township_disputes import VILLAGE, _add
from tests.cli.test_sync_village_cli import TOWNSHIP, Stations


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


def test_the_township_lists_the_villages_dispute_changes(st: Stations, zh: None) -> None:
    assert st.township("sync", "township-audit", "list").code == 0  # nothing yet, no error
    _add(st)
    r = st.village("sync", "export", "--out", str(st.usb))
    assert r.code == 0, r.err
    fp = st.village("sync", "fingerprint").out.strip()
    imported = st.township("sync", "import", r.out.strip(), "--accept", fp)
    assert imported.code == 0, imported.err
    assert "操作日志连续" in imported.out

    listed = st.township("sync", "township-audit", "list", "--village", VILLAGE, "--json")
    assert listed.code == 0, listed.err
    changes = json.loads(listed.out)
    disputes = [c for c in changes if c["record_type"] == "disputes"]
    assert len(disputes) == 1
    assert disputes[0]["account"] == "免登录" and disputes[0]["village"] == VILLAGE
    assert ["summary", None, "排水沟纠纷"] in disputes[0]["fields"]
    assert {c["record_type"] for c in changes} <= {
        "disputes",
        "dispute_parties",
        "dispute_households",
        "dispute_events",
    }
    table = st.township("sync", "township-audit", "list")
    assert any("免登录\t管理员\t" in line for line in table.lines)
    assert st.township("sync", "township-audit", "list", "--village", "999").out == ""


def test_a_village_station_is_told_this_is_the_townships(st: Stations, zh: None) -> None:
    r = st.village("sync", "township-audit", "list")
    assert r.code == 2


def test_requests_a_village_imported_reach_the_township_said_so(
    st: Stations, zh: None, tmp_path: Path
) -> None:
    ledger = _ledger(
        tmp_path / "台账.xlsx",
        [[1, datetime(2026, 10, 8), "走访", "王大爷", "", "求助", "屋顶漏雨", "张文书"]],
    )
    assert st.village("import", "requests", str(ledger)).code == 0
    r = st.village("sync", "export", "--out", str(st.usb))
    assert r.code == 0, r.err
    fp = st.village("sync", "fingerprint").out.strip()
    assert st.township("sync", "import", r.out.strip(), "--accept", fp).code == 0
    listed = st.township("sync", "township-audit", "list", "--village", VILLAGE, "--json")
    requests = [c for c in json.loads(listed.out) if c["record_type"] == "requests"]
    assert len(requests) == 1 and requests[0]["listed"] and requests[0]["fields"] == []
    table = st.township("sync", "township-audit", "list", "--village", VILLAGE)
    assert any("导入新建，各项的值即导入文件中的值" in line for line in table.lines)
