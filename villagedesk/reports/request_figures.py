"""民情诉求三率统计表: the 三率 of a period (core.requests.figures) on A4 portrait. First all the
requests counted, each rate with its numerator and denominator and its formula printed beside
it; then the same rates per channel, per category and per person responsible, each cell the
rate over its numerator/denominator. Laid out by the print rules (reports.fitted_cells);
written atomically."""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from villagedesk.core.columns import Align
from villagedesk.core.requests.figures import Rate, RateGroup, RateKey, RateSheet
from villagedesk.core.requests.timing import display_due
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.a4_document import a4_portrait
from villagedesk.reports.fitted_cells import FittedCells
from villagedesk.reports.glyphs import FontSet, GlyphProblem, font_set
from villagedesk.reports.notice import PAGE_OF, numbered_canvas
from villagedesk.reports.printed_text import identity
from villagedesk.reports.request_history import GRID, SHADE
from villagedesk.reports.text_fit import Kind

CTX = "RequestFigures"
TITLE = QT_TRANSLATE_NOOP("RequestFigures", "Figures of residents' requests")
SIZE = 9.0
PAD = 2.5
MARGIN = 18 * mm
FRAME_PADDING = 6.0
"""ReportLab's frame padding: the text is this much narrower than the frame on each side."""
#: The parts after the overall table: the heading, and how each group is named in a problem.
PARTS = (
    (QT_TRANSLATE_NOOP("RequestFigures", "By source"), "by_channel"),
    (QT_TRANSLATE_NOOP("RequestFigures", "By category"), "by_category"),
    (QT_TRANSLATE_NOOP("RequestFigures", "By person responsible"), "by_assignee"),
)
PART_KINDS = {"by_channel": Kind.TEXT, "by_category": Kind.TEXT, "by_assignee": Kind.NAME}


def fraction(rate: Rate) -> str:
    """``7/8``: the requests above and below the line."""
    return f"{len(rate.numerator)}/{len(rate.denominator)}"


def write_rate_sheet(
    path: str | os.PathLike[str],
    *,
    sheet: RateSheet,
    station: str,
    translate: Translate = identity,
    fonts: FontSet | None = None,
) -> list[GlyphProblem]:
    """Write the 三率 of ``sheet`` to ``path`` (atomically). Returns the characters no font
    covers (drawn as a box) and the texts that could not be printed in full."""
    fonts = fonts or font_set()
    say = translate
    cells = FittedCells(fonts, say)
    buf = io.BytesIO()
    doc = a4_portrait(
        buf,
        title=say(CTX, TITLE),
        author=station,
        font=fonts.primary,
        side=MARGIN,
        top=15 * mm,
        bottom=18 * mm,
    )
    width = doc.width - 2 * FRAME_PADDING
    story = _heading(sheet, station, cells, width)
    story.append(overall_table(sheet.overall, cells, width))
    for label, attr in PARTS:
        groups: Sequence[RateGroup] = getattr(sheet, attr)
        title = say(CTX, label)
        story += [
            CondPageBreak(35 * mm),
            Spacer(1, 6 * mm),
            cells.text(title, width, 12.5, record=title),
            Spacer(1, 2 * mm),
            groups_table(groups, title, PART_KINDS[attr], cells, width),
        ]
    note = QT_TRANSLATE_NOOP(
        "RequestFigures",
        "Each cell: the rate, and below it the requests counted above and below the line. "
        "The formulas are those of the first table; a dash: nothing to count.",
    )
    story += [Spacer(1, 3 * mm), cells.text(say(CTX, note), width, 8.5)]
    doc.build(story, canvasmaker=numbered_canvas(say("Ledger", PAGE_OF), fonts.primary))
    problems = cells.missing_glyphs()
    atomic_write_bytes(Path(path), buf.getvalue())
    return problems + cells.problems


