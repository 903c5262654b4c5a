"""Any register to .xlsx exactly as shown: translated headers in a frozen first row, the register's
column widths, ID numbers and phones as text, dates as real dates (a month as text, 1985.07),
numbers as numbers. The workbook is openpyxl's write-only mode; the data rows are serialised
by xlsx_rows in openpyxl's own XML, a batch at a time (100,000 members in a few seconds). The
file is written atomically (a cancelled or failed export leaves no file and no half file)."""

from __future__ import annotations

import contextlib
import math
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Final

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from villagedesk.core.columns import Column, RegisterSpec, ValueKind
from villagedesk.core.dates import PartialDate
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate, msg
from villagedesk.exchange.xlsx_rows import CellXml, RowStream, clean_text, open_row_stream
from villagedesk.fsutil import atomic_writer

DATE_FORMAT = "yyyy.mm.dd"
TEXT_FORMAT = "@"
PROGRESS_STEP = 500
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class ExportResult:
    """Where the workbook went and how many data rows it holds."""

    path: Path
    rows: int


def display_width(text: str) -> int:
    """Width in Excel's units (one per digit): Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def sheet_title(text: str) -> str:
    """A valid worksheet name: no []:*?/\\, at most 31 characters, never empty."""
    return _SHEET_FORBIDDEN.sub(" ", text).strip()[:31] or "Sheet1"


#: What starts a formula in Excel, WPS or LibreOffice when the cell is typed into (tab and CR
#: too: a spreadsheet program may drop them and read what follows).
FORMULA_STARTS = frozenset("=+-@\t\r")


def _needs_text_style(s: str) -> bool:
    """Text Excel would turn into a number (ID numbers, phones, card numbers) or a formula: it
    gets the "@" format as well as being written as a string (an inline string, never a
    formula), so that editing the cell keeps it text too."""
    first = s[:1]
    return first.isdigit() or first in FORMULA_STARTS


Converter = Callable[[object], str | None]
"""A column's stored value → the XML of its cell (after the row number), or None when empty."""


class _Miss(Enum):
    MISS = 0


def _cached(fn: Converter, limit: int = 16384) -> Converter:
    """Remember the cell XML of values that repeat (codes, dates, branch names, masks)."""
    cache: dict[object, str | None] = {}
    miss: Final = _Miss.MISS

    def cached(raw: object) -> str | None:
        try:
            xml = cache.get(raw, miss)
        except TypeError:  # unhashable
            return fn(raw)
        if xml is miss:
            xml = fn(raw)
            if len(cache) < limit:
                cache[raw] = xml
        return xml

    return cached


def _converter(column: Column, cells: CellXml, translate: Translate) -> Converter:
    """raw stored value → the XML of its cell in ``column`` (after the row number), or None for
    an empty cell (see the module docstring for what each kind becomes)."""

    def text(s: str) -> str | None:
        s = clean_text(s)
        return cells.text(s, styled=_needs_text_style(s)) if s else None

    def fmt(raw: object) -> str:
        return column.format(raw, translate)

    if column.kind is ValueKind.DATE:

        def as_date(raw: object) -> str | None:
            if raw is None or raw == "":
                return None
            if isinstance(raw, str) and len(raw) == 10 and raw >= "1900":  # the stored form
                with contextlib.suppress(ValueError):
                    return cells.date(date.fromisoformat(raw))
            try:
                if isinstance(raw, date):  # a caller's own date value
                    day = PartialDate.of(raw)
                else:
                    day = PartialDate.from_iso(str(raw))
            except (ValueError, IndexError):
                return text(fmt(raw))
            if day.is_month or day.year < 1900:  # Excel's dates start in 1900
                return text(day.display())
            return cells.date(day.first_day())

        return _cached(as_date)
    if column.kind is ValueKind.NUMBER:

        def as_number(raw: object) -> str | None:
            s = fmt(raw)
            for kind in (int, float):
                try:
                    n = kind(s)
                except ValueError:
                    continue
                if math.isfinite(n):  # "nan" and "inf" stay text
                    return cells.number(n)
            return text(s)

        return _cached(as_number)
    return _cached(lambda raw: text(fmt(raw)))


