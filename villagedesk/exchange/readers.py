"""Reading a roster file into plain rows of cell values: .xlsx (openpyxl, read-only), .xls (xlrd)
and .csv (UTF-8 with or without BOM, or GBK/GB18030, detected).

Cells come back as Python values: ``str``, ``int``, ``float``, ``datetime``/``date``, ``bool``
or None. Merged cells keep their value in the top-left cell only, as the file stores them.
A file that cannot be read raises :class:`UnreadableFile` with a message saying why and what to do.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

CTX = "Import"
Cell = str | int | float | date | datetime | time | bool | None
#: Rows beyond this many are not read (a roster is thousands of rows, not millions).
MAX_ROWS = 200_000


class UnreadableFile(DomainError):
    """The file is not a spreadsheet this program can read; nothing was imported."""


@dataclass(frozen=True)
class RawTable:
    """The first sheet of a file as rows of cell values (trailing empty cells trimmed)."""

    path: Path
    sheet: str
    rows: list[list[Cell]]


def _trim(row: list[Cell]) -> list[Cell]:
    end = len(row)
    while end and (row[end - 1] is None or row[end - 1] == ""):
        end -= 1
    return row[:end]


def _unreadable(path: Path, detail: str) -> UnreadableFile:
    return UnreadableFile(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "The file {file} cannot be read ({detail}). Open it in Excel or WPS and save it "
                "as an Excel workbook (.xlsx), then import that file.",
            ),
            file=path.name,
            detail=detail,
        )
    )


def _read_xlsx(path: Path) -> RawTable:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a damaged file
        raise _unreadable(path, type(e).__name__) from e
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # some programs write a wrong <dimension>; read every cell
        rows: list[list[Cell]] = []
        for cells in sheet.iter_rows():
            rows.append(_trim([_xlsx_value(c) for c in cells]))
            if len(rows) >= MAX_ROWS:
                break
        return RawTable(path, sheet.title, rows)
    finally:
        book.close()


def _xlsx_value(cell: Any) -> Cell:
    value: Cell = cell.value
    if isinstance(value, (datetime, date)) and _month_format(cell.number_format):
        return f"{value.year:04d}.{value.month:02d}"  # a month typed as 1985-07 stays a month
    return value


def _month_format(number_format: str | None) -> bool:
    """A date format without a day (yyyy-mm, yyyy"年"m"月")."""
    if not number_format:
        return False
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", number_format).lower()
    return "y" in bare and "d" not in bare


def _read_xls(path: Path) -> RawTable:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True, formatting_info=True)
    except Exception as e:  # xlrd.XLRDError, struct errors … on a damaged file
        raise _unreadable(path, type(e).__name__) from e
    try:
        sheet = book.sheet_by_index(0)
        rows: list[list[Cell]] = []
        for r in range(min(sheet.nrows, MAX_ROWS)):
            row: list[Cell] = []
            for c in range(sheet.ncols):
                row.append(_xls_value(book, sheet.cell(r, c)))
            rows.append(_trim(row))
        return RawTable(path, sheet.name, rows)
    finally:
        book.release_resources()


def _xls_value(book: Any, cell: Any) -> Cell:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            value: datetime = xlrd.xldate_as_datetime(cell.value, book.datemode)
        except (ValueError, OverflowError):
            return float(cell.value)
        try:
            fmt = book.format_map[book.xf_list[cell.xf_index].format_key].format_str
        except (IndexError, KeyError, AttributeError):
            fmt = None
        if _month_format(fmt):
            return f"{value.year:04d}.{value.month:02d}"
        return value
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    value = cell.value
    if isinstance(value, (str, float, int)):
        return value
    return str(value)


_ENCODINGS = ("utf-8-sig", "gb18030")


def decode_csv(data: bytes) -> str:
    """UTF-8 (with or without BOM) when it decodes, else GB18030 (a superset of GBK)."""
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("gb18030", data, 0, 1, "neither UTF-8 nor GBK")


def _read_csv(path: Path) -> RawTable:
    try:
        text = decode_csv(path.read_bytes())
    except UnicodeDecodeError as e:
        raise _unreadable(path, "encoding") from e
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[Cell]] = []
    for values in csv.reader(io.StringIO(text, newline=""), dialect):
        rows.append(_trim(list(values)))
        if len(rows) >= MAX_ROWS:
            break
    return RawTable(path, path.stem, rows)


def read_table(path: Path) -> RawTable:
    """The first sheet of ``path`` (.xlsx/.xlsm, .xls, .csv/.txt). Raises UnreadableFile."""
    path = Path(path)
    if not path.is_file():
        raise _unreadable(path, "not found")
    suffix = path.suffix.lower()
    with path.open("rb") as f:
        head = f.read(8)
    try:
        if head.startswith(b"PK"):
            return _read_xlsx(path)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            return _read_xls(path)
        if suffix in (".xlsx", ".xlsm", ".xls", ".et"):
            raise _unreadable(path, "not a workbook")
        return _read_csv(path)
    except OSError as e:
        raise _unreadable(path, e.strerror or type(e).__name__) from e
