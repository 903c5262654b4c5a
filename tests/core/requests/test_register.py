"""The request register, the 民情台账 and the household page's section: declared columns and
what their formatters show."""

from __future__ import annotations

from datetime import datetime

from tests.core.chinese import translate
from villagedesk.core.columns import RegisterSpec
from villagedesk.core.requests.register import (
    REQUEST_LEDGER,
    REQUEST_REGISTER,
    REQUESTS_SECTION,
    due_value,
)
from villagedesk.core.requests.timing import due_iso


def headers(keys: tuple[str, ...], spec: RegisterSpec) -> list[str]:
    return [translate("Columns", spec.column(k).header) for k in keys]


def test_the_ledger_has_the_paper_columns_in_order() -> None:
    village = REQUEST_LEDGER.for_mode(township=False)
    assert headers(village.keys, village) == [
        "编号",
        "受理日期",
        "来源",
        "诉求人",
        "内容摘要",
        "责任人",
        "时限",
        "办理结果",
        "回访情况",
        "满意度",
        "销号日期",
    ]
    assert REQUEST_LEDGER.for_mode(township=True).keys[-1] == "village"
    assert translate("Registers", REQUEST_LEDGER.title) == "民情台账"


def test_the_register_and_the_section() -> None:
    assert REQUEST_REGISTER.keys[:2] == ("number", "state")
    assert "village" not in REQUESTS_SECTION.keys
    assert translate("Registers", REQUEST_REGISTER.title) == "民情诉求"


def test_formatters_show_codes_times_and_the_estimated_mark_in_chinese() -> None:
    col = REQUEST_REGISTER.column
    assert col("state").format("awaiting_follow_up", translate) == "待回访"
    assert col("kind").format("report", translate) == "举报"
    assert col("urgency").format("urgent", translate) == "紧急"
    assert col("kind").format("unknown", translate) == "unknown"
    assert col("received_at").format("2026-05-20T09:30", translate) == "2026.05.20 09:30"
    assert (
        col("reopened").format(0, translate) == "" and col("reopened").format(2, translate) == "2"
    )
    due = col("due").format
    assert due(due_value(datetime(2026, 5, 28), False), translate) == "2026.05.27"
    assert due(due_value(datetime(2026, 5, 20, 11, 30), False), translate) == "2026.05.20 11:30"
    assert due(due_value(datetime(2027, 1, 9), True), translate) == "2027.01.08（估算）"
    assert due("", translate) == ""
    summary = col("summary").format(
        "村东头路灯坏了三天，晚上看不见路，老人出门不方便，请尽快修理。", translate
    )
    assert summary.endswith("…") and len(summary) == 30
    ledger = REQUEST_LEDGER.column
    assert ledger("follow_up").format("partly_solved", translate) == "部分解决"
    assert ledger("satisfaction").format("basically_satisfied", translate) == "基本满意"
    assert ledger("closed_on").format("2026-05-25T16:00", translate) == "2026.05.25"


def test_due_as_the_cli_shows_it() -> None:
    assert due_iso(datetime(2026, 5, 28)) == "2026-05-27"
    assert due_iso(datetime(2026, 5, 20, 11, 30)) == "2026-05-20T11:30"
