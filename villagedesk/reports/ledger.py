"""The one ledger writer (登记台账): any register's declared columns and its formatted rows, on A4
landscape with the title, the station and the period, the header on every page, Chinese text
wrapped inside its cell, "第 x 页 共 y 页" and a signature line (填表人, 审核人, 日期).

Lean by design: one pass lays the rows out into pages (so the page total is known), a second
draws each page straight on the canvas with one text object. Each unique cell text of a column
is wrapped and encoded to PDF operators once (reports.text_layout), so 10,000 rows cost about
half what the same strings cost drawn bare. Every character is checked against the fonts first
(reports.glyphs); the problems come back to the caller, and a box is drawn in their place.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from villagedesk.core.columns import Align, Column
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.glyphs import FontSet, GlyphProblem, fit_problem, font_set
from villagedesk.reports.printed_text import PrintCanvas
from villagedesk.reports.text_fit import Kind, column_kind, header_lines
from villagedesk.reports.text_layout import CellText, Piece, TextEncoder, TextMeasure, TextOps

CTX = "Ledger"
BODY_SIZE = 8.5
HEAD_SIZE = 9.0
LEADING = 1.25
PAD = 2.2
CONTINUED = QT_TRANSLATE_NOOP("Ledger", "{group} (continued)")


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


LineOps = tuple[tuple[str, tuple[Piece, ...]], ...]
"""One line of a cell: per font run, the start of its text matrix and its encoded pieces."""


class _Cell:
    """One unique cell text in one column, wrapped once; its text operators are encoded on first
    draw (ledger cells repeat heavily: sex, ethnicity, branch, standing, status, dates)."""

    __slots__ = ("col", "header", "lines", "ops", "size", "text")

    def __init__(self, text: CellText, col: int, size: float, header: bool) -> None:
        self.text, self.col, self.size, self.header = text, col, size, header
        self.lines = len(text.lines)
        self.ops: tuple[LineOps, ...] | None = None


@dataclass
class _Row:
    cells: list[_Cell]
    height: float
    band: CellText | None = None


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
    writer = _LedgerWriter(doc, translate, fonts)
    atomic_write_bytes(Path(path), writer.render())
    return problems + writer.problems


def render_ledger(
    doc: LedgerDocument, *, translate: Translate = _identity, fonts: FontSet | None = None
) -> bytes:
    """The ledger's PDF bytes."""
    fonts = fonts or font_set()
    return _LedgerWriter(doc, translate, fonts).render()


def column_widths(doc: LedgerDocument) -> list[float]:
    """Each printed column's width in points (the row number first when numbered)."""
    weights = [float(c.width) for c in doc.columns]
    if doc.numbered:
        weights.insert(0, NUMBER_WEIGHT)
    table_w = landscape(A4)[0] - 2 * MARGIN
    total = sum(weights) or 1.0
    return [table_w * w / total for w in weights]


NUMBER_WEIGHT = 4.5
MARGIN = 12 * mm


