"""What one ledger (登记台账) prints, as plain values, and the measures every part of the ledger
writer shares: the sizes, the margin, each column's width on A4 landscape, and the label that
names a row's record in a problem."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from villagedesk.core.columns import Column
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate

CTX = "Ledger"
BODY_SIZE = 8.5
HEAD_SIZE = 9.0
LEADING = 1.25
PAD = 2.2
NUMBER_WEIGHT = 4.5
MARGIN = 12 * mm


@dataclass(frozen=True)
class LedgerDocument:
    """What one ledger prints: plain, already formatted values.

    ``columns`` are the register's declared columns to print (in order); each row has one
    string per column. ``groups`` (optional, one label per row) starts a band row whenever the
    label changes (the work unit of the assessment summary, the cadre of the link ledger).
    ``records`` (optional, one label per row) names the record in a glyph problem; by default
    the row's number and its name column.
    """

    title: str
    station: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    period: str = ""
    groups: Sequence[str] | None = None
    records: Sequence[str] | None = None
    numbered: bool = True


def record_labels(doc: LedgerDocument, translate: Translate) -> list[str]:
    if doc.records is not None:
        return list(doc.records)
    keys = [c.key for c in doc.columns]
    name_at = keys.index("name") if "name" in keys else keys.index("head") if "head" in keys else 0
    template = translate(CTX, QT_TRANSLATE_NOOP("Ledger", "Row {row} ({name})"))
    return [
        template.format(row=i, name=row[name_at] if row else "")
        for i, row in enumerate(doc.rows, 1)
    ]


def column_widths(doc: LedgerDocument) -> list[float]:
    """Each printed column's width in points (the row number first when numbered)."""
    weights = [float(c.width) for c in doc.columns]
    if doc.numbered:
        weights.insert(0, NUMBER_WEIGHT)
    table_w = landscape(A4)[0] - 2 * MARGIN
    total = sum(weights) or 1.0
    return [table_w * w / total for w in weights]
