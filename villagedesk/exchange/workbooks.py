"""Workbooks: the first sheet of an .xlsx (openpyxl, read-only) or an .xls (xlrd) as a
:class:`~villagedesk.exchange.raw_table.RawTable`.

An .xlsx is checked before openpyxl reads it (a zip bomb, XML entities); only the columns of the
top rows and a margin beyond them are read. A date cell whose format has no day (1985-07) comes
back as the month's text, ``1985.07``.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from villagedesk.exchange import raw_table as limits
from villagedesk.exchange.raw_table import (
    Cell,
    RawTable,
    UnreadableFile,
    check_cells,
    head_width,
    not_a_roster_part,
    too_many_rows,
    trim,
    unreadable,
)

if TYPE_CHECKING:  # the readers' own libraries load when a workbook is read
    from openpyxl.cell.read_only import ReadOnlyCell
    from xlrd.book import Book
    from xlrd.sheet import Cell as XlsCell


def check_workbook_parts(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than a roster needs (a zip bomb), or whose
    XML declares entities, before openpyxl reads any part whole."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > limits.MAX_ZIP_ENTRIES:
                raise not_a_roster_part(path, f"{len(entries)} parts")
            for info in entries:
                name = info.filename
                if not name.lower().endswith((".xml", ".rels", ".vml")):
                    continue  # pictures and printer settings: openpyxl does not read them here
                limit = (
                    limits.MAX_SHEET_PART_BYTES if "worksheets/" in name else limits.MAX_PART_BYTES
                )
                if info.file_size > limit:
                    raise not_a_roster_part(path, name, info.file_size)
                with archive.open(info) as part:
                    head = part.read(2048)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise not_a_roster_part(path, name)
    except UnreadableFile:
        raise
    except Exception as e:  # zipfile raises many kinds for a damaged archive
        raise unreadable(path, type(e).__name__) from e


def read_xlsx(path: Path) -> RawTable:
    check_workbook_parts(path)
    # openpyxl warns (in English, on stderr) about the parts it drops: data validation
    # extensions, conditional formats, … none of which an import reads.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _read_xlsx_sheet(path)


def _read_xlsx_sheet(path: Path) -> RawTable:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a damaged file
        raise unreadable(path, type(e).__name__) from e
    try:
        sheet = book.worksheets[0]
        declared = sheet.max_row
        if isinstance(declared, int) and declared > limits.MAX_ROWS:
            raise too_many_rows(path)
        sheet.reset_dimensions()  # some programs write a wrong <dimension>; read every cell
        # The top rows, up to one column past the limit (so that a wider file is seen).
        head = sheet.iter_rows(max_row=limits.HEAD_ROWS, max_col=limits.MAX_COLUMNS + 1)
        width = head_width(path, [[_xlsx_value(c) for c in cells] for cells in head])
        rows: list[list[Cell]] = []
        for cells in sheet.iter_rows(max_col=width):
            if len(rows) >= limits.MAX_ROWS:
                raise too_many_rows(path)
            row = trim([_xlsx_value(c) for c in cells])
            check_cells(path, row, len(rows) + 1)
            rows.append(row)
        return RawTable(path, sheet.title, rows)
    except UnreadableFile:
        raise
    except Exception as e:  # a part damaged past what load_workbook looked at
        raise unreadable(path, type(e).__name__) from e
    finally:
        book.close()


def _xlsx_value(cell: ReadOnlyCell) -> Cell:
    value: Cell = cell.value
    if isinstance(value, (datetime, date)) and month_format(cell.number_format):
        return f"{value.year:04d}.{value.month:02d}"  # a month typed as 1985-07 stays a month
    return value


def month_format(number_format: str | None) -> bool:
    """A date format without a day (yyyy-mm, yyyy"年"m"月")."""
    if not number_format:
        return False
    bare = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", number_format).lower()
    return "y" in bare and "d" not in bare


def read_xls(path: Path) -> RawTable:
    import xlrd

    try:
        # xlrd prints its warnings about a damaged file to stdout unless given a log file.
        book = xlrd.open_workbook(
            str(path), on_demand=True, formatting_info=True, logfile=io.StringIO()
        )
    except Exception as e:  # xlrd.XLRDError, struct errors … on a damaged file
        raise unreadable(path, type(e).__name__) from e
    try:
        sheet = book.sheet_by_index(0)
        if sheet.nrows > limits.MAX_ROWS:
            raise too_many_rows(path)
        head = [
            [
                _xls_value(book, sheet.cell(r, c))
                for c in range(min(sheet.ncols, limits.MAX_COLUMNS + 1))
            ]
            for r in range(min(sheet.nrows, limits.HEAD_ROWS))
        ]
        width = min(sheet.ncols, head_width(path, head))
        rows: list[list[Cell]] = []
        for r in range(sheet.nrows):
            row = trim([_xls_value(book, sheet.cell(r, c)) for c in range(width)])
            check_cells(path, row, r + 1)
            rows.append(row)
        return RawTable(path, sheet.name, rows)
    except UnreadableFile:
        raise
    except Exception as e:  # xlrd reads a damaged sheet lazily: the errors come here
        raise unreadable(path, type(e).__name__) from e
    finally:
        book.release_resources()


def _xls_value(book: Book, cell: XlsCell) -> Cell:
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
        if month_format(fmt):
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
