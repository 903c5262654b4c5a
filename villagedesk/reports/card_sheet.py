"""The contact card sheet (联系卡): where the ten credit-card size cards sit on an A4 sheet and
the crop marks on their cut lines. The cards, the calibration page's card outlines and the
tests all measure from here."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

CARD_W, CARD_H = 85.6 * mm, 54 * mm
COLUMNS, ROWS = 2, 5
PER_SHEET = COLUMNS * ROWS
SHEET_W, SHEET_H = A4
GUTTER_X, GUTTER_Y = 4 * mm, 3 * mm
"""The gaps between cards, across and down: each card is cut out on its own four lines."""
PITCH_X, PITCH_Y = CARD_W + GUTTER_X, CARD_H + GUTTER_Y
GRID_W = COLUMNS * CARD_W + (COLUMNS - 1) * GUTTER_X
GRID_H = ROWS * CARD_H + (ROWS - 1) * GUTTER_Y
LEFT = (SHEET_W - GRID_W) / 2
BOTTOM = (SHEET_H - GRID_H) / 2
SAFE = 2 * mm
"""Colour keeps this far inside the trim, so a cut a little off never leaves a sliver."""
MARK_GAP, MARK_LEN = 0.75 * mm, 4 * mm


def slot(index: int, *, back: bool = False) -> tuple[float, float]:
    """Lower-left corner of the card at ``index`` (0–9, row by row from the top left) on its
    sheet; on a back sheet the columns are mirrored (the sheet turns over its long edge, so a
    back lands behind its front whatever the gutters)."""
    row, col = divmod(index % PER_SHEET, COLUMNS)
    x = LEFT + col * PITCH_X
    if back:
        x = SHEET_W - x - CARD_W
    return x, BOTTOM + (ROWS - 1 - row) * PITCH_Y


Segment = tuple[float, float, float, float]


def crop_marks() -> list[Segment]:
    """Every crop mark as (x0, y0, x1, y1): along each card's four cut lines, outside the grid
    (``MARK_LEN`` long) and across the gutters, always ``MARK_GAP`` clear of every card."""
    xs = sorted({LEFT + c * PITCH_X + d for c in range(COLUMNS) for d in (0.0, CARD_W)})
    ys = sorted({BOTTOM + r * PITCH_Y + d for r in range(ROWS) for d in (0.0, CARD_H)})
    right, top = LEFT + GRID_W, BOTTOM + GRID_H
    marks: list[Segment] = []
    for x in xs:
        marks.append((x, top + MARK_GAP, x, top + MARK_GAP + MARK_LEN))
        marks.append((x, BOTTOM - MARK_GAP, x, BOTTOM - MARK_GAP - MARK_LEN))
        for r in range(ROWS - 1):  # across each gutter between two rows
            low = BOTTOM + r * PITCH_Y + CARD_H
            marks.append((x, low + MARK_GAP, x, low + GUTTER_Y - MARK_GAP))
    for y in ys:
        marks.append((LEFT - MARK_GAP - MARK_LEN, y, LEFT - MARK_GAP, y))
        marks.append((right + MARK_GAP, y, right + MARK_GAP + MARK_LEN, y))
        for c in range(COLUMNS - 1):  # across each gutter between two columns
            edge = LEFT + c * PITCH_X + CARD_W
            marks.append((edge + MARK_GAP, y, edge + GUTTER_X - MARK_GAP, y))
    return marks


def draw_crop_marks(canvas: Canvas) -> None:
    """Hairlines on every card's cut lines, in the margins and the gutters (:func:`crop_marks`)."""
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.25)
    for x0, y0, x1, y1 in crop_marks():
        canvas.line(x0, y0, x1, y1)
