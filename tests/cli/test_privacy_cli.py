"""``villagedesk privacy export|retention``: an ambiguous name is refused with the candidates
masked (no ID number in full anywhere), one person's export is written and logged as an
EXPORT entry, and the retention setting is shown, changed and checked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.cli.helpers import Run
from tests.core.privacy.seed import ID_NUMBER, NAME, SPOUSE_ID, seed
from tests.exchange.roster_files import RESIDENT_HEADERS, ZHANG, resident_rows, write_csv
from tests.reports.printing_support import joined, need_poppler
from tests.reports.printing_support import run as tool
from villagedesk.core.households import services as hs
from villagedesk.core.households.resident import ResidentDraft
from villagedesk.store.station_store import open_station_store


@pytest.fixture
def village(station: Run, data_dir: Path, zh: None) -> Run:
    store = open_station_store(data_dir, now=datetime(2026, 5, 20, 10, 0))
    try:
        seeded = seed(store)
        twin = ResidentDraft(name=NAME, id_number="210503194910011133", relation="son")
        hs.add_resident(
            store.uow_factory(),
            household_id=seeded.linked_household_id,
            draft=twin,
            today=datetime(2026, 5, 20).date(),
        )
    finally:
        store.close()
    return station


def test_an_ambiguous_name_is_refused_masked(village: Run, tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    result = village("privacy", "export", "--person", NAME, "--out", str(out))
    assert result.code == 2
    assert "2人相符" in result.err
    assert "210503********1467" in result.err and "210503********1133" in result.err
    for number in (ID_NUMBER, "210503194910011133", SPOUSE_ID):
        assert number not in result.err + result.out
    assert not out.exists()


def test_one_person_is_exported_and_logged(village: Run, tmp_path: Path) -> None:
    need_poppler()
    out = tmp_path / "p.pdf"
    result = village("privacy", "export", "--person", ID_NUMBER, "--out", str(out))
    assert result.code == 0, result.err
    flat = joined(tool("pdftotext", out, "-"))
    assert ID_NUMBER in flat and SPOUSE_ID not in flat
    log = village("audit", "list")
    assert log.code == 0
    exports = [line for line in log.lines if "个人信息导出" in line]
    assert len(exports) == 1 and "residents" in exports[0]


def test_nobody_matching_is_attention(village: Run, tmp_path: Path) -> None:
    result = village("privacy", "export", "--person", "查无此人", "--out", str(tmp_path / "x.pdf"))
    assert result.code == 1


def test_retention_show_set_due(village: Run) -> None:
    assert "36个月" in village("privacy", "retention", "show").out
    assert village("privacy", "retention", "set", "--months", "0").code == 0
    assert "永久保存" in village("privacy", "retention", "show").out
    assert village("privacy", "retention", "set", "--months", "5000").code == 2
    due = village("privacy", "retention", "due")
    assert due.code == 0 and "没有保存超过期限的人员" in due.out


def test_a_person_an_import_created_is_said_so_in_their_copy(
    station: Run, tmp_path: Path, zh: None
) -> None:
    need_poppler()
    roster = write_csv(tmp_path / "居民.csv", [RESIDENT_HEADERS, *resident_rows()], "gbk")
    assert station("import", "residents", str(roster)).code == 0
    out = tmp_path / "p.pdf"
    result = station("privacy", "export", "--person", ZHANG, "--out", str(out))
    assert result.code == 0, result.err
    flat = joined(tool("pdftotext", out, "-"))
    assert "导入新建，各项的值即导入文件中的值" in flat