def _heading(sheet: RateSheet, station: str, cells: FittedCells, width: float) -> list[Flowable]:
    say = cells.say
    period = say(
        CTX, QT_TRANSLATE_NOOP("RequestFigures", "Period: {first} – {last}    As of: {as_of}")
    ).format(
        first=sheet.first.strftime("%Y.%m.%d"),
        last=sheet.last.strftime("%Y.%m.%d"),
        as_of=display_due(sheet.as_of),
    )
    counted = say(
        CTX,
        QT_TRANSLATE_NOOP(
            "RequestFigures",
            "Requests received in the period: {count} (not counting those not accepted or "
            "merged into another).",
        ),
    ).format(count=len(sheet.overall.requests))
    return [
        cells.text(say(CTX, TITLE), width, 20, align=Align.CENTER, max_lines=1),
        Spacer(1, 1.5 * mm),
        cells.text(station, width, 12, align=Align.CENTER, record=station),
        Spacer(1, 4 * mm),
        cells.text(period, width, 10),
        cells.text(counted, width, 10),
        Spacer(1, 3 * mm),
    ]


def _ruled(data: list[list[Paragraph | str]], widths: list[float], cells: FittedCells) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), cells.fonts.primary),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
    )
    return table


def overall_table(group: RateGroup, cells: FittedCells, width: float) -> Table:
    """Each rate of all the requests counted: its name, value, numerator/denominator and, beside
    them, its formula in words."""
    say = cells.say
    widths = [width * s for s in (0.16, 0.11, 0.11, 0.62)]
    inner = [w - 2 * PAD for w in widths]
    heads = (
        QT_TRANSLATE_NOOP("RequestFigures", "Rate"),
        QT_TRANSLATE_NOOP("RequestFigures", "Value"),
        QT_TRANSLATE_NOOP("RequestFigures", "Requests"),
        QT_TRANSLATE_NOOP("RequestFigures", "Formula"),
    )
    data = [[cells.head(say(CTX, h), w, SIZE) for h, w in zip(heads, inner, strict=True)]]
    for rate in group.rates:
        label = say("Figures", rate.key.label)
        texts = (
            (label, Kind.TEXT, Align.CENTER),
            (rate.text(), Kind.NUMBER, Align.CENTER),
            (fraction(rate), Kind.NUMBER, Align.CENTER),
            (rate.key.formula.render(say), Kind.TEXT, Align.LEFT),
        )
        data.append(
            [
                cells.text(text, w, SIZE, kind=kind, align=align, record=label)
                for (text, kind, align), w in zip(texts, inner, strict=True)
            ]
        )
    return _ruled(data, widths, cells)


def groups_table(
    groups: Sequence[RateGroup], part: str, kind: Kind, cells: FittedCells, width: float
) -> Table:
    """One row per group: its name, its requests, and each rate over numerator/denominator."""
    say = cells.say
    widths = [width * 0.2, width * 0.1] + [width * 0.14] * len(RateKey)
    inner = [w - 2 * PAD for w in widths]
    heads = [
        say(CTX, QT_TRANSLATE_NOOP("RequestFigures", "Name")),
        say(CTX, QT_TRANSLATE_NOOP("RequestFigures", "Requests")),
        *(say("Figures", key.label) for key in RateKey),
    ]
    data = [[cells.head(h, w, SIZE) for h, w in zip(heads, inner, strict=True)]]
    for g in groups:
        record = f"{part}：{g.name}"
        row = [
            cells.text(g.name, inner[0], SIZE, kind=kind, align=Align.CENTER, record=record),
            cells.text(str(len(g.requests)), inner[1], SIZE, kind=Kind.NUMBER, align=Align.CENTER),
        ]
        for key, w in zip(RateKey, inner[2:], strict=True):
            rate = g.rate(key)
            text = f"{rate.text()}\n{fraction(rate)}"
            row.append(
                cells.text(text, w, SIZE, kind=Kind.NUMBER, align=Align.CENTER, record=record)
            )
        data.append(row)
    if not groups:
        none = say(CTX, QT_TRANSLATE_NOOP("RequestFigures", "No requests in the period."))
        data.append([cells.text(none, width - 2 * PAD, SIZE)] + [""] * (len(widths) - 1))
    table = _ruled(data, widths, cells)
    if not groups:
        table.setStyle([("SPAN", (0, 1), (-1, 1))])
    return table
