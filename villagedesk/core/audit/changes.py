"""The records a write transaction changed: one line each, under one chained entry.

An entry of kind ``write`` stands for one transaction; each record it wrote is a change line,
the compact JSON array ``[record type, record uuid, [[field, old, new], …]]`` with values
already redacted (core/audit/redact.py). The entry carries how many lines there are and the
sha256 over them in order (:func:`digest_of`), and its own hash covers both: editing, dropping,
adding or reordering a line breaks the entry, as editing the entry breaks the chain. One hash per
transaction instead of one chained entry per record keeps the log's cost within what an import
of 10,000 members can carry.

A line whose field list is empty (:data:`LISTED_FIELDS`) names a record that a spreadsheet
import created, listed by type and uuid only. Copying and masking every value of 10,000 new
records would add half again to the import (``make bench``), and the values are not lost: they
are the record's first version, every later change has its own line with the old value, and
the import's entry notes the sha256 of the file they came from. An import's updates, like every
other write, list their fields old and new.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable

from villagedesk.core.audit.entry import FieldChange, Scalar
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate

_LINE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


LISTED_FIELDS: list[list[Scalar]] = []
"""The field list of a line that names a new record only (see above)."""
LISTED_TEXT = QT_TRANSLATE_NOOP("Audit", "Created by an import; its values are those of the file")
"""What the log's readers show for such a line, in place of its fields."""


def is_listed(fields: tuple[FieldChange, ...]) -> bool:
    """Whether a parsed line's fields say "created, listed by uuid only"."""
    return not fields


def fields_text(fields: tuple[FieldChange, ...], translate: Translate, separator: str) -> str:
    """A line's fields as ``field: old → new`` on one line (the values as the log keeps them),
    or :data:`LISTED_TEXT` for a record listed by uuid only."""
    if is_listed(fields):
        return translate("Audit", LISTED_TEXT)

    def shown(value: Scalar) -> str:
        return "" if value is None else value if isinstance(value, str) else json.dumps(value)

    return separator.join(f"{name}: {shown(old)} → {shown(new)}" for name, old, new in fields)


def change_line(record_type: str, record_uuid: str, fields: list[list[Scalar]]) -> str:
    """The canonical line of one record's change (``fields`` as ``[field, old, new]`` lists)."""
    return _LINE.encode([record_type, record_uuid, fields])


_PLAIN = re.compile(r"[A-Za-z0-9_.:-]*")


def listed_line(record_type: str, record_uuid: str) -> str:
    """The line of a new record listed by uuid only: :func:`change_line` with no fields, put
    together directly when neither name needs escaping (a uuid, a table's name never does)."""
    if _PLAIN.fullmatch(record_type) and _PLAIN.fullmatch(record_uuid):
        return f'["{record_type}","{record_uuid}",[]]'
    return change_line(record_type, record_uuid, LISTED_FIELDS)


class LineDigest:
    """:func:`digest_of` taken a line at a time (a check that streams an entry's lines)."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self.count = 0

    def add(self, line: str) -> None:
        self._hash.update(line.encode("utf-8"))
        self._hash.update(b"\n")
        self.count += 1

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def digest_of(lines: Iterable[str]) -> str:
    """sha256 over ``lines`` in order, each ended by a newline."""
    digest = LineDigest()
    for line in lines:
        digest.add(line)
    return digest.hexdigest()


def parse_change_line(line: str) -> tuple[str, str, tuple[FieldChange, ...]]:
    """A line back as (record type, uuid, fields); ValueError when it is not one."""
    items = json.loads(line)
    if not isinstance(items, list) or len(items) != 3:
        raise ValueError("a change line is [type, uuid, fields]")
    record_type, record_uuid, fields = items
    if not isinstance(record_type, str) or not isinstance(record_uuid, str):
        raise ValueError("a change line names its record by text")
    if not isinstance(fields, list):
        raise ValueError("a change line's fields are a list")
    found: list[FieldChange] = []
    for item in fields:
        if not isinstance(item, list) or len(item) != 3 or not isinstance(item[0], str):
            raise ValueError("a field change is [field, old, new]")
        found.append((item[0], _scalar(item[1]), _scalar(item[2])))
    return record_type, record_uuid, tuple(found)


def _scalar(value: object) -> Scalar:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise ValueError("a change value is a JSON scalar")
