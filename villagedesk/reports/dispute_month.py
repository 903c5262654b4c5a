"""矛盾纠纷排查化解月报: a month's disputes on A4 portrait. The cases screened in the month and
the people involved, then the same cases by type, source, warning level, mediation level and
result; and the month's prevention figures: 防止民转刑 N件M人 (cases with a risk of turning into
a criminal case settled by agreement in the month, and their people) and 防止群体性上访 N件
(cases with signs of petitions, settled). Laid out by the print rules (reports.fitted_cells);
written atomically."""

from __future__ import annotations

import os
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table
from reportlab.platypus.flowables import Flowable

from villagedesk.core.columns import Align
from villagedesk.core.disputes.figures import Counts, MonthFigures
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.reports.dispute_papers_parts import BASE_STYLE, PAD, Kit, write_paper_file
from villagedesk.reports.glyphs import FontSet, GlyphProblem, font_set
from villagedesk.reports.printed_text import identity
from villagedesk.reports.request_history import SHADE
from villagedesk.reports.text_fit import Kind

CTX = "DisputePapers"
TITLE = QT_TRANSLATE_NOOP("DisputePapers", "Monthly report on screening and settling disputes")

"""(label in words, cases, people) of each row of a part."""


PARTS = (
    (QT_TRANSLATE_NOOP("DisputePapers", "By type"), "by_type"),
    (QT_TRANSLATE_NOOP("DisputePapers", "By source"), "by_source"),
    (QT_TRANSLATE_NOOP("DisputePapers", "By warning level"), "by_warning"),
    (QT_TRANSLATE_NOOP("DisputePapers", "By mediation level"), "by_level"),
    (QT_TRANSLATE_NOOP("DisputePapers", "By result"), "by_result"),
)
HEADS = (
    QT_TRANSLATE_NOOP("DisputePapers", "Item"),
    QT_TRANSLATE_NOOP("DisputePapers", "Cases"),
    QT_TRANSLATE_NOOP("DisputePapers", "People"),
)
CRIMINAL = QT_TRANSLATE_NOOP(
    "DisputePapers", "Criminal cases prevented: {cases} cases, {people} people"
)
PETITION = QT_TRANSLATE_NOOP("DisputePapers", "Group petitions prevented: {cases} cases")


def prevention_lines(figures: MonthFigures, say: Translate) -> tuple[str, str]:
    """防止民转刑 N件M人 and 防止群体性上访 N件, in words."""
    criminal = say(CTX, CRIMINAL).format(
        cases=figures.criminal_cases, people=figures.criminal_people
    )
    return criminal, say(CTX, PETITION).format(cases=figures.petition_cases)


def write_month_sheet(
    path: str | os.PathLike[str],
    *,
    figures: MonthFigures,
    station: str,
    translate: Translate = identity,
    fonts: FontSet | None = None,
) -> list[GlyphProblem]:
    """Write the month's report to ``path`` (atomically). Returns the characters no font
    covers and the texts that could not be printed in full."""
    fonts = fonts or font_set()
    month = f"{figures.first:%Y.%m}"
    return write_paper_file(
        path,
        title=f"{translate(CTX, TITLE)} {month}",
        station=station,
        record=month,
        fonts=fonts,
        say=translate,
        story=lambda kit: _story(kit, figures, station),
    )


def _story(kit: Kit, figures: MonthFigures, station: str) -> list[Flowable]:
    say = kit.say
    period = say(QT_TRANSLATE_NOOP("DisputePapers", "Period: {first} – {last}")).format(
        first=f"{figures.first:%Y.%m.%d}", last=f"{figures.last:%Y.%m.%d}"
    )
    counted = say(
        QT_TRANSLATE_NOOP(
            "DisputePapers",
            "Disputes screened in the period: {cases}, involving {people} people; settled by "
            "agreement in the period: {settled}.",
        )
    ).format(cases=figures.cases, people=figures.people, settled=figures.settled)
    criminal, petition = prevention_lines(figures, kit.cells.say)
    story: list[Flowable] = [
        *kit.title(TITLE, station, period),
        kit.text(counted),
        Spacer(1, 2 * mm),
        kit.text(criminal, size=12),
        kit.text(petition, size=12),
    ]
    for label, attr in PARTS:
        rows: Counts = getattr(figures, attr)
        story += kit.heading(label, keep=35 * mm)
        story.append(_counts_table(kit, rows))
    note = QT_TRANSLATE_NOOP(
        "DisputePapers",
        "The parts count the disputes screened in the period. The prevention figures count the "
        "disputes settled by agreement in the period, whenever they were screened.",
    )
    return [*story, Spacer(1, 3 * mm), kit.text(say(note), size=8.5)]


def _counts_table(kit: Kit, rows: Sequence[tuple[str, int, int]]) -> Table:
    widths = [kit.width * s for s in (0.6, 0.2, 0.2)]
    inner = [w - 2 * PAD for w in widths]
    data: list[list[object]] = [
        [kit.cells.head(kit.say(h), w, 9.5) for h, w in zip(HEADS, inner, strict=True)]
    ]
    for label, cases, people in rows:
        data.append(
            [
                kit.text(label, inner[0], 9.5),
                kit.text(str(cases), inner[1], 9.5, kind=Kind.NUMBER, align=Align.CENTER),
                kit.text(str(people), inner[2], 9.5, kind=Kind.NUMBER, align=Align.CENTER),
            ]
        )
    total = kit.say(QT_TRANSLATE_NOOP("DisputePapers", "Total"))
    data.append(
        [
            kit.text(total, inner[0], 9.5),
            kit.text(
                str(sum(r[1] for r in rows)), inner[1], 9.5, kind=Kind.NUMBER, align=Align.CENTER
            ),
            kit.text(
                str(sum(r[2] for r in rows)), inner[2], 9.5, kind=Kind.NUMBER, align=Align.CENTER
            ),
        ]
    )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), kit.cells.fonts.primary),
            *BASE_STYLE,
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ]
    )
    return table
