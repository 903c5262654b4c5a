"""What the mediation papers share (A4 portrait, as the 民情办理单): the document frame with its
numbered foot, titles and headings, the label/value grid, the parties' table, and the boxes the
people sign in: a party's signature with its fingerprint box (按手印), a mediator's signature,
and the committee's seal box. Every text is laid out by the print rules (reports.fitted_cells):
names break only at "·", numbers never."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table
from reportlab.platypus.flowables import Flowable

from villagedesk.core.columns import Align
from villagedesk.core.disputes.model import Party
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.fsutil import atomic_write_bytes
from villagedesk.reports.a4_document import a4_portrait
from villagedesk.reports.fitted_cells import FittedCells
from villagedesk.reports.glyphs import FontSet, GlyphProblem
from villagedesk.reports.notice import PAGE_OF, numbered_canvas
from villagedesk.reports.request_history import GRID, SHADE
from villagedesk.reports.request_particulars import Field
from villagedesk.reports.text_fit import Kind

CTX = "DisputePapers"
SIZE = 10.0
LABEL_W = 24 * mm
PAD = 3.0
MARGIN = 18 * mm
FRAME_PADDING = 6.0
"""ReportLab's frame padding: the text is this much narrower than the frame on each side."""
SIGN_H = 24 * mm
DATE_LINE = QT_TRANSLATE_NOOP("DisputePapers", "Date:      year    month    day")
PARTY_HEADS = (
    QT_TRANSLATE_NOOP("DisputePapers", "Role"),
    QT_TRANSLATE_NOOP("DisputePapers", "Name"),
    QT_TRANSLATE_NOOP("DisputePapers", "ID number"),
    QT_TRANSLATE_NOOP("DisputePapers", "Phone"),
    QT_TRANSLATE_NOOP("DisputePapers", "Address"),
)
PARTY_SHARES = (0.12, 0.2, 0.26, 0.17, 0.25)
BASE_STYLE: list[tuple[object, ...]] = [
    ("GRID", (0, 0), (-1, -1), 0.5, GRID),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
]


