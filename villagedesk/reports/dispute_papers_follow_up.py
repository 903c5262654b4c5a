"""回访记录: the performance as recorded, then each follow-up, signed by who followed up and
by the parties visited. Reads the dispute as masked (``DisputePaperValues.masked``)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from villagedesk.core.disputes.record import DisputeDetail
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.reports.dispute_papers_parts import Kit
from villagedesk.reports.dispute_papers_steps import NUMBER, heading_lines, signers
from villagedesk.reports.dispute_papers_values import (
    Paper,
    day_text,
    follow_ups,
    performances,
)
from villagedesk.reports.request_particulars import Field
from villagedesk.reports.text_fit import Kind

PERFORMANCE = QT_TRANSLATE_NOOP("DisputePapers", "Performance")
NOTE = QT_TRANSLATE_NOOP("DisputePapers", "Note")


def follow_up_record(kit: Kit, detail: DisputeDetail, station: str) -> list[Flowable]:
    """回访记录: the performance as recorded, then each follow-up, signed by who followed up and
    by the parties visited."""
    cells, p = kit.cells, detail.dispute.progress
    outcome = cells.say("Enum", p.outcome.label) if p.outcome else ""
    due = day_text(p.performance_due, cells.say)
    story: list[Flowable] = [
        *kit.title(Paper.FOLLOW_UP.heading, *heading_lines(kit, detail, station)),
        kit.fields(
            [
                Field(NUMBER, detail.dispute.number, Kind.NUMBER),
                Field(
                    QT_TRANSLATE_NOOP("DisputePapers", "Agreement number"),
                    p.agreement_number,
                    Kind.NUMBER,
                ),
                Field(QT_TRANSLATE_NOOP("DisputePapers", "Mediation result"), outcome),
                Field(QT_TRANSLATE_NOOP("DisputePapers", "Performance due"), due, Kind.NUMBER),
            ]
        ),
        *_performances(kit, detail),
        *_follow_ups(kit, detail),
        *kit.heading(QT_TRANSLATE_NOOP("DisputePapers", "Parties visited"), keep=60 * mm),
        kit.party_signs(signers(kit, detail.dispute.values.parties)),
    ]
    return story


def _performances(kit: Kit, detail: DisputeDetail) -> list[Flowable]:
    """Each 履行 as recorded: when, how, the note."""
    say = kit.cells.say
    story: list[Flowable] = []
    for event, record in performances(detail):
        day = day_text(event.at.date(), say)
        story += kit.heading(PERFORMANCE)
        fields = [
            Field(QT_TRANSLATE_NOOP("DisputePapers", "Recorded on"), day, Kind.NUMBER),
            Field(PERFORMANCE, say("Enum", record.performance.label)),
            Field(NOTE, record.note, wide=True),
        ]
        story.append(kit.fields(fields))
    return story


def _follow_ups(kit: Kit, detail: DisputeDetail) -> list[Flowable]:
    """Each 回访: its answers and who followed up, signing."""
    say = kit.cells.say
    yes = kit.say(QT_TRANSLATE_NOOP("DisputePapers", "Yes"))
    no = kit.say(QT_TRANSLATE_NOOP("DisputePapers", "No"))
    title = kit.say(QT_TRANSLATE_NOOP("DisputePapers", "Follow-up {n}"))
    signer = kit.say(QT_TRANSLATE_NOOP("DisputePapers", "Followed up by (signature)"))
    story: list[Flowable] = []
    for n, (event, f) in enumerate(follow_ups(detail), 1):
        day = day_text(event.at.date(), say)
        fields = [
            Field(QT_TRANSLATE_NOOP("DisputePapers", "Followed up on"), day, Kind.NUMBER),
            Field(QT_TRANSLATE_NOOP("DisputePapers", "Followed up by"), event.step.by, Kind.NAME),
            Field(PERFORMANCE, say("Enum", f.performance.label) if f.performance else "—"),
            Field(
                QT_TRANSLATE_NOOP("DisputePapers", "Satisfaction"),
                say("Enum", f.satisfaction.label),
            ),
            Field(
                QT_TRANSLATE_NOOP("DisputePapers", "Hidden danger remains"),
                yes if f.hidden_risk else no,
            ),
            Field(NOTE, f.note, wide=True),
        ]
        story += [
            *kit.heading_text(title.format(n=n), keep=60 * mm),
            kit.fields(fields),
            Spacer(1, 2 * mm),
            kit.signs([(signer, event.step.by)]),
        ]
    return story
