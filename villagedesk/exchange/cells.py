"""Cell values as people type them, turned into the text the core rules read.

Dates in every form (1978-05-12, 1978/5/12, 1978.05.12, 1978年5月12日, 19780512, Excel date serials
and real date cells; 1978.05, 1978年5月, 197805 stay months), full-width characters and stray
spaces, numbers Excel shows as 1.0, and ID numbers that a number cell has rounded (refused with
the explanation and the fix). Blank rows and a totals row (合计…) are skipped.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from villagedesk.core.dates import PartialDate
from villagedesk.core.id_number import check_character
from villagedesk.core.importing.rows import (
    ColumnMapping,
    ImportKind,
    ImportSource,
    SourceRow,
    damaged_id_message,
)
from villagedesk.core.importing.template import TEMPLATES, TemplateField
from villagedesk.core.text import Message
from villagedesk.exchange.headers import detect_header
from villagedesk.exchange.moment_cells import moment_text
from villagedesk.exchange.raw_table import Cell, RawTable
from villagedesk.exchange.readers import read_table

_EXCEL_EPOCH = date(1899, 12, 30)
_MAX_SERIAL = 2958465  # 9999-12-31
_TOTALS = ("合计", "总计", "共计", "小计", "总数")
_DATETIME_TEXT = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_CJK_SPACED = re.compile(r"^[\u3400-\u9fff\u00b7 ]+$")
#: The full-width forms that are punctuation or signs, not letters or digits (，（）：；！？￥ …).
_FULLWIDTH_PUNCTUATION = re.compile(
    "[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uffe0-\uffee]+"
)
#: Fields whose value is a code, a number or a choice: full-width punctuation there is typed by
#: mistake and goes the way of full-width digits (the rules read the half-width form).
_CODE_FIELDS = frozenset({"name", "household_no", "categories"})


def display_text(value: Cell) -> str:
    """A cell as the user sees it (for the error report and the preview)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d") if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float):
        if abs(value) >= 1e15:
            return f"{value:.5E}"  # as Excel's General format shows it: 1.10105E+17
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def normalize_text(text: str) -> str:
    """Full-width → half-width, runs of spaces → one, trimmed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def normalize_free_text(text: str) -> str:
    """Free text (an address, a branch, a note): like :func:`normalize_text`, but full-width
    punctuation stays as typed, because Chinese is written with it (东河村（一组），3号)."""
    if _FULLWIDTH_PUNCTUATION.search(text) is None:
        return normalize_text(text)
    pieces: list[str] = []
    last = 0
    for m in _FULLWIDTH_PUNCTUATION.finditer(text):
        pieces.append(unicodedata.normalize("NFKC", text[last : m.start()]))
        pieces.append(m.group(0))
        last = m.end()
    pieces.append(unicodedata.normalize("NFKC", text[last:]))
    return " ".join("".join(pieces).split())


def normalize_name(text: str) -> str:
    """A name: like :func:`normalize_text`, and 张  三 (padded for alignment) → 张三."""
    s = normalize_text(text)
    return s.replace(" ", "") if _CJK_SPACED.match(s) else s


def _number_text(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def date_text(value: Cell) -> str:
    """A date cell in the form PartialDate reads: a real date or serial → 1978.05.12; text
    tidied; 197805 and 1978.05 stay months."""
    if value is None or isinstance(value, bool):
        return "" if value is None else str(value)
    if isinstance(value, datetime):
        return _day(value.date())
    if isinstance(value, date):
        return _day(value)
    if isinstance(value, time):
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            return repr(value) if 1000 < value < 10000 else _serial(int(value))
        n = int(value)
        if 100001 <= n <= 999912 or 10000101 <= n <= 99991231:
            return str(n)  # 197805, 19780512 typed into a number cell
        return _serial(n)
    s = normalize_text(str(value))
    m = _DATETIME_TEXT.match(s)
    s = m.group(1) if m else s.replace(" ", "")
    s = s.replace("号", "日").rstrip(".")
    if s.isdigit() and 1 <= len(s) <= 5 and int(s) > 0:
        return _serial(int(s))  # a serial written out as text by a CSV export
    try:
        return PartialDate.parse(s).display()
    except ValueError:
        return s  # the rules refuse it with their own words


def _day(d: date) -> str:
    return f"{d.year:04d}.{d.month:02d}.{d.day:02d}"


def _serial(n: int) -> str:
    if 1 <= n <= _MAX_SERIAL:
        return _day(_EXCEL_EPOCH + timedelta(days=n))
    return str(n)


def id_text(value: Cell) -> tuple[str, Message | None]:
    """The ID number as text, or the refusal when a number cell rounded it."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float):  # Excel keeps 15 significant digits: 110105197805120000
            digits = str(int(Decimal(f"{value:.15g}"))) if abs(value) < 1e19 else f"{value:.5E}"
        else:
            digits = str(value)
        intact = isinstance(value, int) and value > 0 and len(digits) == 18
        if intact and check_character(digits[:17]) == digits[-1]:
            return digits, None  # a program wrote the whole number; it is intact
        return digits, damaged_id_message(digits)
    return "".join(unicodedata.normalize("NFKC", display_text(value)).split()).upper(), None


