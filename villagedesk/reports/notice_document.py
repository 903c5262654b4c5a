"""What a 公示 (public notice) prints, as plain values: its tables, each column declaring what it
holds, and the masking every public cell goes through (core.masking) before it is laid out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from villagedesk.core.columns import Align
from villagedesk.core.masking import MaskPolicy, mask, scrub_digits
from villagedesk.reports.text_fit import Kind

KINDS = {
    "id_number": Kind.NUMBER,
    "phone": Kind.NUMBER,
    "number": Kind.NUMBER,
    "date": Kind.NUMBER,
    "name": Kind.NAME,
    "list": Kind.LIST,
}
"""How the cells of each column kind may break (any other kind: as text)."""


@dataclass(frozen=True)
class NoticeColumn:
    """A column of a notice table: its (translated) header, relative width, alignment and
    what it holds: ``"id_number"`` and ``"phone"`` (masked, never broken), ``"name"`` (broken
    only at "·"), ``"date"`` and ``"number"`` (never broken), ``"list"`` (broken after "、")
    or ``"text"``."""

    header: str
    width: float
    kind: str = "text"
    align: Align = Align.LEFT


@dataclass(frozen=True)
class NoticeTable:
    heading: str
    columns: Sequence[NoticeColumn]
    rows: Sequence[Sequence[str]]
    records: Sequence[str] | None = None
    """One label per row naming the record in a glyph problem (default: the first cell)."""

    def labels(self) -> Sequence[str]:
        """The label naming each row's record in a problem."""
        return self.records or [r[0] if r else "" for r in self.rows]


@dataclass(frozen=True)
class NoticeDocument:
    title: str
    station: str
    period_from: date
    period_to: date
    contact_name: str
    contact_phone: str
    tables: Sequence[NoticeTable] = field(default_factory=tuple)
    intro: str = ""
    issued_on: date | None = None


def grouped_phone(phone: str) -> str:
    """A mobile number in groups of 3-4-4 (never 11 digits in a row); other numbers as given."""
    digits = phone.strip()
    if len(digits) == 11 and digits.isdigit():
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    return scrub_digits(digits)


def public_rows(table: NoticeTable, policy: MaskPolicy) -> list[list[str]]:
    """The table's cells as the notice shows them: masked by column kind, then scrubbed."""
    kinds = [c.kind for c in table.columns]
    return [
        [
            scrub_digits(mask(v, k, policy) if k != "text" else v)
            for k, v in zip(kinds, row, strict=True)
        ]
        for row in table.rows
    ]
