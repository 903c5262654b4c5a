"""A ledger's rows laid out into pages before anything is drawn, so the page total is known: each
unique cell text of a column wrapped once by the column's rule (names at "·" only, numbers
whole) and measured once (reports.text_layout), the header row, the group bands (named again,
"continued", at the top of a page the group goes on to) and the page breaks."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from villagedesk.core.columns import Align
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.reports.glyphs import FontSet, GlyphProblem, fit_problem
from villagedesk.reports.ledger_document import (
    BODY_SIZE,
    CTX,
    HEAD_SIZE,
    LEADING,
    MARGIN,
    PAD,
    LedgerDocument,
    column_widths,
    record_labels,
)
from villagedesk.reports.text_fit import Kind, column_kind, header_lines
from villagedesk.reports.text_layout import CellText, Piece, TextMeasure

CONTINUED = QT_TRANSLATE_NOOP("Ledger", "{group} (continued)")

LineOps = tuple[tuple[str, tuple[Piece, ...]], ...]
"""One line of a cell: per font run, the start of its text matrix and its encoded pieces."""


class LedgerCell:
    """One unique cell text in one column, wrapped once; its text operators are encoded on first
    draw (ledger cells repeat heavily: sex, ethnicity, branch, standing, status, dates)."""

    __slots__ = ("col", "header", "lines", "ops", "size", "text")

    def __init__(self, text: CellText, col: int, size: float, header: bool) -> None:
        self.text, self.col, self.size, self.header = text, col, size, header
        self.lines = len(text.lines)
        self.ops: tuple[LineOps, ...] | None = None


@dataclass
class LedgerRow:
    """A row of cells (or, with ``band``, a band row naming a group) and its height."""

    cells: list[LedgerCell]
    height: float
    band: CellText | None = None


@dataclass
class LedgerPage:
    rows: list[LedgerRow] = field(default_factory=list)


class LedgerLayout:
    """The ledger's page geometry, its columns (x, width, alignment, break rule), the header row
    and :meth:`pages`; the fit problems found on the way collect in :attr:`problems`."""

    def __init__(self, doc: LedgerDocument, say: Translate, fonts: FontSet) -> None:
        self.doc, self.say, self.fonts = doc, say, fonts
        self.page_w, self.page_h = landscape(A4)
        self.left = self.right = MARGIN
        self.top, self.bottom = 12 * mm, 12 * mm
        self.measure = TextMeasure(fonts)
        self.columns = list(doc.columns)
        self.aligns = [c.align for c in self.columns]
        self.kinds = [column_kind(c) for c in self.columns]
        if doc.numbered:
            self.aligns.insert(0, Align.CENTER)
            self.kinds.insert(0, Kind.NUMBER)
        self.widths = column_widths(doc)
        self.problems: list[GlyphProblem] = []
        self._labels: list[str] | None = None
        self.xs = [self.left]
        for w in self.widths:
            self.xs.append(self.xs[-1] + w)
        self.line_h = BODY_SIZE * LEADING
        self._cells: dict[tuple[int, str], LedgerCell] = {}
        self.header = self._header_row()
        # Vertical room for the table on every page (title block above, footer below).
        self.table_top = self.page_h - self.top - 16 * mm
        self.table_bottom = self.bottom + 11 * mm

    def _cell(self, text: str, col: int, size: float, row: int = -1) -> LedgerCell:
        """A body cell wrapped in full by its column's rule (names at "·" only, numbers
        whole), shrunk to no less than 6 pt when a piece is wider than the column."""
        width = self.widths[col] - 2 * PAD
        fitted = self.measure.fit(text, width, size, self.kinds[col])
        if not fitted.complete and row >= 0:
            self._report(row, text)
        return LedgerCell(self.measure.cell(fitted), col, fitted.size, False)

    def _report(self, row: int, text: str) -> None:
        if self._labels is None:
            self._labels = record_labels(self.doc, self.say)
        detail = self.say(
            "PrintFit", QT_TRANSLATE_NOOP("PrintFit", "does not fit in its space: {text}")
        ).format(text=text)
        self.problems.append(fit_problem(self._labels[row], detail))

    def _header_row(self) -> LedgerRow:
        labels = [self.say("Columns", c.header) for c in self.columns]
        if self.doc.numbered:
            labels.insert(0, self.say(CTX, QT_TRANSLATE_NOOP("Ledger", "No.")))
        cells = []
        for i, text in enumerate(labels):
            fitted = header_lines(text, self.widths[i] - 2 * PAD, HEAD_SIZE, self.measure.width)
            cells.append(LedgerCell(self.measure.cell(fitted), i, fitted.size, True))
        lines = max((c.lines for c in cells), default=1)
        return LedgerRow(cells, lines * HEAD_SIZE * LEADING + 2 * PAD)

    def pages(self) -> list[LedgerPage]:
        """The rows laid out into pages; each unique cell text per column is wrapped once."""
        room = self.table_top - self.table_bottom - self.header.height
        pages = [LedgerPage()]
        used = 0.0
        groups = self.doc.groups
        current: str | None = None
        offset = 1 if self.doc.numbered else 0
        known = self._cells
        cell = self._cell
        line_h, pad2 = self.line_h, 2 * PAD
        for i, values in enumerate(self.doc.rows):
            rows: list[LedgerRow] = []
            if groups is not None and groups[i] != current:
                current = groups[i]
                rows.append(self._band(current))
            cells: list[LedgerCell] = []
            for j, v in enumerate(values, offset):
                hit = known.get((j, v))
                if hit is None:
                    hit = known[(j, v)] = cell(v, j, BODY_SIZE, i)
                cells.append(hit)
            if offset:
                cells.insert(0, cell(str(i + 1), 0, BODY_SIZE))
            lines = max([c.lines for c in cells], default=1)
            rows.append(LedgerRow(cells, max(lines, 1) * line_h + pad2))
            need = sum(r.height for r in rows) if len(rows) > 1 else rows[0].height
            if used + need > room and pages[-1].rows:
                pages.append(LedgerPage())
                used = 0.0
                if current is not None and rows[0].band is None:
                    # the group goes on over the page: its band again, marked (continued)
                    rows.insert(0, self._band(self.say(CTX, CONTINUED).format(group=current)))
                    need += rows[0].height
            pages[-1].rows.extend(rows)
            used += need
        return pages

    def _band(self, label: str) -> LedgerRow:
        """A band row naming a group (the cadre, the work unit), wrapped in full."""
        fitted = self.measure.fit(label, sum(self.widths) - 2 * PAD, BODY_SIZE, Kind.TEXT)
        band = self.measure.cell(fitted)
        return LedgerRow([], len(band.lines) * self.line_h + 2 * PAD, band=band)
