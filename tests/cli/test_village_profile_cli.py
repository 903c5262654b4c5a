"""``villagedesk profile show [--json]`` and ``villagedesk print profile --out FILE.pdf``: the
village profile's figures as the JSON contract names them, as text, and on one page."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from tests.cli.helpers import Run
from tests.reports.printing_support import joined, need_poppler, pages
from tests.reports.printing_support import run as tool
from tests.store.village_profile.seed import LONG_GROUP, seed
from villagedesk.store.station_store import open_station_store


@pytest.fixture
def village(station: Run, data_dir: Path, zh: None) -> Run:
    store = open_station_store(data_dir, now=datetime(2026, 5, 20, 10, 0))
    try:
        seed(store)
    finally:
        store.close()
    return station


def test_show_json_has_the_contract_fields(village: Run) -> None:
    result = village("profile", "show", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert set(data) >= {"station", "as_of", "totals", "groups", "relief"}
    assert data["station"]
    datetime.fromisoformat(data["as_of"])
    totals = data["totals"]
    assert {k: totals[k] for k in ("households", "residents", "members")} == {
        "households": 5,
        "residents": 6,
        "members": 3,
    }
    assert (totals["relief_residents"], totals["open_requests"]) == (3, 3)
    assert totals["open_disputes"] == {"red": 1, "orange": 2, "yellow": 1}
    groups = {g["name"]: g for g in data["groups"]}
    assert list(groups) == ["1组", "2组", LONG_GROUP, "未分组", "未关联户"]
    one = groups["1组"]
    assert {k: one[k] for k in ("households", "residents", "members", "relief_residents")} == {
        "households": 2,
        "residents": 3,
        "members": 1,
        "relief_residents": 2,
    }
    assert one["open_requests"] == 2 and one["disputes"] == {"red": 1, "orange": 1, "yellow": 0}
    assert groups["未关联户"]["disputes"] == {"red": 0, "orange": 1, "yellow": 0}
    relief = {r["name"]: r["residents"] for r in data["relief"]}
    assert relief["低保对象"] == 2 and relief["留守老人"] == 2


def test_show_as_text_names_the_groups(village: Run) -> None:
    result = village("profile", "show")
    assert result.code == 0, result.err
    assert "户数 5 · 人口 6 · 党员 3" in result.out
    assert any(line.split("\t")[:2] == ["1组", "2"] for line in result.lines)
    assert any(line.startswith("未关联户\t") for line in result.lines)


def test_print_profile_writes_one_page(village: Run, tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "profile.pdf"
    result = village("print", "profile", "--out", str(pdf))
    assert result.code == 0, result.err
    assert pages(pdf) == 1
    text = joined(tool("pdftotext", pdf, "-"))
    assert "村情档案" in text and LONG_GROUP in text
