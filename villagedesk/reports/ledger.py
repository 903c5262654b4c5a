"""The one ledger writer (登记台账): any register's declared columns and its formatted rows, on A4
landscape with the title, the station and the period, the header on every page, Chinese text
wrapped inside its cell, "第 x 页 共 y 页" and a signature line (填表人, 审核人, 日期).

Lean by design: one pass lays the rows out into pages (so the page total is known), a second
draws each page straight on the canvas with one text object; 10,000 rows cost about what the
same strings cost drawn bare. Every character is checked against the fonts first
(reports.glyphs); the problems come back to the caller, and a box is drawn in their place.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from villagedesk.core.columns import Align, Column
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.glyphs import FontSet, GlyphProblem, font_set
from villagedesk.reports.text_layout import CellText, TextMeasure

CTX = "Ledger"
BODY_SIZE = 8.5
HEAD_SIZE = 9.0
LEADING = 1.25
PAD = 2.2
MAX_LINES = 8


def _identity(context: str, text: str) -> str:
    del context
    return text


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


def check_ledger(
    doc: LedgerDocument, *, translate: Translate = _identity, fonts: FontSet | None = None
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


@dataclass
class _Row:
    cells: list[CellText]
    height: float
    band: str | None = None


class _Page:
    def __init__(self) -> None:
        self.rows: list[_Row] = []


def write_ledger(
    path: str | os.PathLike[str],
    doc: LedgerDocument,
    *,
    translate: Translate = _identity,
    fonts: FontSet | None = None,
) -> list[GlyphProblem]:
    """Write ``doc`` to ``path`` (atomically). Returns the characters no font covers (drawn as a
    box); an empty list when every character was drawn."""
    fonts = fonts or font_set()
    problems = check_ledger(doc, translate=translate, fonts=fonts)
    atomic_write_bytes(Path(path), render_ledger(doc, translate=translate, fonts=fonts))
    return problems


def render_ledger(
    doc: LedgerDocument, *, translate: Translate = _identity, fonts: FontSet | None = None
) -> bytes:
    """The ledger's PDF bytes."""
    fonts = fonts or font_set()
    return _LedgerWriter(doc, translate, fonts).render()


