"""The sync package cover sheet (上报封面): one A4 page, searchable text, every font embedded."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from villagedesk.reports.cover_sheet import CoverSheet, record_type_label, write_cover_sheet

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

SHEET = CoverSheet(
    station_name="东风村党群服务站",
    station_code="130102001001",
    seq=12,
    created_at="2024-06-01 08:00",
    counter_from=10234,
    counter_to=11873,
    counts={"members": 1234, "branches": 9, "member_events": 57, "visits": 880},
    village_fingerprint="3F7A-19C2-88D0-5E41",
    township_fingerprint="9C01-B2E4-7710-AF3D",
    township_name="东风镇",
    package_hash="ab" * 32,
)


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def test_cover_sheet_shows_station_counts_and_fingerprints(tmp_path: Path) -> None:
    pdf = write_cover_sheet(tmp_path / "cover.pdf", sheet=SHEET)
    assert [p.name for p in tmp_path.iterdir()] == ["cover.pdf"]  # no temp file left
    text = _run("pdftotext", "-layout", str(pdf), "-")
    assert "东风村党群服务站" in text
    assert "3F7A-19C2-88D0-5E41" in text
    assert "9C01-B2E4-7710-AF3D" in text
    assert "visits" in text and "2180" in text  # a type with no declared name; the total
    assert "Pages:           1" in _run("pdfinfo", str(pdf))
    # the change numbers sent (after the 10234 already sent), and why they outnumber records
    assert "10235–11873" in text and "10234 –" not in text
    assert "counted, once" in " ".join(text.split())


def test_every_font_is_embedded(tmp_path: Path) -> None:
    pdf = write_cover_sheet(tmp_path / "cover.pdf", sheet=SHEET)
    rows = _run("pdffonts", str(pdf)).splitlines()[2:]
    assert len(rows) >= 2  # the text face and the monospace face for fingerprints
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column


def test_labels_go_through_translate(tmp_path: Path) -> None:
    zh = {"Party members": "党员", "Stamp": "盖章"}
    pdf = write_cover_sheet(
        tmp_path / "cover.pdf", sheet=SHEET, translate=lambda c, t: zh.get(t, t)
    )
    text = _run("pdftotext", str(pdf), "-")
    assert "党员" in text and "盖章" in text
    assert record_type_label("member_events") == "Membership changes"
    assert record_type_label("households") == "Households"
    assert record_type_label("visits") == "visits"  # a type with no declared name yet


def test_created_time_is_shown_in_local_time_to_the_minute() -> None:
    from datetime import datetime

    from villagedesk.reports.signed_sheet import local_time

    utc = "2026-11-21T09:30:00Z"
    expected = datetime.fromisoformat("2026-11-21T09:30:00+00:00").astimezone()
    assert local_time(utc) == expected.strftime("%Y-%m-%d %H:%M")
    assert local_time("not a time") == "not a time"


def test_the_sheet_is_not_shrunk_and_its_seal_box_takes_a_42_mm_seal(tmp_path: Path) -> None:
    from tests.reports.printing_support import MM, words
    from villagedesk.reports.cover_sheet import seal_box

    many = {f"type_{i}": i for i in range(16)}
    sheet = CoverSheet(**{**SHEET.__dict__, "counts": many, "file_name": "370323104203-1.vdpkg"})
    pdf = write_cover_sheet(tmp_path / "cover.pdf", sheet=sheet)
    assert "Pages:           1" in _run("pdfinfo", str(pdf))
    found = words(pdf)
    title = next(w for w in found if w.text == "Sync")
    assert title.y1 - title.y0 > 21.5  # 22 pt: no 72 % scaling
    instruction = next(w for w in found if w.text == "Before")
    assert instruction.y1 - instruction.y0 >= 8.0
    width, height = seal_box()
    assert width >= 45 * MM and height >= 45 * MM
