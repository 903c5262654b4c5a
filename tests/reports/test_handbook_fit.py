"""Work handbooks of the long and rare people: the cover's branch on a second line, 基本情况 with
work unit and address wrapped in full beside a 25 × 35 mm photo box, the service log's two-line
header inside its column rules and its cells wrapped in full, the cover's colour off the fold and
inside what a printer can print."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reports.hard_people import BRANCH, hard_handbook, person
from tests.reports.printing_support import (
    MM,
    joined,
    need_poppler,
    page_texts,
    red_pixels,
    region_text,
    words,
)
from tests.reports.zh import zh
from villagedesk.reports import handbook_pages as hp
from villagedesk.reports import handbook_style as style
from villagedesk.reports.handbook import write_handbooks
from villagedesk.reports.handbook_log import log_columns

PRINTABLE = 5 * MM
"""What every office printer can print to: 5 mm from the paper's edges."""


@pytest.fixture(autouse=True)
def _poppler() -> None:
    need_poppler()


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = tmp_path_factory.mktemp("hb") / "plain.pdf"
    assert write_handbooks(pdf, books=[hard_handbook()], plain_a5=True, translate=zh) == []
    return pdf


def test_the_cover_wraps_the_branch_to_a_second_line(plain: Path) -> None:
    cover = page_texts(plain)[0]
    assert "…" not in cover
    assert BRANCH in joined(cover)  # "第三网格党支部" on the second line
    assert "欧阳娜娜" in cover and "CTSQ-2026-0001" in cover


def test_the_profile_wraps_work_unit_and_address_in_full(plain: Path) -> None:
    profile = page_texts(plain)[2]
    p = person("欧阳娜娜")
    assert "…" not in profile
    for value in (p.work_unit, p.address, BRANCH, p.phone):
        assert value in joined(profile)
    assert "024-42812345-8021" in profile  # a number never breaks


def test_the_photo_box_is_a_one_inch_photo() -> None:
    assert (round(hp.PHOTO_W / MM, 1), round(hp.PHOTO_H / MM, 1)) == (25.0, 35.0)


def test_the_service_log_header_stays_inside_its_column_rules(plain: Path) -> None:
    page = next(i for i, t in enumerate(page_texts(plain), 1) if "服务记录" in t and "时长" in t)
    found = words(plain, page)
    columns = log_columns()
    heads = ["日期", "岗位", "服务内容", "时长", "服务对象"]
    for head, (left, right) in zip(heads, columns, strict=True):
        word = next(w for w in found if w.text == head)
        assert left < word.x0 and word.x1 < right, head
    hours = next(w for w in found if w.text == "时长")
    unit = next(w for w in found if w.text == "（小时）")
    left, right = columns[3]
    assert left < unit.x0 and unit.x1 < right and unit.y0 > hours.y1 - 0.5  # the second line
    assert not [w for w in found if w.text == "）"]


def test_service_log_cells_wrap_in_full(plain: Path) -> None:
    assert "…" not in "".join(page_texts(plain))
    pages = [i for i, t in enumerate(page_texts(plain), 1) if "服务记录" in t and "时长" in t]
    columns = {}
    for key, index in (("post", 1), ("what", 2), ("beneficiary", 4)):
        left, right = log_columns()[index]
        box = (left, 0.0, right - left, style.PAGE_H)
        columns[key] = joined("".join(region_text(plain, page, box) for page in pages))
    for line in hard_handbook().log:
        assert line.post in columns["post"]
        assert line.what in columns["what"]
        assert line.beneficiary in columns["beneficiary"]


def test_the_cover_keeps_its_colour_off_the_fold_and_inside_the_printable_area(
    tmp_path: Path,
) -> None:
    x, y, w, h = hp.COVER_BAND
    assert (
        x >= PRINTABLE and x + w <= style.PAGE_W - PRINTABLE and y + h <= style.PAGE_H - PRINTABLE
    )
    pdf = tmp_path / "booklet.pdf"
    write_handbooks(pdf, books=[hard_handbook()], translate=zh)
    red = red_pixels(pdf, 1, dpi=72)  # the outer sheet: last page | cover
    sheet_w, sheet_h, fold = 2 * style.PAGE_W, style.PAGE_H, style.PAGE_W
    cover = [(px, py) for px, py in red if px > fold]
    assert cover
    for px, py in cover:
        assert px > fold + 5 * MM and px < sheet_w - PRINTABLE
        assert PRINTABLE < py < sheet_h - PRINTABLE
