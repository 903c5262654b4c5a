"""Work handbooks (工作手册): one A5 booklet per member — cover, contents, profile, posts with
their contacts, pledges, the service log (records so far, then ruled blank rows), assessment.

Each A5 page is drawn once as a PDF form; :mod:`reports.imposition` places the forms 2-up on A4
landscape in saddle-stitch order (the default) or one per A5 page. A batch is one PDF in which
every handbook starts on a new sheet.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm

from villagedesk.core.printing.model import NO_OFFSETS, HandbookData, PrinterOffsets
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate, msg
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.glyphs import GlyphProblem
from villagedesk.reports.handbook_labels import Labels
from villagedesk.reports.handbook_log import LogRow, draw_log, log_header_height, log_row
from villagedesk.reports.handbook_pages import (
    draw_assessment,
    draw_contents,
    draw_cover,
    draw_pledges,
    draw_posts,
    draw_profile,
    post_height,
)
from villagedesk.reports.handbook_style import BOTTOM, TOP
from villagedesk.reports.imposition import place_booklet, place_plain
from villagedesk.reports.printed_text import Pen, check_texts, identity, new_canvas

CTX = "Handbook"
PAGE_W, PAGE_H = A5
BODY_H = PAGE_H - TOP - BOTTOM - 14 * mm
MIN_BLANK_ROWS = 8
BLANK_ROW = 7.5 * mm
DRAWING = msg(CTX, QT_TRANSLATE_NOOP("Handbook", "Drawing the work handbooks…"))

Draw = Callable[[Pen, int], None]


@dataclass(frozen=True)
class _Page:
    draw: Draw
    section: str = ""


def _d(value: date | None) -> str:
    return value.strftime("%Y.%m.%d") if value else ""


def handbook_texts(books: Sequence[HandbookData]) -> list[tuple[str, str]]:
    """(record, text) of everything the handbooks print, for the glyph check."""
    items: list[tuple[str, str]] = []
    for book in books:
        p = book.profile
        parts = [book.contact.station_name, p.name, p.ethnicity, p.branch, p.work_unit, p.phone]
        parts += [p.address, p.card_number, *book.pledges]
        for post in book.posts:
            parts += [post.name, post.description, post.contact_name, post.contact_phone]
        for line in book.log:
            parts += [line.post, line.what, line.beneficiary]
        parts += [book.assessment.community_comment, book.assessment.unit_comment]
        items.append((p.name, "".join(parts)))
    return items


def _paginate_posts(pen: Pen, book: HandbookData, width: float, labels: Labels) -> list[list[int]]:
    pages: list[list[int]] = [[]]
    used = 0.0
    for i, post in enumerate(book.posts):
        height = post_height(pen, post, width, labels)
        if pages[-1] and used + height > BODY_H:
            pages.append([])
            used = 0.0
        pages[-1].append(i)
        used += height
    return pages


def _paginate_log(rows: list[LogRow], header: float) -> list[tuple[list[LogRow], int]]:
    """(record rows, blank rows) per page: the records, then blank rows to the end of the last
    page, with at least MIN_BLANK_ROWS blank rows in all."""
    room = BODY_H - header
    pages: list[tuple[list[LogRow], int]] = []
    current: list[LogRow] = []
    used = 0.0
    for row in rows:
        if current and used + row.height > room:
            pages.append((current, 0))
            current, used = [], 0.0
        current.append(row)
        used += row.height
    blank = int((room - used) // BLANK_ROW)
    pages.append((current, blank))
    if blank < MIN_BLANK_ROWS:
        pages.append(([], int(room // BLANK_ROW)))
    return pages


def _plan(pen: Pen, book: HandbookData, labels: Labels) -> list[_Page]:
    width = PAGE_W - 2 * 14 * mm
    pages: list[_Page] = [_Page(lambda p, n: draw_cover(p, book, labels))]
    toc_at = len(pages)
    pages.append(_Page(lambda p, n: None))  # the contents: drawn once every page is known
    pages.append(_Page(lambda p, n: draw_profile(p, book, labels), labels.profile))
    for k, chunk in enumerate(_paginate_posts(pen, book, width, labels)):
        pages.append(
            _Page(
                lambda p, n, chunk=chunk: draw_posts(p, book, chunk, labels),  # type: ignore[misc]
                labels.posts if k == 0 else "",
            )
        )
    pages.append(_Page(lambda p, n: draw_pledges(p, book, labels), labels.pledges))
    pen.record = book.profile.name
    rows = [log_row(pen, line) for line in book.log]
    for k, (chunk_rows, blank) in enumerate(_paginate_log(rows, log_header_height(pen, labels))):
        pages.append(
            _Page(
                lambda p, n, r=chunk_rows, b=blank: draw_log(p, r, b, labels),  # type: ignore[misc]
                labels.log if k == 0 else "",
            )
        )
    pages.append(_Page(lambda p, n: draw_assessment(p, book, labels), labels.assessment))
    entries = [(page.section, i + 1) for i, page in enumerate(pages) if page.section]
    pages[toc_at] = _Page(lambda p, n: draw_contents(p, entries, labels))
    return pages


def write_handbooks(
    path: str | os.PathLike[str],
    *,
    books: Sequence[HandbookData],
    plain_a5: bool = False,
    offsets: PrinterOffsets = NO_OFFSETS,
    translate: Translate = identity,
    progress: Progress | None = None,
) -> list[GlyphProblem]:
    """Write the handbooks to one PDF at ``path`` atomically: A4 landscape booklet sheets (or
    plain A5 pages), each handbook starting on a new sheet. Returns the characters no font
    covers (drawn as □) and the texts that could not be printed in full, each with the
    member's name.

    ``progress`` counts the handbooks drawn; a cancel raises :class:`~villagedesk.core.progress.
    Cancelled` at the next handbook and no file is written (nor any temp file left)."""
    problems = check_texts(handbook_texts(books))
    buf = io.BytesIO()
    problems += draw_handbooks(
        buf,
        books=books,
        plain_a5=plain_a5,
        offsets=offsets,
        translate=translate,
        progress=progress,
    )
    if progress is not None:
        progress.check()
    atomic_write_bytes(Path(path), buf.getvalue())
    return problems


def draw_handbooks(
    target: io.BytesIO,
    *,
    books: Sequence[HandbookData],
    plain_a5: bool,
    offsets: PrinterOffsets,
    translate: Translate,
    progress: Progress | None = None,
) -> list[GlyphProblem]:
    """Draw the handbooks on a new canvas writing to ``target``; returns the texts that did not
    fit (fit problems, each with the member's name)."""
    if progress is not None:
        progress.start(len(books), DRAWING)
    title = translate(CTX, QT_TRANSLATE_NOOP("Handbook", "Work handbook"))
    author = books[0].contact.station_name if books else ""
    canvas = new_canvas(target, A5 if plain_a5 else landscape(A4), title=title, author=author)
    pen = Pen(canvas, translate=translate)
    for b, book in enumerate(books):
        labels = Labels(translate, book.campaign_year)
        forms: list[str] = []
        for i, page in enumerate(_plan(pen, book, labels)):
            name = f"hb{b}p{i}"
            canvas.beginForm(name, 0, 0, PAGE_W, PAGE_H)
            canvas.setFillColor(colors.black)
            canvas.setStrokeColor(colors.black)
            page.draw(pen, i + 1)
            if i > 0:
                canvas.setFillColor(colors.HexColor("#555555"))
                pen.centred(PAGE_W / 2, 8 * mm, f"— {i + 1} —", 8)
            canvas.endForm()
            forms.append(name)
        if plain_a5:
            place_plain(canvas, forms, offsets=offsets)
        else:
            place_booklet(canvas, forms, offsets=offsets)
        if progress is not None:
            progress.advance()  # raises Cancelled once the user cancelled
    if not books:
        canvas.showPage()
    canvas.save()
    return pen.problems
