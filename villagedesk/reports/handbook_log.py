"""The handbook's service log (服务记录): the records so far as a ruled table, every cell wrapped
in full, each row as tall as its longest cell, then ruled blank rows to write in by hand."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm

from villagedesk.core.printing.model import LogLine
from villagedesk.reports.handbook_labels import Labels
from villagedesk.reports.handbook_style import GREY, PAGE_W, SIDE, WIDTH, draw_heading
from villagedesk.reports.printed_text import Pen
from villagedesk.reports.text_fit import Kind, header_lines

LOG_COLUMNS = (18 * mm, 20 * mm, 46 * mm, 14 * mm, 22 * mm)
LOG_KINDS = (Kind.NUMBER, Kind.TEXT, Kind.TEXT, Kind.NUMBER, Kind.TEXT)
LOG_SIZE, LOG_LEADING = 8.0, 3.6 * mm
CELL_PAD = 1 * mm


@dataclass(frozen=True)
class LogRow:
    cells: tuple[tuple[str, ...], ...]
    height: float


def log_header(pen: Pen, labels: Labels) -> tuple[tuple[tuple[str, ...], float], ...]:
    """Each column's header lines and size: one line, or two broken before the parenthesis
    ("时长" / "（小时）"), so that no header crosses its column's rules."""
    return tuple(
        (fitted.lines, fitted.size)
        for head, width in zip(labels.log_heads, LOG_COLUMNS, strict=True)
        for fitted in (header_lines(head, width - 2 * CELL_PAD, LOG_SIZE, pen.width),)
    )


def log_header_height(pen: Pen, labels: Labels) -> float:
    lines = max(len(lines) for lines, _size in log_header(pen, labels))
    return float(max(8 * mm, lines * LOG_LEADING + 3.6 * mm))


def log_row(pen: Pen, line: LogLine) -> LogRow:
    """One service record: every cell wrapped in full (dates and hours never break)."""
    texts = (
        line.served_on.strftime("%Y.%m.%d"),
        line.post,
        line.what,
        line.hours,
        line.beneficiary,
    )
    cells = tuple(
        tuple(pen.fit(text, width - 2 * CELL_PAD, LOG_SIZE, kind=kind).lines) if text else ("",)
        for text, width, kind in zip(texts, LOG_COLUMNS, LOG_KINDS, strict=True)
    )
    lines = max(len(cell) for cell in cells)
    return LogRow(cells, max(7.5 * mm, lines * LOG_LEADING + 3.5 * mm))


def log_columns() -> list[tuple[float, float]]:
    """Each column of the service log as (left, right) on its A5 page."""
    xs = [SIDE]
    for w in LOG_COLUMNS:
        xs.append(xs[-1] + w)
    return list(itertools.pairwise(xs))


def draw_log(pen: Pen, rows: Sequence[LogRow], blank: int, labels: Labels) -> None:
    c = pen.canvas
    top = draw_heading(pen, labels.log)
    xs = [SIDE]
    for w in LOG_COLUMNS:
        xs.append(xs[-1] + w)
    head_h = log_header_height(pen, labels)
    c.setFillColor(colors.HexColor("#EEEEEE"))
    c.rect(SIDE, top - head_h, WIDTH, head_h, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for (lines, size), x, w in zip(log_header(pen, labels), xs, LOG_COLUMNS, strict=False):
        block = len(lines) * LOG_LEADING
        first = top - (head_h - block) / 2 - LOG_LEADING + 1 * mm
        for k, text in enumerate(lines):
            pen.centred(x + w / 2, first - k * LOG_LEADING, text, size)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    y = top - head_h
    c.line(SIDE, top, PAGE_W - SIDE, top)
    c.line(SIDE, y, PAGE_W - SIDE, y)
    for row in rows:
        for cell, x in zip(row.cells, xs, strict=False):
            for k, text in enumerate(cell):
                pen.draw(x + CELL_PAD, y - 4.6 * mm - k * LOG_LEADING, text, LOG_SIZE)
        y -= row.height
        c.line(SIDE, y, PAGE_W - SIDE, y)
    for _ in range(blank):
        y -= 7.5 * mm
        c.line(SIDE, y, PAGE_W - SIDE, y)
    for x in xs:
        c.line(x, top, x, y)
