"""``villagedesk export members|residents|households FILE.xlsx [--search TEXT]``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.helpers import Run
from villagedesk.core.importing.template import MEMBER_TEMPLATE, RESIDENT_TEMPLATE
from villagedesk.core.search import parse_search
from villagedesk.store.station_store import open_station_store


@pytest.fixture
def demo(station: Run) -> Run:
    assert station("demo", "--members", "40").code == 0
    return station


def table(path: Path) -> list[list[object]]:
    ws = load_workbook(path).worksheets[0]
    return [[c.value for c in row] for row in ws.iter_rows()]


def members_listed(data_dir: Path, *, on_roll: bool) -> list[tuple[str, str]]:
    """(name, full ID number) of the members, read from the store: ``members search`` masks
    the numbers it prints."""
    store = open_station_store(data_dir, now=datetime.now())
    try:
        reader = store.member_reader
        ids = reader.search_ids(parse_search(""), include_inactive=not on_roll)
        rows = reader.rows(ids, ["name", "id_number"])
        return [(rows[i][0], rows[i][1]) for i in ids]
    finally:
        store.close()


def test_members_export_every_field_unmasked_in_the_template_layout(
    demo: Run, tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "党员.xlsx"
    result = demo("export", "members", str(path), "--reason", "核对")
    assert result.code == 0, result.err
    rows = table(path)
    assert rows[0] == [f.header for f in MEMBER_TEMPLATE]
    ids = {r[1] for r in rows[1:]}
    on_roll = {id_number for _, id_number in members_listed(data_dir, on_roll=True)}
    assert ids == on_roll and len(ids) == len(rows) - 1
    assert all(isinstance(i, str) and len(i) == 18 and "*" not in i for i in ids)
    assert str(len(rows) - 1) in result.out


def test_search_narrows_the_export(demo: Run, tmp_path: Path, data_dir: Path) -> None:
    name, id_number = members_listed(data_dir, on_roll=True)[0]
    path = tmp_path / "one.xlsx"
    assert demo("export", "members", str(path), "--search", id_number, "--reason", "核对").code == 0
    rows = table(path)
    assert [(r[0], r[1]) for r in rows[1:]] == [(name, id_number)]


def test_residents_come_household_by_household_head_first(demo: Run, tmp_path: Path) -> None:
    path = tmp_path / "居民.xlsx"
    assert demo("export", "residents", str(path), "--reason", "核对").code == 0
    rows = table(path)
    headers = [f.header for f in RESIDENT_TEMPLATE]
    assert rows[0] == headers
    col = {h: i for i, h in enumerate(headers)}
    body = rows[1:]
    assert body
    seen: set[object] = set()
    previous = None
    for row in body:
        number = row[col["户号"]]
        if number != previous:
            assert number not in seen  # a household's people are together
            assert row[col["与户主关系"]] == "户主"
            assert row[col["户主公民身份号码"]] == row[col["公民身份号码"]]
            seen.add(number)
            previous = number


def test_households_export_the_household_register(demo: Run, tmp_path: Path) -> None:
    path = tmp_path / "户.xlsx"
    assert demo("export", "households", str(path)).code == 0
    rows = table(path)
    assert len(rows[0]) == 9  # every column of the village's register
    assert all(isinstance(r[4], int) and r[4] >= 1 for r in rows[1:])  # residents, a number


def test_a_wrong_name_or_folder_is_refused_and_nothing_written(demo: Run, tmp_path: Path) -> None:
    assert demo("export", "members", str(tmp_path / "x.csv")).code == 2
    assert demo("export", "members", str(tmp_path / "no" / "x.xlsx")).code == 2
    assert demo("export", "nothing", str(tmp_path / "x.xlsx")).code == 2
    assert list(tmp_path.glob("*.xlsx")) == []
