"""进驻公示 by the print rules: a heading never alone at a page's foot, "第 x 页 共 y 页" on every
page, "序号" and masked numbers whole, 阿不都热合曼·买买提 broken only at "·"."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.reports.hard_people import people
from tests.reports.printing_support import need_poppler, page_texts, pages, words
from tests.reports.zh import zh
from villagedesk.core.columns import Align
from villagedesk.reports.notice import NoticeColumn, NoticeDocument, NoticeTable, write_notice


@pytest.fixture(autouse=True)
def _poppler() -> None:
    need_poppler()


def _doc(count: int) -> NoticeDocument:
    hard = people()
    registered = NoticeTable(
        heading="在职党员报到名单",
        columns=[
            NoticeColumn("序号", 5, kind="number", align=Align.CENTER),
            NoticeColumn("姓名", 10, kind="name"),
            NoticeColumn("工作单位", 17),
            NoticeColumn("认领岗位", 15, kind="list"),
            NoticeColumn("报到日期", 10, kind="date", align=Align.CENTER),
            NoticeColumn("联系电话", 11, kind="phone", align=Align.CENTER),
        ],
        rows=[
            [
                str(i + 1),
                hard[i % len(hard)].name,
                hard[i % len(hard)].work_unit,
                "政策宣传、环境整治、关爱老人",
                "2026.01.06",
                hard[i % len(hard)].phone,
            ]
            for i in range(count)
        ],
        records=[hard[i % len(hard)].name for i in range(count)],
    )
    posts = NoticeTable(
        heading="服务岗位",
        columns=[NoticeColumn("岗位", 10), NoticeColumn("岗位职责", 22)],
        rows=[["政策宣传", "向居民宣讲惠民政策"], ["环境整治", "清理卫生死角"]],
    )
    return NoticeDocument(
        title="在职党员进社区报到公示",
        station="彩屯社区党群服务站",
        period_from=date(2026, 3, 1),
        period_to=date(2026, 3, 7),
        contact_name="赵丽华",
        contact_phone="024-42812345-8021",
        tables=[registered, posts],
    )


def test_a_heading_never_stays_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    for count in range(14, 34):
        pdf = tmp_path / f"n{count}.pdf"
        write_notice(pdf, _doc(count), translate=zh)
        for text in page_texts(pdf):
            lines = [line for line in text.splitlines() if line.strip()]
            at = next((i for i, line in enumerate(lines) if line.strip() == "服务岗位"), None)
            if at is not None:
                after = [line for line in lines[at + 1 :] if "页" not in line]
                assert len(after) >= 3, (count, lines[at:])  # the header and its rows follow


def test_every_page_is_numbered(tmp_path: Path) -> None:
    pdf = tmp_path / "n.pdf"
    write_notice(pdf, _doc(40), translate=zh)
    total = pages(pdf)
    assert total >= 2
    for number, text in enumerate(page_texts(pdf), 1):
        assert re.search(rf"第\s*{number}\s*页\s*共\s*{total}\s*页", text), text[-200:]


def test_headers_names_and_masked_numbers_never_break_badly(tmp_path: Path) -> None:
    pdf = tmp_path / "n.pdf"
    problems = write_notice(pdf, _doc(12), translate=zh)
    assert problems == []
    found = [w.text for page in range(1, pages(pdf) + 1) for w in words(pdf, page)]
    assert "序号" in found and "序" not in found
    assert "阿不都热合曼·" in found and "买买提" in found
    assert "古丽娜尔·" in found and "吐尔逊" in found
    masked = [w for w in found if "****" in w]
    assert "024-********-8021" in masked and "139****1234" in masked
    assert all(re.fullmatch(r"[\d-]*\*{4,}[\d-]*", w) for w in masked)
