"""党员基本情况统计表: the statistics page as one table, read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.reports.printing_support import fonts_embedded, need_poppler, run
from villagedesk.core.members.ports import StatsRow
from villagedesk.core.members.statistics import member_statistics
from villagedesk.reports.statistics_table import write_statistics_table


def test_statistics_table_lists_every_group_with_counts(tmp_path: Path) -> None:
    need_poppler()
    rows = [
        StatsRow(1, "male", "1950-01-01", "汉族", "college", "1975-07", 1, "第一支部", 0, "full"),
        StatsRow(2, "female", "1990-05-01", "回族", None, "2020-07-01", 1, "第一支部", 1, "full"),
        StatsRow(3, "female", "1999-05-01", "汉族", None, None, 2, "第二支部", 0, "probationary"),
    ]
    stats = member_statistics(rows, today=date(2026, 1, 1))
    pdf = tmp_path / "stats.pdf"
    assert write_statistics_table(pdf, stats=stats, station="东河村党群服务站") == []
    text = run("pdftotext", "-layout", pdf, "-")
    assert "东河村党群服务站" in text and "As of 2026.01.01" in text
    for label in ("Sex", "Age", "Ethnic group", "Branch", "汉族", "回族", "第一支部", "第二支部"):
        assert label in text
    assert "66.7%" in text and "33.3%" in text
    for name, embedded in fonts_embedded(pdf):
        assert embedded == "yes", name
