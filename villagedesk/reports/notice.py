"""公示 (public notice) for the notice board: A4 portrait, a large title, the notice period
(公示期 from–to), the tables, whom to tell of an objection, and a place for the station's stamp.

Everything public is masked here through core.masking, once: each column declares what it holds
(an ID number, a phone, plain text), and every text on the page goes through ``scrub_digits`` so
no run of 11 or more digits is ever printed. The objection phone is printed in groups
(139 0533 1234). Written atomically; characters checked against the fonts first. What a notice
prints is a :class:`NoticeDocument` (reports.notice_document); its flowables are
reports.notice_story's.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from villagedesk.core.masking import MaskPolicy, is_public_safe, scrub_digits
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.glyphs import FontSet, GlyphProblem, font_set
from villagedesk.reports.notice_document import (
    NoticeColumn,
    NoticeDocument,
    NoticeTable,
    public_rows,
)
from villagedesk.reports.notice_story import NoticeStory
from villagedesk.reports.printed_text import PrintCanvas, identity

PAGE_OF = QT_TRANSLATE_NOOP("Ledger", "Page {page} of {pages}")

__all__ = ["NoticeColumn", "NoticeDocument", "NoticeTable", "NumberedCanvas", "write_notice"]


class NumberedCanvas(PrintCanvas):
    """Numbers every page "第 x 页 共 y 页" at its foot once the page count is known."""

    template = "Page {page} of {pages}"
    font = ""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, object]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self.setFont(self.font, 9)
            self.setFillColor(colors.HexColor("#333333"))
            text = self.template.format(page=number, pages=total)
            self.drawCentredString(A4[0] / 2, 9 * mm, text)
            super().showPage()
        super().save()


def numbered_canvas(template: str, font: str) -> Callable[..., NumberedCanvas]:
    """A ``canvasmaker`` numbering its pages by ``template`` in ``font``."""

    def make(*args: object, **kwargs: object) -> NumberedCanvas:
        canvas = NumberedCanvas(*args, **kwargs)
        canvas.template, canvas.font = template, font
        return canvas

    return make


def check_notice(
    doc: NoticeDocument, tables: Sequence[tuple[NoticeTable, list[list[str]]]], fonts: FontSet
) -> list[GlyphProblem]:
    """The characters of the notice's texts and public cells no font covers."""
    texts = [doc.title, doc.station, doc.intro, doc.contact_name]
    problems = fonts.check((doc.title, scrub_digits(x)) for x in texts)
    for t, rows in tables:
        problems += fonts.check(zip(t.labels(), ("".join(r) for r in rows), strict=True))
    return problems


def write_notice(
    path: str | os.PathLike[str],
    doc: NoticeDocument,
    *,
    policy: MaskPolicy = MaskPolicy(),  # noqa: B008 (frozen)
    translate: Translate = identity,
    fonts: FontSet | None = None,
) -> list[GlyphProblem]:
    """Write the notice to ``path``; returns the characters no font covers (drawn as a box)."""
    fonts = fonts or font_set()
    tables = [(t, public_rows(t, policy)) for t in doc.tables]
    problems = check_notice(doc, tables, fonts)
    buf = io.BytesIO()
    frame = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=scrub_digits(doc.title),
        author=doc.station,
        creator="VillageDesk",
        initialFontName=fonts.primary,
    )
    story = NoticeStory(fonts, translate, problems)
    frame.build(
        story.flowables(doc, tables, frame.width, frame.height),
        canvasmaker=numbered_canvas(translate("Ledger", PAGE_OF), fonts.primary),
    )
    leaked = [t for t in story.printed if not is_public_safe(t)]
    if leaked:  # scrub_digits makes this impossible; never print a number in full by accident
        raise AssertionError("a public notice would show 11 or more digits in a row")
    atomic_write_bytes(Path(path), buf.getvalue())
    return problems