class _LedgerWriter:
    def __init__(self, doc: LedgerDocument, say: Translate, fonts: FontSet) -> None:
        self.doc, self.say, self.fonts = doc, say, fonts
        self.page_w, self.page_h = landscape(A4)
        self.left = self.right = 12 * mm
        self.top, self.bottom = 12 * mm, 12 * mm
        self.measure = TextMeasure(fonts)
        self.columns = list(doc.columns)
        self.aligns = [c.align for c in self.columns]
        weights = [float(c.width) for c in self.columns]
        if doc.numbered:
            self.aligns.insert(0, Align.CENTER)
            weights.insert(0, 3.5)
        table_w = self.page_w - self.left - self.right
        total = sum(weights) or 1.0
        self.widths = [table_w * w / total for w in weights]
        self.xs = [self.left]
        for w in self.widths:
            self.xs.append(self.xs[-1] + w)
        self.line_h = BODY_SIZE * LEADING
        self.header = self._header_row()
        self._font: tuple[str, float] = ("", 0.0)
        # Vertical room for the table on every page (title block above, footer below).
        self.table_top = self.page_h - self.top - 16 * mm
        self.table_bottom = self.bottom + 11 * mm

    # -- layout -------------------------------------------------------------------------------
    def _cell(self, text: str, col: int, size: float) -> CellText:
        return self.measure.wrap(text, self.widths[col] - 2 * PAD, size, MAX_LINES)

    def _header_row(self) -> _Row:
        labels = [self.say("Columns", c.header) for c in self.columns]
        if self.doc.numbered:
            labels.insert(0, self.say(CTX, QT_TRANSLATE_NOOP("Ledger", "No.")))
        cells = [self._cell(t, i, HEAD_SIZE) for i, t in enumerate(labels)]
        lines = max((len(c.lines) for c in cells), default=1)
        return _Row(cells, lines * HEAD_SIZE * LEADING + 2 * PAD)

    def _pages(self) -> list[_Page]:
        room = self.table_top - self.table_bottom - self.header.height
        pages = [_Page()]
        used = 0.0
        groups = self.doc.groups
        current: str | None = None
        offset = 1 if self.doc.numbered else 0
        for i, values in enumerate(self.doc.rows):
            rows: list[_Row] = []
            if groups is not None and groups[i] != current:
                current = groups[i]
                band = self.measure.wrap(current, sum(self.widths) - 2 * PAD, BODY_SIZE, 2)
                rows.append(_Row([band], len(band.lines) * self.line_h + 2 * PAD, band=current))
            cells = [self._cell(v, j + offset, BODY_SIZE) for j, v in enumerate(values)]
            if offset:
                cells.insert(0, self._cell(str(i + 1), 0, BODY_SIZE))
            lines = max((len(c.lines) for c in cells), default=1)
            rows.append(_Row(cells, max(lines, 1) * self.line_h + 2 * PAD))
            need = sum(r.height for r in rows)
            if used + need > room and pages[-1].rows:
                pages.append(_Page())
                used = 0.0
            pages[-1].rows.extend(rows)
            used += need
        return pages

    # -- drawing ------------------------------------------------------------------------------
    def render(self) -> bytes:
        pages = self._pages()
        buf = io.BytesIO()
        c = Canvas(
            buf,
            pagesize=(self.page_w, self.page_h),
            invariant=1,
            pageCompression=1,
            initialFontName=self.fonts.primary,
        )
        c.setTitle(self.doc.title)
        c.setAuthor(self.doc.station)
        c.setCreator("VillageDesk")
        for number, page in enumerate(pages, 1):
            self._draw_page(c, page, number, len(pages))
            c.showPage()
        c.save()
        return buf.getvalue()

    def _text(self, tx: PDFTextObject, x: float, y: float, text: str, size: float) -> None:
        """Draw ``text`` at (x, y), each run in the font that has its characters. The text
        matrix is written directly (setTextOrigin formats six numbers; this is the hot path)."""
        code = tx._code
        runs = self.fonts.runs(text)
        last = len(runs) - 1
        for i, (font, run) in enumerate(runs):
            if (font, size) != self._font:
                tx.setFont(font, size)
                self._font = (font, size)
            code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
            tx.textOut(run)
            if i < last:
                x += self.measure.width(run, size)

    def _draw_cells(
        self, tx: PDFTextObject, row: _Row, y_top: float, size: float, *, header: bool = False
    ) -> None:
        if row.band is not None:
            cell = row.cells[0]
            y = y_top - PAD - size
            for line in cell.lines:
                self._text(tx, self.left + PAD, y, line, size)
                y -= size * LEADING
            return
        for col, cell in enumerate(row.cells):
            x0, width = self.xs[col], self.widths[col]
            align = Align.CENTER if header else self.aligns[col]
            y = y_top - PAD - size * 1.02
            for line, line_w in zip(cell.lines, cell.widths, strict=True):
                if align is Align.CENTER:
                    x = x0 + (width - line_w) / 2
                elif align is Align.RIGHT:
                    x = x0 + width - PAD - line_w
                else:
                    x = x0 + PAD
                self._text(tx, x, y, line, size)
                y -= size * LEADING

    def _draw_page(self, c: Canvas, page: _Page, number: int, total: int) -> None:
        say = self.say
        tx = c.beginText()
        self._font = ("", 0.0)
        # title block
        title_size = 16.0
        title_w = self.measure.width(self.doc.title, title_size)
        self._text(
            tx,
            (self.page_w - title_w) / 2,
            self.page_h - self.top - title_size,
            self.doc.title,
            title_size,
        )
        info_y = self.table_top + 2.2 * mm
        station = say(CTX, QT_TRANSLATE_NOOP("Ledger", "Station: {name}")).format(
            name=self.doc.station
        )
        self._text(tx, self.left, info_y, station, 9.5)
        if self.doc.period:
            period = say(CTX, QT_TRANSLATE_NOOP("Ledger", "Period: {period}")).format(
                period=self.doc.period
            )
            self._text(
                tx, self.page_w - self.right - self.measure.width(period, 9.5), info_y, period, 9.5
            )
        # header and rows
        y = self.table_top
        c.setFillGray(0.9)
        c.rect(
            self.left,
            y - self.header.height,
            self.xs[-1] - self.left,
            self.header.height,
            stroke=0,
            fill=1,
        )
        c.setFillGray(0)
        self._draw_cells(tx, self.header, y, HEAD_SIZE, header=True)
        lines_y = [y, y - self.header.height]
        y -= self.header.height
        bands: list[float] = []
        for row in page.rows:
            if row.band is not None:
                c.setFillGray(0.96)
                c.rect(
                    self.left, y - row.height, self.xs[-1] - self.left, row.height, stroke=0, fill=1
                )
                c.setFillGray(0)
                bands.append(y)
            self._draw_cells(tx, row, y, BODY_SIZE)
            y -= row.height
            lines_y.append(y)
        # footer: signature line (label and a line to sign on) and page number
        foot_y = self.bottom + 4.5 * mm
        x = self.left
        blanks: list[tuple[float, float]] = []
        for label in (
            QT_TRANSLATE_NOOP("Ledger", "Filled in by"),
            QT_TRANSLATE_NOOP("Ledger", "Checked by"),
            QT_TRANSLATE_NOOP("Ledger", "Date"),
        ):
            text = say(CTX, label) + "："
            self._text(tx, x, foot_y, text, 9.5)
            x += self.measure.width(text, 9.5) + 1 * mm
            blanks.append((x, x + 38 * mm))
            x += 46 * mm
        pages = say(CTX, QT_TRANSLATE_NOOP("Ledger", "Page {page} of {pages}")).format(
            page=number, pages=total
        )
        self._text(
            tx, self.page_w - self.right - self.measure.width(pages, 9.5), foot_y, pages, 9.5
        )
        c.drawText(tx)
        # grid: one path per page
        c.setLineWidth(0.5)
        c.setStrokeGray(0.25)
        p = c.beginPath()
        x0, x1 = self.left, self.xs[-1]
        for ly in lines_y:
            p.moveTo(x0, ly)
            p.lineTo(x1, ly)
        # vertical lines, broken where a band row spans the table
        top = lines_y[0]
        segments: list[tuple[float, float]] = []
        for band_top in bands:
            idx = lines_y.index(band_top)
            segments.append((top, band_top))
            top = lines_y[idx + 1]
        segments.append((top, lines_y[-1]))
        for i, x in enumerate(self.xs):
            for s_top, s_bottom in (
                segments if 0 < i < len(self.xs) - 1 else [(lines_y[0], lines_y[-1])]
            ):
                if s_top > s_bottom:
                    p.moveTo(x, s_top)
                    p.lineTo(x, s_bottom)
        c.drawPath(p, stroke=1, fill=0)
        c.setLineWidth(0.4)
        c.setStrokeGray(0)
        for b0, b1 in blanks:
            c.line(b0, foot_y - 1.5, b1, foot_y - 1.5)
