"""The township's printed enrolment sheet (乡镇数据同步登记单): one A4 page to sign and stamp.

The township hands it out with its enrolment file; a village confirms the township's key only
after comparing the fingerprint its program shows with the one printed here, group by group.
Built from plain values (an :class:`EnrolmentSheet`, usually read back from the enrolment file)
by the caller; labels are English sources translated through ``translate`` (pass
``villagedesk.i18n.translate`` at the edge). Names are drawn in whichever bundled font has each
character (reports.glyphs). Written atomically; every font is embedded.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

import villagedesk
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.cover_sheet import local_time
from villagedesk.reports.fonts import register_fonts
from villagedesk.reports.glyphs import escape, markup
from villagedesk.reports.printed_text import PrintCanvas

CTX = "EnrolmentSheet"

SEAL_BOX_MM = 50.0
"""Side of the square left blank for the township's seal (a round Ø42 mm seal fits inside)."""
FINGERPRINT_PT = 32.0
"""Size of each fingerprint group on the sheet."""
SMALLEST_PT = 9.0
"""The smallest text on the sheet."""
FRAME_PADDING = 6.0
"""ReportLab's frame padding: tables are made this much narrower so they line up with the text."""


def _identity(context: str, text: str) -> str:
    del context
    return text


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


def fingerprint_groups(fingerprint: str) -> list[str]:
    """``3F7A-19C2-88D0-5E41`` -> its four groups (any other text stays one group)."""
    groups = fingerprint.split("-")
    return groups if len(groups) == 4 else [fingerprint]


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
    path: str | os.PathLike[str], *, sheet: EnrolmentSheet, translate: Translate = _identity
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

    def style(size: float, *, font: str = sans, center: bool = False) -> ParagraphStyle:
        return ParagraphStyle(
            f"s{size}{font}{center}",
            fontName=font,
            fontSize=size,
            leading=size * 1.35,
            wordWrap="CJK",
            alignment=TA_CENTER if center else 0,
        )

    body = style(11)
    grid = colors.HexColor("#555555")
    story: list[Flowable] = [
        Paragraph(
            escape(t(QT_TRANSLATE_NOOP("EnrolmentSheet", "Township sync enrolment sheet"))),
            style(22, center=True),
        ),
        Spacer(1, 3 * mm),
        Paragraph(markup(sheet.township_name), style(15, center=True)),
        Spacer(1, 6 * mm),
    ]
    info = [
        (QT_TRANSLATE_NOOP("EnrolmentSheet", "Division code"), escape(sheet.township_code)),
        (QT_TRANSLATE_NOOP("EnrolmentSheet", "Enrolment file"), markup(sheet.file_name)),
        (QT_TRANSLATE_NOOP("EnrolmentSheet", "Created"), escape(local_time(sheet.created_at))),
    ]
    rows = [[Paragraph(escape(t(k)), body), Paragraph(v, body)] for k, v in info]
    story += [_info_table(rows, width, sans, grid), Spacer(1, 7 * mm)]

    story.append(
        KeepTogether(
            [
                Paragraph(
                    escape(t(QT_TRANSLATE_NOOP("EnrolmentSheet", "Township key fingerprint"))),
                    style(13, center=True),
                ),
                Spacer(1, 2.5 * mm),
                _fingerprint_table(sheet.fingerprint, t, mono, style(9, center=True), grid, width),
            ]
        )
    )
    story += [Spacer(1, 8 * mm), *_steps(t, style(13), style(11.5), width)]
    note = QT_TRANSLATE_NOOP(
        "EnrolmentSheet",
        "The township keeps a copy of this sheet; the village keeps this sheet with its records.",
    )
    story += [
        Spacer(1, 8 * mm),
        KeepTogether(
            [
                _sign_block(
                    t,
                    body,
                    style(10, center=True),
                    Paragraph(escape(t(note)), style(SMALLEST_PT)),
                    grid,
                    width,
                )
            ]
        ),
    ]
    return story


def _info_table(rows: list[list[Paragraph]], width: float, font: str, grid: colors.Color) -> Table:
    return _styled(
        Table(rows, colWidths=[width * 0.3, width * 0.7]),
        font,
        [
            ("GRID", (0, 0), (-1, -1), 0.6, grid),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
        ],
    )


