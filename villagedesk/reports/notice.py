"""公示 (public notice) for the notice board: A4 portrait, a large title, the notice period
(公示期 from–to), the tables, whom to tell of an objection, and a place for the station's stamp.

Everything public is masked here through core.masking, once: each column declares what it holds
(an ID number, a phone, plain text), and every text on the page goes through ``scrub_digits`` so
no run of 11 or more digits is ever printed. The objection phone is printed in groups
(139 0533 1234). Written atomically; characters checked against the fonts first.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from villagedesk.core.columns import Align
from villagedesk.core.masking import MaskPolicy, is_public_safe, mask, scrub_digits
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.glyphs import FontSet, GlyphProblem, fit_problem, font_set, markup
from villagedesk.reports.printed_text import PrintCanvas
from villagedesk.reports.text_fit import Kind, fit, header_lines

CTX = "Notice"
CELL_SIZE = 9.5
CELL_PAD = 3.0
CELL_TOP, CELL_BOTTOM = 2.5, 3.0
KINDS = {
    "id_number": Kind.NUMBER,
    "phone": Kind.NUMBER,
    "number": Kind.NUMBER,
    "date": Kind.NUMBER,
    "name": Kind.NAME,
    "list": Kind.LIST,
}
PAGE_OF = QT_TRANSLATE_NOOP("Ledger", "Page {page} of {pages}")


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


def _identity(context: str, text: str) -> str:
    del context
    return text


@dataclass(frozen=True)
class NoticeColumn:
    """A column of a notice table: its (translated) header, relative width, alignment and
    what it holds: ``"id_number"`` and ``"phone"`` (masked, never broken), ``"name"`` (broken
    only at "·"), ``"date"`` and ``"number"`` (never broken), ``"list"`` (broken after "、")
    or ``"text"``."""

    header: str
    width: float
    kind: str = "text"
    align: Align = Align.LEFT


@dataclass(frozen=True)
class NoticeTable:
    heading: str
    columns: Sequence[NoticeColumn]
    rows: Sequence[Sequence[str]]
    records: Sequence[str] | None = None
    """One label per row naming the record in a glyph problem (default: the first cell)."""


@dataclass(frozen=True)
class NoticeDocument:
    title: str
    station: str
    period_from: date
    period_to: date
    contact_name: str
    contact_phone: str
    tables: Sequence[NoticeTable] = field(default_factory=tuple)
    intro: str = ""
    issued_on: date | None = None


def grouped_phone(phone: str) -> str:
    """A mobile number in groups of 3-4-4 (never 11 digits in a row); other numbers as given."""
    digits = phone.strip()
    if len(digits) == 11 and digits.isdigit():
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    return scrub_digits(digits)


def public_rows(table: NoticeTable, policy: MaskPolicy) -> list[list[str]]:
    """The table's cells as the notice shows them: masked by column kind, then scrubbed."""
    kinds = [c.kind for c in table.columns]
    return [
        [
            scrub_digits(mask(v, k, policy) if k != "text" else v)
            for k, v in zip(kinds, row, strict=True)
        ]
        for row in table.rows
    ]


def _day(d: date, say: Translate) -> str:
    return say(CTX, QT_TRANSLATE_NOOP("Notice", "{year}-{month}-{day}")).format(
        year=d.year, month=d.month, day=d.day
    )


