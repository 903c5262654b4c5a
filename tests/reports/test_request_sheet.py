"""民情办理单: every field and every step of the history printed, the requester's ID number and
phone in full, the deadline marked 估算 where estimated, a long name broken only at "·" and a
long content wrapped in full, the photos embedded, and what cannot be printed reported."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from tests.reports.printing_support import (
    MM,
    fonts_embedded,
    joined,
    need_poppler,
    page_texts,
    pages,
    region_text,
    run,
    words,
)
from tests.reports.request_samples import (
    CONTENT,
    ID_NUMBER,
    LONG_NAME,
    NUMBER,
    PHONE,
    STATION,
    sample_detail,
)
from tests.reports.zh import zh
from villagedesk.core.requests.events import Note
from villagedesk.core.requests.record import RequestDetail
from villagedesk.reports.request_history import SHARES, step_text
from villagedesk.reports.request_sheet import (
    FRAME_PADDING,
    MARGIN,
    attachment_files,
    write_request_sheet,
)

A4_W = 210 * MM


def flow(pdf: Path) -> str:
    """The text in reading order, cell by cell, without white space: a wrapped cell reads as
    one string again."""
    return joined(run("pdftotext", pdf, "-"))


@pytest.fixture(autouse=True)
def _poppler() -> None:
    need_poppler()


def _write(tmp_path: Path, detail: RequestDetail, files: dict[int, Path], **kw: object) -> Path:
    pdf = tmp_path / "sheet.pdf"
    problems = write_request_sheet(
        pdf,
        detail=detail,
        station=STATION,
        files=files,
        translate=zh,
        **kw,  # type: ignore[arg-type]
    )
    assert problems == []
    return pdf


@pytest.fixture
def sheet(tmp_path: Path) -> tuple[Path, RequestDetail]:
    detail, files = sample_detail(tmp_path)
    return _write(
        tmp_path, detail, files, id_number=ID_NUMBER, household="彩屯社区九组28号"
    ), detail


def test_the_sheet_has_the_number_the_requester_and_every_field(
    sheet: tuple[Path, RequestDetail],
) -> None:
    pdf, _ = sheet
    text = "".join(page_texts(pdf))
    flat = flow(pdf)
    assert "民情办理单" in text and NUMBER in text
    assert LONG_NAME in flat
    for label in ("来源渠道", "诉求类型", "紧急程度", "受理时间", "办理时限", "责任人", "协办人"):
        assert label in text
    assert "民情接待日" in text and "求助（涉水、电、暖）" in text and "基础设施" in text
    assert ID_NUMBER in text and PHONE in text  # filed, not posted: nothing masked
    assert "*" not in text
    assert CONTENT in flat and "…" not in text
    assert "经办人（签字）" in text and "负责人（签字）" in text


def test_every_step_of_the_history_is_printed_oldest_first(
    sheet: tuple[Path, RequestDetail],
) -> None:
    pdf, detail = sheet
    flat = flow(pdf)
    where = []
    for event in detail.events:
        own = [a for a in detail.request.attachments if a.event_id == event.id]
        what = joined(step_text(event.step, zh, own))
        assert what in flat, what
        where.append(
            flat.index(joined(event.at.strftime("%Y.%m.%d %H:%M")) + zh("Enum", event.action.label))
        )
    assert where == sorted(where)


def test_a_long_name_breaks_only_at_the_dot_and_numbers_never(
    sheet: tuple[Path, RequestDetail],
) -> None:
    pdf, _ = sheet
    parts = LONG_NAME.split("·")
    allowed = {
        "·".join(parts[i:j]) + ("·" if j < len(parts) else "")
        for i in range(len(parts))
        for j in range(i + 1, len(parts) + 1)
    }
    found = [w.text for w in words(pdf, 1) if w.text in LONG_NAME and len(w.text) > 1]
    assert found and all(w in allowed for w in found), found
    assert "".join(found).startswith(LONG_NAME)
    one_page = [w.text for w in words(pdf, 1)]
    assert ID_NUMBER in one_page and NUMBER in one_page


def test_everything_stays_inside_the_margins(sheet: tuple[Path, RequestDetail]) -> None:
    pdf, _ = sheet
    for page in range(1, pages(pdf) + 1):
        for w in words(pdf, page):
            assert w.x0 >= MARGIN - 1 and w.x1 <= A4_W - MARGIN + 1, w


def test_the_photos_are_embedded_and_the_pdf_is_listed(sheet: tuple[Path, RequestDetail]) -> None:
    pdf, _ = sheet
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert len([row for row in listing if row.split()[2] == "image"]) == 2
    text = "".join(page_texts(pdf))
    assert "维修合同.pdf" in text and "现场照片.png" in text
    assert all(emb == "yes" for _name, emb in fonts_embedded(pdf))


def test_an_estimated_deadline_says_so(tmp_path: Path) -> None:
    detail, files = sample_detail(tmp_path)
    progress = replace(detail.request.progress, due_at=datetime(2027, 1, 9), due_estimated=True)
    detail = replace(detail, request=replace(detail.request, progress=progress))
    pdf = _write(tmp_path, detail, files)
    assert "2027.01.08（估算）" in "".join(page_texts(pdf))


def test_text_that_cannot_fit_is_printed_whole_and_reported(tmp_path: Path) -> None:
    ticket = "1" * 160  # a number never breaks: wider than its cell even at 6 pt
    detail, files = sample_detail(tmp_path, ticket=ticket)
    pdf = tmp_path / "unfit.pdf"
    problems = write_request_sheet(pdf, detail=detail, station=STATION, files=files, translate=zh)
    assert [p.record for p in problems] == [NUMBER]
    assert problems[0].is_fit and ticket in problems[0].detail
    assert ticket in flow(pdf)


def test_a_photo_that_cannot_be_read_is_listed_and_reported(tmp_path: Path) -> None:
    detail, files = sample_detail(tmp_path)
    files[1].write_bytes(b"not an image")
    del files[2]
    pdf = tmp_path / "missing.pdf"
    problems = write_request_sheet(pdf, detail=detail, station=STATION, files=files, translate=zh)
    assert len(problems) == 1 and problems[0].is_fit
    assert "现场照片.png" in problems[0].detail and "维修后.png" in problems[0].detail
    assert "无法读取的照片" in "".join(page_texts(pdf))


def test_a_character_no_font_has_is_reported_with_the_request(tmp_path: Path) -> None:
    detail, files = sample_detail(tmp_path, name="刘\U00030000")
    problems = write_request_sheet(
        tmp_path / "g.pdf", detail=detail, station=STATION, files=files, translate=zh
    )
    assert [(p.record, p.character) for p in problems] == [(NUMBER, "\U00030000")]


def test_attachment_files_are_found_in_the_data_folder(tmp_path: Path) -> None:
    detail, _ = sample_detail(tmp_path)
    files = attachment_files(detail.request.attachments, tmp_path)
    assert files[1] == tmp_path / "a" / "pipe.png"


def test_a_long_content_and_a_long_step_run_over_pages_in_full(tmp_path: Path) -> None:
    detail, files = sample_detail(tmp_path, content=CONTENT * 8)
    events = list(detail.events)
    long_note = Note("；".join(f"第{i}次入户核实" + CONTENT[:60] for i in range(40)))
    events[2] = replace(events[2], step=replace(events[2].step, details=long_note))
    pdf = _write(tmp_path, replace(detail, events=tuple(events)), files)
    assert pages(pdf) >= 4
    flat = re.sub(NUMBER + r"第\d+页共\d+页", "", flow(pdf))  # the pages' footers
    assert joined(CONTENT * 8) in flat
    assert "（续）" in flat
    # the 办理情况 column, page by page (the footers left out), reads as the whole step
    width = A4_W - 2 * (MARGIN + FRAME_PADDING)
    left = MARGIN + FRAME_PADDING + width * sum(SHARES[:3])
    column = "".join(
        joined(region_text(pdf, page, (left, 18 * MM, width * SHARES[3], 264 * MM)))
        for page in range(1, pages(pdf) + 1)
    ).replace("办理情况", "")
    assert joined(step_text(events[2].step, zh, [detail.request.attachments[1]])) in column
