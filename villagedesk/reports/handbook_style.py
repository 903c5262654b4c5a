"""The A5 page every handbook page is drawn on (reports.handbook makes each one a PDF form):
its size, margins and colours, and the title with its rule that heads each page."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm

from villagedesk.reports.printed_text import Pen

PAGE_W, PAGE_H = A5
SIDE, TOP, BOTTOM = 14 * mm, 16 * mm, 16 * mm
WIDTH = PAGE_W - 2 * SIDE
RED = colors.HexColor("#C8102E")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#999999")


def draw_heading(pen: Pen, title: str) -> float:
    """The page's title and rule; returns the y below them."""
    c = pen.canvas
    y = PAGE_H - TOP
    c.setFillColor(RED)
    pen.draw(SIDE, y, title, 14)
    c.setStrokeColor(RED)
    c.setLineWidth(1.2)
    c.line(SIDE, y - 3 * mm, PAGE_W - SIDE, y - 3 * mm)
    c.setFillColor(colors.black)
    c.setStrokeColor(colors.black)
    return float(y - 11 * mm)