def write_notice(
    path: str | os.PathLike[str],
    doc: NoticeDocument,
    *,
    policy: MaskPolicy = MaskPolicy(),  # noqa: B008 (frozen)
    translate: Translate = _identity,
    fonts: FontSet | None = None,
) -> list[GlyphProblem]:
    """Write the notice to ``path``; returns the characters no font covers (drawn as a box)."""
    fonts = fonts or font_set()
    say = translate
    tables = [(t, public_rows(t, policy)) for t in doc.tables]
    texts = [doc.title, doc.station, doc.intro, doc.contact_name]
    problems = fonts.check((doc.title, scrub_digits(x)) for x in texts)
    for t, rows in tables:
        labels = t.records or [r[0] if r else "" for r in t.rows]
        problems += fonts.check(zip(labels, ("".join(r) for r in rows), strict=True))

    sans = fonts.primary
    printed: list[str] = []

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        text = scrub_digits(text)
        printed.append(text)
        return Paragraph(markup(text, fonts), style)

    def style(size: float, align: int = 0, lead: float = 1.35) -> ParagraphStyle:
        return ParagraphStyle(
            f"n{size}{align}{lead}",
            fontName=sans,
            fontSize=size,
            leading=size * lead,
            wordWrap="CJK",
            alignment=align,
        )

    body = style(11.5, lead=1.6)
    aligns = {Align.LEFT: 0, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT}
    styles: dict[tuple[float, int], ParagraphStyle] = {}

    def cell_style(size: float, align: Align) -> ParagraphStyle:
        key = (size, aligns[align])
        if key not in styles:
            styles[key] = ParagraphStyle(
                f"c{size}{key[1]}",
                fontName=sans,
                fontSize=size,
                leading=size * 1.3,
                wordWrap="CJK",
                alignment=key[1],
            )
        return styles[key]

    def measure(text: str, size: float) -> float:
        return fonts.string_width(text, size)

    def cell(text: str, width: float, kind: Kind, align: Align, record: str) -> Paragraph:
        """A cell laid out by the print rules (names at "·" only, numbers whole), shrunk to no
        less than 6 pt, its lines given to the Paragraph as they are."""
        text = scrub_digits(text)
        fitted = fit(text, width, CELL_SIZE, measure, kind)
        if not fitted.complete:
            problems.append(fit_problem(record, unfitted.format(text=text)))
        printed.append(text)
        shown = "<br/>".join(markup(line, fonts) for line in fitted.lines)
        return Paragraph(shown, cell_style(fitted.size, align))

    def head_cell(text: str, width: float) -> Paragraph:
        fitted = header_lines(scrub_digits(text), width, CELL_SIZE, measure)
        printed.extend(fitted.lines)
        shown = "<br/>".join(markup(line, fonts) for line in fitted.lines)
        return Paragraph(shown, cell_style(fitted.size, Align.CENTER))

    unfitted = say("PrintFit", QT_TRANSLATE_NOOP("PrintFit", "does not fit in its space: {text}"))
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
        initialFontName=sans,
    )
    story: list[Flowable] = [para(doc.title, style(24, TA_CENTER, 1.3)), Spacer(1, 5 * mm)]
    if doc.intro:
        story += [para("　　" + doc.intro, body), Spacer(1, 2 * mm)]
    period = say(CTX, QT_TRANSLATE_NOOP("Notice", "Notice period: {start} to {end}")).format(
        start=_day(doc.period_from, say), end=_day(doc.period_to, say)
    )
    story += [para(period, body), Spacer(1, 3 * mm)]
    for t, rows in tables:
        total = sum(c.width for c in t.columns) or 1.0
        widths = [frame.width * c.width / total for c in t.columns]
        inner = [w - 2 * CELL_PAD - 0.5 for w in widths]
        labels = t.records or [r[0] if r else "" for r in t.rows]
        head = [head_cell(c.header, w) for c, w in zip(t.columns, inner, strict=True)]
        data = [head] + [
            [
                cell(v, w, KINDS.get(c.kind, Kind.TEXT), c.align, label)
                for c, v, w in zip(t.columns, r, inner, strict=True)
            ]
            for r, label in zip(rows, labels, strict=True)
        ]
        heading = para(t.heading, style(13, lead=1.5))
        # the heading never stays alone at a page's foot: with it go the header and 2 rows
        keep = heading.wrap(frame.width, frame.height)[1] + 1.5 * mm
        for row in data[:3]:
            keep += max(p.wrap(w, frame.height)[1] for p, w in zip(row, widths, strict=True))
            keep += CELL_TOP + CELL_BOTTOM
        story += [CondPageBreak(keep), heading, Spacer(1, 1.5 * mm)]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), sans),
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#333333")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), CELL_TOP),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_BOTTOM),
                ]
            )
        )
        story += [table, Spacer(1, 5 * mm)]
    objection = say(
        CTX,
        QT_TRANSLATE_NOOP(
            "Notice",
            "Anyone who objects may tell {name} during the notice period, in person or by "
            "phone: {phone}.",
        ),
    ).format(name=doc.contact_name, phone=grouped_phone(doc.contact_phone))
    story += [para(objection, body), Spacer(1, 12 * mm)]
    stamp = say(CTX, QT_TRANSLATE_NOOP("Notice", "(stamp)"))
    issued = _day(doc.issued_on or doc.period_from, say)
    sign = Table(
        [
            [para(stamp, style(10, TA_CENTER))],
            [para(doc.station, style(12, TA_CENTER))],
            [para(issued, style(12, TA_CENTER))],
        ],
        colWidths=[70 * mm],
        rowHeights=[24 * mm, 8 * mm, 8 * mm],
        hAlign="RIGHT",
        style=[
            ("FONTNAME", (0, 0), (-1, -1), sans),
            ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
        ],
    )
    story.append(sign)

    def numbered(*args: object, **kwargs: object) -> NumberedCanvas:
        canvas = NumberedCanvas(*args, **kwargs)
        canvas.template, canvas.font = say("Ledger", PAGE_OF), sans
        return canvas

    frame.build(story, canvasmaker=numbered)
    leaked = [t for t in printed if not is_public_safe(t)]
    if leaked:  # scrub_digits makes this impossible; never print a number in full by accident
        raise AssertionError("a public notice would show 11 or more digits in a row")
    atomic_write_bytes(Path(path), buf.getvalue())
    return problems