class Kit:
    """The pieces of one paper: texts in ``cells`` at the frame's ``width``, problems named by
    ``record`` (the dispute's 编号)."""

    def __init__(self, cells: FittedCells, width: float, record: str) -> None:
        self.cells, self.width, self.record = cells, width, record

    def say(self, text: str) -> str:
        return self.cells.say(CTX, text)

    def text(
        self,
        text: str,
        width: float | None = None,
        size: float = SIZE,
        *,
        kind: Kind = Kind.TEXT,
        align: Align = Align.LEFT,
        lead: float = 1.3,
    ) -> Flowable:
        w = self.width if width is None else width
        return self.cells.text(text, w, size, kind=kind, align=align, record=self.record, lead=lead)

    def title(self, title: str, *lines: str) -> list[Flowable]:
        """A paper's title (source text), centred, and lines under it (already in words)."""
        story: list[Flowable] = [self.text(self.say(title), size=18, align=Align.CENTER)]
        for line in lines:
            story += [Spacer(1, 1.5 * mm), self.text(line, size=11, align=Align.CENTER)]
        return [*story, Spacer(1, 4 * mm)]

    def heading(self, label: str, keep: float = 30 * mm) -> list[Flowable]:
        """A part's heading (source text), on the next page unless ``keep`` is left below it."""
        return self.heading_text(self.say(label), keep)

    def heading_text(self, text: str, keep: float = 30 * mm) -> list[Flowable]:
        """:meth:`heading` of a text already in words."""
        head = self.text(text, size=12)
        return [CondPageBreak(keep), Spacer(1, 4 * mm), head, Spacer(1, 1.5 * mm)]

    def section(self, label: str, text: str) -> list[Flowable]:
        """A heading and a long text under it, wrapped in full (it may run over pages)."""
        return [*self.heading(label), self.text(text or "—", lead=1.5)]

    def fields(self, fields: Sequence[Field]) -> Table:
        """Label/value pairs two to a row, a wide one alone on its row, labels shaded."""
        value_w = (self.width - 2 * LABEL_W) / 2
        data: list[list[Flowable | str]] = []
        style = list(BASE_STYLE)
        for i, row in enumerate(_rows(fields)):
            line: list[Flowable | str] = []
            for f in row:
                w = self.width - LABEL_W if len(row) == 1 else value_w
                line += [
                    self.text(self.say(f.label), LABEL_W - 2 * PAD, 9.5),
                    self.text(f.value, w - 2 * PAD, 9.5, kind=f.kind),
                ]
            style.append(("BACKGROUND", (0, i), (0, i), SHADE))
            if len(row) == 1:
                line += ["", ""]
                style.append(("SPAN", (1, i), (3, i)))
            else:
                style.append(("BACKGROUND", (2, i), (2, i), SHADE))
            data.append(line)
        return self._table(data, [LABEL_W, value_w, LABEL_W, value_w], style)

    def parties(self, parties: Sequence[Party]) -> Table:
        """Every party: role, name, ID number, phone and address, as ``parties`` carry them
        (masked, or in full on the agreement)."""
        widths = [self.width * s for s in PARTY_SHARES]
        inner = [w - 2 * PAD for w in widths]
        head = [
            self.cells.head(self.say(h), w, 9.5) for h, w in zip(PARTY_HEADS, inner, strict=True)
        ]
        data: list[list[Flowable | str]] = [head]
        for p in parties:
            texts = (
                (self.cells.say("Enum", p.role.label), Kind.TEXT),
                (p.name, Kind.NAME),
                (p.id_number, Kind.NUMBER),
                (p.phone, Kind.NUMBER),
                (p.address, Kind.TEXT),
            )
            data.append(
                [self.text(t, w, 9.5, kind=k) for (t, k), w in zip(texts, inner, strict=True)]
            )
        style = [*BASE_STYLE, ("BACKGROUND", (0, 0), (-1, 0), SHADE)]
        return self._table(data, widths, style, repeat=1)

    def party_signs(self, signers: Sequence[tuple[str, str]]) -> Table:
        """One row per signer (label in words, name): the name, room to sign, the fingerprint
        box (按手印) and a date line."""
        shares = (0.3, 0.3, 0.16, 0.24)
        widths = [self.width * s for s in shares]
        inner = [w - 2 * PAD for w in widths]
        sign = self.say(QT_TRANSLATE_NOOP("DisputePapers", "Signature:"))
        print_ = self.say(QT_TRANSLATE_NOOP("DisputePapers", "Fingerprint"))
        data: list[list[object]] = []
        for label, name in signers:
            data.append(
                [
                    [
                        self.text(label, inner[0], 9.5),
                        self.text(name, inner[0], 10.5, kind=Kind.NAME),
                    ],
                    self.text(sign, inner[1], 9.5),
                    self.text(print_, inner[2], 8, align=Align.CENTER),
                    self.text(self.say(DATE_LINE), inner[3], 9, align=Align.RIGHT),
                ]
            )
        style = [
            *BASE_STYLE,
            ("VALIGN", (0, 0), (2, -1), "TOP"),
            ("VALIGN", (3, 0), (3, -1), "BOTTOM"),
            *(("BOX", (2, i), (2, i), 1.2, colors.black) for i in range(len(data))),
        ]
        return self._table(data, widths, style, heights=[SIGN_H] * len(data))

    def signs(self, signers: Sequence[tuple[str, str]]) -> Table:
        """One row per signer (label in words, names printed): room to sign and a date line."""
        shares = (0.46, 0.3, 0.24)
        widths = [self.width * s for s in shares]
        inner = [w - 2 * PAD for w in widths]
        sign = self.say(QT_TRANSLATE_NOOP("DisputePapers", "Signature:"))
        data: list[list[object]] = [
            [
                [self.text(label, inner[0], 9.5), self.text(who, inner[0], 10.5, kind=Kind.NAME)],
                self.text(sign, inner[1], 9.5),
                self.text(self.say(DATE_LINE), inner[2], 9, align=Align.RIGHT),
            ]
            for label, who in signers
        ]
        style = [
            *BASE_STYLE,
            ("VALIGN", (0, 0), (1, -1), "TOP"),
            ("VALIGN", (2, 0), (2, -1), "BOTTOM"),
        ]
        return self._table(data, widths, style, heights=[18 * mm] * len(data))

    def seal(self, committee: str, day: str) -> Table:
        """The committee's seal box, on the right: its name, （印章）, and the day."""
        w = self.width * 0.5
        inner = w - 2 * 4 * mm
        label = self.say(QT_TRANSLATE_NOOP("DisputePapers", "(seal)"))
        top = [
            self.text(committee, inner, 11, align=Align.CENTER),
            self.text(label, inner, 10, align=Align.CENTER),
        ]
        bottom = self.text(day or self.say(DATE_LINE), inner, 10, align=Align.CENTER)
        table = Table(
            [["", [*top]], ["", bottom]],
            colWidths=[self.width - w, w],
            rowHeights=[22 * mm, 8 * mm],
        )
        table.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), self.cells.fonts.primary),
                ("BOX", (1, 0), (1, -1), 1.2, colors.black),
                ("VALIGN", (1, 0), (1, 0), "TOP"),
                ("VALIGN", (1, 1), (1, 1), "BOTTOM"),
                ("TOPPADDING", (1, 0), (1, 0), 4 * mm),
                ("LEFTPADDING", (1, 0), (1, -1), 4 * mm),
                ("RIGHTPADDING", (1, 0), (1, -1), 4 * mm),
            ]
        )
        return table

    def together(self, *parts: Flowable) -> KeepTogether:
        return KeepTogether(list(parts))

    def _table(
        self,
        data: list[list[object]] | list[list[Flowable | str]],
        widths: Sequence[float],
        style: list[tuple[object, ...]],
        *,
        repeat: int = 0,
        heights: Sequence[float] | None = None,
    ) -> Table:
        table = Table(data, colWidths=list(widths), rowHeights=heights, repeatRows=repeat)
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), self.cells.fonts.primary), *style])
        return table


