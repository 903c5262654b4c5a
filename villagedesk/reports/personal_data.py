"""个人信息导出 (PIPL Art. 45) on A4 portrait: a header saying whose personal data it is and that
it is handed to them only, then every section the station holds (reports.personal_data_sections).

It is the person's own copy: their ID number and phone are in full; the other people of the
household are named only, and the audit log's values stay masked as the log keeps them. Laid
out by the print rules (reports.fitted_cells); written atomically."""

from __future__ import annotations

import io
import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table
from reportlab.platypus.flowables import Flowable

from villagedesk.core.columns import Align
from villagedesk.core.privacy.model import PersonalData
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.a4_document import a4_portrait
from villagedesk.reports.fitted_cells import FittedCells
from villagedesk.reports.glyphs import FontSet, GlyphProblem, font_set
from villagedesk.reports.notice import PAGE_OF, numbered_canvas
from villagedesk.reports.personal_data_sections import sections
from villagedesk.reports.personal_data_tables import CTX, SIZE, Tables
from villagedesk.reports.printed_text import identity
from villagedesk.reports.text_fit import Kind

TITLE = QT_TRANSLATE_NOOP("PersonalData", "Personal data of {name}")
WARNING = QT_TRANSLATE_NOOP(
    "PersonalData",
    "This document is {name}'s personal data, with the full ID number and phone. Hand it to "
    "{name} in person only; do not copy it, post it or leave it at the station.",
)
MADE = QT_TRANSLATE_NOOP(
    "PersonalData",
    "Everything {station} holds about this person, as of {at}; made by {by} (the export is "
    "recorded in the audit log).",
)
FOOTER = QT_TRANSLATE_NOOP("PersonalData", "Personal data — hand to the person only")
MARGIN = 15 * mm
BAND = colors.HexColor("#FBE0C4")


def title_of(data: PersonalData, say: Translate) -> str:
    return say(CTX, TITLE).format(name=data.name)


def _header(t: Tables, data: PersonalData) -> list[Flowable]:
    say = t.say
    warning = t.text(say(WARNING).format(name=data.name), t.width, size=SIZE + 1)
    band = Table(
        [[warning]],
        colWidths=[t.width],
        style=[
            ("BACKGROUND", (0, 0), (-1, -1), BAND),
            ("BOX", (0, 0), (-1, -1), 1.0, colors.HexColor("#B05A00")),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ],
    )
    made = say(MADE).format(
        station=data.station, at=f"{data.made_at:%Y.%m.%d %H:%M}", by=data.made_by
    )
    title = t.cells.text(
        title_of(data, t.cells.say),
        t.width,
        18,
        kind=Kind.TEXT,
        align=Align.CENTER,
        record=t.record,
    )
    return [title, Spacer(1, 6), band, Spacer(1, 4), t.text(made, t.width)]


def _build(data: PersonalData, fonts: FontSet, say: Translate) -> tuple[bytes, FittedCells]:
    cells = FittedCells(fonts, say)
    buf = io.BytesIO()
    title = title_of(data, say)
    doc = a4_portrait(
        buf,
        title=title,
        author=data.station,
        font=fonts.primary,
        side=MARGIN,
        top=MARGIN,
        bottom=MARGIN,
    )
    tables = Tables(cells, doc.width - 12, title)
    story = _header(tables, data) + sections(tables, data)
    footer = say(CTX, FOOTER) + "    " + say("Ledger", PAGE_OF)
    doc.build(story, canvasmaker=numbered_canvas(footer, fonts.primary))
    return buf.getvalue(), cells


def write_personal_data(
    path: str | os.PathLike[str],
    *,
    data: PersonalData,
    translate: Translate = identity,
    fonts: FontSet | None = None,
) -> list[GlyphProblem]:
    """Write the person's copy to ``path`` (atomically). Returns the characters no font
    covers and what could not be printed as the rules say."""
    pdf, cells = _build(data, fonts or font_set(), translate)
    atomic_write_bytes(Path(path), pdf)
    return cells.missing_glyphs() + cells.problems
