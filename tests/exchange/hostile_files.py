"""Hostile spreadsheets for the import tests, written as raw zip parts (not through openpyxl, so
that a bomb takes a fraction of a second to build): a minimal .xlsx whose worksheet XML, shared
strings and extra parts the test chooses."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>
</Types>"""
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL}">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{MAIN}" xmlns:r="{REL}">
<sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets>
</workbook>"""
WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL}">
<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""


def column_letter(n: int) -> str:
    """1 → A, 16384 → XFD."""
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def row_xml(number: int, texts: Iterable[str], *, start: int = 1) -> str:
    cells = "".join(
        text_cell(f"{column_letter(start + i)}{number}", t) for i, t in enumerate(texts) if t
    )
    return f'<row r="{number}">{cells}</row>'


def header_rows(*rows: list[str]) -> list[str]:
    return [row_xml(n, r) for n, r in enumerate(rows, start=1)]


def write_xlsx(
    path: Path,
    rows: Iterable[str],
    *,
    dimension: str | None = None,
    huge_string: int = 0,
    extra: dict[str, bytes] | None = None,
    head: str = "",
) -> Path:
    """A workbook of one sheet holding ``rows`` (``<row>`` XML, see :func:`row_xml`), streamed
    into the zip so that a large sheet never sits in memory as one string. ``huge_string``:
    the shared strings hold one string of that many bytes (a cell ``t="s"`` with 0 names it)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as strings:
            strings.write(f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>'.encode())
            chunk = b"A" * (1 << 20)
            for _ in range(huge_string >> 20):
                strings.write(chunk)
            strings.write(b"A" * (huge_string % (1 << 20)) + b"</t></si></sst>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8"?>{head}'.encode())
            sheet.write(f'<worksheet xmlns="{MAIN}">'.encode())
            if dimension:
                sheet.write(f'<dimension ref="{dimension}"/>'.encode())
            sheet.write(b"<sheetData>")
            batch: list[str] = []
            for row in rows:
                batch.append(row)
                if len(batch) >= 5000:
                    sheet.write("".join(batch).encode())
                    batch.clear()
            sheet.write("".join(batch).encode())
            sheet.write(b"</sheetData></worksheet>")
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path
