"""A laid-out ledger (reports.ledger_layout) drawn straight on the canvas: per page the title
block, the shaded header, the rows and bands, the footer (填表人, 审核人, 日期 and "第 x 页 共 y
页") as one text object, then the grid as one path. Each cell's text operators are encoded once
(reports.text_layout) and completed with the row's y, the hot path of a 10,000-row ledger."""

from __future__ import annotations

import io

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from villagedesk.core.columns import Align
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.reports.ledger_document import BODY_SIZE, CTX, HEAD_SIZE, LEADING, PAD
from villagedesk.reports.ledger_layout import (
    LedgerCell,
    LedgerLayout,
    LedgerPage,
    LedgerRow,
    LineOps,
)
from villagedesk.reports.printed_text import PrintCanvas
from villagedesk.reports.text_layout import Piece, TextEncoder, TextOps

SIGNATURES = (
    QT_TRANSLATE_NOOP("Ledger", "Filled in by"),
    QT_TRANSLATE_NOOP("Ledger", "Checked by"),
    QT_TRANSLATE_NOOP("Ledger", "Date"),
)
"""The footer's labels, each followed by a line to sign on."""


def render_pages(layout: LedgerLayout) -> bytes:
    """The ledger's PDF bytes: its rows laid out into pages, then each page drawn."""
    pages = layout.pages()
    buf = io.BytesIO()
    c = PrintCanvas(
        buf,
        pagesize=(layout.page_w, layout.page_h),
        pageCompression=1,
        initialFontName=layout.fonts.primary,
    )
    c.setTitle(layout.doc.title)
    c.setAuthor(layout.doc.station)
    c.setCreator("VillageDesk")
    drawing = LedgerDrawing(layout, c)
    for number, page in enumerate(pages, 1):
        drawing.draw_page(page, number, len(pages))
        c.showPage()
    c.save()
    return buf.getvalue()


class LedgerDrawing:
    """Draws the pages of ``layout`` on ``canvas``."""

    def __init__(self, layout: LedgerLayout, canvas: Canvas) -> None:
        self.layout, self.canvas = layout, canvas
        self.encoder = TextEncoder(canvas, layout.fonts, layout.measure)
        self.left, self.right, self.xs = layout.left, layout.right, layout.xs
        self.widths, self.aligns = layout.widths, layout.aligns
        self._fxs = [fp_str(x) for x in layout.xs]

    def _cell_ops(self, cell: LedgerCell) -> tuple[LineOps, ...]:
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

    def _draw_cells(self, out: TextOps, row: LedgerRow, y_top: float, size: float) -> None:
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

    def draw_page(self, page: LedgerPage, number: int, total: int) -> None:
        c = self.canvas
        tx = c.beginText()
        out = TextOps(tx._code, self.encoder)
        self._title_block(out)
        lines_y, bands = self._table(out, page)
        foot_y = self.layout.bottom + 4.5 * mm
        blanks = self._footer(out, foot_y, number, total)
        c.drawText(tx)
        self._draw_grid(lines_y, bands)
        c.setLineWidth(0.4)
        c.setStrokeGray(0)
        for b0, b1 in blanks:
            c.line(b0, foot_y - 1.5, b1, foot_y - 1.5)

    def _title_block(self, out: TextOps) -> None:
        """The title centred at the top; the station left and the period right above the table."""
        layout, say = self.layout, self.layout.say
        doc, measure = layout.doc, layout.measure
        title_size = 16.0
        title_w = measure.width(doc.title, title_size)
        out.show(
            (layout.page_w - title_w) / 2,
            layout.page_h - layout.top - title_size,
            doc.title,
            title_size,
        )
        info_y = layout.table_top + 2.2 * mm
        station = say(CTX, QT_TRANSLATE_NOOP("Ledger", "Station: {name}")).format(name=doc.station)
        out.show(self.left, info_y, station, 9.5)
        if doc.period:
            period = say(CTX, QT_TRANSLATE_NOOP("Ledger", "Period: {period}")).format(
                period=doc.period
            )
            out.show(layout.page_w - self.right - measure.width(period, 9.5), info_y, period, 9.5)

    def _table(self, out: TextOps, page: LedgerPage) -> tuple[list[float], list[float]]:
        """The shaded header and the page's rows (bands shaded lighter); returns the y of every
        row line and the top of every band, for the grid."""
        c, header = self.canvas, self.layout.header
        width = self.xs[-1] - self.left
        y = self.layout.table_top
        c.setFillGray(0.9)
        c.rect(self.left, y - header.height, width, header.height, stroke=0, fill=1)
        c.setFillGray(0)
        self._draw_cells(out, header, y, HEAD_SIZE)
        lines_y = [y, y - header.height]
        y -= header.height
        bands: list[float] = []
        for row in page.rows:
            if row.band is not None:
                c.setFillGray(0.96)
                c.rect(self.left, y - row.height, width, row.height, stroke=0, fill=1)
                c.setFillGray(0)
                bands.append(y)
            self._draw_cells(out, row, y, BODY_SIZE)
            y -= row.height
            lines_y.append(y)
        return lines_y, bands

    def _footer(
        self, out: TextOps, foot_y: float, number: int, total: int
    ) -> list[tuple[float, float]]:
        """The signature labels and the page number; returns where each line to sign on runs."""
        say, measure = self.layout.say, self.layout.measure
        x = self.left
        blanks: list[tuple[float, float]] = []
        for label in SIGNATURES:
            text = say(CTX, label) + "："
            out.show(x, foot_y, text, 9.5)
            x += measure.width(text, 9.5) + 1 * mm
            blanks.append((x, x + 38 * mm))
            x += 46 * mm
        pages = say(CTX, QT_TRANSLATE_NOOP("Ledger", "Page {page} of {pages}")).format(
            page=number, pages=total
        )
        page_w = self.layout.page_w
        out.show(page_w - self.right - measure.width(pages, 9.5), foot_y, pages, 9.5)
        return blanks

    def _draw_grid(self, lines_y: list[float], bands: list[float]) -> None:
        """One path per page: the row lines, and the column lines broken where a band row spans
        the table."""
        c = self.canvas
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
