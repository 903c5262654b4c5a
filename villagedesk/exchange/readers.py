"""Reading a roster file into plain rows of cell values: .xlsx (openpyxl, read-only) and .xls
(xlrd) through ``workbooks``, and .csv (UTF-8 with or without BOM, or GBK/GB18030, detected)
here. :func:`read_table` tells them apart by their first bytes.

Cells come back as Python values: ``str``, ``int``, ``float``, ``datetime``/``date``, ``bool``
or None. Merged cells keep their value in the top-left cell only, as the file stores them.
A file that cannot be read raises :class:`UnreadableFile` with a message saying why and what to do.

Every file is treated as hostile: its size, the unpacked size of each part of a workbook, the
columns and rows and the length of a cell are capped (see ``raw_table``'s limits), and a file over a
limit is refused before it is read whole. Only the columns of the first rows (where the header
is) and a margin beyond them are read, so a single cell at column XFD cannot make every row
16,384 cells wide.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import replace
from pathlib import Path

from villagedesk.core.faults import not_a_regular_file
from villagedesk.exchange import raw_table as limits
from villagedesk.exchange.raw_table import (
    Cell,
    RawTable,
    cell_too_long,
    check_cells,
    head_width,
    too_large,
    too_many_rows,
    trim,
    unreadable,
)
from villagedesk.exchange.workbooks import read_xls, read_xlsx

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
        raise unreadable(path, "encoding") from e
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[list[Cell]] = []
    width = limits.MAX_COLUMNS + 1
    try:
        for values in reader:
            if len(rows) >= limits.MAX_ROWS:
                raise too_many_rows(path)
            row: list[Cell] = trim(list(values[:width]))
            check_cells(path, row, len(rows) + 1)
            rows.append(row)
            if len(rows) == limits.HEAD_ROWS:
                width = head_width(path, rows)
    except csv.Error as e:
        if "field larger than field limit" in str(e):  # the csv module's own 128 KB cap
            raise cell_too_long(path, len(rows) + 1) from e
        raise unreadable(path, "CSV") from e
    if len(rows) < limits.HEAD_ROWS:
        head_width(path, rows)
    return RawTable(path, path.stem, rows)


def read_table(path: Path) -> RawTable:
    """The first sheet of ``path`` (.xlsx/.xlsm, .xls, .csv/.txt). Raises UnreadableFile."""
    path = Path(path)
    try:
        info = path.stat()
    except (OSError, ValueError) as e:
        raise unreadable(path, "not found") from e
    refusal = not_a_regular_file(info.st_mode)  # a FIFO or a device: opening one may hang
    if refusal is not None:
        raise unreadable(path, refusal)
    if info.st_size > limits.MAX_FILE_BYTES:
        raise too_large(path, info.st_size)
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as f:
            digest = hashlib.file_digest(f, "sha256").hexdigest()
            f.seek(0)
            head = f.read(8)
        if head.startswith(b"PK"):
            table = read_xlsx(path)
        elif head.startswith(b"\xd0\xcf\x11\xe0"):
            table = read_xls(path)
        elif suffix in (".xlsx", ".xlsm", ".xls", ".et"):
            raise unreadable(path, "not a workbook")
        else:
            table = _read_csv(path)
    except OSError as e:
        raise unreadable(path, e.strerror or type(e).__name__) from e
    return replace(table, sha256=digest)