def _rows(fields: Sequence[Field]) -> list[list[Field]]:
    """Narrow fields two to a row, in order; a wide field alone on its row."""
    rows: list[list[Field]] = []
    for f in fields:
        if not f.wide and rows and len(rows[-1]) == 1 and not rows[-1][0].wide:
            rows[-1].append(f)
        else:
            rows.append([f])
    return rows


def write_paper_file(
    path: str | os.PathLike[str],
    *,
    title: str,
    station: str,
    record: str,
    fonts: FontSet,
    say: Translate,
    story: Callable[[Kit], list[Flowable]],
) -> list[GlyphProblem]:
    """Build the story ``story`` gives on A4 portrait, every page numbered under ``record``,
    and write it to ``path`` atomically. Returns the characters no font has and the texts that
    could not be printed in full."""
    cells = FittedCells(fonts, say)
    buf = io.BytesIO()
    doc = a4_portrait(
        buf,
        title=title,
        author=station,
        font=fonts.primary,
        side=MARGIN,
        top=15 * mm,
        bottom=18 * mm,
    )
    kit = Kit(cells, doc.width - 2 * FRAME_PADDING, record)
    flowables = story(kit)
    footer = record.replace("{", "{{").replace("}", "}}") + "    " + say("Ledger", PAGE_OF)
    doc.build(flowables, canvasmaker=numbered_canvas(footer, fonts.primary))
    problems = cells.missing_glyphs()
    atomic_write_bytes(Path(path), buf.getvalue())
    return problems + cells.problems
