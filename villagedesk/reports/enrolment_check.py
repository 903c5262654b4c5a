"""The part of the township's enrolment sheet (登记单) a village checks with: the township's key
fingerprint in four large boxes, numbered, and the steps the clerk follows to compare it with
the program's before confirming."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.reports.glyphs import escape, markup
from villagedesk.reports.signed_sheet import styled

FINGERPRINT_PT = 32.0
"""Size of each fingerprint group on the sheet."""
STEPS = (
    QT_TRANSLATE_NOOP(
        "EnrolmentSheet",
        "On the Data sync page of VillageDesk, import the enrolment file named above.",
    ),
    QT_TRANSLATE_NOOP(
        "EnrolmentSheet",
        "The program shows the township's name, division code and key fingerprint. "
        "Nothing has been saved yet.",
    ),
    QT_TRANSLATE_NOOP(
        "EnrolmentSheet",
        "Check the name and the division code against this sheet, then compare the "
        "fingerprint on the screen with the one printed above, group by group, "
        "character by character.",
    ),
    QT_TRANSLATE_NOOP(
        "EnrolmentSheet",
        "Only when all four groups are exactly the same, confirm the enrolment.",
    ),
    QT_TRANSLATE_NOOP(
        "EnrolmentSheet",
        "If even one character differs, do not confirm. Call the township at once: "
        "the file may not come from the township.",
    ),
)
"""What the village clerk does with the sheet, in order."""


def fingerprint_groups(fingerprint: str) -> list[str]:
    """``3F7A-19C2-88D0-5E41`` -> its four groups (any other text stays one group)."""
    groups = fingerprint.split("-")
    return groups if len(groups) == 4 else [fingerprint]


def fingerprint_table(
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
        return styled(table, mono, [("BOX", (0, 0), (-1, -1), 1.2, grid)])
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
    return styled(table, mono, cmds)


def steps(
    t: Callable[[str], str],
    heading: ParagraphStyle,
    text: ParagraphStyle,
    width: float,
) -> list[Flowable]:
    """What the village clerk does with this sheet, as numbered steps under their heading."""
    number = ParagraphStyle("step-number", parent=text, alignment=TA_CENTER)
    rows = [
        [Paragraph(f"{i}.", number), Paragraph(markup(t(step)), text)]
        for i, step in enumerate(STEPS, 1)
    ]
    table = Table(rows, colWidths=[8 * mm, width - 8 * mm])
    styled(
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