def _header_row(ws: WriteOnlyWorksheet, headers: Sequence[str]) -> list[Cell]:
    font = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    align = Alignment(horizontal="center", vertical="center", wrap_text=True)
    thin = Side(style="thin", color="9BB7D4")
    border = Border(bottom=thin)
    cells = []
    for text in headers:
        c = WriteOnlyCell(ws, text)
        c.data_type = "s"
        c.font, c.fill, c.alignment, c.border = font, fill, align, border
        cells.append(c)
    return cells


def _sheet(
    wb: Workbook, spec: RegisterSpec, columns: Sequence[Column], translate: Translate
) -> WriteOnlyWorksheet:
    """The register's sheet: its columns' widths and formats, the header row frozen and printed
    on every page."""
    ws: WriteOnlyWorksheet = wb.create_sheet(sheet_title(translate("Registers", spec.title)))
    headers = [translate("Columns", c.header) for c in columns]
    for i, (column, header) in enumerate(zip(columns, headers, strict=True), start=1):
        dim = ws.column_dimensions[get_column_letter(i)]
        dim.width = max(column.width, display_width(header)) + 2
        if column.kind is ValueKind.TEXT:
            dim.number_format = TEXT_FORMAT  # what the user types there later stays text too
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    return ws


def _write_rows(
    stream: RowStream,
    rows: Iterable[Sequence[object]],
    convert: Sequence[Converter],
    progress: Progress | None,
) -> int:
    """Stream the data rows as XML, a batch at a time; returns how many were written."""
    starts = [f'<c r="{get_column_letter(i)}' for i in range(1, len(convert) + 1)]
    count = 0
    batch: list[str] = []
    for raw in rows:
        count += 1
        n = str(count + 1)  # the header is row 1
        cells_xml = [
            start + n + x
            for start, f, v in zip(starts, convert, raw, strict=True)
            if (x := f(v)) is not None
        ]
        batch.append(f'<row r="{n}">{"".join(cells_xml)}</row>')
        if count % PROGRESS_STEP == 0:
            stream.write_rows_xml("".join(batch))
            batch.clear()
            if progress is not None:
                progress.set(count)
    stream.write_rows_xml("".join(batch))
    return count


def export_register(
    path: str | os.PathLike[str],
    *,
    spec: RegisterSpec,
    keys: Sequence[str],
    rows: Iterable[Sequence[object]],
    translate: Translate,
    total: int = 0,
    progress: Progress | None = None,
) -> ExportResult:
    """Write ``rows`` (raw values, one per key of ``keys``, in that order) as the register
    ``spec`` shows them. ``spec`` is the register for the station's mode (RegisterSpec.for_mode);
    ``keys`` are its visible column keys in display order. ``total`` (if known) drives
    ``progress``, which is also checked for cancel between rows."""
    target = Path(path)
    columns = [spec.column(k) for k in keys]
    if not columns:
        raise ValueError("no columns to export")
    wb = Workbook(write_only=True)
    ws = _sheet(wb, spec, columns, translate)
    stream = open_row_stream(ws)
    ws.append(
        _header_row(ws, [translate("Columns", c.header) for c in columns])
    )  # opens <sheetData>
    cells = CellXml(ws, text_format=TEXT_FORMAT, date_format=DATE_FORMAT)
    convert = [_converter(c, cells, translate) for c in columns]
    label = msg(
        "Export",
        QT_TRANSLATE_NOOP("Export", "Writing {title} to Excel…"),
        title=msg("Registers", spec.title),
    )
    if progress is not None:
        progress.start(total, label)
    try:
        count = _write_rows(stream, rows, convert, progress)
        if progress is not None:
            progress.set(count)
            progress.set_label(msg("Export", QT_TRANSLATE_NOOP("Export", "Saving the Excel file…")))
        with atomic_writer(target) as f:
            wb.save(f)
        if progress is not None:
            progress.set_label(label)
    except BaseException:
        _discard(ws)
        raise
    return ExportResult(target, count)


def _discard(ws: WriteOnlyWorksheet) -> None:
    """Close the rows' stream of an export that did not finish and remove its temporary file
    (openpyxl keeps both private; without this they linger until the program exits)."""
    if ws.closed:
        return
    with contextlib.suppress(Exception):
        rows = getattr(ws, "_rows", None)
        if rows is not None:
            rows.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            writer.close()
            writer.cleanup()
