"""``villagedesk sync enrol-file`` at a township: the enrolment file and its printed sheet."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli.helpers import Run
from villagedesk.sync.enrolment import read_enrolment

TOWNSHIP = (
    "station",
    "init",
    "--name",
    "沂源县鲁村镇党群服务中心",
    "--code",
    "370323104000",
    "--level",
    "township",
)
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture
def township(run: Run) -> Run:
    assert run(*TOWNSHIP).code == 0
    return run


def _pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return re.sub(r"\s+", "", out.stdout)


@needs_poppler
def test_enrol_file_writes_the_file_and_its_sheet_next_to_it(township: Run, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    r = township("sync", "enrol-file", "--out", str(usb))
    assert r.code == 0, r.err
    enrol, sheet = usb / "370323104000.vdenrol", usb / "370323104000-enrolment-sheet.pdf"
    assert r.lines == [str(enrol), str(sheet)]  # the file first, then its sheet
    assert sorted(p.name for p in usb.iterdir()) == sorted([enrol.name, sheet.name])
    fingerprint = read_enrolment(enrol).fingerprint
    assert fingerprint in r.err  # still on stderr, for the township's own check
    assert fingerprint == township("sync", "fingerprint").out.strip()
    text = _pdf_text(sheet)
    assert fingerprint in text
    assert "沂源县鲁村镇党群服务中心" in text and "370323104000" in text
    assert "370323104000.vdenrol" in text


@needs_poppler
def test_the_sheet_goes_where_sheet_says(township: Run, tmp_path: Path) -> None:
    enrol, sheet = tmp_path / "town.vdenrol", tmp_path / "print" / "登记单.pdf"
    sheet.parent.mkdir()
    r = township("sync", "enrol-file", "--out", str(enrol), "--sheet", str(sheet))
    assert r.code == 0, r.err
    assert r.lines == [str(enrol), str(sheet)]
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["town.vdenrol"]
    text = _pdf_text(sheet)
    assert read_enrolment(enrol).fingerprint in text and "town.vdenrol" in text


def test_a_sheet_that_cannot_be_written_is_a_usage_error(township: Run, tmp_path: Path) -> None:
    r = township(
        "sync", "enrol-file", "--out", str(tmp_path), "--sheet", str(tmp_path / "no" / "x.pdf")
    )
    assert r.code == 2
    assert r.lines == [str(tmp_path / "370323104000.vdenrol")]  # the file itself was written
    assert str(tmp_path / "no" / "x.pdf") in r.err


def test_a_village_cannot_write_an_enrolment_file(run: Run, tmp_path: Path) -> None:
    from tests.cli.helpers import STATION

    assert run(*STATION).code == 0
    r = run("sync", "enrol-file", "--out", str(tmp_path))
    assert r.code != 0
    assert not list(tmp_path.glob("*.pdf"))
