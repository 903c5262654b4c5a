"""The one ledger writer (登记台账): any register's declared columns and its formatted rows, on A4
landscape with the title, the station and the period, the header on every page, Chinese text
wrapped inside its cell, "第 x 页 共 y 页" and a signature line (填表人, 审核人, 日期).

Lean by design: one pass lays the rows out into pages (reports.ledger_layout, so the page total
is known), a second draws each page straight on the canvas with one text object
(reports.ledger_drawing). Each unique cell text of a column is wrapped and encoded to PDF
operators once (reports.text_layout), so 10,000 rows cost about half what the same strings cost
drawn bare. Every character is checked against the fonts first (reports.glyphs); the problems
come back to the caller, and a box is drawn in their place. What a ledger prints is a
:class:`LedgerDocument` (reports.ledger_document).
"""

from __future__ import annotations

import os
from pathlib import Path

from villagedesk.core.text import Translate
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.glyphs import FontSet, GlyphProblem, font_set
from villagedesk.reports.ledger_document import LedgerDocument, column_widths, record_labels
from villagedesk.reports.ledger_drawing import render_pages
from villagedesk.reports.ledger_layout import LedgerLayout
from villagedesk.reports.printed_text import identity

__all__ = [
    "LedgerDocument",
    "check_ledger",
    "column_widths",
    "record_labels",
    "render_ledger",
    "write_ledger",
]


def check_ledger(
    doc: LedgerDocument, *, translate: Translate = identity, fonts: FontSet | None = None
) -> list[GlyphProblem]:
    """The characters of ``doc`` no font covers, with the record each belongs to."""
    fonts = fonts or font_set()
    head = [
        doc.title,
        doc.station,
        doc.period,
        *(translate("Columns", c.header) for c in doc.columns),
    ]
    problems = fonts.check((doc.title, text) for text in head if not fonts.covered(text))
    labels: list[str] | None = None
    for i, row in enumerate(doc.rows):
        text = "".join(row)
        if not fonts.covered(text):
            labels = labels or record_labels(doc, translate)
            problems += fonts.check([(labels[i], text)])
    if doc.groups is not None:
        problems += fonts.check((g, g) for g in set(doc.groups) if not fonts.covered(g))
    return problems


def write_ledger(
    path: str | os.PathLike[str],
    doc: LedgerDocument,
    *,
    translate: Translate = identity,
    fonts: FontSet | None = None,
) -> list[GlyphProblem]:
    """Write ``doc`` to ``path`` (atomically). Returns the characters no font covers (drawn as a
    box); an empty list when every character was drawn."""
    fonts = fonts or font_set()
    problems = check_ledger(doc, translate=translate, fonts=fonts)
    layout = LedgerLayout(doc, translate, fonts)
    atomic_write_bytes(Path(path), render_pages(layout))
    return problems + layout.problems


def render_ledger(
    doc: LedgerDocument, *, translate: Translate = identity, fonts: FontSet | None = None
) -> bytes:
    """The ledger's PDF bytes."""
    fonts = fonts or font_set()
    return render_pages(LedgerLayout(doc, translate, fonts))
