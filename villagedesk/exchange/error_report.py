"""The error report (未导入行): the refused rows with their original columns and a reason column,
so the secretary can correct them and import the file again. Written atomically."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from villagedesk.core.import_rows import RowResult
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.fsutil import atomic_write_bytes

REASON_HEADER = QT_TRANSLATE_NOOP("Import", "Reason not imported")
ROW_HEADER = QT_TRANSLATE_NOOP("Import", "Row in the file")


def _identity(context: str, text: str) -> str:
    del context
    return text


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
    sheet.append([*names, translate("Import", REASON_HEADER), translate("Import", ROW_HEADER)])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r in rows:
        cells = [*r.cells, *[""] * (width - len(r.cells))]
        reason = "\n".join(m.render(translate) for m in r.reasons)
        sheet.append([*cells, reason, r.line])
    for column in sheet.iter_cols(min_row=2, max_col=width):
        for cell in column:
            cell.number_format = "@"
            cell.data_type = "s"
    for cell in sheet.iter_rows(min_row=2, min_col=width + 1, max_col=width + 1):
        cell[0].alignment = Alignment(wrap_text=True, vertical="top")
    letters = [c.column_letter for c in sheet[1]]
    for letter in letters:
        longest = max((len(str(c.value or "")) for c in sheet[letter][:200]), default=4)
        sheet.column_dimensions[letter].width = min(60, max(8, longest * 1.6 + 2))
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    atomic_write_bytes(path, buffer.getvalue())
    return path
