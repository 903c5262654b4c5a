"""The tables of 村情档案 at one size: the totals block, the per-group table (村民小组 | 户数 |
人口 | 党员 | 救助对象 | 未办结诉求 | 红 | 橙 | 黄, with its 合计 row) and the relief groups. Every
text goes through the print rules (reports.fitted_cells); the writer picks the size."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Table

from villagedesk.core.columns import Align
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.core.village_profile.model import DisputeColours, VillageProfile
from villagedesk.reports.fitted_cells import FittedCells
from villagedesk.reports.request_history import GRID, SHADE
from villagedesk.reports.text_fit import Kind

CTX = "VillageProfile"
RED, ORANGE, YELLOW = (colors.HexColor(x) for x in ("#F8D0D0", "#FBE0C4", "#FBF3BF"))
GROUP_SHARES = (0.22, 0.09, 0.09, 0.09, 0.1, 0.12, 0.0967, 0.0967, 0.0966)
RELIEF_PAIRS = 3
H_HOUSEHOLDS = QT_TRANSLATE_NOOP("VillageProfile", "Households")
H_RESIDENTS = QT_TRANSLATE_NOOP("VillageProfile", "Residents")
H_MEMBERS = QT_TRANSLATE_NOOP("VillageProfile", "Party members")
H_RELIEF = QT_TRANSLATE_NOOP("VillageProfile", "Relief residents")
H_REQUESTS = QT_TRANSLATE_NOOP("VillageProfile", "Open requests")
H_DISPUTES = QT_TRANSLATE_NOOP("VillageProfile", "Open disputes")
H_RED = QT_TRANSLATE_NOOP("VillageProfile", "Red")
H_ORANGE = QT_TRANSLATE_NOOP("VillageProfile", "Orange")
H_YELLOW = QT_TRANSLATE_NOOP("VillageProfile", "Yellow")
H_GROUP = QT_TRANSLATE_NOOP("VillageProfile", "Villager group")
H_TOTAL = QT_TRANSLATE_NOOP("VillageProfile", "Total")
H_CATEGORY = QT_TRANSLATE_NOOP("VillageProfile", "Relief group")
H_PEOPLE = QT_TRANSLATE_NOOP("VillageProfile", "People")


@dataclass(frozen=True)
class Scale:
    """The sizes of one attempt: text, cell padding, the totals' figures."""

    size: float
    pad: float
    figure: float


