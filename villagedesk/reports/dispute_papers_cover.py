"""卷宗封面: the case file's cover, with the case's particulars and the list of the documents
in the file (卷内文件目录: each paper with its day, a column for its pages written by hand)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table
from reportlab.platypus.flowables import Flowable

from villagedesk.core.columns import Align
from villagedesk.core.disputes.events import Outcome
from villagedesk.core.disputes.record import DisputeDetail
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.reports.dispute_papers_parts import BASE_STYLE, PAD, Kit
from villagedesk.reports.dispute_papers_steps import MEDIATORS, NUMBER
from villagedesk.reports.dispute_papers_values import (
    Paper,
    day_text,
    follow_ups,
    last_agreement,
    mediators,
    names,
    sessions,
)
from villagedesk.reports.request_history import SHADE
from villagedesk.reports.request_particulars import Field
from villagedesk.reports.text_fit import Kind

COVER_TITLE = QT_TRANSLATE_NOOP("DisputePapers", "People's mediation case file")
CONTENTS = QT_TRANSLATE_NOOP("DisputePapers", "Documents in the file")
HEADS = (
    QT_TRANSLATE_NOOP("DisputePapers", "No."),
    QT_TRANSLATE_NOOP("DisputePapers", "Document"),
    QT_TRANSLATE_NOOP("DisputePapers", "Date"),
    QT_TRANSLATE_NOOP("DisputePapers", "Pages"),
    QT_TRANSLATE_NOOP("DisputePapers", "Note"),
)
SHARES = (0.08, 0.42, 0.2, 0.1, 0.2)


def file_contents(kit: Kit, detail: DisputeDetail) -> list[tuple[str, str, str]]:
    """(document, day, note) of each paper in the file, in its order."""
    say, cells = kit.say, kit.cells
    v = detail.dispute.values
    found = [(say(Paper.APPLICATION.heading), day_text(v.screened_on, cells.say), "")]
    session = say(QT_TRANSLATE_NOOP("DisputePapers", "{title} (session {n})"))
    for n, (_event, s) in enumerate(sessions(detail), 1):
        title = session.format(title=say(Paper.SESSIONS.heading), n=n)
        found.append((title, day_text(s.held_on, cells.say), cells.say("Enum", s.result.label)))
    written = last_agreement(detail, Outcome.WRITTEN_AGREEMENT)
    if written is not None:
        event, agreement = written
        found.append(
            (say(Paper.AGREEMENT.heading), day_text(event.at.date(), cells.say), agreement.number)
        )
    oral = last_agreement(detail, Outcome.ORAL_AGREEMENT)
    if oral is not None:
        found.append((say(Paper.ORAL.heading), day_text(oral[0].at.date(), cells.say), ""))
    for event, _f in follow_ups(detail):
        found.append((say(Paper.FOLLOW_UP.heading), day_text(event.at.date(), cells.say), ""))
    return found


def cover(kit: Kit, detail: DisputeDetail, station: str) -> list[Flowable]:
    """The cover: the title, the committee, the case's particulars, the list of documents."""
    say, cells = kit.say, kit.cells
    d = detail.dispute
    v, p = d.values, d.progress
    cause = say(QT_TRANSLATE_NOOP("DisputePapers", "{type} dispute")).format(type=v.dispute_type)
    closed = p.closed_at.date() if p.closed_at else None
    fields = [
        Field(QT_TRANSLATE_NOOP("DisputePapers", "Case number"), d.number, Kind.NUMBER),
        Field(QT_TRANSLATE_NOOP("DisputePapers", "Cause of the case"), cause),
        Field(
            QT_TRANSLATE_NOOP("DisputePapers", "Parties"), names(v.parties), Kind.NAME, wide=True
        ),
        Field(MEDIATORS, names(mediators(detail)), Kind.NAME, wide=True),
        Field(
            QT_TRANSLATE_NOOP("DisputePapers", "Mediation result"),
            cells.say("Enum", p.outcome.label) if p.outcome else "",
        ),
        Field(
            QT_TRANSLATE_NOOP("DisputePapers", "Agreement number"), p.agreement_number, Kind.NUMBER
        ),
        Field(
            QT_TRANSLATE_NOOP("DisputePapers", "Accepted on"),
            day_text(v.screened_on, cells.say),
            Kind.NUMBER,
        ),
        Field(
            QT_TRANSLATE_NOOP("DisputePapers", "Closed on"),
            day_text(closed, cells.say),
            Kind.NUMBER,
        ),
        Field(QT_TRANSLATE_NOOP("DisputePapers", "Filed by"), ""),
        Field(QT_TRANSLATE_NOOP("DisputePapers", "Kept for"), ""),
    ]
    return [
        Spacer(1, 25 * mm),
        kit.text(say(COVER_TITLE), size=26, align=Align.CENTER),
        Spacer(1, 6 * mm),
        kit.text(station, size=14, align=Align.CENTER),
        Spacer(1, 4 * mm),
        kit.text(say(NUMBER) + "：" + d.number, size=12, kind=Kind.NUMBER, align=Align.CENTER),
        Spacer(1, 15 * mm),
        kit.fields(fields),
        *kit.heading(CONTENTS, keep=40 * mm),
        _contents_table(kit, file_contents(kit, detail)),
    ]


def _contents_table(kit: Kit, rows: list[tuple[str, str, str]]) -> Table:
    widths = [kit.width * s for s in SHARES]
    inner = [w - 2 * PAD for w in widths]
    data: list[list[object]] = [
        [kit.cells.head(kit.say(h), w, 9.5) for h, w in zip(HEADS, inner, strict=True)]
    ]
    for n, (title, day, note) in enumerate(rows, 1):
        data.append(
            [
                kit.text(str(n), inner[0], 9.5, kind=Kind.NUMBER, align=Align.CENTER),
                kit.text(title, inner[1], 9.5),
                kit.text(day, inner[2], 9.5, kind=Kind.NUMBER, align=Align.CENTER),
                "",
                kit.text(
                    note, inner[4], 9, kind=Kind.NUMBER if note.startswith("（") else Kind.TEXT
                ),
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), kit.cells.fonts.primary),
            *BASE_STYLE,
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("TOPPADDING", (0, 1), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
        ]
    )
    return table
