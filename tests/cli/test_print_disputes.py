"""``villagedesk print ledger disputes``, ``print dispute-papers NO`` and ``print dispute-month``:
the dispute printouts as PDF files, read back with poppler. The ledger is public paper (no ID
number or phone); the papers mask the parties' numbers except in the agreement they sign."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.helpers import Run
from tests.reports.disputes.samples import LONG_ID_NUMBER, LONG_NAME, RARE_NAME
from tests.reports.disputes.station import (
    POLICY,
    RESIDENT_ID_NUMBER,
    RESIDENT_PHONE,
    DisputeStation,
    fill_folder,
)
from tests.reports.printing_support import need_poppler, pages
from tests.reports.printing_support import run as tool
from villagedesk.cli.commands.printing import LEDGER_CHOICES
from villagedesk.core.masking import mask_id_number


@pytest.fixture
def disputes(station: Run, data_dir: Path, zh: None) -> tuple[Run, DisputeStation]:
    need_poppler()
    return station, fill_folder(data_dir)


def _text(pdf: Path) -> str:
    return re.sub(r"\s+", "", tool("pdftotext", pdf, "-"))


def test_the_dispute_ledger_is_a_ledger_of_print() -> None:
    assert "disputes" in LEDGER_CHOICES


def test_the_dispute_ledger_names_the_parties_and_no_number(
    disputes: tuple[Run, DisputeStation], tmp_path: Path
) -> None:
    run, numbers = disputes
    pdf = tmp_path / "ledger.pdf"
    result = run("print", "ledger", "disputes", "--from", "2026-05", "--out", str(pdf))
    assert result.code == 0, result.err
    assert result.lines == [str(pdf)]
    text = _text(pdf)
    assert "矛盾纠纷排查化解台账" in text and numbers.written in text and numbers.oral in text
    assert LONG_NAME in text and RARE_NAME in text
    for number in (RESIDENT_ID_NUMBER, LONG_ID_NUMBER, RESIDENT_PHONE):
        assert number not in text
    later = tmp_path / "later.pdf"
    assert run("print", "ledger", "disputes", "--from", "2026-06", "--out", str(later)).code == 0
    assert numbers.written not in _text(later)


def test_every_paper_of_a_dispute(disputes: tuple[Run, DisputeStation], tmp_path: Path) -> None:
    run, numbers = disputes
    pdf = tmp_path / "papers.pdf"
    typed = numbers.written.lower().replace("-", " - ")  # as typed: spaces and case do not matter
    result = run("print", "dispute-papers", typed, "--out", str(pdf))
    assert result.code == 0, result.err
    assert result.lines == [str(pdf)]
    assert pages(pdf) == 12
    text = _text(pdf)
    for title in (
        "人民调解卷宗",
        "人民调解申请书及受理登记表",
        "调解记录",
        "人民调解协议书",
        "回访记录",
    ):
        assert title in text
    assert "（2026）DHC人调字第1号" in text and "第4份（共4份）人民调解委员会存档" in text
    assert RESIDENT_ID_NUMBER in text and LONG_ID_NUMBER in text  # the agreement: in full
    assert mask_id_number(RESIDENT_ID_NUMBER, POLICY) in text  # the other papers: masked


@pytest.mark.parametrize("paper", ["application", "cover", "sessions", "follow-up"])
def test_one_paper_masks_the_numbers(
    disputes: tuple[Run, DisputeStation], tmp_path: Path, paper: str
) -> None:
    run, numbers = disputes
    pdf = tmp_path / f"{paper}.pdf"
    result = run("print", "dispute-papers", numbers.written, "--paper", paper, "--out", str(pdf))
    assert result.code == 0, result.err
    text = _text(pdf)
    assert numbers.written in text and "张桂兰" in text
    assert RESIDENT_ID_NUMBER not in text and LONG_ID_NUMBER not in text


def test_the_oral_agreement_and_a_paper_a_dispute_lacks(
    disputes: tuple[Run, DisputeStation], tmp_path: Path
) -> None:
    run, numbers = disputes
    pdf = tmp_path / "oral.pdf"
    assert (
        run("print", "dispute-papers", numbers.oral, "--paper", "oral", "--out", str(pdf)).code == 0
    )
    assert "口头协议登记表" in _text(pdf) and "王五" in _text(pdf)
    none = tmp_path / "none.pdf"
    args = ("print", "dispute-papers", numbers.oral, "--paper", "agreement", "--out", str(none))
    result = run(*args)
    assert result.code == 2
    assert "还没有人民调解协议书" in result.err
    assert not none.exists()


def test_an_unknown_dispute_is_refused_in_chinese(
    disputes: tuple[Run, DisputeStation], tmp_path: Path
) -> None:
    run, _numbers = disputes
    pdf = tmp_path / "none.pdf"
    result = run("print", "dispute-papers", "DHC-调-2026-9999", "--out", str(pdf))
    assert result.code == 2
    assert "没有编号为 DHC-调-2026-9999 的纠纷" in result.err
    assert not pdf.exists()


def test_the_month(disputes: tuple[Run, DisputeStation], tmp_path: Path) -> None:
    run, _numbers = disputes
    pdf = tmp_path / "month.pdf"
    result = run("print", "dispute-month", "--month", "2026-05", "--out", str(pdf))
    assert result.code == 0, result.err
    text = _text(pdf)
    assert "矛盾纠纷排查化解月报" in text and "2026.05.01至2026.05.31" in text
    assert "防止民转刑1件6人" in text and "防止群体性上访1件" in text
    bad = tmp_path / "bad.pdf"
    result = run("print", "dispute-month", "--month", "May", "--out", str(bad))
    assert result.code == 2 and "不是月份" in result.err
    assert not bad.exists()
