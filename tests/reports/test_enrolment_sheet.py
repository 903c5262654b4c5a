"""The township's enrolment sheet (登记单): one A4 page, the fingerprint large, room for the seal."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.units import mm

from villagedesk.core.text import Translate
from villagedesk.reports.enrolment_check import FINGERPRINT_PT, fingerprint_groups
from villagedesk.reports.enrolment_sheet import (
    SEAL_BOX_MM,
    EnrolmentSheet,
    SealBox,
    sheet_file_name,
    write_enrolment_sheet,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

SHEET = EnrolmentSheet(
    township_name="沂源县鲁村镇党群服务中心",
    township_code="370323104000",
    fingerprint="3F7A-19C2-88D0-5E41",
    created_at="2026-11-21T09:30:00+00:00",
    file_name="370323104000.vdenrol",
)
#: The longest station name set-up allows (60 characters), with Extension A characters that only
#: the second bundled font has, and a long file name: still one page, nothing shrunk.
LONGEST = replace(
    SHEET,
    township_name=("沂源县鲁村镇䶮堃党群服务中心" * 5)[:60],
    file_name="乡镇登记文件-" + "x" * 80 + ".vdenrol",
)
A4_WIDTH, A4_HEIGHT = 595.28, 841.89


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _words(pdf: Path) -> list[tuple[float, float, float, float, str]]:
    """Each word pdftotext finds: (x0, y0, x1, y1, text), in points from the top left."""
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
        _run("pdftotext", "-bbox", str(pdf), "-"),
    )
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in found]


def _rectangles(pdf: Path) -> list[tuple[float, float]]:
    """(width, height) of every rectangle drawn on the page (the ``re`` operator)."""
    data = pdf.read_bytes()
    sizes: list[tuple[float, float]] = []
    for head, body in re.findall(rb"<<([^>]*)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        if b"/Length1" in head or b"FlateDecode" not in head:
            continue  # an embedded font, or not a content stream
        if b"ASCII85Decode" in head:
            body = base64.a85decode(body.strip().removeprefix(b"<~").removesuffix(b"~>"))
        content = zlib.decompress(body)
        for w, h in re.findall(rb"-?[\d.]+ -?[\d.]+ (-?[\d.]+) (-?[\d.]+) re\b", content):
            sizes.append((abs(float(w)), abs(float(h))))
    return sizes


def test_the_sheet_shows_township_code_fingerprint_and_file(tmp_path: Path) -> None:
    pdf = write_enrolment_sheet(tmp_path / "sheet.pdf", sheet=SHEET)
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]  # no temp file left
    text = _run("pdftotext", "-layout", str(pdf), "-")
    assert "沂源县鲁村镇党群服务中心" in text
    assert "370323104000" in text
    assert "370323104000.vdenrol" in text
    assert "3F7A-19C2-88D0-5E41" in re.sub(r"\s+", "", text)  # four boxes, joined by dashes
    info = _run("pdfinfo", str(pdf))
    assert "Pages:           1" in info
    assert "A4" in info


def test_the_fingerprint_is_large_and_in_four_groups(tmp_path: Path) -> None:
    assert fingerprint_groups(SHEET.fingerprint) == ["3F7A", "19C2", "88D0", "5E41"]
    assert fingerprint_groups("not a fingerprint") == ["not a fingerprint"]
    assert FINGERPRINT_PT >= 20
    words = _words(write_enrolment_sheet(tmp_path / "sheet.pdf", sheet=SHEET))
    groups = [w for w in words if w[4] in fingerprint_groups(SHEET.fingerprint)]
    assert [w[4] for w in groups] == ["3F7A", "19C2", "88D0", "5E41"]  # one line, in order
    assert len({round(w[1]) for w in groups}) == 1
    assert all(y1 - y0 >= 20 for _, y0, _, y1, _ in groups)


def test_the_seal_box_takes_a_42_mm_seal(tmp_path: Path) -> None:
    assert SEAL_BOX_MM >= 45
    side = SEAL_BOX_MM * mm
    assert SealBox(stroke=colors.black).wrap(500, 500) == (side, side)
    for sheet in (SHEET, LONGEST):
        rects = _rectangles(write_enrolment_sheet(tmp_path / "sheet.pdf", sheet=sheet))
        assert any(w >= 45 * mm and h >= 45 * mm for w, h in rects), rects


def test_nothing_is_cut_overlapping_or_under_6_pt_even_with_the_longest_name(
    tmp_path: Path,
) -> None:
    def english(context: str, text: str) -> str:
        del context
        return text

    chinese = _chinese()
    for sheet, translate in ((SHEET, chinese), (LONGEST, english), (LONGEST, chinese)):
        pdf = write_enrolment_sheet(tmp_path / "sheet.pdf", sheet=sheet, translate=translate)
        assert "Pages:           1" in _run("pdfinfo", str(pdf))  # never a second page
        words = _words(pdf)
        text = "".join(w[4] for w in words)
        assert "370323104000" in text
        assert ("䶮堃" in text) == ("䶮堃" in sheet.township_name)  # drawn by the second font
        for x0, y0, x1, y1, word in words:
            assert y1 - y0 >= 6, word
            assert 15 * mm <= x0 < x1 <= A4_WIDTH - 15 * mm, word
            assert 12 * mm <= y0 < y1 <= A4_HEIGHT - 12 * mm, word
        for i, a in enumerate(words):
            for b in words[i + 1 :]:
                overlap_x = min(a[2], b[2]) - max(a[0], b[0])
                overlap_y = min(a[3], b[3]) - max(a[1], b[1])
                assert overlap_x <= 0.5 or overlap_y <= 0.5, (a, b)


def test_every_font_is_embedded(tmp_path: Path) -> None:
    pdf = write_enrolment_sheet(tmp_path / "sheet.pdf", sheet=LONGEST)
    rows = _run("pdffonts", str(pdf)).splitlines()[2:]
    assert len(rows) >= 2  # the text face and the monospace face for the fingerprint
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column (no unembedded Helvetica)


def test_labels_and_title_go_through_translate(tmp_path: Path) -> None:
    pdf = write_enrolment_sheet(tmp_path / "sheet.pdf", sheet=SHEET, translate=_chinese())
    text = _run("pdftotext", str(pdf), "-")
    assert "乡镇数据同步登记单" in text and "盖章" in text and "第1组" in text
    assert "Title:           乡镇数据同步登记单" in _run("pdfinfo", str(pdf))
    assert "2026-11-21" in text  # created, as local time to the minute
    assert sheet_file_name("370323104000") == "370323104000-enrolment-sheet.pdf"


def _chinese() -> Translate:
    """Some of the sheet's Chinese (the real catalogue may not have it yet)."""
    table = {
        "Township sync enrolment sheet": "乡镇数据同步登记单",
        "Township seal": "乡镇（盖章）",
        "Group {n}": "第{n}组",
        "Township officer (signature)": "乡镇经办人（签字）",
        "On the Data sync page of VillageDesk, import the enrolment file named above.": (
            "在 VillageDesk 的“数据同步”页导入上方所列的登记文件。"
        ),
    }
    return lambda context, text: table.get(text, text)
