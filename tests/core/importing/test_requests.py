"""The 民情台账 import on a real station database: rows read into requests by the request form's
rules; what the register holds already is unchanged; hostile files (too wide, too long, a 10 MB
cell, formulas, bad dates, unknown types) are refused in Chinese, without a traceback and
without a phone or an ID number in any message; a cancel writes nothing."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from tests.cli.helpers import PendingCatalogue
from tests.exchange.hostile_files import header_rows, write_xlsx
from villagedesk.core.errors import DomainError
from villagedesk.core.importing.rows import ImportKind, RowOutcome, RowResult
from villagedesk.core.importing.services import apply_import, preview_import
from villagedesk.core.in_service.model import InServiceSettings
from villagedesk.core.progress import Cancelled, Progress
from villagedesk.core.requests.services import list_requests
from villagedesk.core.station import Station, StationLevel
from villagedesk.core.text import Message
from villagedesk.exchange import raw_table
from villagedesk.exchange.cells import read_import_file
from villagedesk.store.station_store import StationStore, open_station_store

R = ImportKind.REQUESTS
TODAY = datetime(2026, 6, 1).date()
PHONE = "13912345678"
ID_NUMBER = "37032319580315002X"
HEADERS = ["编号", "受理时间", "来源", "诉求人", "联系电话", "诉求类型", "分类", "诉求内容"]
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def zh() -> PendingCatalogue:
    return PendingCatalogue()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[StationStore]:
    s = open_station_store(tmp_path / "data", now=datetime(2026, 1, 15, 9, 0))
    with s.uow_factory() as uow:
        uow.station.save(Station(code="370323104203", name="东河村", level=StationLevel.VILLAGE))
        uow.in_service.settings.save(InServiceSettings(1, "DHC"))
        uow.commit()
    yield s
    s.close()


def _xlsx(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _good(n: int = 1) -> list[list[object]]:
    return [
        ["", f"2026-05-{n:02d} 09:00", "电话", "李大妈", PHONE, "求助", "基础设施", f"路灯坏了{n}"]
    ]


def _chinese(zh: PendingCatalogue, messages: tuple[Message, ...]) -> list[str]:
    texts = [m.render(zh.translate) for m in messages]
    for text in texts:
        assert CJK.search(text), text
        assert PHONE not in text and ID_NUMBER not in text
        assert not re.search(r"\d{11,}", text), text
    return texts


def _preview(store: StationStore, path: Path) -> list[RowResult]:
    rows = read_import_file(path, R).rows
    return list(preview_import(store.uow_factory(), kind=R, rows=rows, today=TODAY).rows)


def test_a_ledger_imports_and_a_second_import_finds_it_unchanged(
    store: StationStore, tmp_path: Path
) -> None:
    path = _xlsx(tmp_path / "a.xlsx", _good(1) + _good(2))
    rows = read_import_file(path, R).rows
    done = apply_import(store.uow_factory(), kind=R, rows=rows, today=TODAY)
    assert done.wrote and done.preview.counts.new == 2
    stored = sorted(list_requests(store.uow_factory()), key=lambda r: r.number)
    assert [r.number for r in stored] == ["DHC-2026-0001", "DHC-2026-0002"]
    assert stored[0].values.received_at == datetime(2026, 5, 1, 9, 0)  # kept as in the file
    assert stored[0].values.requester.phone == PHONE
    again = apply_import(store.uow_factory(), kind=R, rows=rows, today=TODAY)
    assert not again.wrote
    assert [r.outcome for r in again.preview.rows] == [RowOutcome.UNCHANGED] * 2


def test_bad_cells_are_refused_with_chinese_reasons(
    store: StationStore, tmp_path: Path, zh: PendingCatalogue
) -> None:
    path = _xlsx(
        tmp_path / "bad.xlsx",
        [
            ["", "2026-13-45 09:00", "电话", "甲", "", "求助", "", "日期不对"],
            ["", "2026-05-02 09:00", "电话", "乙", "", "吐槽", "", "类型不对"],
            ["", "2026-05-03 09:00", "电话", "丙", "", "求助", "", "=HYPERLINK(1)"],
            ["", "2026-05-04 09:00", "电话", "丁", PHONE + "9", "求助", "", f"身份证{ID_NUMBER}"],
            ["", "2099-05-04 09:00", "电话", "戊", "", "求助", "", "将来的"],
            ["", "2026-05-05 09:00", "电话", "己", "", "求助", "", "同一件"],
            ["", "2026-05-05 09:00", "电话", "己", "", "求助", "", "同一件"],
        ],
    )
    sheet_rows = openpyxl.load_workbook(path)
    ws = sheet_rows.worksheets[0]
    ws["H4"] = "=HYPERLINK(1)"  # a real formula: the file stores no value for it
    sheet_rows.save(path)
    results = _preview(store, path)
    outcomes = [r.outcome for r in results]
    assert outcomes == [RowOutcome.REFUSED] * 5 + [RowOutcome.NEW, RowOutcome.REFUSED]
    date_, kind, formula, phone, future, _, twice = (_chinese(zh, r.reasons) for r in results)
    assert "受理时间" in date_[0]
    assert "诉求类型" in kind[0] and "吐槽" in kind[0] and "咨询" in kind[0]
    assert "诉求内容" in formula[0]
    assert "联系电话" in phone[0]
    assert "受理时间" in future[0]
    assert "7" in twice[0]


def test_a_formula_written_out_as_text_is_refused(
    store: StationStore, tmp_path: Path, zh: PendingCatalogue
) -> None:
    path = tmp_path / "f.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADERS)
        writer.writerow(
            ["", "2026-05-03 09:00", "电话", "丙", "", "求助", "", '=cmd|" /C calc"!A0']
        )
    [result] = _preview(store, path)
    assert result.outcome is RowOutcome.REFUSED
    assert "公式" in _chinese(zh, result.reasons)[0]


def _refusal(path: Path, zh: PendingCatalogue) -> str:
    with pytest.raises(DomainError) as caught:
        read_import_file(path, R)
    text = caught.value.message.render(zh.translate)
    assert CJK.search(text) and "Traceback" not in text
    return text


def test_hostile_files_are_refused_before_they_are_read(
    tmp_path: Path, zh: PendingCatalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    wide = _xlsx(tmp_path / "wide.xlsx", [], HEADERS + [f"列{i}" for i in range(300)])
    assert "列" in _refusal(wide, zh)
    cell = ["", "2026-05-01 09:00", "电话", "甲", "", "求助", "", "长" * 10_000_000]
    huge = write_xlsx(tmp_path / "huge.xlsx", header_rows(HEADERS, cell))
    assert "32,767" in _refusal(huge, zh)
    monkeypatch.setattr(raw_table, "MAX_ROWS", 5)
    long = _xlsx(tmp_path / "long.xlsx", [r for n in range(1, 9) for r in _good(n)])
    assert "5" in _refusal(long, zh)
    roster = _xlsx(tmp_path / "roster.xlsx", [["张三", ID_NUMBER]], ["姓名", "公民身份号码"])
    assert "受理时间" in _refusal(roster, zh)


def test_a_cancel_writes_nothing(store: StationStore, tmp_path: Path) -> None:
    rows = read_import_file(_xlsx(tmp_path / "c.xlsx", _good(1) + _good(2)), R).rows
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        apply_import(store.uow_factory(), kind=R, rows=rows, today=TODAY, progress=progress)
    assert list_requests(store.uow_factory()) == []
