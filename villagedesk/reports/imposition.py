"""Booklet imposition: A5 pages 2-up on A4 landscape in saddle-stitch order.

A booklet of ``n`` pages (padded with blanks to a multiple of 4) prints on ``n / 4`` sheets, each
printed on both sides (duplex, flipped on the short edge) and laid one inside the other, then
folded. Sheet ``s`` carries pages ``n-1-2s | 2s`` on its front and ``2s+1 | n-2-2s`` on its back
(0-based, left | right). Pages are drawn once as PDF forms and placed here.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.pdfgen.canvas import Canvas

from villagedesk.core.printing.model import PrinterOffsets
from villagedesk.reports.printed_text import start_page

Side = tuple[int | None, int | None]
"""The page drawn on the left and on the right half of one A4 side (None: blank)."""


def padded(pages: int, multiple: int = 4) -> int:
    """``pages`` rounded up to a multiple of ``multiple`` (at least one multiple)."""
    return max(multiple, -(-pages // multiple) * multiple)


def booklet_sides(pages: int) -> list[Side]:
    """The A4 sides of a booklet of ``pages`` pages, in print order (front, back, front …);
    page numbers past ``pages - 1`` are blanks (None)."""
    n = padded(pages)

    def real(i: int) -> int | None:
        return i if i < pages else None

    sides: list[Side] = []
    for s in range(n // 4):
        sides.append((real(n - 1 - 2 * s), real(2 * s)))
        sides.append((real(2 * s + 1), real(n - 2 - 2 * s)))
    return sides


def reading_order(sides: Sequence[Side]) -> list[int | None]:
    """The pages in the order a reader meets them once the sheets are nested and folded: the
    right halves of the fronts and the left halves of the backs from the outer sheet in, then
    the right halves of the backs and the left halves of the fronts from the inner sheet out."""
    fronts, backs = sides[0::2], sides[1::2]
    first = [p for front, back in zip(fronts, backs, strict=True) for p in (front[1], back[0])]
    second = [
        p
        for front, back in zip(reversed(fronts), reversed(backs), strict=True)
        for p in (back[1], front[0])
    ]
    return first + second


def place_booklet(canvas: Canvas, forms: Sequence[str], *, offsets: PrinterOffsets) -> int:
    """Place the A5 page ``forms`` 2-up on A4 landscape sides in booklet order; returns the
    number of A4 pages written. ``canvas`` must have A4 landscape as its page size."""
    width, _height = landscape(A4)
    half = width / 2
    sides = booklet_sides(len(forms))
    for left, right in sides:
        canvas.setPageSize(landscape(A4))
        start_page(canvas, offsets)
        for page, x in ((left, 0.0), (right, half)):
            if page is not None:
                canvas.saveState()
                canvas.translate(x, 0)
                canvas.doForm(forms[page])
                canvas.restoreState()
        canvas.showPage()
    return len(sides)


def place_plain(
    canvas: Canvas, forms: Sequence[str], *, offsets: PrinterOffsets, multiple: int = 2
) -> int:
    """Place the page ``forms`` one per A5 page, padded with blanks to ``multiple`` pages (so
    that the next booklet starts on a new sheet); returns the number of pages written."""
    count = padded(len(forms), multiple)
    for i in range(count):
        canvas.setPageSize(A5)
        start_page(canvas, offsets)
        if i < len(forms):
            canvas.doForm(forms[i])
        canvas.showPage()
    return count