def field_text(f: TemplateField, value: Cell) -> tuple[str, Message | None]:
    """The text of one cell for field ``f``, and a problem already certain from the cell."""
    if f.key in ("id_number", "head_id_number"):
        return id_text(value)
    if f.is_date:
        return date_text(value), None
    if f.is_moment:
        return moment_text(value), None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number_text(value), None
    if isinstance(value, (date, datetime)):
        return date_text(value), None
    text = display_text(value)
    if f.key == "name":
        return normalize_name(text), None
    if f.choices or f.is_text_number or f.key in _CODE_FIELDS:
        return normalize_text(text), None
    return normalize_free_text(text), None


def is_skipped(row: Sequence[Cell]) -> bool:
    """Blank rows and a totals row (合计, 总计 …) are not data."""
    texts = [normalize_text(display_text(v)) for v in row]
    first = next((t for t in texts if t), "")
    return not first or first.replace(" ", "").startswith(_TOTALS)


def source_rows(table: RawTable, mapping: ColumnMapping) -> list[SourceRow]:
    """The data rows below the header row, as :class:`SourceRow` values for the import service."""
    fields = {f.key: f for f in TEMPLATES[mapping.kind.value]}
    width = len(mapping.headers)
    out: list[SourceRow] = []
    for index in range(mapping.header_row + 1, len(table.rows)):
        row = table.rows[index]
        if is_skipped(row):
            continue
        values: dict[str, str] = {}
        errors: dict[str, tuple[Message, ...]] = {}
        for column, key in mapping.fields.items():
            value = row[column] if column < len(row) else None
            text, problem = field_text(fields[key], value)
            values[key] = text
            if problem is not None:
                errors[key] = (problem,)
        cells = tuple(display_text(v) for v in row[: max(width, len(row))])
        out.append(SourceRow(index + 1, cells, values, errors))
    return out


@dataclass(frozen=True)
class ImportFile:
    """A file read for import: its table, the detected mapping and the data rows."""

    table: RawTable
    mapping: ColumnMapping
    rows: list[SourceRow]

    @property
    def source(self) -> ImportSource:
        """The file as the import's log entry names it."""
        return table_source(self.table)

    def remapped(self, mapping: ColumnMapping) -> ImportFile:
        """The same file read again with the mapping the user corrected."""
        return ImportFile(self.table, mapping, source_rows(self.table, mapping))


def table_source(table: RawTable) -> ImportSource:
    """The file ``table`` was read from, as the import's log entry names it."""
    return ImportSource(table.path.name, table.sha256)


def read_import_file(path: Path, kind: ImportKind) -> ImportFile:
    """Read ``path`` and find its header row. Raises UnreadableFile or NoHeaderRow (both
    DomainError): nothing can be imported from it."""
    table = read_table(path)
    mapping = detect_header(table, kind)
    return ImportFile(table, mapping, source_rows(table, mapping))
