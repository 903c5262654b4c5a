"""Booklet imposition: padded to a multiple of 4, and the folded sheets read in order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.reports.printing_support import handbook, need_poppler, pages, run
from villagedesk.reports.handbook import write_handbooks
from villagedesk.reports.imposition import booklet_sides, padded, reading_order


@pytest.mark.parametrize("count", range(1, 30))
def test_folded_sheets_read_in_page_order(count: int) -> None:
    sides = booklet_sides(count)
    assert len(sides) * 2 == padded(count) and padded(count) % 4 == 0
    order = reading_order(sides)
    assert order[:count] == list(range(count))
    assert all(p is None for p in order[count:])


def test_eight_pages_on_two_sheets() -> None:
    assert booklet_sides(8) == [(7, 0), (1, 6), (5, 2), (3, 4)]
    assert booklet_sides(6) == [(None, 0), (1, None), (5, 2), (3, 4)]


def _half(pdf: Path, page: int, right: bool) -> str:
    # A4 landscape at 72 dpi: 842 × 595 points; each half is an A5 page
    x = "421" if right else "0"
    return run(
        "pdftotext",
        "-f",
        str(page),
        "-l",
        str(page),
        "-x",
        x,
        "-y",
        "0",
        "-W",
        "421",
        "-H",
        "595",
        pdf,
        "-",
    )


def test_the_printed_booklet_folds_into_reading_order(tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "booklet.pdf"
    write_handbooks(pdf, books=[handbook(records=60)])
    count = pages(pdf)
    sides = [(_half(pdf, p, False), _half(pdf, p, True)) for p in range(1, count + 1)]
    numbered = [(left, right) for left, right in sides]
    folded = reading_order(
        [tuple(_number(t) for t in side) for side in numbered]  # type: ignore[misc]
    )
    real = [n for n in folded if n is not None]
    # the cover carries no number; then 2, 3, 4 … in the order a reader turns the pages
    assert folded[0] is None and "高强民" in sides[0][1]
    assert real == list(range(2, len(real) + 2))


def _number(text: str) -> int | None:
    m = re.search(r"—\s*(\d+)\s*—", text)
    return int(m[1]) if m else None
