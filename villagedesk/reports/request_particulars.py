"""The particulars of the 民情办理单: every field of the request and where it stands, two to a
row (label, value) and the long ones across the sheet. The
requester's ID number and phone are printed in full: the sheet is filed, never posted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from villagedesk.core.requests.events import MergeLink
from villagedesk.core.requests.model import RequesterKind, RequestType
from villagedesk.core.requests.record import RequestDetail
from villagedesk.core.requests.register import due_value, fmt_due
from villagedesk.core.requests.state import Action
from villagedesk.core.requests.timing import display_due, display_moment
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate
from villagedesk.reports.fitted_cells import FittedCells
from villagedesk.reports.request_history import GRID, SHADE, names
from villagedesk.reports.text_fit import Kind

CTX = "RequestSheet"
SIZE = 9.5
LABEL_W = 24 * mm
PAD = 3.0


@dataclass(frozen=True)
class Field:
    """One field as printed: its label (English source), value, break rule, and whether it
    takes the whole width of the sheet."""

    label: str
    value: str
    kind: Kind = Kind.TEXT
    wide: bool = False


def _requester(
    detail: RequestDetail, id_number: str, household: str, say: Translate
) -> list[Field]:
    requester = detail.request.values.requester
    anonymous = requester.kind is RequesterKind.ANONYMOUS
    fields = [
        Field(
            QT_TRANSLATE_NOOP("RequestSheet", "Requester"),
            say("Enum", requester.kind.label) if anonymous else requester.name,
            Kind.TEXT if anonymous else Kind.NAME,
        ),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "Requester is"), say("Enum", requester.kind.label)),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "ID number"), id_number, Kind.NUMBER),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "Phone"), requester.phone, Kind.NUMBER),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "Household"), household, wide=True),
    ]
    others = detail.request.co_requesters
    if others:
        text = "、".join(" ".join(x for x in (o.name, o.phone) if x) for o in others)
        fields.append(Field(QT_TRANSLATE_NOOP("RequestSheet", "Other requesters"), text, wide=True))
    return fields


def _received(detail: RequestDetail, say: Translate) -> list[Field]:
    r = detail.request
    v = r.values
    kind = say("Enum", v.kind.label)
    if v.kind is RequestType.HELP and v.essential_service:
        essential = QT_TRANSLATE_NOOP("RequestSheet", "{type} (water, power or heating)")
        kind = say(CTX, essential).format(type=kind)
    return [
        Field(QT_TRANSLATE_NOOP("RequestSheet", "Number"), r.number, Kind.NUMBER),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "State"), say("Enum", r.state.label)),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "Source"), v.channel),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "Ticket number"), v.ticket, Kind.NUMBER),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "Type"), kind),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "Urgency"), say("Enum", v.urgency.label)),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "Category"), v.category),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "Received by"), v.received_by, Kind.NAME),
        Field(
            QT_TRANSLATE_NOOP("RequestSheet", "Received at"),
            display_moment(v.received_at),
            Kind.NUMBER,
        ),
        Field(
            QT_TRANSLATE_NOOP("RequestSheet", "Time limit"),
            fmt_due(due_value(r.progress.due_at, r.progress.due_estimated), say),
            Kind.NUMBER,
        ),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "Place"), v.place, wide=True),
    ]


def _merged_into(detail: RequestDetail) -> str:
    """The number of the request this one was merged into ("" if none)."""
    for e in detail.events:
        if e.action is Action.MERGE and isinstance(e.step.details, MergeLink):
            return e.step.details.other_number
    return ""


def _when(label: str, moment: datetime | None) -> Field:
    return Field(label, display_moment(moment), Kind.NUMBER)


def _progress(detail: RequestDetail, say: Translate) -> list[Field]:
    p = detail.request.progress
    fields = [
        Field(
            QT_TRANSLATE_NOOP("RequestSheet", "Responsible"),
            p.assignee.name if p.assignee else "",
            Kind.NAME,
        ),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "Assisted by"), names(p.helpers), Kind.LIST),
        _when(QT_TRANSLATE_NOOP("RequestSheet", "Signed for at"), p.signed_at),
        Field(
            QT_TRANSLATE_NOOP("RequestSheet", "Extended to"),
            display_due(p.extended_to) if p.extended_to else "",
            Kind.NUMBER,
        ),
        _when(QT_TRANSLATE_NOOP("RequestSheet", "Replied at"), p.replied_at),
        _when(QT_TRANSLATE_NOOP("RequestSheet", "Followed up at"), p.followed_up_at),
        Field(
            QT_TRANSLATE_NOOP("RequestSheet", "Solved?"),
            say("Enum", p.resolution.label) if p.resolution else "",
        ),
        Field(
            QT_TRANSLATE_NOOP("RequestSheet", "Satisfaction"),
            say("Enum", p.satisfaction.label) if p.satisfaction else "",
        ),
        Field(QT_TRANSLATE_NOOP("RequestSheet", "Times reopened"), str(p.reopened), Kind.NUMBER),
        _when(QT_TRANSLATE_NOOP("RequestSheet", "Closed at"), p.closed_at),
    ]
    merged = _merged_into(detail)
    if merged:
        label = QT_TRANSLATE_NOOP("RequestSheet", "Merged into")
        fields.append(Field(label, merged, Kind.NUMBER, wide=True))
    return fields


def request_fields(
    detail: RequestDetail, *, id_number: str, household: str, say: Translate
) -> list[Field]:
    """Every field of the request as printed, in the sheet's order (the content aside: it is
    printed below the table, where it may run over pages)."""
    return [
        *_received(detail, say),
        *_requester(detail, id_number, household, say),
        *_progress(detail, say),
    ]


def _rows(fields: Sequence[Field]) -> list[list[Field]]:
    """Narrow fields two to a row, in order; a wide field alone on its row."""
    rows: list[list[Field]] = []
    for f in fields:
        if not f.wide and rows and len(rows[-1]) == 1 and not rows[-1][0].wide:
            rows[-1].append(f)
        else:
            rows.append([f])
    return rows


def particulars_table(
    fields: Sequence[Field], cells: FittedCells, width: float, record: str
) -> Table:
    """The fields as a ruled table with shaded labels."""
    say = cells.say
    value_w = (width - 2 * LABEL_W) / 2
    widths = [LABEL_W, value_w, LABEL_W, value_w]
    data = []
    spans: list[tuple[object, ...]] = []
    for i, row in enumerate(_rows(fields)):
        line = []
        for f in row:
            w = width - LABEL_W if f.wide or len(row) == 1 else value_w
            line += [
                cells.text(say(CTX, f.label), LABEL_W - 2 * PAD, SIZE, record=record),
                cells.text(f.value, w - 2 * PAD, SIZE, kind=f.kind, record=record),
            ]
        spans.append(("BACKGROUND", (0, i), (0, i), SHADE))
        if len(line) == 2:
            line += ["", ""]
            spans.append(("SPAN", (1, i), (3, i)))
        else:
            spans.append(("BACKGROUND", (2, i), (2, i), SHADE))
        data.append(line)
    table = Table(data, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), cells.fonts.primary),
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                *spans,
            ]
        )
    )
    return table
