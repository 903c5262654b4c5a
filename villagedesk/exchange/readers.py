"""Reading a roster file into plain rows of cell values: .xlsx (openpyxl, read-only), .xls (xlrd)
and .csv (UTF-8 with or without BOM, or GBK/GB18030, detected).

Cells come back as Python values: ``str``, ``int``, ``float``, ``datetime``/``date``, ``bool``
or None. Merged cells keep their value in the top-left cell only, as the file stores them.
A file that cannot be read raises :class:`UnreadableFile` with a message saying why and what to do.

Every file is treated as hostile: its size, the unpacked size of each part of a workbook, the
columns and rows and the length of a cell are capped (see the limits below), and a file over a
limit is refused before it is read whole. Only the columns of the first rows (where the header
is) and a margin beyond them are read, so a single cell at column XFD cannot make every row
16,384 cells wide.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from villagedesk.core.errors import DomainError
from villagedesk.core.faults import not_a_regular_file
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Import"
Cell = str | int | float | date | datetime | time | bool | None
#: A roster is thousands of rows, not millions: a file with more rows is refused.
MAX_ROWS = 200_000
#: The header row is looked for in this many rows at the top (headers.py searches them).
HEAD_ROWS = 30
#: No roster has more columns than this in its top rows; a file that has is refused.
MAX_COLUMNS = 256
#: Columns read to the right of the last filled column of the top rows (data without a header).
COLUMN_MARGIN = 16
#: Excel's own limit on the characters in a cell.
MAX_CELL_CHARS = 32_767
#: The largest file read at all (a roster of 200,000 rows is a few tens of MB).
MAX_FILE_BYTES = 100 * 1024 * 1024
#: The largest unpacked worksheet of an .xlsx (openpyxl streams it).
MAX_SHEET_PART_BYTES = 256 * 1024 * 1024
#: The largest other unpacked part (shared strings and styles are read whole into memory).
MAX_PART_BYTES = 64 * 1024 * 1024
#: More parts than a workbook ever has.
MAX_ZIP_ENTRIES = 10_000
_MB = 1024 * 1024


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


def _unreadable(path: Path, detail: str | Message) -> UnreadableFile:
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


def _refuse(text: str, path: Path, **params: object) -> UnreadableFile:
    return UnreadableFile(msg(CTX, text, file=path.name, **params))


def _too_large(path: Path, size: int) -> UnreadableFile:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file {file} is too large to import ({size} MB; at most {limit} MB). Split it "
            "into smaller files and import them one by one.",
        ),
        path,
        size=-(-size // _MB),
        limit=MAX_FILE_BYTES // _MB,
    )


def _too_many_rows(path: Path) -> UnreadableFile:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file {file} has more than {limit} rows. Delete the rows below the roster (even "
            "empty ones that were formatted), or split it into smaller files.",
        ),
        path,
        limit=f"{MAX_ROWS:,}",
    )


def _too_many_columns(path: Path) -> UnreadableFile:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file {file} has more than {limit} columns in its first {rows} rows. Delete the "
            "columns that are not part of the roster and import it again.",
        ),
        path,
        limit=MAX_COLUMNS,
        rows=HEAD_ROWS,
    )


def _cell_too_long(path: Path, row: int) -> UnreadableFile:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "A cell in row {row} of {file} holds more than {limit} characters, more than Excel "
            "allows in a cell. Shorten it and import the file again.",
        ),
        path,
        row=row,
        limit=f"{MAX_CELL_CHARS:,}",
    )


def _not_a_roster_part(path: Path, part: str, size: int | None = None) -> UnreadableFile:
    detail: Message
    if size is None:
        detail = msg(CTX, QT_TRANSLATE_NOOP("Import", "a part no workbook has: {part}"), part=part)
    else:
        detail = msg(
            CTX,
            QT_TRANSLATE_NOOP("Import", "{part} unpacks to {size} MB"),
            part=part,
            size=-(-size // _MB),
        )
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file {file} holds far more than a roster ({detail}), so it was not read. Open "
            "it in Excel or WPS, keep only the roster, save it and import it again.",
        ),
        path,
        detail=detail,
    )


def _check_workbook_parts(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than a roster needs (a zip bomb), or whose
    XML declares entities, before openpyxl reads any part whole."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                raise _not_a_roster_part(path, f"{len(entries)} parts")
            for info in entries:
                name = info.filename
                if not name.lower().endswith((".xml", ".rels", ".vml")):
                    continue  # pictures and printer settings: openpyxl does not read them here
                limit = MAX_SHEET_PART_BYTES if "worksheets/" in name else MAX_PART_BYTES
                if info.file_size > limit:
                    raise _not_a_roster_part(path, name, info.file_size)
                with archive.open(info) as part:
                    head = part.read(2048)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise _not_a_roster_part(path, name)
    except UnreadableFile:
        raise
    except Exception as e:  # zipfile raises many kinds for a damaged archive
        raise _unreadable(path, type(e).__name__) from e


def _read_xlsx(path: Path) -> RawTable:
    _check_workbook_parts(path)
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
        raise _unreadable(path, type(e).__name__) from e
    try:
        sheet = book.worksheets[0]
        declared = sheet.max_row
        if isinstance(declared, int) and declared > MAX_ROWS:
            raise _too_many_rows(path)
        sheet.reset_dimensions()  # some programs write a wrong <dimension>; read every cell
        width = _head_width(path, [[_xlsx_value(c) for c in cells] for cells in _head(sheet)])
        rows: list[list[Cell]] = []
        for cells in sheet.iter_rows(max_col=width):
            if len(rows) >= MAX_ROWS:
                raise _too_many_rows(path)
            row = _trim([_xlsx_value(c) for c in cells])
            _check_cells(path, row, len(rows) + 1)
            rows.append(row)
        return RawTable(path, sheet.title, rows)
    except UnreadableFile:
        raise
    except Exception as e:  # a part damaged past what load_workbook looked at
        raise _unreadable(path, type(e).__name__) from e
    finally:
        book.close()


def _head(sheet: Any) -> Any:
    """The top rows, up to one column past the limit (so that a wider file is seen)."""
    return sheet.iter_rows(max_row=HEAD_ROWS, max_col=MAX_COLUMNS + 1)


def _head_width(path: Path, head: list[list[Cell]]) -> int:
    """How many columns to read: the last filled column of the top rows and a margin."""
    used = max((len(_trim(row)) for row in head[:HEAD_ROWS]), default=0)
    if used > MAX_COLUMNS:
        raise _too_many_columns(path)
    return max(used, 1) + COLUMN_MARGIN


def _check_cells(path: Path, row: list[Cell], line: int) -> None:
    for value in row:
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            raise _cell_too_long(path, line)


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
        # xlrd prints its warnings about a damaged file to stdout unless given a log file.
        book = xlrd.open_workbook(
            str(path), on_demand=True, formatting_info=True, logfile=io.StringIO()
        )
    except Exception as e:  # xlrd.XLRDError, struct errors … on a damaged file
        raise _unreadable(path, type(e).__name__) from e
    try:
        sheet = book.sheet_by_index(0)
        if sheet.nrows > MAX_ROWS:
            raise _too_many_rows(path)
        head = [
            [_xls_value(book, sheet.cell(r, c)) for c in range(min(sheet.ncols, MAX_COLUMNS + 1))]
            for r in range(min(sheet.nrows, HEAD_ROWS))
        ]
        width = min(sheet.ncols, _head_width(path, head))
        rows: list[list[Cell]] = []
        for r in range(sheet.nrows):
            row = _trim([_xls_value(book, sheet.cell(r, c)) for c in range(width)])
            _check_cells(path, row, r + 1)
            rows.append(row)
        return RawTable(path, sheet.name, rows)
    except UnreadableFile:
        raise
    except Exception as e:  # xlrd reads a damaged sheet lazily: the errors come here
        raise _unreadable(path, type(e).__name__) from e
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
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[list[Cell]] = []
    width = MAX_COLUMNS + 1
    try:
        for values in reader:
            if len(rows) >= MAX_ROWS:
                raise _too_many_rows(path)
            row: list[Cell] = _trim(list(values[:width]))
            _check_cells(path, row, len(rows) + 1)
            rows.append(row)
            if len(rows) == HEAD_ROWS:
                width = _head_width(path, rows)
    except csv.Error as e:
        if "field larger than field limit" in str(e):  # the csv module's own 128 KB cap
            raise _cell_too_long(path, len(rows) + 1) from e
        raise _unreadable(path, "CSV") from e
    if len(rows) < HEAD_ROWS:
        _head_width(path, rows)
    return RawTable(path, path.stem, rows)


def read_table(path: Path) -> RawTable:
    """The first sheet of ``path`` (.xlsx/.xlsm, .xls, .csv/.txt). Raises UnreadableFile."""
    path = Path(path)
    try:
        info = path.stat()
    except (OSError, ValueError) as e:
        raise _unreadable(path, "not found") from e
    refusal = not_a_regular_file(info.st_mode)  # a FIFO or a device: opening one may hang
    if refusal is not None:
        raise _unreadable(path, refusal)
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large(path, info.st_size)
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as f:
            head = f.read(8)
        if head.startswith(b"PK"):
            return _read_xlsx(path)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            return _read_xls(path)
        if suffix in (".xlsx", ".xlsm", ".xls", ".et"):
            raise _unreadable(path, "not a workbook")
        return _read_csv(path)
    except OSError as e:
        raise _unreadable(path, e.strerror or type(e).__name__) from e
