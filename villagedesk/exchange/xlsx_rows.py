"""The data rows of an xlsx export written straight into openpyxl's write-only sheet stream.

openpyxl turns every value into a cell object and every cell into XML elements one at a time,
about 10 µs a cell: two thirds of a 100,000-member export. Here a column's cells are serialised
as text, in exactly the XML openpyxl writes for the same cells (inline strings, the workbook's
style ids, Excel date serials, ``"%.16g"`` numbers, non-ASCII as character references), and a
batch of rows goes into the sheet's file in one write. Everything else in the workbook (styles,
columns, frozen header, the header row, page setup, the ZIP) is still openpyxl's.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from datetime import date

from openpyxl.cell import WriteOnlyCell
from openpyxl.compat import safe_string
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

#: What xlsx cannot hold: control characters, lone surrogates, U+FFFE/U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Excel's limit on the characters in a cell (openpyxl truncates there too).
MAX_CELL_CHARS = 32767
_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))


def clean_text(s: str) -> str:
    """``s`` as a cell can hold it: without the characters xlsx refuses, at most 32,767 long."""
    if not s.isprintable():  # cheap test first: almost every value passes
        s = _ILLEGAL.sub("", s)
    return s[:MAX_CELL_CHARS] if len(s) > MAX_CELL_CHARS else s


def _escape(s: str) -> str:
    for char, entity in _ENTITIES:
        if char in s:
            s = s.replace(char, entity)
    return s


class CellXml:
    """A cell's XML after its coordinate's row number (``<c r="B`` + ``7`` + this), for the
    cells of one worksheet; ``text_format`` and ``date_format`` become the sheet's styles."""

    def __init__(self, ws: WriteOnlyWorksheet, *, text_format: str, date_format: str) -> None:
        self._text_style = f' s="{_style_id(ws, text_format)}"'
        self._date_style = f' s="{_style_id(ws, date_format)}"'
        self._epoch = ws.parent.epoch

    def text(self, s: str, *, styled: bool) -> str:
        """An inline string (``s`` cleaned already); ``styled``: with the text number format."""
        style = self._text_style if styled else ""
        space = ' xml:space="preserve"' if s != s.strip() else ""
        return f'"{style} t="inlineStr"><is><t{space}>{_escape(s)}</t></is></c>'

    def number(self, n: int | float) -> str:
        return f'" t="n"><v>{safe_string(n)}</v></c>'

    def date(self, day: date) -> str:
        """A real date with the date number format."""
        return f'"{self._date_style} t="n"><v>{safe_string(to_excel(day, self._epoch))}</v></c>'


def _style_id(ws: WriteOnlyWorksheet, number_format: str) -> int:
    """The workbook's style id for a plain cell with ``number_format`` (registered if new)."""
    cell = WriteOnlyCell(ws)
    cell.number_format = number_format
    return int(cell.style_id)


class RowStream(WorksheetWriter):  # type: ignore[misc]
    """openpyxl's worksheet writer, writing through a file it holds so that rows serialised
    here can go between the ``<sheetData>`` that openpyxl opens and closes."""

    def get_stream(self) -> Generator[object, object, None]:
        # openpyxl's own get_stream, with a Python file instead of a path handed to lxml.
        with open(self.out, "wb") as self._file, xmlfile(self._file) as xf:
            self._xf = xf
            with xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                try:
                    while True:
                        el = yield None
                        if el is True:
                            yield xf
                        elif el is not None:
                            xf.write(el)
                except GeneratorExit:
                    pass

    def write_rows_xml(self, xml: str) -> None:
        """Append ``<row>`` elements (their XML text) after the rows written so far."""
        self._xf.flush()
        self._file.write(xml.encode("ascii", "xmlcharrefreplace"))


def open_row_stream(ws: WriteOnlyWorksheet) -> RowStream:
    """Give ``ws`` (nothing appended yet, its columns and panes set) a :class:`RowStream`:
    what ``WriteOnlyWorksheet._get_writer`` does, with this writer. Append the header row
    through openpyxl first; it opens ``<sheetData>``, and closing the sheet closes it."""
    if getattr(ws, "_writer", False) is not None or not hasattr(ws, "_rows"):
        raise RuntimeError("this openpyxl's write-only worksheet is not supported")
    writer = RowStream(ws)
    ws._writer = writer
    writer.write_top()
    return writer
