"""The error report (未导入行): the refused rows with their original columns and a reason column,
so the secretary can correct them and import the file again. Written atomically.

Every cell that comes from the file (headers included) is written as text with the text format:
a cell starting with ``=``, ``+``, ``-`` or ``@`` is never a live formula in Excel or WPS."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from villagedesk.core.importing.rows import RowResult
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.exchange.xlsx_rows import clean_text
from villagedesk.fsutil import atomic_write_bytes

if TYPE_CHECKING:  # openpyxl loads when a report is written
    from openpyxl.worksheet.worksheet import Worksheet

REASON_HEADER = QT_TRANSLATE_NOOP("Import", "Reason not imported")
ROW_HEADER = QT_TRANSLATE_NOOP("Import", "Row in the file")


def _identity(context: str, text: str) -> str:
    del context
    return text


def _put_texts(sheet: Worksheet, row: int, values: Sequence[str]) -> None:
    """Put each value in row ``row`` as text (never a formula), without what xlsx cannot hold."""
    for column, value in enumerate(values, start=1):
        text = clean_text(str(value))
        if text:
            cell = sheet.cell(row, column, text)  # openpyxl takes "=…" for a formula …
            cell.data_type = "s"  # … so its type is set to text afterwards
            cell.number_format = "@"


def write_error_report(
    path: Path,
    *,
    headers: Sequence[str],
    rows: Sequence[RowResult],
    translate: Translate = _identity,
) -> Path:
    """Write ``rows`` (the refused ones) under ``headers``; every cell is text, so ID numbers
    keep all 18 characters. The reasons are joined one per line in the last column."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    width = max([len(headers), *(len(r.cells) for r in rows)], default=0)
    names = [*headers, *[""] * (width - len(headers))]
    _put_texts(
        sheet, 1, [*names, translate("Import", REASON_HEADER), translate("Import", ROW_HEADER)]
    )
    for column in range(1, width + 3):
        sheet.cell(1, column).font = Font(bold=True)
    for n, r in enumerate(rows, start=2):
        cells = [*r.cells, *[""] * (width - len(r.cells))]
        reason = "\n".join(m.render(translate) for m in r.reasons)
        _put_texts(sheet, n, [*cells, reason])
        sheet.cell(n, width + 1).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(n, width + 2, r.line)
    letters = [c.column_letter for c in sheet[1]]
    for letter in letters:
        longest = max((len(str(c.value or "")) for c in sheet[letter][:200]), default=4)
        sheet.column_dimensions[letter].width = min(60, max(8, longest * 1.6 + 2))
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    atomic_write_bytes(path, buffer.getvalue())
    return path
