"""村情档案 on one A4 portrait page: the title "<村名>村情档案", the station and the day, the
totals, the per-group table with its 合计 row and the relief groups.

Laid out by the print rules (reports.fitted_cells: wrap, then shrink a text to no less than
6 pt). To keep it on one page the whole sheet is tried at smaller sizes, down to 6 pt with
tight cells; a village with so many groups that even that runs over prints in full on more
pages and says so as a fit problem (never a silent cut). Written atomically."""

from __future__ import annotations

import io
import os
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from villagedesk.core.columns import Align
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.core.village_profile.model import VillageProfile
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.a4_document import a4_portrait
from villagedesk.reports.fitted_cells import FittedCells
from villagedesk.reports.glyphs import FontSet, GlyphProblem, font_set
from villagedesk.reports.notice import PAGE_OF, numbered_canvas
from villagedesk.reports.printed_text import identity
from villagedesk.reports.village_profile_tables import CTX, ProfileTables, Scale

TITLE = QT_TRANSLATE_NOOP("VillageProfile", "{village} village profile")
AS_OF = QT_TRANSLATE_NOOP("VillageProfile", "{station} · as of {day}")
MEMBERS_NOTE = QT_TRANSLATE_NOOP(
    "VillageProfile",
    "Party members: {members} on the roll, {living} of them residents of the village's "
    "households (the group table counts these).",
)
DISPUTES_NOTE = QT_TRANSLATE_NOOP(
    "VillageProfile",
    "A dispute involving households of several groups counts in each of them, and once in "
    "the total. Open requests and disputes linked to no household are counted as “No "
    "household”.",
)
OVERFLOW = QT_TRANSLATE_NOOP(
    "VillageProfile",
    "The village profile does not fit on one page even at the smallest print size "
    "({groups} groups); it is printed on {pages} pages.",
)
HEADINGS = (
    QT_TRANSLATE_NOOP("VillageProfile", "Totals"),
    QT_TRANSLATE_NOOP("VillageProfile", "By villager group"),
    QT_TRANSLATE_NOOP("VillageProfile", "Relief groups"),
)
#: The attempts, largest first: text size, cell padding, the totals' figures.
SCALES = (
    Scale(10.5, 3.0, 15.0),
    Scale(9.5, 3.0, 14.0),
    Scale(9.0, 2.5, 13.0),
    Scale(8.0, 2.0, 12.0),
    Scale(7.0, 1.5, 10.0),
    Scale(6.0, 1.0, 8.0),
)
MARGIN = 15 * mm
FRAME_PADDING = 6.0


def title_of(profile: VillageProfile, say: Translate) -> str:
    """东河村村情档案 (the station's whole name when it names no village)."""
    return say(CTX, TITLE).format(village=profile.village or profile.station)


def _story(
    cells: FittedCells, profile: VillageProfile, width: float, scale: Scale
) -> list[Flowable]:
    record = title_of(profile, cells.say)
    tables = ProfileTables(cells, profile, width, scale, record)
    gap = scale.size * 0.6

    def text(value: str, size: float, align: Align = Align.LEFT) -> Flowable:
        return cells.text(value, width, size, align=align, record=record)

    def heading(label: str) -> list[Flowable]:
        return [Spacer(1, gap * 1.4), text(tables.say(label), scale.size + 2), Spacer(1, gap * 0.6)]

    day = f"{profile.as_of:%Y.%m.%d}"
    t = profile.totals
    members = tables.say(MEMBERS_NOTE).format(members=t.members, living=t.members_in_households)
    return [
        text(record, scale.size + 8, Align.CENTER),
        Spacer(1, gap),
        text(
            tables.say(AS_OF).format(station=profile.station, day=day), scale.size + 1, Align.CENTER
        ),
        *heading(HEADINGS[0]),
        tables.totals(),
        *heading(HEADINGS[1]),
        tables.groups(),
        Spacer(1, gap * 0.6),
        text(tables.say(DISPUTES_NOTE), max(scale.size - 1.5, 6.0)),
        *heading(HEADINGS[2]),
        tables.relief(),
        Spacer(1, gap * 0.6),
        text(members, max(scale.size - 1.5, 6.0)),
    ]


def _build(
    profile: VillageProfile, scale: Scale, fonts: FontSet, say: Translate
) -> tuple[bytes, int, FittedCells]:
    """The sheet at ``scale``: the PDF, its page count, the cells (with their problems)."""
    cells = FittedCells(fonts, say)
    buf = io.BytesIO()
    title = title_of(profile, say)
    doc = a4_portrait(
        buf,
        title=title,
        author=profile.station,
        font=fonts.primary,
        side=MARGIN,
        top=MARGIN,
        bottom=MARGIN,
    )
    story = _story(cells, profile, doc.width - 2 * FRAME_PADDING, scale)
    footer = title.replace("{", "{{").replace("}", "}}") + "    " + say("Ledger", PAGE_OF)
    doc.build(story, canvasmaker=numbered_canvas(footer, fonts.primary))
    return buf.getvalue(), doc.page, cells


def write_village_profile(
    path: str | os.PathLike[str],
    *,
    profile: VillageProfile,
    translate: Translate = identity,
    fonts: FontSet | None = None,
) -> list[GlyphProblem]:
    """Write 村情档案 to ``path`` (atomically) at the largest size that keeps it on one page.
    Returns the characters no font covers and what could not be printed as the rules say."""
    fonts = fonts or font_set()
    for scale in SCALES:
        pdf, pages, cells = _build(profile, scale, fonts, translate)
        if pages == 1:
            break
    else:
        detail = translate(CTX, OVERFLOW).format(groups=len(profile.groups), pages=pages)
        cells.add(title_of(profile, translate), detail)
    atomic_write_bytes(Path(path), pdf)
    return cells.missing_glyphs() + cells.problems
