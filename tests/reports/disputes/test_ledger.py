"""矛盾纠纷排查化解台账 from the store through the one ledger writer: its twelve columns on A4
landscape, one row per dispute screened in the period, the long names whole, and no party's ID
number or phone on it (it is posted and filed), not even masked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.reports.disputes.samples import LONG_ID_NUMBER, LONG_NAME, LONG_PHONE, RARE_NAME
from tests.reports.disputes.station import (
    POLICY,
    RESIDENT_ID_NUMBER,
    RESIDENT_PHONE,
    DisputeStation,
)
from tests.reports.printing_support import joined, need_poppler, pages, run
from tests.reports.zh import zh
from villagedesk import print_sources as src
from villagedesk.core.masking import mask_id_number, mask_phone
from villagedesk.reports.ledger import LedgerDocument, write_ledger
from villagedesk.reports.ledger_kinds import LEDGERS, format_rows
from villagedesk.store.station_store import StationStore

HEADERS = [
    "编号",
    "排查日期",
    "当事人",
    "类型",
    "涉及人数",
    "预警等级",
    "当前层级",
    "包案人",
    "调解结果",
    "履行",
    "回访",
    "销号日期",
]
Filled = tuple[StationStore, DisputeStation]


@pytest.fixture(autouse=True)
def _poppler() -> None:
    need_poppler()


def _ledger(tmp_path: Path, store: StationStore, **period: date) -> tuple[Path, list[list[str]]]:
    kind = LEDGERS["disputes"]
    data = src.ledger_rows(
        store,
        kind,
        search="",
        first=period.get("first"),
        last=period.get("last"),
        today=date(2026, 6, 1),
    )
    rows = format_rows(data.columns, data.rows, zh)
    doc = LedgerDocument(
        zh("Ledgers", kind.title), "东河村党群服务站", data.columns, rows, data.period
    )
    pdf = tmp_path / "disputes.pdf"
    assert write_ledger(pdf, doc, translate=zh) == []
    return pdf, rows


def test_the_ledger_has_the_paper_columns(filled: Filled) -> None:
    kind = LEDGERS["disputes"]
    assert [zh("Columns", c.header) for c in kind.columns()] == HEADERS
    assert kind.date_key == "screened_on"


def test_one_row_per_dispute_with_the_names_whole_and_no_number(
    tmp_path: Path, filled: Filled
) -> None:
    store, numbers = filled
    pdf, rows = _ledger(tmp_path, store)
    assert [r[0] for r in rows] == [numbers.written, numbers.oral]
    assert rows[0][5:] == [
        "绿",
        "村（居）调解委员会",
        "",
        "达成书面协议",
        "已履行",
        "2026.05.30 满意",
        "2026.05.30",
    ]
    assert rows[1][5] == "红" and rows[1][8] == "达成口头协议"
    flat = joined(run("pdftotext", pdf, "-"))
    assert "矛盾纠纷排查化解台账" in flat and all(h in flat for h in HEADERS)
    assert LONG_NAME in flat and RARE_NAME in flat and numbers.oral in flat
    for number in (RESIDENT_ID_NUMBER, LONG_ID_NUMBER, RESIDENT_PHONE, LONG_PHONE):
        assert number not in flat
        assert mask_id_number(number, POLICY) not in flat and mask_phone(number, POLICY) not in flat
    assert pages(pdf) == 1 and "841.89 x 595.276" in run("pdfinfo", pdf)  # A4 landscape


def test_the_period_and_the_search(tmp_path: Path, filled: Filled) -> None:
    store, numbers = filled
    _pdf, rows = _ledger(tmp_path, store, first=date(2026, 6, 1))
    assert rows == []
    found = src.ledger_rows(
        store, LEDGERS["disputes"], search="王五", first=None, last=None, today=date(2026, 6, 1)
    )
    assert [r[0] for r in found.rows] == [numbers.oral]
