"""The calibration page: a 100 mm ruler on both axes, the card outlines of the card sheet and
corner marks 10 mm from the paper's edges, so that the secretary can measure how far the printer
shifts (and scales) the page and enter the offsets in the settings."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from villagedesk.core.printing.model import NO_OFFSETS, PrinterOffsets
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.card_sheet import CARD_H, CARD_W, PER_SHEET, draw_crop_marks, slot
from villagedesk.reports.printed_text import Pen, identity, new_canvas, start_page

CTX = "Calibration"
W, H = A4
RULER = 100 * mm
CORNER = 10 * mm


def _ruler(pen: Pen, x: float, y: float, *, vertical: bool) -> None:
    """100 mm with a tick every millimetre, longer every 5 and numbered every 10."""
    c = pen.canvas
    c.setLineWidth(0.3)
    c.setStrokeColor(colors.black)
    if vertical:
        c.line(x, y, x, y - RULER)
    else:
        c.line(x, y, x + RULER, y)
    for n in range(101):
        size = 4 * mm if n % 10 == 0 else 2.5 * mm if n % 5 == 0 else 1.5 * mm
        if vertical:
            c.line(x, y - n * mm, x + size, y - n * mm)
            if n % 10 == 0:
                pen.draw(x + 5 * mm, y - n * mm - 1 * mm, str(n), 6)
        else:
            c.line(x + n * mm, y, x + n * mm, y - size)
            if n % 10 == 0:
                pen.centred(x + n * mm, y - 7 * mm, str(n), 6)


def _corner(canvas: Canvas, x: float, y: float) -> None:
    canvas.setLineWidth(0.3)
    canvas.line(x - 3 * mm, y, x + 3 * mm, y)
    canvas.line(x, y - 3 * mm, x, y + 3 * mm)


INSTRUCTIONS = (
    QT_TRANSLATE_NOOP(
        "Calibration",
        "Print this page at actual size (100%, no fit to page) on the printer used for cards.",
    ),
    QT_TRANSLATE_NOOP(
        "Calibration",
        "1. Both rulers must measure exactly 100 mm. If not, the printer or the viewer is "
        "scaling the page: turn scaling off in the print dialog.",
    ),
    QT_TRANSLATE_NOOP(
        "Calibration",
        "2. Each corner cross should sit 10 mm from both edges of the paper. Measure the top "
        "left one: X offset = 10 − distance from the left edge, Y offset = 10 − distance from "
        "the top edge (in mm).",
    ),
    QT_TRANSLATE_NOOP(
        "Calibration",
        "3. Enter the offsets in the printer offset settings, then print this page again to check.",
    ),
    QT_TRANSLATE_NOOP(
        "Calibration",
        "The dashed outlines show where the contact cards are printed on their sheet.",
    ),
)
"""What the page tells the secretary to do, paragraph by paragraph."""


def _card_outlines(c: Canvas) -> None:
    """The cards of the card sheet as dashed outlines, with the sheet's crop marks."""
    c.setStrokeColor(colors.HexColor("#9FB7D9"))
    c.setLineWidth(0.4)
    c.setDash(2, 2)
    for i in range(PER_SHEET):
        x, y = slot(i)
        c.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)
    c.setDash()
    draw_crop_marks(c)


def _instructions(
    pen: Pen, left: float, top: float, offsets: PrinterOffsets, t: Callable[[str], str]
) -> None:
    """The white box beside the rulers: the title, the instructions and the offsets in use."""
    c = pen.canvas
    c.setFillColor(colors.white)
    box_x, box_y, box_w = left + 12 * mm, top - 96 * mm, 118 * mm
    c.rect(box_x - 3 * mm, box_y - 4 * mm, box_w + 6 * mm, 90 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    y = top - 14 * mm
    pen.draw(box_x, y, t(QT_TRANSLATE_NOOP("Calibration", "Printer calibration page")), 15)
    y -= 9 * mm
    for line in INSTRUCTIONS:
        for part in pen.wrap(t(line), box_w, 9):
            pen.draw(box_x, y, part, 9)
            y -= 5 * mm
        y -= 2 * mm
    current = t(QT_TRANSLATE_NOOP("Calibration", "Offsets in use: X {x} mm, Y {y} mm")).format(
        x=f"{offsets.x_mm:g}", y=f"{offsets.y_mm:g}"
    )
    pen.draw(box_x, y - 2 * mm, current, 10)


def draw_calibration(
    canvas: Canvas, *, offsets: PrinterOffsets, translate: Translate = identity
) -> None:
    """Draw the calibration page on ``canvas`` (one page)."""

    def t(text: str) -> str:
        return translate(CTX, text)

    pen = Pen(canvas)
    start_page(canvas, offsets)
    c = canvas
    _card_outlines(c)
    c.setStrokeColor(colors.black)
    c.setFillColor(colors.black)
    for x, y in (
        (CORNER, H - CORNER),
        (W - CORNER, H - CORNER),
        (CORNER, CORNER),
        (W - CORNER, CORNER),
    ):
        _corner(c, x, y)
    left, top = 40 * mm, H - 40 * mm
    _ruler(pen, left, top, vertical=False)
    _ruler(pen, left - 12 * mm, top - 6 * mm, vertical=True)
    pen.draw(left, top + 5 * mm, t(QT_TRANSLATE_NOOP("Calibration", "100 mm across")), 8)
    pen.draw(
        left - 10 * mm, top - RULER - 12 * mm, t(QT_TRANSLATE_NOOP("Calibration", "100 mm down")), 8
    )
    _instructions(pen, left, top, offsets, t)


def write_calibration(
    path: str | os.PathLike[str],
    *,
    offsets: PrinterOffsets = NO_OFFSETS,
    translate: Translate = identity,
) -> Path:
    """Write the calibration page to an A4 PDF at ``path`` atomically; returns the path."""
    buf = io.BytesIO()
    title = translate(CTX, QT_TRANSLATE_NOOP("Calibration", "Printer calibration page"))
    canvas = new_canvas(buf, A4, title=title, author="VillageDesk")
    draw_calibration(canvas, offsets=offsets, translate=translate)
    canvas.showPage()
    canvas.save()
    target = Path(path)
    atomic_write_bytes(target, buf.getvalue())
    return target
