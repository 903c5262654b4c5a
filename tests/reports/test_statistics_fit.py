"""党员基本情况统计表: a group that counts a member more than once says "可多选"; branches in
their order (by name: 第一 before 第二 before 第十), never by how many members they have."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.reports.printing_support import need_poppler, run
from tests.reports.zh import zh
from villagedesk.core.members.ports import StatsRow
from villagedesk.core.members.statistics import member_statistics
from villagedesk.reports.statistics_table import natural_key, write_statistics_table


def _stats() -> object:
    rows = [
        StatsRow(1, "male", "1950-01-01", "汉族", None, "1975-07", 1, "第一党支部", 3, "full"),
        StatsRow(2, "female", "1990-05-01", "汉族", None, None, 2, "第三党支部", 3, "full"),
        StatsRow(3, "female", "1991-05-01", "汉族", None, None, 2, "第三党支部", 1, "full"),
        StatsRow(4, "male", "1992-05-01", "汉族", None, None, 2, "第三党支部", 1, "full"),
        StatsRow(5, "male", "1993-05-01", "汉族", None, None, 3, "第二党支部", 0, "full"),
        StatsRow(6, "male", "1994-05-01", "汉族", None, None, 3, "第十党支部", 0, "full"),
    ]
    return member_statistics(rows, today=date(2026, 1, 1))


def test_categories_over_100_percent_say_more_than_one_may_apply(tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "stats.pdf"
    write_statistics_table(pdf, stats=_stats(), station="彩屯社区", translate=zh)  # type: ignore[arg-type]
    text = run("pdftotext", "-layout", pdf, "-")
    assert "可多选" in text
    assert text.count("可多选") == 1  # only the group whose counts add up to over 100 %


def test_branches_are_in_order_not_by_count(tmp_path: Path) -> None:
    need_poppler()
    pdf = tmp_path / "stats.pdf"
    write_statistics_table(pdf, stats=_stats(), station="彩屯社区", translate=zh)  # type: ignore[arg-type]
    text = run("pdftotext", "-layout", pdf, "-")
    at = [text.index(name) for name in ("第一党支部", "第二党支部", "第三党支部", "第十党支部")]
    assert at == sorted(at)
    ordered = tmp_path / "ordered.pdf"
    order = ["第三党支部", "第一党支部", "第十党支部", "第二党支部"]
    write_statistics_table(
        ordered,
        stats=_stats(),
        station="彩屯社区",
        translate=zh,
        branch_order=order,  # type: ignore[arg-type]
    )
    text = run("pdftotext", "-layout", ordered, "-")
    at = [text.index(name) for name in order]
    assert at == sorted(at)


def test_natural_order_reads_chinese_numbers() -> None:
    names = ["第十二党小组", "第二党小组", "第一党小组", "第十党小组", "第3党小组"]
    assert sorted(names, key=natural_key) == [
        "第一党小组",
        "第二党小组",
        "第3党小组",
        "第十党小组",
        "第十二党小组",
    ]
