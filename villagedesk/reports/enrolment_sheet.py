"""The township's printed enrolment sheet (乡镇数据同步登记单): one A4 page to sign and stamp.

The township hands it out with its enrolment file; a village confirms the township's key only
after comparing the fingerprint its program shows with the one printed here, group by group
(reports.enrolment_check draws that part). Built from plain values (an :class:`EnrolmentSheet`,
usually read back from the enrolment file) by the caller; labels are English sources translated
through ``translate`` (pass ``villagedesk.i18n.translate`` at the edge). Names are drawn in
whichever bundled font has each character (reports.glyphs). Written atomically; every font is
embedded.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.flowables import Flowable

import villagedesk
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.enrolment_check import fingerprint_table, steps
from villagedesk.reports.fonts import register_fonts
from villagedesk.reports.glyphs import escape, markup
from villagedesk.reports.printed_text import PrintCanvas, identity
from villagedesk.reports.signed_sheet import SheetStyles, local_time, styled

CTX = "EnrolmentSheet"

SEAL_BOX_MM = 50.0
"""Side of the square left blank for the township's seal (a round Ø42 mm seal fits inside)."""
SMALLEST_PT = 9.0
"""The smallest text on the sheet."""
FRAME_PADDING = 6.0
"""ReportLab's frame padding: tables are made this much narrower so they line up with the text."""
GRID = colors.HexColor("#555555")
NOTE = QT_TRANSLATE_NOOP(
    "EnrolmentSheet",
    "The township keeps a copy of this sheet; the village keeps this sheet with its records.",
)


@dataclass(frozen=True)
class EnrolmentSheet:
    """What the enrolment sheet shows; all plain values."""

    township_name: str
    township_code: str
    fingerprint: str
    created_at: str
    file_name: str
    program_version: str = field(default=villagedesk.__version__)


def sheet_file_name(township_code: str) -> str:
    """The sheet's default file name, next to the enrolment file: ``<code>-enrolment-sheet.pdf``."""
    return f"{township_code}-enrolment-sheet.pdf"


class SealBox(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """An empty square, :data:`SEAL_BOX_MM` on each side, for the seal."""

    def __init__(self, *, stroke: colors.Color) -> None:
        super().__init__()
        self.side = SEAL_BOX_MM * mm
        self.stroke = stroke

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        del availWidth, availHeight
        return self.side, self.side

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(self.stroke)
        self.canv.setLineWidth(0.9)
        self.canv.setDash(4, 3)
        self.canv.rect(0, 0, self.side, self.side)
        self.canv.restoreState()


def write_enrolment_sheet(
    path: str | os.PathLike[str], *, sheet: EnrolmentSheet, translate: Translate = identity
) -> Path:
    """Render ``sheet`` to an A4 PDF at ``path`` (atomically); returns the path."""
    sans, mono = register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=16 * mm,
        title=translate(CTX, QT_TRANSLATE_NOOP("EnrolmentSheet", "Township sync enrolment sheet")),
        author=sheet.township_name,
        creator=f"VillageDesk {sheet.program_version}",
        initialFontName=sans,
        initialFontSize=10,
    )
    # No shrinking to fit: the seal box and the fingerprint keep their size. The longest
    # station name (60 characters) still fits on the one page (tests/reports check it).
    doc.build(
        _story(sheet, translate, sans, mono, doc.width - 2 * FRAME_PADDING),
        canvasmaker=PrintCanvas,
    )
    target = Path(path)
    atomic_write_bytes(target, buf.getvalue())
    return target


def _story(
    sheet: EnrolmentSheet, tr: Translate, sans: str, mono: str, width: float
) -> list[Flowable]:
    def t(text: str) -> str:
        return tr(CTX, text)

    style = SheetStyles(sans)
    body = style(11)
    info = [
        (QT_TRANSLATE_NOOP("EnrolmentSheet", "Division code"), escape(sheet.township_code)),
        (QT_TRANSLATE_NOOP("EnrolmentSheet", "Enrolment file"), markup(sheet.file_name)),
        (QT_TRANSLATE_NOOP("EnrolmentSheet", "Created"), escape(local_time(sheet.created_at))),
    ]
    rows = [[Paragraph(escape(t(k)), body), Paragraph(v, body)] for k, v in info]
    fingerprint = [
        Paragraph(
            escape(t(QT_TRANSLATE_NOOP("EnrolmentSheet", "Township key fingerprint"))),
            style(13, center=True),
        ),
        Spacer(1, 2.5 * mm),
        fingerprint_table(sheet.fingerprint, t, mono, style(9, center=True), GRID, width),
    ]
    note = Paragraph(escape(t(NOTE)), style(SMALLEST_PT))
    return [
        Paragraph(
            escape(t(QT_TRANSLATE_NOOP("EnrolmentSheet", "Township sync enrolment sheet"))),
            style(22, center=True),
        ),
        Spacer(1, 3 * mm),
        Paragraph(markup(sheet.township_name), style(15, center=True)),
        Spacer(1, 6 * mm),
        _info_table(rows, width, sans),
        Spacer(1, 7 * mm),
        KeepTogether(fingerprint),
        Spacer(1, 8 * mm),
        *steps(t, style(13), style(11.5), width),
        Spacer(1, 8 * mm),
        KeepTogether([_sign_block(t, body, style(10, center=True), note, GRID, width)]),
    ]


def _info_table(rows: list[list[Paragraph]], width: float, font: str) -> Table:
    return styled(
        Table(rows, colWidths=[width * 0.3, width * 0.7]),
        font,
        [
            ("GRID", (0, 0), (-1, -1), 0.6, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
        ],
    )


def _sign_block(
    t: Callable[[str], str],
    body: ParagraphStyle,
    caption: ParagraphStyle,
    note: Paragraph,
    grid: colors.Color,
    width: float,
) -> Table:
    """Signature, phone and date lines and ``note`` on the left; the seal box on the right."""
    seal_col = SEAL_BOX_MM * mm + 8 * mm
    labels = [
        QT_TRANSLATE_NOOP("EnrolmentSheet", "Township officer (signature)"),
        QT_TRANSLATE_NOOP("EnrolmentSheet", "Contact phone"),
        QT_TRANSLATE_NOOP("EnrolmentSheet", "Date"),
    ]
    lines = Table(
        [[Paragraph(escape(t(label)), body), ""] for label in labels],
        colWidths=[44 * mm, width - seal_col - 52 * mm],
        rowHeights=[15 * mm] * len(labels),
    )
    styled(
        lines,
        body.fontName,
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.8, grid),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
    )
    seal = [
        Paragraph(escape(t(QT_TRANSLATE_NOOP("EnrolmentSheet", "Township seal"))), caption),
        Spacer(1, 1.5 * mm),
        SealBox(stroke=grid),
    ]
    left = [lines, Spacer(1, 5 * mm), note]
    table = Table([[left, seal]], colWidths=[width - seal_col, seal_col])
    return styled(
        table,
        body.fontName,
        [
            ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
            ("VALIGN", (1, 0), (1, 0), "TOP"),
            ("ALIGN", (1, 0), (1, 0), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ],
    )
