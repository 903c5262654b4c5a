"""Finding the header row (below any title rows such as a merged "XX村党员花名册") and mapping
its Chinese column names, with their usual aliases, to the template's fields."""

from __future__ import annotations

import re
from collections.abc import Sequence

from villagedesk.core.errors import DomainError
from villagedesk.core.importing.rows import ColumnMapping, ImportKind
from villagedesk.core.importing.template import IGNORED_HEADERS, TEMPLATES, header_key
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.exchange.raw_table import HEAD_ROWS, Cell, RawTable

CTX = "Import"
#: The header row is looked for among the first rows only (the reader reads their columns).
SEARCH_ROWS = HEAD_ROWS
_BRACKETS = re.compile(r"[(\[（【].*?[)\]）】]")


class NoHeaderRow(DomainError):
    """No row of the file looks like the template's header row."""


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _lookup(kind: ImportKind) -> dict[str, tuple[str, int]]:
    """Normalised header → (field key, priority: 0 for the canonical header, then alias order)."""
    table: dict[str, tuple[str, int]] = {}
    for f in TEMPLATES[kind.value]:
        for rank, header in enumerate(f.all_headers):
            table.setdefault(header_key(header), (f.key, rank))
    return table


def match_header(kind: ImportKind, text: str) -> tuple[str, int] | None:
    """The field a header names, with its priority; None for an unknown header."""
    table = _lookup(kind)
    key = header_key(text)
    found = table.get(key)
    if found is None and _BRACKETS.search(key):
        found = table.get(_BRACKETS.sub("", key))  # 身份证号码(18位)
    return found


def map_headers(kind: ImportKind, header_row: int, headers: Sequence[str]) -> ColumnMapping:
    """Map each header to a field; when two columns name one field the better name wins."""
    best: dict[str, tuple[int, int]] = {}
    ignored: set[int] = set()
    for column, text in enumerate(headers):
        if header_key(text) in IGNORED_HEADERS and match_header(kind, text) is None:
            ignored.add(column)
            continue
        found = match_header(kind, text)
        if found is None:
            continue
        key, rank = found
        if key not in best or rank < best[key][1]:
            best[key] = (column, rank)
    fields = {column: key for key, (column, _) in best.items()}
    return ColumnMapping(kind, header_row, tuple(headers), fields, frozenset(ignored))


def detect_header(table: RawTable, kind: ImportKind) -> ColumnMapping:
    """The header row (the first of the top rows naming the most template fields) and its
    mapping. Raises NoHeaderRow when no row names both a name and an ID number column."""
    best: ColumnMapping | None = None
    for index, row in enumerate(table.rows[:SEARCH_ROWS]):
        headers = [cell_text(v) for v in row]
        mapping = map_headers(kind, index, headers)
        if best is None or len(mapping.fields) > len(best.fields):
            best = mapping
    if best is None or best.missing(REQUIRED_COLUMNS.get(kind, ("name", "id_number"))):
        raise NoHeaderRow(msg(CTX, _NO_HEADER.get(kind, _NO_ROSTER_HEADER), count=SEARCH_ROWS))
    return best


#: The columns without which a file is not of its kind (default: 姓名 and 公民身份号码).
REQUIRED_COLUMNS = {ImportKind.REQUESTS: ("received_at", "content")}
_NO_ROSTER_HEADER = QT_TRANSLATE_NOOP(
    "Import",
    "No header row with the columns 姓名 and 公民身份号码 was found in the first {count} rows. "
    "Put the column names in one row above the data, or download the import template.",
)
_NO_HEADER = {
    ImportKind.REQUESTS: QT_TRANSLATE_NOOP(
        "Import",
        "No header row with the columns 受理时间 (or 受理日期) and 诉求内容 (or 内容) was found "
        "in the first {count} rows. Put the column names in one row above the data.",
    )
}
