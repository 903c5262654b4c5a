"""Ledgers by the print rules: names break only at "·", numbers never, headers break before
their parenthesis (never a lone "）"), a group continued on the next page says "（续）", the roll
has 学历 and 工作单位, the registration ledger the standard columns in reporting order, the
service ledger its records by date; every PDF is 1.6 with /PrintScaling /None and real dates."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.reports.hard_people import people
from tests.reports.printing_support import (
    Word,
    joined,
    need_poppler,
    page_texts,
    pages,
    run,
    words,
)
from tests.reports.zh import zh
from villagedesk.reports.ledger import LedgerDocument, column_widths, write_ledger
from villagedesk.reports.ledger_kinds import LEDGERS, format_rows

TODAY = date(2026, 11, 21)


@pytest.fixture(autouse=True)
def _poppler() -> None:
    need_poppler()


def _member_rows() -> list[list[str]]:
    columns = LEDGERS["members"].columns()
    raw = []
    for p in people():
        values = {
            "name": p.name,
            "id_number": p.id_number,
            "sex": p.sex.value,
            "ethnicity": "汉族",
            "birth_date": p.birth_date.isoformat(),
            "education": "postgraduate",
            "branch": "中共本溪市溪湖区河西街道彩屯社区委员会第三网格党支部",
            "work_unit": p.work_unit,
            "categories": 1,
            "standing": "full",
            "roll_status": "on_roll",
            "phone": p.phone,
            "joined_on": "2016-07",
        }
        raw.append(tuple(values[c.key] for c in columns))
    return format_rows(columns, raw, zh)


def _all_words(pdf: Path) -> list[Word]:
    return [w for page in range(1, pages(pdf) + 1) for w in words(pdf, page)]


def _column_words(pdf: Path, doc: LedgerDocument, key: str) -> list[str]:
    """The words inside column ``key`` on every page (poppler splits a word where the font
    changes: 刘 / 𠇔, so the pieces in a row are joined again)."""
    widths = column_widths(doc)
    keys = (["no"] if doc.numbered else []) + [c.key for c in doc.columns]
    left = 12 * 72 / 25.4 + sum(widths[: keys.index(key)])
    right = left + widths[keys.index(key)]
    out: list[str] = []
    last: Word | None = None
    for w in _all_words(pdf):
        if not (left <= w.x0 and w.x1 <= right):
            continue
        if last is not None and abs(w.y0 - last.y0) < 0.5 and w.x0 - last.x1 < 0.5:
            out[-1] += w.text
        else:
            out.append(w.text)
        last = w
    return out


@pytest.fixture(scope="module")
def roll(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, LedgerDocument]:
    doc = LedgerDocument(
        zh("Ledgers", "Party member roll"), "彩屯社区", LEDGERS["members"].columns(), _member_rows()
    )
    pdf = tmp_path_factory.mktemp("ledger") / "roll.pdf"
    assert write_ledger(pdf, doc, translate=zh) == []
    return pdf, doc


def test_the_roll_prints_education_and_work_unit(roll: tuple[Path, LedgerDocument]) -> None:
    pdf, doc = roll
    keys = [c.key for c in doc.columns]
    assert "education" in keys and "work_unit" in keys
    text = page_texts(pdf)[0]
    assert "学历" in text and "工作单位" in text and "研究生" in text


def test_names_break_only_at_the_middle_dot(roll: tuple[Path, LedgerDocument]) -> None:
    pdf, doc = roll
    names = _column_words(pdf, doc, "name")
    for p in people():
        parts = [part + "·" for part in p.name.split("·")[:-1]] + [p.name.split("·")[-1]]
        if p.name in names:
            continue
        assert all(part in names for part in parts), (p.name, names)
    assert "阿不都热合曼·" in names and "买买提" in names  # the long one does break, at "·"


def test_numbers_never_break(roll: tuple[Path, LedgerDocument]) -> None:
    pdf, _doc = roll
    found = {w.text for w in _all_words(pdf)}
    for p in people():
        assert p.id_number in found and p.phone in found
    assert "1990.02.15" in found


def test_a_number_too_long_for_its_column_is_reported(tmp_path: Path) -> None:
    rows = _member_rows()[:1]
    rows[0][1] = "1" * 80
    doc = LedgerDocument("花名册", "站", LEDGERS["members"].columns(), rows)
    problems = write_ledger(tmp_path / "x.pdf", doc, translate=zh)
    assert [p.record for p in problems if p.is_fit] == ["第 1 行（欧阳娜娜）"]
    assert "1" * 80 in problems[0].detail


def test_the_hours_header_breaks_before_its_parenthesis(tmp_path: Path) -> None:
    columns = LEDGERS["service"].columns()
    raw = [("2026-03-01", "张三", "政策宣传", "宣讲医保政策", 3, "全村群众")]
    doc = LedgerDocument("服务记录台账", "站", columns, format_rows(columns, raw, zh))
    pdf = tmp_path / "service.pdf"
    write_ledger(pdf, doc, translate=zh)
    heads = _column_words(pdf, doc, "half_hours")
    assert heads[:2] == ["时长", "（小时）"]
    assert "）" not in [w.text for w in words(pdf, 1)]
    assert "序号" in [w.text for w in words(pdf, 1)]


def test_a_group_continued_on_the_next_page_says_so(tmp_path: Path) -> None:
    columns = LEDGERS["households"].columns()
    raw = [(f"户主{i}", f"彩屯社区{i}号", "party_member", "", "2026-01-01", "") for i in range(60)]
    groups = ["联户干部：赵丽华  第三网格党支部  13904141234"] * 50 + ["联户干部：司马懿"] * 10
    doc = LedgerDocument("联户台账", "站", columns, format_rows(columns, raw, zh), groups=groups)
    pdf = tmp_path / "links.pdf"
    write_ledger(pdf, doc, translate=zh)
    texts = page_texts(pdf)
    assert len(texts) >= 2
    assert "赵丽华第三网格党支部13904141234（续）" in joined(texts[1])
    assert "（续）" not in texts[0]


def test_every_printout_is_pdf_16_with_print_scaling_none_and_real_dates(
    roll: tuple[Path, LedgerDocument], tmp_path: Path
) -> None:
    from tests.reports.hard_people import hard_cards, hard_handbook
    from tests.reports.test_cover_sheet import SHEET
    from tests.reports.test_notice import DOC
    from villagedesk.reports.calibration import write_calibration
    from villagedesk.reports.contact_card import write_cards
    from villagedesk.reports.cover_sheet import write_cover_sheet
    from villagedesk.reports.handbook import write_handbooks
    from villagedesk.reports.notice import write_notice

    pdfs = [roll[0]]
    for name, write in (
        ("cards", lambda p: write_cards(p, cards=hard_cards())),
        ("hb", lambda p: write_handbooks(p, books=[hard_handbook()])),
        ("cal", lambda p: write_calibration(p)),
        ("cover", lambda p: write_cover_sheet(p, sheet=SHEET)),
        ("notice", lambda p: write_notice(p, DOC)),
    ):
        pdf = tmp_path / f"{name}.pdf"
        write(pdf)
        pdfs.append(pdf)
    year = str(datetime.now().year)
    for pdf in pdfs:
        info = run("pdfinfo", pdf)
        assert re.search(r"PDF version:\s+1\.6", info), pdf.name
        assert year in info.split("CreationDate:")[1].splitlines()[0], pdf.name
        assert b"/PrintScaling /None" in pdf.read_bytes(), pdf.name
