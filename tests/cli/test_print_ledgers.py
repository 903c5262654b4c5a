"""``villagedesk print ledger|statistics|notice`` on demo data, PDFs read back with poppler."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.helpers import Run
from tests.reports.printing_support import need_poppler, pages
from tests.reports.printing_support import run as tool
from villagedesk.cli.commands.printing import LEDGER_CHOICES


@pytest.fixture
def demo(run: Run) -> Run:
    need_poppler()
    assert run("demo", "--members", "80", "--seed", "3").code == 0
    return run


@pytest.mark.parametrize("which", LEDGER_CHOICES)
def test_each_ledger_is_written(demo: Run, tmp_path: Path, which: str) -> None:
    pdf = tmp_path / f"{which}.pdf"
    result = demo("print", "ledger", which, "--out", str(pdf))
    assert result.code == 0, result.err
    assert pages(pdf) >= 1
    text = tool("pdftotext", pdf, "-")
    assert "东河村党群服务站" in text


def test_member_ledger_follows_the_search_and_the_period(demo: Run, tmp_path: Path) -> None:
    full, some = tmp_path / "all.pdf", tmp_path / "some.pdf"
    assert demo("print", "ledger", "members", "--out", str(full)).code == 0
    names = demo("members", "search", "").lines
    first = names[0].split("\t")[0]
    args = ("--from", "2000.01", "--to", "2009.12", "--search", first[0])
    assert demo("print", "ledger", "members", *args, "--out", str(some)).code == 0
    text = tool("pdftotext", "-layout", some, "-")
    joined = re.findall(r"\b(\d{4})\.\d{2}(?:\.\d{2})?\s*$", text, flags=re.M)
    assert joined and all("2000" <= year <= "2009" for year in joined)
    assert pages(some) <= pages(full)


def test_a_bad_date_is_a_usage_error_and_writes_nothing(demo: Run, tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    assert demo("print", "ledger", "service", "--from", "yesterday", "--out", str(pdf)).code == 2
    assert not pdf.exists()


def test_notice_and_statistics(demo: Run, tmp_path: Path) -> None:
    notice, stats = tmp_path / "notice.pdf", tmp_path / "stats.pdf"
    assert demo("print", "notice", "registrations", "--out", str(notice)).code == 0
    text = tool("pdftotext", notice, "-")
    assert re.search(r"\d{11,}", text) is None
    assert "****" in text  # phones masked
    assert demo("print", "statistics", "--out", str(stats)).code == 0
    assert "汉族" in tool("pdftotext", stats, "-")  # a data value of the ethnicity group


def test_a_character_no_font_has_exits_1_and_names_the_record(demo: Run, tmp_path: Path) -> None:
    added = demo(
        "members",
        "add",
        "--name",
        "刘𰀀",
        "--id-number",
        "110105199003078035",
        "--joined-on",
        "2015.07.01",
    )
    assert added.code == 0, added.err
    pdf = tmp_path / "roll.pdf"
    result = demo("print", "ledger", "members", "--out", str(pdf))
    assert result.code == 1
    assert "刘𰀀" in result.err and "U+30000" in result.err
    assert pdf.exists()  # written, with a box where the character goes
