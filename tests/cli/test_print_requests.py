"""``villagedesk print ledger requests|follow_ups``, ``print request-sheet NO`` and ``print
rates``: the request printouts as PDF files, read back with poppler. The two ledgers are public
paper (every phone and ID number masked as the station's policy says); the 民情办理单 is filed
and prints them in full."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import Run
from tests.cli.request_station import (
    FORMULA,
    ID_NUMBER,
    LANDLINE,
    NAME,
    PHONE,
    POLICY,
    TYPED_NAME,
    RequestStation,
    fill_folder,
    squeezed,
)
from tests.reports.printing_support import need_poppler, pages
from tests.reports.printing_support import run as tool
from villagedesk.cli.commands.printing import LEDGER_CHOICES
from villagedesk.core.masking import mask_id_number, mask_phone


@pytest.fixture
def requests(station: Run, data_dir: Path, zh: None) -> tuple[Run, RequestStation]:
    need_poppler()
    return station, fill_folder(data_dir)


def _text(pdf: Path) -> str:
    return squeezed(tool("pdftotext", pdf, "-"))


def test_the_request_ledgers_are_ledgers_of_print() -> None:
    assert {"requests", "follow_ups"} <= set(LEDGER_CHOICES)


@pytest.mark.parametrize("which", ["requests", "follow_ups"])
def test_a_request_ledger_names_the_requester_and_masks_every_number(
    requests: tuple[Run, RequestStation], tmp_path: Path, which: str
) -> None:
    run, numbers = requests
    pdf = tmp_path / f"{which}.pdf"
    result = run("print", "ledger", which, "--out", str(pdf))
    assert result.code == 0, result.err
    assert result.lines == [str(pdf)]
    text = _text(pdf)
    assert numbers.closed in text and NAME in text
    for clear in (PHONE, ID_NUMBER, LANDLINE):
        assert clear not in text
    assert squeezed(mask_phone(PHONE, POLICY)) in text  # the station's policy, not the default
    assert mask_phone(PHONE) not in text
    if which == "requests":
        assert numbers.waiting in text and TYPED_NAME in text
        assert mask_id_number(ID_NUMBER, POLICY) in text
        assert mask_phone(LANDLINE, POLICY) in text
        assert "已更换灯泡" in text and "已解决" in text
    else:  # only the request followed up
        assert numbers.waiting not in text
        assert "王主任" in text and "满意" in text


def test_the_request_ledger_follows_the_period_and_the_search(
    requests: tuple[Run, RequestStation], tmp_path: Path
) -> None:
    run, numbers = requests
    before = tmp_path / "before.pdf"
    assert run("print", "ledger", "requests", "--to", "2026.04", "--out", str(before)).code == 0
    assert numbers.closed not in _text(before)
    found = tmp_path / "found.pdf"
    assert run("print", "ledger", "requests", "--search", TYPED_NAME, "--out", str(found)).code == 0
    text = _text(found)
    assert numbers.waiting in text and numbers.closed not in text


def test_the_record_sheet_of_one_request(
    requests: tuple[Run, RequestStation], tmp_path: Path
) -> None:
    run, numbers = requests
    pdf = tmp_path / "sheet.pdf"
    typed = numbers.closed.lower().replace("-", " - ")  # as typed: spaces and case do not matter
    result = run("print", "request-sheet", typed, "--out", str(pdf))
    assert result.code == 0, result.err
    text = _text(pdf)
    assert "民情办理单" in text and numbers.closed in text and NAME in text
    assert PHONE in text and ID_NUMBER in text  # filed, never posted: in full
    assert "东河村3组12号" in text and "王主任" in text  # the household, the follow-up


def test_an_unknown_request_is_refused_and_writes_nothing(
    requests: tuple[Run, RequestStation], tmp_path: Path
) -> None:
    run, _numbers = requests
    pdf = tmp_path / "none.pdf"
    result = run("print", "request-sheet", "DHC-2026-9999", "--out", str(pdf))
    assert result.code == 2
    assert "DHC-2026-9999" in result.err
    assert not pdf.exists()


def test_the_rates_of_a_period_show_their_formulas(
    requests: tuple[Run, RequestStation], tmp_path: Path
) -> None:
    run, _numbers = requests
    pdf = tmp_path / "rates.pdf"
    result = run("print", "rates", "--from", "2026.05", "--to", "2026.05", "--out", str(pdf))
    assert result.code == 0, result.err
    assert pages(pdf) >= 1
    text = _text(pdf)
    assert "民情诉求三率统计表" in text and "2026.05.01至2026.05.31" in text
    assert "解决率" in text and FORMULA in text
    assert "1/1" in text  # one request followed up, solved


@pytest.mark.parametrize(
    "args",
    [
        ("--from", "yesterday"),
        ("--from", "2026.06.01", "--to", "2026.05.01"),
    ],
)
def test_a_bad_period_is_a_usage_error_and_writes_nothing(
    requests: tuple[Run, RequestStation], tmp_path: Path, args: tuple[str, ...]
) -> None:
    run, _numbers = requests
    pdf = tmp_path / "rates.pdf"
    assert run("print", "rates", *args, "--out", str(pdf)).code == 2
    assert not pdf.exists()
