"""The register export: what a secretary sees when she opens the .xlsx in Excel or WPS."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from villagedesk.core.households.register import HOUSEHOLD_REGISTER
from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.progress import Cancelled, Progress
from villagedesk.exchange.xlsx_export import DATE_FORMAT, export_register

ZH = {"Name": "姓名", "ID number": "公民身份号码", "Date of birth": "出生日期", "Male": "男"}


def zh(context: str, text: str) -> str:
    del context
    return ZH.get(text, text)


KEYS = ["name", "id_number", "birth_date", "joined_on", "phone", "sex"]
ROWS: list[tuple[Any, ...]] = [
    ("张三", "11010519491231002X", "1949-12-31", "1975-07", "13800138000", "male"),
    ("李四", "110105197805120018", "1978-05-12", None, "", "female"),
]


def export(tmp_path: Path, rows: list[tuple[Any, ...]] = ROWS, **kw: Any) -> Path:
    path = tmp_path / "roll.xlsx"
    keys = kw.pop("keys", KEYS)
    spec = kw.pop("spec", MEMBER_REGISTER)
    result = export_register(path, spec=spec, keys=keys, rows=iter(rows), translate=zh, **kw)
    assert result.rows == len(rows)
    return path


def test_headers_are_translated_and_frozen_with_the_register_widths(tmp_path: Path) -> None:
    ws = load_workbook(export(tmp_path)).active
    assert ws is not None
    assert [c.value for c in ws[1]] == [
        "姓名",
        "公民身份号码",
        "出生日期",
        "Joined on",
        "Phone",
        "Sex",
    ]
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width >= 19  # the ID number column is wide enough
    assert ws.column_dimensions["A"].width < ws.column_dimensions["B"].width


def test_id_numbers_and_phones_are_text_dates_are_dates_a_month_is_text(tmp_path: Path) -> None:
    ws = load_workbook(export(tmp_path)).active
    assert ws is not None
    first, second = ws[2], ws[3]
    assert first[1].value == "11010519491231002X"
    assert second[1].value == "110105197805120018"  # all 18 digits, no 1.10105E+17
    assert second[1].data_type == "s" and second[1].number_format == "@"
    assert first[4].value == "13800138000" and first[4].number_format == "@"
    assert first[2].value == datetime(1949, 12, 31)
    assert first[2].is_date and first[2].number_format == DATE_FORMAT
    assert first[3].value == "1975.07"  # month precision stays a month
    assert second[3].value is None and second[4].value is None
    assert first[5].value == "男"  # the formatter's translated label


def test_numbers_are_numbers(tmp_path: Path) -> None:
    keys = ["head", "residents", "members"]
    ws = load_workbook(
        export(tmp_path, [("王五", 4, 1)], spec=HOUSEHOLD_REGISTER, keys=keys)
    ).active
    assert ws is not None
    assert [c.value for c in ws[2]] == ["王五", 4, 1]


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    rows = [('=HYPERLINK("x")', "+8613800138000", None, None, "-1", None)]
    ws = load_workbook(export(tmp_path, rows)).active
    assert ws is not None
    assert [c.value for c in ws[2]][:2] == ['=HYPERLINK("x")', "+8613800138000"]
    assert ws["A2"].data_type == "s" and ws["E2"].value == "-1"


def test_control_characters_are_dropped_not_fatal(tmp_path: Path) -> None:
    ws = load_workbook(export(tmp_path, [("王\x07五", None, None, None, None, None)])).active
    assert ws is not None
    assert ws["A2"].value == "王五"


def test_only_the_given_columns_in_the_given_order(tmp_path: Path) -> None:
    rows = [("13800138000", "张三")]
    ws = load_workbook(export(tmp_path, rows, keys=["phone", "name"])).active
    assert ws is not None
    assert [c.value for c in ws[1]] == ["Phone", "姓名"]
    assert [c.value for c in ws[2]] == ["13800138000", "张三"]


def test_the_township_village_column_exports_where_the_mode_shows_it(tmp_path: Path) -> None:
    spec = MEMBER_REGISTER.for_mode(township=True)
    ws = load_workbook(
        export(tmp_path, [("张三", "东河村")], spec=spec, keys=["name", "village"])
    ).active
    assert ws is not None
    assert [c.value for c in ws[1]] == ["姓名", "Village / community"]
    with pytest.raises(KeyError):
        export(
            tmp_path,
            [("张三", "东河村")],
            spec=MEMBER_REGISTER.for_mode(township=False),
            keys=["name", "village"],
        )


def test_progress_counts_rows(tmp_path: Path) -> None:
    progress = Progress()
    rows = [("张三", None, None, None, None, None)] * 1200
    export(tmp_path, rows, total=1200, progress=progress)
    assert (progress.done, progress.total) == (1200, 1200)


def test_cancel_leaves_the_old_file_untouched_and_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "roll.xlsx"
    path.write_bytes(b"the old export")
    progress = Progress()

    def rows() -> Any:
        yield from [("张三", None, None, None, None, None)] * 600
        progress.cancel()
        yield from [("李四", None, None, None, None, None)] * 600

    with pytest.raises(Cancelled):
        export_register(
            path, spec=MEMBER_REGISTER, keys=KEYS, rows=rows(), translate=zh, progress=progress
        )
    assert path.read_bytes() == b"the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roll.xlsx"]
