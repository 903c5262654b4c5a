"""``villagedesk export members|residents|households FILE.xlsx [--search TEXT]``."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.helpers import Run
from villagedesk.core.import_template import MEMBER_TEMPLATE, RESIDENT_TEMPLATE


@pytest.fixture
def demo(station: Run) -> Run:
    assert station("demo", "--members", "40").code == 0
    return station


def table(path: Path) -> list[list[object]]:
    ws = load_workbook(path).worksheets[0]
    return [[c.value for c in row] for row in ws.iter_rows()]


def members_listed(run: Run, text: str = "") -> list[list[str]]:
    result = run("members", "search", text)
    return [line.split("\t") for line in result.lines]


def test_members_export_every_field_unmasked_in_the_template_layout(
    demo: Run, tmp_path: Path
) -> None:
    path = tmp_path / "党员.xlsx"
    result = demo("export", "members", str(path))
    assert result.code == 0, result.err
    rows = table(path)
    assert rows[0] == [f.header for f in MEMBER_TEMPLATE]
    ids = {r[1] for r in rows[1:]}
    listed = members_listed(demo)
    on_roll = {r[1] for r in listed if r[5] in ("在册", "On the roll")}
    assert ids == on_roll and len(ids) == len(rows) - 1
    assert all(isinstance(i, str) and len(i) == 18 and "*" not in i for i in ids)
    assert str(len(rows) - 1) in result.out


def test_search_narrows_the_export(demo: Run, tmp_path: Path) -> None:
    name, id_number = members_listed(demo)[0][:2]
    path = tmp_path / "one.xlsx"
    assert demo("export", "members", str(path), "--search", id_number).code == 0
    rows = table(path)
    assert [(r[0], r[1]) for r in rows[1:]] == [(name, id_number)]


def test_residents_come_household_by_household_head_first(demo: Run, tmp_path: Path) -> None:
    path = tmp_path / "居民.xlsx"
    assert demo("export", "residents", str(path)).code == 0
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
