"""The flowables of a 公示 (public notice): the title and introduction, the notice period, each
table under its heading (the heading never left alone at a page's foot), the objection line and
the stamp block. Every text passes ``scrub_digits`` and is kept in :attr:`NoticeStory.printed`
for the writer's last check; cells are laid out by the print rules (reports.text_fit), and what
cannot be printed by them is a fit problem."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from villagedesk.core.columns import Align
from villagedesk.core.masking import scrub_digits
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.reports.glyphs import FontSet, GlyphProblem, fit_problem, markup
from villagedesk.reports.notice_document import (
    KINDS,
    NoticeDocument,
    NoticeTable,
    grouped_phone,
)
from villagedesk.reports.text_fit import Kind, fit, header_lines

CTX = "Notice"
CELL_SIZE = 9.5
CELL_PAD = 3.0
CELL_TOP, CELL_BOTTOM = 2.5, 3.0
ALIGNS = {Align.LEFT: 0, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT}


def notice_day(d: date, say: Translate) -> str:
    return say(CTX, QT_TRANSLATE_NOOP("Notice", "{year}-{month}-{day}")).format(
        year=d.year, month=d.month, day=d.day
    )


class NoticeStory:
    """Builds the notice's flowables in ``fonts``; fit problems are added to ``problems``."""

    def __init__(self, fonts: FontSet, say: Translate, problems: list[GlyphProblem]) -> None:
        self.fonts, self.say, self.problems = fonts, say, problems
        self.sans = fonts.primary
        self.printed: list[str] = []
        """Every text the notice prints, scrubbed, for the writer's check."""
        self._cell_styles: dict[tuple[float, int], ParagraphStyle] = {}
        self.unfitted = say(
            "PrintFit", QT_TRANSLATE_NOOP("PrintFit", "does not fit in its space: {text}")
        )
        self.body = self.style(11.5, lead=1.6)

    # -- paragraphs and cells -----------------------------------------------------------------
    def para(self, text: str, style: ParagraphStyle) -> Paragraph:
        text = scrub_digits(text)
        self.printed.append(text)
        return Paragraph(markup(text, self.fonts), style)

    def style(self, size: float, align: int = 0, lead: float = 1.35) -> ParagraphStyle:
        return ParagraphStyle(
            f"n{size}{align}{lead}",
            fontName=self.sans,
            fontSize=size,
            leading=size * lead,
            wordWrap="CJK",
            alignment=align,
        )

    def cell_style(self, size: float, align: Align) -> ParagraphStyle:
        key = (size, ALIGNS[align])
        if key not in self._cell_styles:
            self._cell_styles[key] = ParagraphStyle(
                f"c{size}{key[1]}",
                fontName=self.sans,
                fontSize=size,
                leading=size * 1.3,
                wordWrap="CJK",
                alignment=key[1],
            )
        return self._cell_styles[key]

    def measure(self, text: str, size: float) -> float:
        return self.fonts.string_width(text, size)

    def cell(self, text: str, width: float, kind: Kind, align: Align, record: str) -> Paragraph:
        """A cell laid out by the print rules (names at "·" only, numbers whole), shrunk to no
        less than 6 pt, its lines given to the Paragraph as they are."""
        text = scrub_digits(text)
        fitted = fit(text, width, CELL_SIZE, self.measure, kind)
        if not fitted.complete:
            self.problems.append(fit_problem(record, self.unfitted.format(text=text)))
        self.printed.append(text)
        shown = "<br/>".join(markup(line, self.fonts) for line in fitted.lines)
        return Paragraph(shown, self.cell_style(fitted.size, align))

    def head_cell(self, text: str, width: float) -> Paragraph:
        fitted = header_lines(scrub_digits(text), width, CELL_SIZE, self.measure)
        self.printed.extend(fitted.lines)
        shown = "<br/>".join(markup(line, self.fonts) for line in fitted.lines)
        return Paragraph(shown, self.cell_style(fitted.size, Align.CENTER))

    # -- the parts of the notice --------------------------------------------------------------
    def flowables(
        self,
        doc: NoticeDocument,
        tables: Sequence[tuple[NoticeTable, list[list[str]]]],
        width: float,
        height: float,
    ) -> list[Flowable]:
        """The whole notice for a frame ``width`` × ``height``; ``tables`` with their public
        rows (reports.notice_document.public_rows)."""
        say, body = self.say, self.body
        story: list[Flowable] = [
            self.para(doc.title, self.style(24, TA_CENTER, 1.3)),
            Spacer(1, 5 * mm),
        ]
        if doc.intro:
            story += [self.para("　　" + doc.intro, body), Spacer(1, 2 * mm)]
        period = say(CTX, QT_TRANSLATE_NOOP("Notice", "Notice period: {start} to {end}")).format(
            start=notice_day(doc.period_from, say), end=notice_day(doc.period_to, say)
        )
        story += [self.para(period, body), Spacer(1, 3 * mm)]
        for t, rows in tables:
            story += self.table(t, rows, width, height)
        return story + self.closing(doc)

    def table(
        self, t: NoticeTable, rows: list[list[str]], frame_w: float, frame_h: float
    ) -> list[Flowable]:
        """One table under its heading; the heading keeps the header and two rows with it."""
        total = sum(c.width for c in t.columns) or 1.0
        widths = [frame_w * c.width / total for c in t.columns]
        inner = [w - 2 * CELL_PAD - 0.5 for w in widths]
        head = [self.head_cell(c.header, w) for c, w in zip(t.columns, inner, strict=True)]
        data = [head] + [
            [
                self.cell(v, w, KINDS.get(c.kind, Kind.TEXT), c.align, label)
                for c, v, w in zip(t.columns, r, inner, strict=True)
            ]
            for r, label in zip(rows, t.labels(), strict=True)
        ]
        heading = self.para(t.heading, self.style(13, lead=1.5))
        # the heading never stays alone at a page's foot: with it go the header and 2 rows
        keep = heading.wrap(frame_w, frame_h)[1] + 1.5 * mm
        for row in data[:3]:
            keep += max(p.wrap(w, frame_h)[1] for p, w in zip(row, widths, strict=True))
            keep += CELL_TOP + CELL_BOTTOM
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.sans),
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
        return [CondPageBreak(keep), heading, Spacer(1, 1.5 * mm), table, Spacer(1, 5 * mm)]

    def closing(self, doc: NoticeDocument) -> list[Flowable]:
        """Whom to tell of an objection (the phone in groups), then the stamp, the station and
        the day of issue, right."""
        say = self.say
        objection = say(
            CTX,
            QT_TRANSLATE_NOOP(
                "Notice",
                "Anyone who objects may tell {name} during the notice period, in person or by "
                "phone: {phone}.",
            ),
        ).format(name=doc.contact_name, phone=grouped_phone(doc.contact_phone))
        story: list[Flowable] = [self.para(objection, self.body), Spacer(1, 12 * mm)]
        stamp = say(CTX, QT_TRANSLATE_NOOP("Notice", "(stamp)"))
        issued = notice_day(doc.issued_on or doc.period_from, say)
        sign = Table(
            [
                [self.para(stamp, self.style(10, TA_CENTER))],
                [self.para(doc.station, self.style(12, TA_CENTER))],
                [self.para(issued, self.style(12, TA_CENTER))],
            ],
            colWidths=[70 * mm],
            rowHeights=[24 * mm, 8 * mm, 8 * mm],
            hAlign="RIGHT",
            style=[
                ("FONTNAME", (0, 0), (-1, -1), self.sans),
                ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
            ],
        )
        return [*story, sign]