def _fingerprint_table(
    fingerprint: str,
    t: Callable[[str], str],
    mono: str,
    label: ParagraphStyle,
    grid: colors.Color,
    width: float,
) -> Table:
    """The four groups, each in a box of its own, joined by dashes; the group number below."""
    groups = fingerprint_groups(fingerprint)
    big = ParagraphStyle(
        "fingerprint",
        fontName=mono,
        fontSize=FINGERPRINT_PT,
        leading=FINGERPRINT_PT * 1.2,
        alignment=TA_CENTER,
        wordWrap="CJK",
    )
    if len(groups) != 4:  # not a fingerprint as keys.py writes it: show it whole, still big
        table = Table([[Paragraph(escape(fingerprint), big)]], colWidths=[width])
        return _styled(table, mono, [("BOX", (0, 0), (-1, -1), 1.2, grid)])
    dash = 9 * mm
    joiner = ParagraphStyle(
        "joiner", parent=big, fontSize=FINGERPRINT_PT * 0.7, leading=FINGERPRINT_PT * 0.84
    )
    box = (width - 3 * dash) / 4
    number = QT_TRANSLATE_NOOP("EnrolmentSheet", "Group {n}")
    top: list[Paragraph | str] = []
    bottom: list[Paragraph | str] = []
    for i, group in enumerate(groups):
        if i:
            top.append(Paragraph("-", joiner))
            bottom.append("")
        top.append(Paragraph(escape(group), big))
        bottom.append(Paragraph(escape(t(number).format(n=i + 1)), label))
    table = Table([top, bottom], colWidths=[box, dash, box, dash, box, dash, box])
    cmds: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, 0), 7),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 9),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 1), (-1, 1), 2),
    ]
    for col in range(0, 7, 2):
        cmds.append(("BOX", (col, 0), (col, 0), 1.2, grid))
    return _styled(table, mono, cmds)


def _steps(
    t: Callable[[str], str],
    heading: ParagraphStyle,
    text: ParagraphStyle,
    width: float,
) -> list[Flowable]:
    """What the village clerk does with this sheet, as numbered steps."""
    steps = [
        t(
            QT_TRANSLATE_NOOP(
                "EnrolmentSheet",
                "On the Data sync page of VillageDesk, import the enrolment file named above.",
            )
        ),
        t(
            QT_TRANSLATE_NOOP(
                "EnrolmentSheet",
                "The program shows the township's name, division code and key fingerprint. "
                "Nothing has been saved yet.",
            )
        ),
        t(
            QT_TRANSLATE_NOOP(
                "EnrolmentSheet",
                "Check the name and the division code against this sheet, then compare the "
                "fingerprint on the screen with the one printed above, group by group, "
                "character by character.",
            )
        ),
        t(
            QT_TRANSLATE_NOOP(
                "EnrolmentSheet",
                "Only when all four groups are exactly the same, confirm the enrolment.",
            )
        ),
        t(
            QT_TRANSLATE_NOOP(
                "EnrolmentSheet",
                "If even one character differs, do not confirm. Call the township at once: "
                "the file may not come from the township.",
            )
        ),
    ]
    number = ParagraphStyle("step-number", parent=text, alignment=TA_CENTER)
    rows = [
        [Paragraph(f"{i}.", number), Paragraph(markup(step), text)]
        for i, step in enumerate(steps, 1)
    ]
    table = Table(rows, colWidths=[8 * mm, width - 8 * mm])
    _styled(
        table,
        text.fontName,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ],
    )
    title = QT_TRANSLATE_NOOP(
        "EnrolmentSheet", "For the village (community) station: check before you confirm"
    )
    return [Paragraph(escape(t(title)), heading), Spacer(1, 2 * mm), table]


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
    _styled(
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
    return _styled(
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


def _styled(table: Table, font: str, cmds: list[tuple[object, ...]]) -> Table:
    """``table`` styled by ``cmds``, every cell in ``font`` (never ReportLab's unembedded
    Helvetica, not even for an empty cell)."""
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *cmds]))
    return table
