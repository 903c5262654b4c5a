"""The 办理经过 of the 民情办理单: a request's history, oldest step first, as a ruled table (time,
step, by whom, what was done), every step's details in words, the attachments of a step named
under it."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from villagedesk.core.columns import Align
from villagedesk.core.requests.events import (
    Assignment,
    Closing,
    Escalation,
    Extension,
    FollowUp,
    MergeLink,
    Note,
    Refusal,
    RequestEvent,
    Signing,
    Step,
)
from villagedesk.core.requests.model import Attachment, Handler
from villagedesk.core.requests.timing import display_due
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.reports.fitted_cells import FittedCells
from villagedesk.reports.text_fit import Kind

CTX = "RequestSheet"
SIZE = 9.0
GRID = colors.HexColor("#444444")
SHADE = colors.HexColor("#E6E6E6")
#: The columns' shares of the table's width: time, step, by whom, what.
SHARES = (0.14, 0.14, 0.16, 0.56)
HEADERS = (
    QT_TRANSLATE_NOOP("RequestSheet", "Time"),
    QT_TRANSLATE_NOOP("RequestSheet", "Step"),
    QT_TRANSLATE_NOOP("RequestSheet", "By"),
    QT_TRANSLATE_NOOP("RequestSheet", "What was done"),
)
PAD = 3.0
ROW_LINES = 30
"""The most lines of a step in one row: a row never splits, the table splits between rows."""
CONTINUED = QT_TRANSLATE_NOOP("RequestSheet", "(continued)")


def names(people: Sequence[Handler]) -> str:
    return "、".join(p.name for p in people)


def _parts(step: Step, say: Translate) -> list[tuple[str, str]]:
    """(label source, value) of a step's details; a label "" prints the value alone."""
    d = step.details
    if isinstance(d, Assignment):
        parts = [(QT_TRANSLATE_NOOP("RequestSheet", "Responsible"), d.assignee.name)]
        if d.helpers:
            parts.append((QT_TRANSLATE_NOOP("RequestSheet", "Assisted by"), names(d.helpers)))
        return [*parts, (QT_TRANSLATE_NOOP("RequestSheet", "Reason"), d.reason)]
    if isinstance(d, Signing):
        return [(QT_TRANSLATE_NOOP("RequestSheet", "Signed by"), d.signer.name)]
    if isinstance(d, Note):
        auto = say(CTX, QT_TRANSLATE_NOOP("RequestSheet", "(reopened by the follow-up)"))
        return [("", d.text + (auto if d.automatic else ""))]
    if isinstance(d, Extension):
        return [
            (QT_TRANSLATE_NOOP("RequestSheet", "New time limit"), display_due(d.new_due)),
            (QT_TRANSLATE_NOOP("RequestSheet", "Reason"), d.reason),
            (QT_TRANSLATE_NOOP("RequestSheet", "Approved by"), d.approved_by),
        ]
    if isinstance(d, Escalation):
        return [(QT_TRANSLATE_NOOP("RequestSheet", "Department"), d.department), ("", d.text)]
    if isinstance(d, FollowUp):
        return [
            (QT_TRANSLATE_NOOP("RequestSheet", "Solved?"), say("Enum", d.resolution.label)),
            (QT_TRANSLATE_NOOP("RequestSheet", "Satisfaction"), say("Enum", d.satisfaction.label)),
            (QT_TRANSLATE_NOOP("RequestSheet", "Note"), d.note),
        ]
    if isinstance(d, Closing):
        return [
            (QT_TRANSLATE_NOOP("RequestSheet", "Statement why it cannot be solved"), d.statement),
            (QT_TRANSLATE_NOOP("RequestSheet", "Approved by"), d.approved_by),
        ]
    if isinstance(d, Refusal):
        return [
            (QT_TRANSLATE_NOOP("RequestSheet", "Ground"), say("Enum", d.ground.label)),
            (QT_TRANSLATE_NOOP("RequestSheet", "Reason"), d.reason),
        ]
    assert isinstance(d, MergeLink)
    parts = [(QT_TRANSLATE_NOOP("RequestSheet", "Other request"), d.other_number)]
    if d.requester is not None and d.requester.name:
        parts.append((QT_TRANSLATE_NOOP("RequestSheet", "Its requester"), d.requester.name))
    return parts


def step_text(step: Step, say: Translate, attachments: Sequence[Attachment] = ()) -> str:
    """What a step did, in words: its details one to a line ("原因：…"), then its attachments."""
    lines = [
        f"{say(CTX, label)}：{value}" if label else value
        for label, value in _parts(step, say)
        if value
    ]
    if attachments:
        label = say(CTX, QT_TRANSLATE_NOOP("RequestSheet", "Attachments"))
        lines.append(f"{label}：" + "、".join(a.values.name for a in attachments))
    return "\n".join(lines)


def history_table(
    events: Sequence[RequestEvent],
    attachments: Sequence[Attachment],
    cells: FittedCells,
    width: float,
    record: str,
) -> Table:
    """The steps in their order (oldest first) under a header repeated on every page; a step
    longer than :data:`ROW_LINES` lines goes on in rows of its own marked "continued", so that
    it can run over pages."""
    say = cells.say
    widths = [width * s for s in SHARES]
    inner = [w - 2 * PAD for w in widths]
    data = [[cells.head(say(CTX, h), w, SIZE) for h, w in zip(HEADERS, inner, strict=True)]]
    for event in events:
        step = event.step
        own = [a for a in attachments if a.event_id == event.id]
        texts = (
            (step.at.strftime("%Y.%m.%d\n%H:%M"), Kind.NUMBER),
            (say("Enum", step.action.label), Kind.TEXT),
            (step.by, Kind.NAME),
        )
        first = [
            cells.text(text, w, SIZE, kind=kind, align=Align.CENTER, record=record)
            for (text, kind), w in zip(texts, inner[:3], strict=True)
        ]
        what = cells.fit(step_text(step, say, own), inner[3], SIZE, record=record)
        for k in range(0, max(len(what.lines), 1), ROW_LINES):
            if k:
                first = [
                    "",
                    cells.text(say(CTX, CONTINUED), inner[1], SIZE, align=Align.CENTER),
                    "",
                ]
            data.append([*first, cells.lines(what.lines[k : k + ROW_LINES], what.size)])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), cells.fonts.primary),
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (3, 1), (3, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table


__all__ = ["history_table", "names", "step_text"]
