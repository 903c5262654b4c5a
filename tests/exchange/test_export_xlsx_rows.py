"""The export's own row writer puts exactly the XML in the file that openpyxl writes for the
same cells, so Excel, WPS and LibreOffice see no difference (and an openpyxl upgrade that
changes its output shows up here)."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.exchange.xlsx_export import DATE_FORMAT, TEXT_FORMAT, export_register
from villagedesk.exchange.xlsx_rows import CellXml, clean_text, open_row_stream

#: (kind, value) per cell: plain text, text with the "@" format, a number, a date.
ROWS: list[list[tuple[str, Any]]] = [
    [
        ("text", "张三"),
        ("styled", "110105197805120018"),
        ("date", date(1949, 12, 31)),
        ("number", 4),
        ("text", " 前后有空格 "),
    ],
    [
        ("text", "a & b <c> \"d\" 'e'"),
        ("styled", "=SUM(A1:A2)"),
        ("date", date(1900, 1, 1)),
        ("number", 1.5),
        ("text", "第一行\r\n第二行\t😀 ü"),
    ],
    [
        ("styled", "+86 138 0013 8000"),
        ("text", "x" * 40_000),
        ("date", date(1900, 3, 1)),
        ("number", 10**17),
        ("number", 0.1),
    ],
]


def _sheet(path: Path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml") + z.read("xl/styles.xml")


def _by_openpyxl(path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("S")
    for fmt in (TEXT_FORMAT, DATE_FORMAT):  # register the styles in CellXml's order
        WriteOnlyCell(ws).number_format = fmt
    ws.append(["表头"])
    for row in ROWS:
        cells = []
        for kind, value in row:
            cell = WriteOnlyCell(ws)
            if kind == "styled":
                cell.number_format = TEXT_FORMAT
            elif kind == "date":
                cell.number_format = DATE_FORMAT  # before the value: no default date format
            cell.value = value
            if kind == "styled":
                cell.data_type = "s"  # never a formula
            cells.append(cell)
        ws.append(cells)
    wb.save(path)


def _by_row_stream(path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("S")
    stream = open_row_stream(ws)
    ws.append(["表头"])
    xml = CellXml(ws, text_format=TEXT_FORMAT, date_format=DATE_FORMAT)
    out = []
    for r, row in enumerate(ROWS, start=2):
        out.append(f'<row r="{r}">')
        for c, (kind, value) in enumerate(row, start=1):
            if kind == "date":
                tail = xml.date(value)
            elif kind == "number":
                tail = xml.number(value)
            else:
                tail = xml.text(clean_text(value), styled=kind == "styled")
            out.append(f'<c r="{get_column_letter(c)}{r}{tail}')
        out.append("</row>")
    stream.write_rows_xml("".join(out))
    wb.save(path)


def test_rows_are_written_exactly_as_openpyxl_writes_them(tmp_path: Path) -> None:
    _by_openpyxl(tmp_path / "openpyxl.xlsx")
    _by_row_stream(tmp_path / "stream.xlsx")
    assert _sheet(tmp_path / "stream.xlsx") == _sheet(tmp_path / "openpyxl.xlsx")


def test_many_rows_arrive_complete_and_in_order(tmp_path: Path) -> None:
    path = tmp_path / "roll.xlsx"
    rows = [(f"党员{i}", f"1380013{i:04d}", "1980-01-0" + str(i % 9 + 1)) for i in range(1201)]
    export_register(
        path,
        spec=MEMBER_REGISTER,
        keys=["name", "phone", "birth_date"],
        rows=iter(rows),
        translate=lambda _context, text: text,
    )
    book = load_workbook(path, read_only=True)
    try:
        ws = book.active
        assert ws is not None
        values = [tuple(c.value for c in row) for row in ws.iter_rows(min_row=2)]
    finally:
        book.close()
    assert len(values) == 1201
    assert values[0] == ("党员0", "13800130000", datetime(1980, 1, 1))
    assert values[-1] == ("党员1200", "13800131200", datetime(1980, 1, 4))
