"""The mediation papers of one dispute (矛盾纠纷的调解文书), on A4 portrait, for the case file:
卷宗封面 (reports.dispute_papers_cover), 人民调解申请书及受理登记表, 调解记录, 口头协议登记表 and
回访记录 (reports.dispute_papers_steps), and 人民调解协议书, one copy per party and one for the
file (reports.dispute_papers_agreement). Each paper starts a new page; the parties sign with
a fingerprint box beside their signature.

Built from :class:`DisputePaperValues` (print_sources_disputes gathers them): the agreement the
parties sign prints their ID numbers in full, every other paper the masked ones. Text is laid
out by the print rules (reports.fitted_cells); the characters no font has and the text that
could not fit come back as problems. Written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from reportlab.platypus import PageBreak
from reportlab.platypus.flowables import Flowable

from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.reports.dispute_papers_agreement import agreement_copies
from villagedesk.reports.dispute_papers_cover import cover
from villagedesk.reports.dispute_papers_follow_up import follow_up_record
from villagedesk.reports.dispute_papers_parts import Kit, write_paper_file
from villagedesk.reports.dispute_papers_steps import (
    application,
    oral_agreement,
    session_records,
)
from villagedesk.reports.dispute_papers_values import (
    DisputePaperValues,
    Paper,
    available_papers,
)
from villagedesk.reports.glyphs import FontSet, GlyphProblem, font_set
from villagedesk.reports.printed_text import identity

CTX = "DisputePapers"
FILE_TITLE = QT_TRANSLATE_NOOP("DisputePapers", "Mediation papers")

__all__ = ["DisputePaperValues", "Paper", "available_papers", "write_dispute_papers"]


def _paper_story(kit: Kit, values: DisputePaperValues, paper: Paper) -> list[Flowable]:
    """The flowables of one paper (the agreement from the parties' full numbers)."""
    builders: dict[Paper, Callable[[], list[Flowable]]] = {
        Paper.COVER: lambda: cover(kit, values.masked, values.station),
        Paper.APPLICATION: lambda: application(kit, values.masked, values.station),
        Paper.SESSIONS: lambda: session_records(kit, values.masked, values.station),
        Paper.AGREEMENT: lambda: agreement_copies(kit, values.full, values.committee),
        Paper.ORAL: lambda: oral_agreement(kit, values.masked, values.station),
        Paper.FOLLOW_UP: lambda: follow_up_record(kit, values.masked, values.station),
    }
    return builders[paper]()


def write_dispute_papers(
    path: str | os.PathLike[str],
    *,
    values: DisputePaperValues,
    papers: Sequence[Paper] = (),
    translate: Translate = identity,
    fonts: FontSet | None = None,
) -> list[GlyphProblem]:
    """Write ``papers`` of the dispute (in the file's order; empty: every paper it has) to
    ``path``, atomically. A paper the dispute does not have (an agreement never reached) is
    left out: ask :func:`available_papers` first. Returns the characters no font covers (drawn
    as a box) and the texts that could not be printed in full."""
    fonts = fonts or font_set()
    have = available_papers(values.masked)
    wanted = [p for p in Paper if p in (papers or have) and p in have]
    number = values.masked.dispute.number
    title = f"{translate(CTX, FILE_TITLE)} {number}"
    if len(wanted) == 1:
        title = f"{translate(CTX, wanted[0].heading)} {number}"

    def story(kit: Kit) -> list[Flowable]:
        flowables: list[Flowable] = []
        for paper in wanted:
            part = _paper_story(kit, values, paper)
            if flowables and part:
                flowables.append(PageBreak())
            flowables += part
        return flowables

    return write_paper_file(
        path,
        title=title,
        station=values.station,
        record=number,
        fonts=fonts,
        say=translate,
        story=story,
    )