class _LedgerWriter:
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
        self._fxs = [fp_str(x) for x in self.xs]
        self.line_h = BODY_SIZE * LEADING
        self._cells: dict[tuple[int, str], _Cell] = {}
        self.header = self._header_row()
        # Vertical room for the table on every page (title block above, footer below).
        self.table_top = self.page_h - self.top - 16 * mm
        self.table_bottom = self.bottom + 11 * mm

    # -- layout -------------------------------------------------------------------------------
    def _cell(self, text: str, col: int, size: float, row: int = -1) -> _Cell:
        """A body cell wrapped in full by its column's rule (names at "·" only, numbers
        whole), shrunk to no less than 6 pt when a piece is wider than the column."""
        width = self.widths[col] - 2 * PAD
        fitted = self.measure.fit(text, width, size, self.kinds[col])
        if not fitted.complete and row >= 0:
            self._report(row, text)
        return _Cell(self.measure.cell(fitted), col, fitted.size, False)

    def _report(self, row: int, text: str) -> None:
        if self._labels is None:
            self._labels = record_labels(self.doc, self.say)
        detail = self.say(
            "PrintFit", QT_TRANSLATE_NOOP("PrintFit", "does not fit in its space: {text}")
        ).format(text=text)
        self.problems.append(fit_problem(self._labels[row], detail))

    def _header_row(self) -> _Row:
        labels = [self.say("Columns", c.header) for c in self.columns]
        if self.doc.numbered:
            labels.insert(0, self.say(CTX, QT_TRANSLATE_NOOP("Ledger", "No.")))
        cells = []
        for i, text in enumerate(labels):
            fitted = header_lines(text, self.widths[i] - 2 * PAD, HEAD_SIZE, self.measure.width)
            cells.append(_Cell(self.measure.cell(fitted), i, fitted.size, True))
        lines = max((c.lines for c in cells), default=1)
        return _Row(cells, lines * HEAD_SIZE * LEADING + 2 * PAD)

    def _pages(self) -> list[_Page]:
        """The rows laid out into pages; each unique cell text per column is wrapped once."""
        room = self.table_top - self.table_bottom - self.header.height
        pages = [_Page()]
        used = 0.0
        groups = self.doc.groups
        current: str | None = None
        offset = 1 if self.doc.numbered else 0
        known = self._cells
        cell = self._cell
        line_h, pad2 = self.line_h, 2 * PAD
        for i, values in enumerate(self.doc.rows):
            rows: list[_Row] = []
            if groups is not None and groups[i] != current:
                current = groups[i]
                rows.append(self._band(current))
            cells: list[_Cell] = []
            for j, v in enumerate(values, offset):
                hit = known.get((j, v))
                if hit is None:
                    hit = known[(j, v)] = cell(v, j, BODY_SIZE, i)
                cells.append(hit)
            if offset:
                cells.insert(0, cell(str(i + 1), 0, BODY_SIZE))
            lines = max([c.lines for c in cells], default=1)
            rows.append(_Row(cells, max(lines, 1) * line_h + pad2))
            need = sum(r.height for r in rows) if len(rows) > 1 else rows[0].height
            if used + need > room and pages[-1].rows:
                pages.append(_Page())
                used = 0.0
                if current is not None and rows[0].band is None:
                    # the group goes on over the page: its band again, marked (continued)
                    rows.insert(0, self._band(self.say(CTX, CONTINUED).format(group=current)))
                    need += rows[0].height
            pages[-1].rows.extend(rows)
            used += need
        return pages

    def _band(self, label: str) -> _Row:
        """A band row naming a group (the cadre, the work unit), wrapped in full."""
        fitted = self.measure.fit(label, sum(self.widths) - 2 * PAD, BODY_SIZE, Kind.TEXT)
        band = self.measure.cell(fitted)
        return _Row([], len(band.lines) * self.line_h + 2 * PAD, band=band)

    # -- drawing ------------------------------------------------------------------------------
    def render(self) -> bytes:
        pages = self._pages()
        buf = io.BytesIO()
        c = PrintCanvas(
            buf,
            pagesize=(self.page_w, self.page_h),
            pageCompression=1,
            initialFontName=self.fonts.primary,
        )
        c.setTitle(self.doc.title)
        c.setAuthor(self.doc.station)
        c.setCreator("VillageDesk")
        self.encoder = TextEncoder(c, self.fonts, self.measure)
        for number, page in enumerate(pages, 1):
            self._draw_page(c, page, number, len(pages))
            c.showPage()
        c.save()
        return buf.getvalue()

    def _cell_ops(self, cell: _Cell) -> tuple[LineOps, ...]:
        """Per line of ``cell``: per font run, the start of its text matrix (``1 0 0 1 x ``,
        completed by the row's y) and its encoded pieces."""
        x0, width = self.xs[cell.col], self.widths[cell.col]
        align = Align.CENTER if cell.header else self.aligns[cell.col]
        ops: list[LineOps] = []
        for line, line_w in zip(cell.text.lines, cell.text.widths, strict=True):
            if align is Align.CENTER:
                x = x0 + (width - line_w) / 2
            elif align is Align.RIGHT:
                x = x0 + width - PAD - line_w
            else:
                x = x0 + PAD
            runs: list[tuple[str, tuple[Piece, ...]]] = []
            for run_w, pieces in self.encoder.runs(line, cell.size):
                runs.append((f"1 0 0 1 {x:.2f} ", pieces))
                x += run_w
            ops.append(tuple(runs))
        cell.ops = tuple(ops)
        return cell.ops

    def _draw_cells(self, out: TextOps, row: _Row, y_top: float, size: float) -> None:
        """The hot path: each line's text matrix completed with the row's y, each piece shown
        after its font is selected when it changed."""
        if row.band is not None:
            y = y_top - PAD - size
            for line in row.band.lines:
                out.show(self.left + PAD, y, line, size)
                y -= size * LEADING
            return
        y = y_top - PAD - size * 1.02
        ys: list[str] = []
        for _ in range(max([cell.lines for cell in row.cells], default=1)):
            ys.append(f"{y:.2f} Tm")
            y -= size * LEADING
        code, font = out.code, out.font
        append = code.append
        for cell in row.cells:
            for y_tm, line_ops in zip(ys, cell.ops or self._cell_ops(cell), strict=False):
                for start, pieces in line_ops:
                    append(start + y_tm)
                    for op, shown in pieces:
                        if op != font:
                            append(op)
                            font = op
                        append(shown)
        out.font = font

    def _draw_page(self, c: Canvas, page: _Page, number: int, total: int) -> None:
        say = self.say
        tx = c.beginText()
        out = TextOps(tx._code, self.encoder)
        # title block
        title_size = 16.0
        title_w = self.measure.width(self.doc.title, title_size)
        out.show(
            (self.page_w - title_w) / 2,
            self.page_h - self.top - title_size,
            self.doc.title,
            title_size,
        )
        info_y = self.table_top + 2.2 * mm
        station = say(CTX, QT_TRANSLATE_NOOP("Ledger", "Station: {name}")).format(
            name=self.doc.station
        )
        out.show(self.left, info_y, station, 9.5)
        if self.doc.period:
            period = say(CTX, QT_TRANSLATE_NOOP("Ledger", "Period: {period}")).format(
                period=self.doc.period
            )
            out.show(
                self.page_w - self.right - self.measure.width(period, 9.5), info_y, period, 9.5
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
        self._draw_cells(out, self.header, y, HEAD_SIZE)
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
            self._draw_cells(out, row, y, BODY_SIZE)
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
            out.show(x, foot_y, text, 9.5)
            x += self.measure.width(text, 9.5) + 1 * mm
            blanks.append((x, x + 38 * mm))
            x += 46 * mm
        pages = say(CTX, QT_TRANSLATE_NOOP("Ledger", "Page {page} of {pages}")).format(
            page=number, pages=total
        )
        out.show(self.page_w - self.right - self.measure.width(pages, 9.5), foot_y, pages, 9.5)
        c.drawText(tx)
        self._draw_grid(c, lines_y, bands)
        c.setLineWidth(0.4)
        c.setStrokeGray(0)
        for b0, b1 in blanks:
            c.line(b0, foot_y - 1.5, b1, foot_y - 1.5)

    def _draw_grid(self, c: Canvas, lines_y: list[float], bands: list[float]) -> None:
        """One path per page: the row lines, and the column lines broken where a band row spans
        the table."""
        c.setLineWidth(0.5)
        c.setStrokeGray(0.25)
        p = c.beginPath()
        p.moveTo(self.left, lines_y[0])
        p.lineTo(self.xs[-1], lines_y[0])
        # The other lines written directly: moveTo/lineTo format each number again.
        line = p._code.append
        x0, x1 = fp_str(self.left), fp_str(self.xs[-1])
        fys = list(map(fp_str, lines_y))
        for fy in fys[1:]:
            line(f"{x0} {fy} m {x1} {fy} l")
        top = lines_y[0]
        segments: list[tuple[float, float]] = []
        for band_top in bands:
            idx = lines_y.index(band_top)
            segments.append((top, band_top))
            top = lines_y[idx + 1]
        segments.append((top, lines_y[-1]))
        spans = [(fp_str(a), fp_str(b)) for a, b in segments if a > b]
        full = [(fys[0], fys[-1])] if lines_y[0] > lines_y[-1] else []
        for i, fx in enumerate(self._fxs):
            for s_top, s_bottom in spans if 0 < i < len(self._fxs) - 1 else full:
                line(f"{fx} {s_top} m {fx} {s_bottom} l")
        c.drawPath(p, stroke=1, fill=0)
