"""The tables of the sync package's cover sheet (上报封面): the package's particulars, the records
by type two to a row with their total, the two key fingerprints side by side, and the boxes to
sign and stamp. Each takes plain values and the styles the sheet is set in."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from villagedesk.core.registers import record_type_order, record_type_title
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.reports.glyphs import escape
from villagedesk.reports.signed_sheet import SheetStyles, styled

CTX = "CoverSheet"
SEAL_ROW_H = 48 * mm
"""The stamp's box: half the text width (85 mm) by this, beside the three signature rows; room
for a Ø42 mm seal."""
GRID = colors.HexColor("#555555")
SHADE = colors.HexColor("#EEEEEE")

Say = Callable[[str], str]
"""An English source translated in the cover sheet's context."""


def grid_table(
    rows: list[list[Paragraph]],
    widths: list[float],
    font: str,
    *,
    label_col: bool = False,
    header: bool = False,
    total: bool = False,
    span_total: bool = False,
) -> Table:
    """A ruled table; shaded label column or header row, a heavier rule above a total row."""
    cmds: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if span_total:
        cmds.append(("SPAN", (0, -1), (-2, -1)))
    if label_col:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), SHADE))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    if total:
        cmds.append(("LINEABOVE", (0, -1), (-1, -1), 1.2, GRID))
    return styled(Table(rows, colWidths=widths), font, cmds)


def particulars_table(
    info: Sequence[tuple[str, str]], t: Say, body: ParagraphStyle, width: float
) -> Table:
    """(label source, value) rows: the station, its code, the package number, when, …"""
    rows = [[Paragraph(escape(t(k)), body), Paragraph(escape(v), body)] for k, v in info]
    return grid_table(rows, [width * 0.3, width * 0.7], body.fontName, label_col=True)


def counts_table(
    counts: Mapping[str, int],
    tr: Translate,
    body: ParagraphStyle,
    number: ParagraphStyle,
    width: float,
) -> Table:
    """The record types two to a row (type, records | type, records), the total below."""

    def t(text: str) -> str:
        return tr(CTX, text)

    head = [
        Paragraph(escape(t(QT_TRANSLATE_NOOP("CoverSheet", "Record type"))), body),
        Paragraph(escape(t(QT_TRANSLATE_NOOP("CoverSheet", "Records"))), number),
    ]
    cells = [
        [
            Paragraph(escape(record_type_title(record_type, tr)), body),
            Paragraph(str(counts[record_type]), number),
        ]
        for record_type in sorted(counts, key=record_type_order)
    ]
    half = -(-len(cells) // 2)
    blank = [Paragraph("", body), Paragraph("", body)]
    rows = [head + head]
    for i in range(half):
        right = cells[half + i] if half + i < len(cells) else blank
        rows.append(cells[i] + right)
    rows.append(
        [
            Paragraph(escape(t(QT_TRANSLATE_NOOP("CoverSheet", "Total"))), body),
            Paragraph("", body),
            Paragraph("", body),
            Paragraph(str(sum(counts.values())), number),
        ]
    )
    widths = [width * 0.34, width * 0.16] * 2
    return grid_table(rows, widths, body.fontName, header=True, total=True, span_total=True)


def fingerprints_table(
    village: str, township: str, t: Say, style: SheetStyles, mono: str, width: float
) -> Table:
    """The two fingerprints side by side, large, to compare group by group."""
    fp_big = style(18, font=mono, center=True)
    pairs = (
        (QT_TRANSLATE_NOOP("CoverSheet", "Village key fingerprint"), village),
        (QT_TRANSLATE_NOOP("CoverSheet", "Township key fingerprint (recipient)"), township),
    )
    return Table(
        [
            [Paragraph(escape(t(label)), style(10.5, center=True)) for label, _ in pairs],
            [Paragraph(escape(value), fp_big) for _, value in pairs],
        ],
        colWidths=[width / 2] * 2,
        style=[
            ("FONTNAME", (0, 0), (-1, -1), style.sans),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ],
    )


def sign_boxes(t: Say, body: ParagraphStyle, width: float) -> Table:
    """The signatures and the date on the left, the stamp's box (room for a Ø42 mm seal)
    right."""
    labels = [
        QT_TRANSLATE_NOOP("CoverSheet", "Signature of the person in charge"),
        QT_TRANSLATE_NOOP("CoverSheet", "Signature of the reviewer"),
        QT_TRANSLATE_NOOP("CoverSheet", "Stamp"),
        QT_TRANSLATE_NOOP("CoverSheet", "Date"),
    ]
    cells = [Paragraph(escape(t(label)), body) for label in labels]
    person, reviewer, stamp, day = cells
    table = Table(
        [[person, stamp], [reviewer, ""], [day, ""]],
        colWidths=[width / 2] * 2,
        rowHeights=[SEAL_ROW_H / 3] * 3,
    )
    return styled(
        table,
        body.fontName,
        [
            ("SPAN", (1, 0), (1, 2)),
            ("BOX", (0, 0), (-1, -1), 0.9, GRID),
            ("INNERGRID", (0, 0), (-1, -1), 0.6, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
        ],
    )
