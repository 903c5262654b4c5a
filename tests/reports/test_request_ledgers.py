"""民情台账 and 回访台账 through the one ledger writer: their columns, the date column a period
filters on, and a long content printed whole (never cut to "…")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reports.printing_support import MM, joined, need_poppler, page_texts, region_text, run
from tests.reports.request_samples import CONTENT, NUMBER, STATION
from tests.reports.zh import zh
from villagedesk.reports.ledger import LedgerDocument, column_widths, write_ledger
from villagedesk.reports.ledger_kinds import REQUEST_LEDGER_KINDS as LEDGERS
from villagedesk.reports.ledger_kinds import format_rows


@pytest.fixture(autouse=True)
def _poppler() -> None:
    need_poppler()


RAW = {
    "number": NUMBER,
    "received_on": "2026-05-20",
    "channel": "民情接待日",
    "requester": "欧阳娜娜",
    "summary": CONTENT,
    "assignee": "赵丽华",
    "due": "2027-01-09T00:00~",
    "outcome": "管道已更换完毕，已告知诉求人维修结果及后续赔偿申请办法。" * 2,
    "follow_up": "solved",
    "satisfaction": "satisfied",
    "closed_on": "2026-06-13",
    "replied_on": "2026-06-10",
    "followed_up_on": "2026-06-12",
    "resolution": "partly_solved",
    "followed_up_by": "古丽娜尔·吐尔逊",
    "village": "",
}


def _ledger(tmp_path: Path, which: str) -> tuple[str, str]:
    """The ledger's text, and the text of its 内容摘要 column alone."""
    kind = LEDGERS[which]
    columns = kind.columns()
    rows = format_rows(columns, [tuple(RAW[c.key] for c in columns)], zh)
    doc = LedgerDocument(zh("Ledgers", kind.title), STATION, columns, rows)
    pdf = tmp_path / f"{which}.pdf"
    assert write_ledger(pdf, doc, translate=zh) == []
    widths = column_widths(doc)
    at = 1 + [c.key for c in columns].index("summary")
    left = 12 * MM + sum(widths[:at])
    summary = region_text(pdf, 1, (left, 0, widths[at], 210 * MM))
    return "".join(page_texts(pdf)) + run("pdftotext", pdf, "-"), summary


def test_the_request_ledger_has_the_paper_columns_and_prints_the_content_whole(
    tmp_path: Path,
) -> None:
    kind = LEDGERS["requests"]
    assert kind.date_key == "received_on"
    assert kind.date_key in [c.key for c in kind.columns()]
    text, summary = _ledger(tmp_path, "requests")
    for head in ("编号", "受理日期", "来源", "诉求人", "内容摘要", "责任人", "时限", "办理结果"):
        assert head in text
    assert "民情台账" in text and "2027.01.08（估算）" in text
    assert "…" not in text and joined(CONTENT) in joined(summary)


def test_the_follow_up_ledger(tmp_path: Path) -> None:
    kind = LEDGERS["follow_ups"]
    assert [c.key for c in kind.columns()] == [
        "number",
        "requester",
        "summary",
        "assignee",
        "replied_on",
        "followed_up_on",
        "resolution",
        "satisfaction",
        "followed_up_by",
    ]
    assert kind.date_key == "followed_up_on"
    text, summary = _ledger(tmp_path, "follow_ups")
    for head in ("回访台账", "答复日期", "回访日期", "是否解决", "满意度", "回访人"):
        assert head in text
    assert "2026.06.12" in text and "部分解决" in text and "满意" in text
    assert "…" not in text and joined(CONTENT) in joined(summary)