class ProfileTables:
    """The tables of ``profile`` in ``cells`` at ``scale``, ``width`` points wide."""

    def __init__(
        self, cells: FittedCells, profile: VillageProfile, width: float, scale: Scale, record: str
    ) -> None:
        self.cells, self.profile, self.width = cells, profile, width
        self.scale, self.record = scale, record

    def say(self, text: str) -> str:
        return self.cells.say(CTX, text)

    def _text(self, text: str, width: float, size: float, kind: Kind = Kind.TEXT) -> object:
        inner = width - 2 * self.scale.pad
        align = Align.LEFT if kind is Kind.TEXT else Align.CENTER
        return self.cells.text(text, inner, size, kind=kind, align=align, record=self.record)

    def _number(self, value: int, width: float, size: float | None = None) -> object:
        return self._text(str(value), width, size or self.scale.size, Kind.NUMBER)

    def _head(self, text: str, width: float) -> object:
        return self.cells.head(self.say(text), width - 2 * self.scale.pad, self.scale.size)

    def _style(self, *extra: tuple[object, ...]) -> list[tuple[object, ...]]:
        pad = self.scale.pad
        return [
            ("FONTNAME", (0, 0), (-1, -1), self.cells.fonts.primary),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.1),
            *extra,
        ]

    def totals(self) -> Table:
        """户数 · 人口 · 党员 · 救助对象 · 未办结诉求 · 未化解纠纷 红 橙 黄, the figures large."""
        t = self.profile.totals
        values = (t.households, t.residents, t.members, t.relief_residents, t.open_requests)
        w = self.width / 8
        first = [self._head(h, w) for h in _FIRST_HEADS[1:]]
        colours = [self._head(h, w) for h in (H_RED, H_ORANGE, H_YELLOW)]
        data: list[list[object]] = [
            [*first, self._head(H_DISPUTES, 3 * w), "", ""],
            [""] * 5 + colours,
            [self._number(v, w, self.scale.figure) for v in (*values, *_colours(t.disputes))],
        ]
        spans = [("SPAN", (i, 0), (i, 1)) for i in range(5)] + [("SPAN", (5, 0), (7, 0))]
        style = self._style(("BACKGROUND", (0, 0), (-1, 1), SHADE), *_colour_heads(5, 1, 1), *spans)
        return Table(data, colWidths=[w] * 8, style=style)

    def groups(self) -> Table:
        """One row per group, 未分组 and 未关联户 last; the 合计 row counts each dispute once."""
        widths = [self.width * s for s in GROUP_SHARES]
        size = self.scale.size
        first = [self._head(h, w) for h, w in zip(_FIRST_HEADS, widths[:6], strict=True)]
        first.append(self._head(H_DISPUTES, sum(widths[6:])))
        second: list[object] = [""] * 6 + [
            self._head(h, w) for h, w in zip((H_RED, H_ORANGE, H_YELLOW), widths[6:], strict=True)
        ]
        data: list[list[object]] = [[*first, "", ""], second]
        for g in self.profile.groups:
            figures = (g.households, g.residents, g.members, g.relief_residents, g.open_requests)
            data.append(
                [
                    self._text(g.label(self.cells.say), widths[0], size),
                    *(self._number(v, w) for v, w in zip(figures, widths[1:6], strict=True)),
                    *(
                        self._number(v, w)
                        for v, w in zip(_colours(g.disputes), widths[6:], strict=True)
                    ),
                ]
            )
        t = self.profile.totals
        total = (t.households, t.residents, t.members_in_households, t.relief_residents)
        data.append(
            [
                self._text(self.say(H_TOTAL), widths[0], size),
                *(self._number(v, w) for v, w in zip(total, widths[1:5], strict=True)),
                self._number(t.open_requests, widths[5]),
                *(
                    self._number(v, w)
                    for v, w in zip(_colours(t.disputes), widths[6:], strict=True)
                ),
            ]
        )
        spans = [("SPAN", (i, 0), (i, 1)) for i in range(6)] + [("SPAN", (6, 0), (8, 0))]
        style = self._style(
            ("BACKGROUND", (0, 0), (-1, 1), SHADE),
            ("BACKGROUND", (0, -1), (-1, -1), SHADE),
            *_colour_heads(6, 1, 1),
            *spans,
        )
        return Table(data, colWidths=widths, style=style, repeatRows=2)

    def relief(self) -> Table:
        """The relief groups and their residents, three pairs to a row."""
        name_w = self.width / RELIEF_PAIRS * 0.72
        count_w = self.width / RELIEF_PAIRS - name_w
        widths = [name_w, count_w] * RELIEF_PAIRS
        data: list[list[object]] = [
            [
                x
                for _ in range(RELIEF_PAIRS)
                for x in (self._head(H_CATEGORY, name_w), self._head(H_PEOPLE, count_w))
            ]
        ]
        items = list(self.profile.relief)
        for start in range(0, max(len(items), 1), RELIEF_PAIRS):
            line: list[object] = []
            for item in items[start : start + RELIEF_PAIRS]:
                line += [
                    self._text(item.name, name_w, self.scale.size),
                    self._number(item.residents, count_w),
                ]
            data.append(line + [""] * (2 * RELIEF_PAIRS - len(line)))
        return Table(
            data, colWidths=widths, style=self._style(("BACKGROUND", (0, 0), (-1, 0), SHADE))
        )


_FIRST_HEADS: Sequence[str] = (H_GROUP, H_HOUSEHOLDS, H_RESIDENTS, H_MEMBERS, H_RELIEF, H_REQUESTS)


def _colours(disputes: DisputeColours) -> tuple[int, int, int]:
    return disputes.red, disputes.orange, disputes.yellow


def _colour_heads(column: int, first_row: int, last_row: int) -> list[tuple[object, ...]]:
    """The 红 · 橙 · 黄 headers tinted in their colours."""
    return [
        ("BACKGROUND", (column + i, first_row), (column + i, last_row), tint)
        for i, tint in enumerate((RED, ORANGE, YELLOW))
    ]
