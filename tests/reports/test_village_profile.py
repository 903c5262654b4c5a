"""村情档案 on paper: one A4 page with the title, the day, the totals, every group row (the long
group name whole), 未分组 and 未关联户, the 合计 row and the relief groups, in Chinese; a village
of 40 groups still fits one page at a smaller size (never under 6 pt); one too large for any
size prints in full and says so, never a silent cut."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.core.requests.support import CLOCK
from tests.reports.printing_support import (
    joined,
    need_poppler,
    page_texts,
    pages,
    run,
    smallest_text,
)
from tests.reports.zh import zh
from tests.store.conftest import NOW, STATION
from tests.store.village_profile.seed import LONG_GROUP, seed
from villagedesk.core.village_profile.model import (
    DisputeColours,
    GroupFigures,
    ReliefFigures,
    VillageProfile,
    totals_of,
)
from villagedesk.print_sources_profile import profile_sheet
from villagedesk.reports.village_profile import write_village_profile
from villagedesk.store.station_store import StationStore, open_station_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[StationStore]:
    s = open_station_store(tmp_path / "data", now=NOW)
    with s.uow_factory() as uow:
        uow.station.save(STATION)
        uow.commit()
    yield s
    s.close()


def test_the_sheet_is_one_page_with_every_figure(store: StationStore, tmp_path: Path) -> None:
    need_poppler()
    seed(store)
    pdf = tmp_path / "profile.pdf"
    profile = profile_sheet(store, clock=CLOCK)
    assert write_village_profile(pdf, profile=profile, translate=zh) == []
    assert pages(pdf) == 1
    flat = joined(run("pdftotext", pdf, "-"))
    assert "东河村村情档案" in flat and "截至2026.05.20" in flat
    assert LONG_GROUP in flat
    for head in ("村民小组", "户数", "人口", "党员", "救助对象", "未办结诉求", "红", "橙", "黄"):
        assert head in flat
    rows = {
        line.split()[0]: line.split()[1:]
        for line in page_texts(pdf)[0].splitlines()
        if line.split()
    }
    # households, residents, members, relief, open requests, red, orange, yellow
    assert rows["1组"] == ["2", "3", "1", "2", "2", "1", "1", "0"]
    assert rows["2组"] == ["1", "1", "0", "0", "0", "1", "0", "0"]
    assert rows["未分组"] == ["1", "1", "0", "0", "0", "0", "0", "1"]
    assert rows["未关联户"] == ["0", "0", "0", "0", "1", "0", "1", "0"]
    assert rows["合计"] == ["5", "6", "2", "3", "3", "1", "2", "1"]  # each dispute once
    assert "低保对象2" in flat


def _village(groups: int) -> VillageProfile:
    rows = tuple(
        GroupFigures(
            f"{i}组" if i % 7 else f"{i}组{LONG_GROUP}",
            households=30 + i,
            residents=90 + i,
            members=i % 9,
            relief_residents=i % 5,
            open_requests=i % 4,
            disputes=DisputeColours(i % 2, i % 3, 0),
        )
        for i in range(1, groups + 1)
    )
    totals = totals_of(rows, members=200, disputes=DisputeColours(3, 4, 5))
    relief = tuple(ReliefFigures(f"救助群体{i}", i) for i in range(11))
    return VillageProfile("东河村党群服务站", "东河村", date(2026, 5, 20), totals, rows, relief)


def test_forty_groups_still_fit_one_page(tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "forty.pdf"
    assert write_village_profile(pdf, profile=_village(40), translate=zh) == []
    assert pages(pdf) == 1
    assert smallest_text(pdf) >= 5.5  # text boxes of 6 pt type, at the least
    flat = joined(run("pdftotext", pdf, "-"))
    assert "40组" in flat and f"35组{LONG_GROUP}" in flat


def test_a_village_too_large_for_one_page_is_reported(tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "huge.pdf"
    problems = write_village_profile(pdf, profile=_village(120), translate=zh)
    assert pages(pdf) > 1
    assert any(p.is_fit and "120" in p.detail for p in problems)
    assert "120组" in joined(run("pdftotext", pdf, "-"))  # printed in full
