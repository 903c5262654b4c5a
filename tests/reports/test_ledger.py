"""The generic ledger writer read back with poppler: names, header and page numbers on every
page, fonts embedded, wrapped cells, rare characters drawn or reported."""

from __future__ import annotations

import re
from pathlib import Path

from tests.reports.printing_support import fonts_embedded, need_poppler, pages, run
from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.reports.ledger import LedgerDocument, write_ledger
from villagedesk.reports.ledger_kinds import LEDGERS, format_rows

COLUMNS = LEDGERS["members"].columns()


def _rows(n: int) -> list[list[str]]:
    raw = [
        (
            f"王{i:04d}",
            "110105199001011234",
            "female",
            "汉族",
            "1990-01-01",
            "bachelor",
            "东河村第一党支部",
            "鲁村镇卫生院",
            1,
            "full",
            "on_roll",
            "13905331234",
            "2010-07",
        )
        for i in range(n)
    ]
    return format_rows(COLUMNS, raw, lambda c, t: t)


def _doc(rows: list[list[str]], **kw: object) -> LedgerDocument:
    return LedgerDocument("党员花名册", "东河村党群服务站", COLUMNS, rows, period="2026", **kw)  # type: ignore[arg-type]


def test_every_page_has_title_header_and_page_x_of_y(tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "roll.pdf"
    assert write_ledger(pdf, _doc(_rows(120))) == []
    assert [p.name for p in tmp_path.iterdir()] == ["roll.pdf"]  # written atomically
    total = pages(pdf)
    assert total >= 3
    texts = run("pdftotext", "-layout", pdf, "-").split("\f")[:total]
    for number, text in enumerate(texts, 1):
        assert "党员花名册" in text and "东河村党群服务站" in text
        assert "ID number" in text and "Joined on" in text  # the header on every page
        assert f"Page {number} of {total}" in text
        assert "Filled in by" in text and "Checked by" in text
    names = re.findall(r"王\d{4}", "".join(texts))
    assert names == [f"王{i:04d}" for i in range(120)]  # every row once, in order
    for name, embedded in fonts_embedded(pdf):
        assert embedded == "yes", name


def test_long_chinese_text_wraps_inside_its_cell(tmp_path: Path) -> None:
    need_poppler()
    rows = _rows(3)
    rows[1][6] = "东河村第一党支部第三党小组暨流动党员服务站联合党支部"
    pdf = tmp_path / "wrap.pdf"
    write_ledger(pdf, _doc(rows))
    text = run("pdftotext", "-raw", pdf, "-")
    assert "东河村第一党支部第三党小组暨流动党员服务站联合党支部" not in text.replace("\n", " ")
    assert "东河村第一党支部第三党小组暨流动党员服务站联合党支部" in text.replace("\n", "")


def test_rare_characters_are_drawn_or_reported_with_their_record(tmp_path: Path) -> None:
    need_poppler()
    rows = _rows(4)
    rows[0][0], rows[1][0], rows[2][0], rows[3][0] = "张䶮", "李堃", "王喆赟", "刘\U00030000"
    pdf = tmp_path / "rare.pdf"
    problems = write_ledger(pdf, _doc(rows))
    assert [(p.record, p.character) for p in problems] == [("Row 4 (刘\U00030000)", "\U00030000")]
    text = run("pdftotext", pdf, "-")
    for name in ("张䶮", "李堃", "王喆赟", "刘□"):
        assert name in text
    assert any("ZenHei" in name for name, _ in fonts_embedded(pdf))  # 䶮 from WQY Zen Hei


def test_group_bands_and_another_register_need_no_new_code(tmp_path: Path) -> None:
    need_poppler()
    kind = LEDGERS["assessments"]
    columns = kind.columns()
    raw = [("张三", 8, 2, "政策宣传", 1, "excellent", ""), ("李四", 3, 1, "", 0, "", "")]
    rows = format_rows(columns, raw, lambda c, t: t)
    pdf = tmp_path / "units.pdf"
    doc = LedgerDocument("双重考核汇总表", "东河村", columns, rows, groups=["县卫生院", "县二中"])
    write_ledger(pdf, doc)
    text = run("pdftotext", "-layout", pdf, "-")
    assert "县卫生院" in text and "县二中" in text and "Community rating" in text
    assert MEMBER_REGISTER.column("name").header in text
