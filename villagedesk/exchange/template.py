"""下载导入模板: an empty workbook in the import template's layout (core.importing.template), with
the canonical headers, one example row, text format on every column (so an ID number or a date
typed later stays as typed) and drop-down lists where a field has fixed values. Also the
template's layout as a RegisterSpec, which the CLI export writes so an export re-imports."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from villagedesk.core.columns import Align, Column, RegisterSpec, ValueKind
from villagedesk.core.importing.template import EXAMPLE_ROWS, TEMPLATES, TemplateField
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.exchange.xlsx_export import TEXT_FORMAT, display_width, sheet_title
from villagedesk.fsutil import atomic_writer

#: Rows below the header that get the drop-down lists.
VALIDATED_ROWS = 2000
#: The hidden sheet holding the drop-down lists' values (part of the file, like the headers).
LISTS_SHEET = "下拉选项"

_WIDTHS = {
    "id_number": 20,
    "head_id_number": 20,
    "phone": 13,
    "branch": 14,
    "categories": 16,
    "work_unit": 18,
    "address": 24,
    "note": 16,
    "ethnicity": 8,
}
_TITLES = {
    "members": QT_TRANSLATE_NOOP("Registers", "Party member roll"),
    "residents": QT_TRANSLATE_NOOP("Registers", "Residents"),
}


def _width(f: TemplateField) -> int:
    base = 11 if f.is_date else _WIDTHS.get(f.key, 8)
    return max(base, display_width(f.header))


def _column(f: TemplateField) -> Column:
    def fmt(raw: object, translate: Translate) -> str:
        del translate
        return f.to_cell(raw)

    align = Align.CENTER if f.is_date or f.choices else Align.LEFT
    kind = ValueKind.DATE if f.is_date else ValueKind.TEXT
    return Column(f.key, f.header, _width(f), align, fmt, kind)


def template_register(kind: str) -> RegisterSpec:
    """The import template ``kind`` (``members`` or ``residents``) as a register, for the export
    in the template's layout: literal Chinese headers, raw reader values turned into the text the
    importer reads back (dates stay real dates, a month stays text)."""
    fields = TEMPLATES[kind]
    return RegisterSpec(f"{kind}_template", _TITLES[kind], tuple(_column(f) for f in fields))


def _lists_sheet(wb: Workbook, fields: Sequence[TemplateField]) -> dict[str, str]:
    """Write each field's choices into a column of a hidden sheet; key → the range formula."""
    ranges: dict[str, str] = {}
    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    column = 0
    for f in fields:
        if not f.choices:
            continue
        column += 1
        letter = get_column_letter(column)
        lists.cell(row=1, column=column, value=f.header)
        for row, choice in enumerate(f.choices, start=2):
            lists.cell(row=row, column=column, value=choice)
        last = len(f.choices) + 1
        ranges[f.key] = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${last}"
    return ranges


def _notes_sheet(wb: Workbook, *, kind: str, translate: Translate) -> None:
    """A second sheet telling how to fill the template in."""
    title = translate("Template", QT_TRANSLATE_NOOP("Template", "How to fill in"))
    notes = wb.create_sheet(sheet_title(title))
    notes.column_dimensions["A"].width = 90
    lines = [
        QT_TRANSLATE_NOOP(
            "Template",
            "Row 2 is an example: write over it or delete it before importing.",
        ),
        QT_TRANSLATE_NOOP("Template", "Headers in red must be filled in; keep the header row."),
        QT_TRANSLATE_NOOP(
            "Template",
            "Dates: 1978.05.12, or 1978.05 when only the month is known.",
        ),
        QT_TRANSLATE_NOOP(
            "Template",
            "Every column is formatted as text, so ID numbers keep all 18 digits. "
            "Do not change the format to number.",
        ),
        QT_TRANSLATE_NOOP(
            "Template",
            "Where a cell has a drop-down arrow, choose the value from the list.",
        ),
    ]
    if kind == "residents":
        lines.append(
            QT_TRANSLATE_NOOP(
                "Template",
                "The people of one household share its household number or the head's ID "
                "number; the relation to the head says who is who.",
            )
        )
    for row, line in enumerate(lines, start=1):
        notes.cell(row=row, column=1, value=translate("Template", line))


def write_template(path: str | os.PathLike[str], *, kind: str, translate: Translate) -> Path:
    """Write the import template for ``kind`` (``members`` or ``residents``) to ``path``."""
    fields = TEMPLATES[kind]
    example = EXAMPLE_ROWS[kind]
    target = Path(path)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_title(translate("Registers", _TITLES[kind]))
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    required_font = Font(bold=True, color="C00000")
    center = Alignment(horizontal="center", vertical="center")
    example_font = Font(italic=True, color="808080")
    for i, f in enumerate(fields, start=1):
        letter = get_column_letter(i)
        dim = ws.column_dimensions[letter]
        dim.width = _width(f) + 2
        dim.number_format = TEXT_FORMAT  # typed IDs, phones and dates stay as typed
        head = ws.cell(row=1, column=i, value=f.header)
        head.font = required_font if f.required else header_font
        head.fill = header_fill
        head.alignment = center
        cell = ws.cell(row=2, column=i, value=example.get(f.key) or None)
        cell.number_format = TEXT_FORMAT
        cell.font = example_font
    ws.freeze_panes = "A2"

    _notes_sheet(wb, kind=kind, translate=translate)
    ranges = _lists_sheet(wb, fields)
    error_text = translate(
        "Template",
        QT_TRANSLATE_NOOP("Template", "This value is not in the list. Keep it anyway?"),
    )
    for i, f in enumerate(fields, start=1):
        formula = ranges.get(f.key)
        if formula is None:
            continue
        letter = get_column_letter(i)
        dv = DataValidation(
            type="list",
            formula1=formula,
            allow_blank=True,
            showDropDown=False,  # (sic) False shows the arrow
            showErrorMessage=True,
            errorStyle="warning",
            error=error_text,
        )
        dv.add(f"{letter}2:{letter}{VALIDATED_ROWS + 1}")
        ws.add_data_validation(dv)

    wb.active = 0
    with atomic_writer(target) as out:
        wb.save(out)
    return target
