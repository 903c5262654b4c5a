"""Work handbooks: the sections in order with page numbers and contents, booklet sheets in
multiples of 4, plain A5 as an option, a batch with each member on a new sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reports.printing_support import fonts_embedded, handbook, need_poppler, pages, run
from villagedesk.reports.handbook import write_handbooks


@pytest.fixture(autouse=True)
def _poppler() -> None:
    need_poppler()


def test_plain_a5_pages_come_in_order_with_contents(tmp_path: Path) -> None:
    pdf = tmp_path / "hb.pdf"
    assert write_handbooks(pdf, books=[handbook()], plain_a5=True) == []
    info = run("pdfinfo", pdf)
    assert "419.5" in info and "595.2" in info  # A5 portrait
    texts = [run("pdftotext", "-f", str(p), "-l", str(p), pdf, "-") for p in range(1, 8)]
    assert "高强民" in texts[0] and "东河村党群服务站" in texts[0]
    assert "Contents" in texts[1]
    order = ["Profile", "Posts claimed", "My pledges", "Service log", "Assessment"]
    for page, title in enumerate(order, start=3):
        assert title in texts[page - 1], (page, title)
        assert title in texts[1] and f"—{page}—" in texts[page - 1].replace(" ", "")
    assert "孙丽娟" in texts[3] and "13905331235" in texts[3]  # the post's contact
    assert "每季度走访1次独居老人" in texts[4]
    assert "辅导留守儿童作业第8次" in texts[5]
    assert pages(pdf) % 2 == 0
    assert all(emb == "yes" for _name, emb in fonts_embedded(pdf))


def test_a_long_service_log_runs_on_and_ends_with_blank_rows(tmp_path: Path) -> None:
    pdf = tmp_path / "hb.pdf"
    write_handbooks(pdf, books=[handbook(records=50)], plain_a5=True)
    text = run("pdftotext", pdf, "-")
    assert "辅导留守儿童作业第1次" in text and "辅导留守儿童作业第50次" in text
    assert text.count("Service log") >= 3  # contents + 2 or more log pages


def test_booklet_sheets_come_in_multiples_of_four_pages(tmp_path: Path) -> None:
    for records in (0, 8, 40, 90):
        pdf = tmp_path / f"hb{records}.pdf"
        write_handbooks(pdf, books=[handbook(records=records)])
        assert "841.8" in run("pdfinfo", pdf)  # A4 landscape
        assert (pages(pdf) * 2) % 4 == 0  # two A5 pages per A4 side


def test_a_batch_starts_each_member_on_a_new_sheet(tmp_path: Path) -> None:
    books = [handbook("高强民", 8, 1), handbook("孙丽娟", 40, 2), handbook("李建国", 0, 3)]
    pdf = tmp_path / "batch.pdf"
    write_handbooks(pdf, books=books)
    sides = []
    for book in books:
        single = tmp_path / f"{book.member_id}.pdf"
        write_handbooks(single, books=[book])
        sides.append(pages(single))
    assert pages(pdf) == sum(sides)
    first = 1
    for book, count in zip(books, sides, strict=True):
        front = run("pdftotext", "-f", str(first), "-l", str(first), pdf, "-")
        assert book.profile.name in front  # the cover on a sheet of its own
        first += count


def test_rare_characters_in_a_handbook_are_reported(tmp_path: Path) -> None:
    problems = write_handbooks(tmp_path / "hb.pdf", books=[handbook("𠇔䶮")])
    assert {p.character for p in problems} <= {"𠇔"}
