"""The tables of 个人信息导出: a grid of labelled values, and row tables whose columns share
the page's width. Every text goes through the print rules (reports.fitted_cells: wrap, then
shrink to no less than 6 pt; names break only at "·", numbers never); a table splits across
pages with its header row repeated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Table
from reportlab.platypus.flowables import Flowable

from villagedesk.core.columns import Align
from villagedesk.reports.fitted_cells import FittedCells
from villagedesk.reports.request_history import GRID, SHADE
from villagedesk.reports.text_fit import Kind

CTX = "PersonalData"
PAD = 3.0
SIZE = 9.0


@dataclass(frozen=True)
class Col:
    """A column: its English header (context PersonalData), its share of the width, how its
    text may break."""

    header: str
    share: float
    kind: Kind = Kind.TEXT


Cell = tuple[str, Kind]
"""A labelled value's text and how it may break."""


class Tables:
    """Tables ``width`` points wide, laid out in ``cells`` against ``record``."""

    def __init__(self, cells: FittedCells, width: float, record: str) -> None:
        self.cells, self.width, self.record = cells, width, record

    def say(self, text: str, context: str = CTX) -> str:
        return self.cells.say(context, text)

    def text(self, text: str, width: float, kind: Kind = Kind.TEXT, size: float = SIZE) -> Flowable:
        return self.cells.text(
            text, width - 2 * PAD, size, kind=kind, align=Align.LEFT, record=self.record
        )

    def _style(self, *extra: tuple[object, ...]) -> list[tuple[object, ...]]:
        return [
            ("FONTNAME", (0, 0), (-1, -1), self.cells.fonts.primary),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD * 0.7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD * 1.1),
            *extra,
        ]

    def pairs(self, items: Sequence[tuple[str, Cell]], per_row: int = 2) -> Table:
        """Labelled values, ``per_row`` pairs to a row (a label shaded, its value beside it)."""
        label_w = self.width / per_row * 0.3
        value_w = self.width / per_row - label_w
        data: list[list[object]] = []
        line: list[object] = []
        for label, (value, kind) in items:
            line += [self.text(self.say(label), label_w), self.text(value, value_w, kind)]
            if len(line) == 2 * per_row:
                data.append(line)
                line = []
        if line:
            data.append(line + [""] * (2 * per_row - len(line)))
        shade = [("BACKGROUND", (2 * i, 0), (2 * i, -1), SHADE) for i in range(per_row)]
        return Table(data, colWidths=[label_w, value_w] * per_row, style=self._style(*shade))

    def rows(self, columns: Sequence[Col], rows: Sequence[Sequence[str]]) -> Table:
        """A header row and one row per item; the header repeats on every page."""
        total = sum(c.share for c in columns)
        widths = [self.width * c.share / total for c in columns]
        head = [
            self.cells.head(self.say(c.header), w - 2 * PAD, SIZE)
            for c, w in zip(columns, widths, strict=True)
        ]
        data: list[list[object]] = [head]
        for row in rows:
            data.append(
                [
                    self.text(value, w, c.kind)
                    for value, c, w in zip(row, columns, widths, strict=True)
                ]
            )
        style = self._style(("BACKGROUND", (0, 0), (-1, 0), SHADE))
        return Table(data, colWidths=widths, style=style, repeatRows=1)
