"""What every roster reader returns and holds a file to: the raw table of cell values, the limits
past which a hostile file is refused, and the refusals (:class:`UnreadableFile`) that say which
limit was passed and what to do.

The limits are read when a file is read (``raw_table.MAX_ROWS`` …), so that a test may lower one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from villagedesk.core.errors import DomainError
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Import"
Cell = str | int | float | date | datetime | time | bool | None
#: A roster is thousands of rows, not millions: a file with more rows is refused.
MAX_ROWS = 200_000
#: The header row is looked for in this many rows at the top (headers.py searches them).
HEAD_ROWS = 30
#: No roster has more columns than this in its top rows; a file that has is refused.
MAX_COLUMNS = 256
#: Columns read to the right of the last filled column of the top rows (data without a header).
COLUMN_MARGIN = 16
#: Excel's own limit on the characters in a cell.
MAX_CELL_CHARS = 32_767
#: The largest file read at all (a roster of 200,000 rows is a few tens of MB).
MAX_FILE_BYTES = 100 * 1024 * 1024
#: The largest unpacked worksheet of an .xlsx (openpyxl streams it).
MAX_SHEET_PART_BYTES = 256 * 1024 * 1024
#: The largest other unpacked part (shared strings and styles are read whole into memory).
MAX_PART_BYTES = 64 * 1024 * 1024
#: More parts than a workbook ever has.
MAX_ZIP_ENTRIES = 10_000
_MB = 1024 * 1024


class UnreadableFile(DomainError):
    """The file is not a spreadsheet this program can read; nothing was imported."""


@dataclass(frozen=True)
class RawTable:
    """The first sheet of a file as rows of cell values (trailing empty cells trimmed), and the
    sha256 of the file's bytes (the import's log entry names the file by it)."""

    path: Path
    sheet: str
    rows: list[list[Cell]]
    sha256: str = ""


def trim(row: list[Cell]) -> list[Cell]:
    end = len(row)
    while end and (row[end - 1] is None or row[end - 1] == ""):
        end -= 1
    return row[:end]


def unreadable(path: Path, detail: str | Message) -> UnreadableFile:
    return UnreadableFile(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "The file {file} cannot be read ({detail}). Open it in Excel or WPS and save it "
                "as an Excel workbook (.xlsx), then import that file.",
            ),
            file=path.name,
            detail=detail,
        )
    )


def _refuse(text: str, path: Path, **params: object) -> UnreadableFile:
    return UnreadableFile(msg(CTX, text, file=path.name, **params))


def too_large(path: Path, size: int) -> UnreadableFile:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file {file} is too large to import ({size} MB; at most {limit} MB). Split it "
            "into smaller files and import them one by one.",
        ),
        path,
        size=-(-size // _MB),
        limit=MAX_FILE_BYTES // _MB,
    )


def too_many_rows(path: Path) -> UnreadableFile:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file {file} has more than {limit} rows. Delete the rows below the roster (even "
            "empty ones that were formatted), or split it into smaller files.",
        ),
        path,
        limit=f"{MAX_ROWS:,}",
    )


def too_many_columns(path: Path) -> UnreadableFile:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file {file} has more than {limit} columns in its first {rows} rows. Delete the "
            "columns that are not part of the roster and import it again.",
        ),
        path,
        limit=MAX_COLUMNS,
        rows=HEAD_ROWS,
    )


def cell_too_long(path: Path, row: int) -> UnreadableFile:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "A cell in row {row} of {file} holds more than {limit} characters, more than Excel "
            "allows in a cell. Shorten it and import the file again.",
        ),
        path,
        row=row,
        limit=f"{MAX_CELL_CHARS:,}",
    )


def not_a_roster_part(path: Path, part: str, size: int | None = None) -> UnreadableFile:
    detail: Message
    if size is None:
        detail = msg(CTX, QT_TRANSLATE_NOOP("Import", "a part no workbook has: {part}"), part=part)
    else:
        detail = msg(
            CTX,
            QT_TRANSLATE_NOOP("Import", "{part} unpacks to {size} MB"),
            part=part,
            size=-(-size // _MB),
        )
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file {file} holds far more than a roster ({detail}), so it was not read. Open "
            "it in Excel or WPS, keep only the roster, save it and import it again.",
        ),
        path,
        detail=detail,
    )


def head_width(path: Path, head: list[list[Cell]]) -> int:
    """How many columns to read: the last filled column of the top rows and a margin."""
    used = max((len(trim(row)) for row in head[:HEAD_ROWS]), default=0)
    if used > MAX_COLUMNS:
        raise too_many_columns(path)
    return max(used, 1) + COLUMN_MARGIN


def check_cells(path: Path, row: list[Cell], line: int) -> None:
    for value in row:
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            raise cell_too_long(path, line)
