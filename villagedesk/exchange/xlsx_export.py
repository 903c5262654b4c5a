"""Any register to .xlsx exactly as shown: translated headers in a frozen first row, the register's
column widths, ID numbers and phones as text, dates as real dates (a month as text, 1985.07),
numbers as numbers. Rows are streamed through openpyxl's write-only mode, and the file is
written atomically (a cancelled or failed export leaves no file and no half file)."""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeAlias

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from villagedesk.core.columns import Column, RegisterSpec, ValueKind
from villagedesk.core.dates import PartialDate
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate, msg
from villagedesk.fsutil import atomic_writer

DATE_FORMAT = "yyyy.mm.dd"
TEXT_FORMAT = "@"
PROGRESS_STEP = 500
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

#: What a row holds per column: a plain str/int/float, None, or a styled openpyxl cell.
CellValue: TypeAlias = Any


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


def _text_cell(ws: WriteOnlyWorksheet) -> Callable[[str], CellValue]:
    """Plain text stays a plain value; text that Excel would turn into a number (ID numbers,
    phones, card numbers) or a formula gets an explicit text cell with the "@" format.

    The styled cell is made once per column and refilled row after row: the write-only sheet
    writes each cell as it goes, and a new cell per value would cost a fifth of the export."""
    styled = WriteOnlyCell(ws)
    styled.number_format = TEXT_FORMAT

    def cell(s: str) -> CellValue:
        if not s:
            return None
        if not s.isprintable():  # xlsx cannot hold control characters (a stray one in a note)
            s = _ILLEGAL.sub("", s)
        first = s[:1]
        if first.isdigit() or (first and first in "=+-"):
            styled.value = s
            styled.data_type = "s"  # never a formula, never a number
            return styled
        return s

    return cell


def _cached(fn: Callable[[Any], str], limit: int = 4096) -> Callable[[Any], str]:
    """Remember a formatter's text for values that repeat (codes, branch names, masks)."""
    cache: dict[Any, str] = {}

    def cached(raw: Any) -> str:
        try:
            return cache[raw]
        except KeyError:
            text = fn(raw)
            if len(cache) < limit:
                cache[raw] = text
            return text
        except TypeError:  # unhashable
            return fn(raw)

    return cached


def _converter(
    column: Column, ws: WriteOnlyWorksheet, translate: Translate
) -> Callable[[Any], CellValue]:
    """raw stored value → the value written for ``column`` (see the module docstring)."""
    fmt = _cached(lambda raw: column.format(raw, translate))
    text = _text_cell(ws)
    if column.kind is ValueKind.DATE:
        dated = WriteOnlyCell(ws)
        dated.number_format = DATE_FORMAT

        def as_date(raw: Any) -> CellValue:
            if raw is None or raw == "":
                return None
            if isinstance(raw, str) and len(raw) == 10 and raw >= "1900":  # the stored form
                with contextlib.suppress(ValueError):
                    dated.value = date.fromisoformat(raw)
                    return dated
            try:
                if isinstance(raw, date):
                    day = PartialDate.of(raw)
                else:
                    day = PartialDate.from_iso(str(raw))
            except (ValueError, IndexError):
                return text(fmt(raw))
            if day.is_month or day.year < 1900:  # Excel's dates start in 1900
                return text(day.display())
            dated.value = day.first_day()
            return dated

        return as_date
    if column.kind is ValueKind.NUMBER:

        def as_number(raw: Any) -> CellValue:
            s = fmt(raw)
            for kind in (int, float):
                try:
                    return kind(s)
                except ValueError:
                    pass
            return text(s)

        return as_number
    return lambda raw: text(fmt(raw))


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


def export_register(
    path: str | os.PathLike[str],
    *,
    spec: RegisterSpec,
    keys: Sequence[str],
    rows: Iterable[Sequence[Any]],
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
    ws.append(_header_row(ws, headers))

    convert = [_converter(c, ws, translate) for c in columns]
    label = msg(
        "Export",
        QT_TRANSLATE_NOOP("Export", "Writing {title} to Excel…"),
        title=msg("Registers", spec.title),
    )
    if progress is not None:
        progress.start(total, label)
    count = 0
    try:
        for raw in rows:
            values = [f(v) for f, v in zip(convert, raw, strict=True)]
            ws.append(values)
            count += 1
            if progress is not None and count % PROGRESS_STEP == 0:
                progress.set(count)
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
