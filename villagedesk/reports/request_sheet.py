"""民情办理单: one request's record sheet for filing, on A4 portrait. Every field and where the
request stands (the deadline marked 估算 where the calendar lacked the year), the history oldest
first (reports.request_history), the photos (reports.request_attachments) and the boxes the
经办人 and the 负责人 sign. The requester's ID number and phone are printed in full.

Built from plain core values: the :class:`RequestDetail` (the request and its steps), each
attachment's file, and what the request does not hold (the requester's ID number, the
household). Text is laid out by the print rules (reports.fitted_cells); the characters no font
has and the text that could not fit come back as problems. Written atomically.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table
from reportlab.platypus.flowables import Flowable

from villagedesk.core.columns import Align
from villagedesk.core.requests.record import RequestDetail
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.a4_document import a4_portrait
from villagedesk.reports.fitted_cells import FittedCells
from villagedesk.reports.glyphs import FontSet, GlyphProblem, font_set
from villagedesk.reports.notice import PAGE_OF, numbered_canvas
from villagedesk.reports.printed_text import identity
from villagedesk.reports.request_attachments import PHOTO_H, attachment_files, attachments_part
from villagedesk.reports.request_history import GRID, history_table
from villagedesk.reports.request_particulars import Field, particulars_table, request_fields
from villagedesk.reports.text_fit import Kind

CTX = "RequestSheet"
TITLE = QT_TRANSLATE_NOOP("RequestSheet", "Record sheet of a resident's request")
SIGN_H = 30 * mm
CONTENT_SIZE = 10.0
MARGIN = 18 * mm
FRAME_PADDING = 6.0
"""ReportLab's frame padding: the text is this much narrower than the frame on each side."""

__all__ = ["attachment_files", "write_request_sheet"]


def write_request_sheet(
    path: str | os.PathLike[str],
    *,
    detail: RequestDetail,
    station: str,
    files: Mapping[int, Path] | None = None,
    id_number: str = "",
    household: str = "",
    translate: Translate = identity,
    fonts: FontSet | None = None,
) -> list[GlyphProblem]:
    """Write the 民情办理单 of ``detail`` to ``path`` (atomically). ``files``: each attachment's
    file by attachment id (:func:`attachment_files`); ``id_number`` the requester's, in full;
    ``household`` the household as the page names it. Returns the characters no font covers
    (drawn as a box) and the texts that could not be printed in full, or photos that could not
    be read; an empty list when everything was printed."""
    fonts = fonts or font_set()
    say = translate
    cells = FittedCells(fonts, say)
    number = detail.request.number
    buf = io.BytesIO()
    doc = a4_portrait(
        buf,
        title=f"{say(CTX, TITLE)} {number}",
        author=station,
        font=fonts.primary,
        side=MARGIN,
        top=15 * mm,
        bottom=18 * mm,
    )
    fields = request_fields(detail, id_number=id_number, household=household, say=say)
    width = doc.width - 2 * FRAME_PADDING
    story = _story(detail, station, fields, files or {}, cells, width)
    footer = number.replace("{", "{{").replace("}", "}}") + "    " + say("Ledger", PAGE_OF)
    doc.build(story, canvasmaker=numbered_canvas(footer, fonts.primary))
    problems = cells.missing_glyphs()
    atomic_write_bytes(Path(path), buf.getvalue())
    return problems + cells.problems


def _story(
    detail: RequestDetail,
    station: str,
    fields: Sequence[Field],
    files: Mapping[int, Path],
    cells: FittedCells,
    width: float,
) -> list[Flowable]:
    """The title, the particulars, the content, the history, the attachments, the boxes."""
    say, number = cells.say, detail.request.number
    story: list[Flowable] = [
        cells.text(say(CTX, TITLE), width, 20, align=Align.CENTER, record=number, max_lines=1),
        Spacer(1, 1.5 * mm),
        cells.text(station, width, 12, align=Align.CENTER, record=number),
        Spacer(1, 4 * mm),
        particulars_table(fields, cells, width, number),
        *_heading(QT_TRANSLATE_NOOP("RequestSheet", "Content"), cells, width),
        cells.text(detail.request.values.content, width, CONTENT_SIZE, record=number, lead=1.5),
        *_heading(QT_TRANSLATE_NOOP("RequestSheet", "Handling"), cells, width),
        history_table(detail.events, detail.request.attachments, cells, width, number),
    ]
    attachments = detail.request.attachments
    if attachments:
        label = QT_TRANSLATE_NOOP("RequestSheet", "Attachments")
        story += _heading(label, cells, width, keep=PHOTO_H + 25 * mm)
        story += attachments_part(attachments, detail.events, files, cells, width, number)
    return [*story, Spacer(1, 8 * mm), KeepTogether([_sign_boxes(cells, width, number)])]


def _heading(label: str, cells: FittedCells, width: float, keep: float = 30 * mm) -> list[Flowable]:
    """A part's heading, on the next page unless ``keep`` of room is left below it."""
    text = cells.text(cells.say(CTX, label), width, 12.5)
    return [CondPageBreak(keep), Spacer(1, 5 * mm), text, Spacer(1, 2 * mm)]


def _sign_boxes(cells: FittedCells, width: float, record: str) -> Table:
    """Two boxes side by side, 经办人 and 负责人, each with room to sign and a date line."""
    say = cells.say
    half = width / 2
    labels = (
        QT_TRANSLATE_NOOP("RequestSheet", "Handled by (signature)"),
        QT_TRANSLATE_NOOP("RequestSheet", "Person in charge (signature)"),
    )
    day = say(CTX, QT_TRANSLATE_NOOP("RequestSheet", "Date:       year    month    day"))
    inner = half - 8 * mm
    top = [cells.text(say(CTX, label), inner, 10.5, record=record) for label in labels]
    bottom = [cells.text(day, inner, 10, kind=Kind.TEXT, align=Align.RIGHT, record=record)] * 2
    table = Table([top, bottom], colWidths=[half, half], rowHeights=[SIGN_H - 9 * mm, 9 * mm])
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), cells.fonts.primary),
            ("BOX", (0, 0), (0, -1), 0.8, GRID),
            ("BOX", (1, 0), (1, -1), 0.8, GRID),
            ("VALIGN", (0, 0), (-1, 0), "TOP"),
            ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 3 * mm),
            ("TEXTCOLOR", (0, 0), (-1, -1), colors.black),
        ]
    )
    return table
