"""The mediation papers other than the agreement and the cover: 人民调解申请书及受理登记表, 调解记录
(one page per session), 口头协议登记表 and 回访记录. They read the dispute as masked
(``DisputePaperValues.masked``): the parties' ID numbers and phones show in part."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer
from reportlab.platypus.flowables import Flowable

from villagedesk.core.disputes.events import Outcome
from villagedesk.core.disputes.model import Party, PartyRole
from villagedesk.core.disputes.record import DisputeDetail
from villagedesk.core.requests.model import Handler
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.reports.dispute_papers_parts import Kit
from villagedesk.reports.dispute_papers_values import (
    Paper,
    day_text,
    last_agreement,
    mediators,
    names,
    sessions,
)
from villagedesk.reports.request_particulars import Field
from villagedesk.reports.text_fit import Kind

NUMBER = QT_TRANSLATE_NOOP("DisputePapers", "Number")
NUMBER_LINE = QT_TRANSLATE_NOOP("DisputePapers", "Number: {number}")
MEDIATORS = QT_TRANSLATE_NOOP("DisputePapers", "Mediators")
MEDIATOR_SIGNS = QT_TRANSLATE_NOOP("DisputePapers", "People's mediators")
TERMS = QT_TRANSLATE_NOOP("DisputePapers", "Terms of the agreement")
MANNER = QT_TRANSLATE_NOOP("DisputePapers", "Manner and time limit of performance")
DUE_LINE = QT_TRANSLATE_NOOP("DisputePapers", "To be performed by {day}.")


def heading_lines(kit: Kit, detail: DisputeDetail, station: str) -> tuple[str, str]:
    """The station and the dispute's 编号 under a paper's title."""
    number = kit.say(NUMBER_LINE).format(number=detail.dispute.number)
    return station, number


def signers(kit: Kit, parties: tuple[Party, ...] | list[Party]) -> list[tuple[str, str]]:
    """(label, name) of each party signing: 申请人（签名）, 被申请人（签名）…"""
    label = kit.say(QT_TRANSLATE_NOOP("DisputePapers", "{role} (signature)"))
    return [(label.format(role=kit.cells.say("Enum", p.role.label)), p.name) for p in parties]


def mediator_signs(kit: Kit, people: list[Handler]) -> list[tuple[str, str]]:
    return [(kit.say(MEDIATOR_SIGNS), names(people))]


def recorder(detail: DisputeDetail) -> str:
    """Who recorded the dispute (the first step's author)."""
    return detail.events[0].step.by if detail.events else ""


def _application_fields(kit: Kit, detail: DisputeDetail) -> list[Field]:
    """The dispute as recorded, for the 受理登记表."""
    cells = kit.cells
    d = detail.dispute
    v, p = d.values, d.progress
    owner = p.owner or v.owner
    return [
        Field(NUMBER, d.number, Kind.NUMBER),
        Field(
            QT_TRANSLATE_NOOP("DisputePapers", "Screened on"),
            day_text(v.screened_on, cells.say),
            Kind.NUMBER,
        ),
        Field(QT_TRANSLATE_NOOP("DisputePapers", "Source"), cells.say("Enum", v.source.label)),
        Field(QT_TRANSLATE_NOOP("DisputePapers", "Type"), v.dispute_type),
        Field(QT_TRANSLATE_NOOP("DisputePapers", "People involved"), str(v.people), Kind.NUMBER),
        Field(
            QT_TRANSLATE_NOOP("DisputePapers", "Warning level"),
            cells.say("Enum", p.shown_warning.label),
        ),
        Field(
            QT_TRANSLATE_NOOP("DisputePapers", "Mediation level"),
            cells.say("Enum", p.mediation_level.label),
        ),
        Field(
            QT_TRANSLATE_NOOP("DisputePapers", "Case owner"), owner.name if owner else "", Kind.NAME
        ),
        Field(QT_TRANSLATE_NOOP("DisputePapers", "Place"), v.place, wide=True),
    ]


def application(kit: Kit, detail: DisputeDetail, station: str) -> list[Flowable]:
    """人民调解申请书及受理登记表: the dispute as recorded, its parties, what is asked, the
    applicants' signatures and fingerprints, and the acceptance."""
    say = kit.say
    v = detail.dispute.values
    fields = _application_fields(kit, detail)
    applicants = [x for x in v.parties if x.role is PartyRole.APPLICANT] or list(v.parties)
    statement = QT_TRANSLATE_NOOP(
        "DisputePapers",
        "The above is true. I apply of my own free will for mediation by the people's "
        "mediation committee.",
    )
    accepted = QT_TRANSLATE_NOOP(
        "DisputePapers",
        "Examined: the dispute may be mediated by the people's mediation committee; accepted.",
    )
    acceptance = [
        (say(QT_TRANSLATE_NOOP("DisputePapers", "Accepted by (signature)")), recorder(detail)),
        (say(QT_TRANSLATE_NOOP("DisputePapers", "Person in charge (signature)")), ""),
    ]
    return [
        *kit.title(Paper.APPLICATION.heading, *heading_lines(kit, detail, station)),
        kit.fields(fields),
        *kit.heading(QT_TRANSLATE_NOOP("DisputePapers", "Parties")),
        kit.parties(v.parties),
        *kit.section(
            QT_TRANSLATE_NOOP("DisputePapers", "The dispute and what is asked"), v.summary
        ),
        *(kit.section(QT_TRANSLATE_NOOP("DisputePapers", "Cause"), v.cause) if v.cause else []),
        *kit.heading(QT_TRANSLATE_NOOP("DisputePapers", "Application"), keep=60 * mm),
        kit.text(say(statement)),
        Spacer(1, 2 * mm),
        kit.party_signs(signers(kit, applicants)),
        *kit.heading(QT_TRANSLATE_NOOP("DisputePapers", "Acceptance"), keep=50 * mm),
        kit.text(say(accepted)),
        Spacer(1, 2 * mm),
        kit.signs(acceptance),
    ]


def session_records(kit: Kit, detail: DisputeDetail, station: str) -> list[Flowable]:
    """调解记录: one page per session, the parties present signing with their fingerprints."""
    cells = kit.cells
    story: list[Flowable] = []
    parties = detail.dispute.values.parties
    count = QT_TRANSLATE_NOOP("DisputePapers", "Session {n}")
    for n, (event, s) in enumerate(sessions(detail), 1):
        present = [p for p in parties if p.name in s.present] or list(parties)
        fields = [
            Field(NUMBER, detail.dispute.number, Kind.NUMBER),
            Field(QT_TRANSLATE_NOOP("DisputePapers", "Session"), kit.say(count).format(n=n)),
            Field(
                QT_TRANSLATE_NOOP("DisputePapers", "Held on"),
                day_text(s.held_on, cells.say),
                Kind.NUMBER,
            ),
            Field(QT_TRANSLATE_NOOP("DisputePapers", "Result"), cells.say("Enum", s.result.label)),
            Field(QT_TRANSLATE_NOOP("DisputePapers", "Place"), s.place, wide=True),
            Field(MEDIATORS, names(s.mediators), Kind.NAME, wide=True),
            Field(
                QT_TRANSLATE_NOOP("DisputePapers", "Parties present"),
                "、 ".join(s.present),
                Kind.NAME,
                wide=True,
            ),
        ]
        if story:
            story.append(PageBreak())
        story += [
            *kit.title(Paper.SESSIONS.heading, *heading_lines(kit, detail, station)),
            kit.fields(fields),
            *kit.section(QT_TRANSLATE_NOOP("DisputePapers", "What was said and done"), s.said),
            *kit.heading(QT_TRANSLATE_NOOP("DisputePapers", "Signatures"), keep=70 * mm),
            kit.party_signs(signers(kit, present)),
            Spacer(1, 2 * mm),
            kit.signs(
                [
                    *mediator_signs(kit, list(s.mediators)),
                    (
                        kit.say(QT_TRANSLATE_NOOP("DisputePapers", "Recorded by (signature)")),
                        event.step.by,
                    ),
                ]
            ),
        ]
    return story


def oral_agreement(kit: Kit, detail: DisputeDetail, station: str) -> list[Flowable]:
    """口头协议登记表: the oral agreement as registered, every party signing."""
    found = last_agreement(detail, Outcome.ORAL_AGREEMENT)
    if found is None:
        return []
    event, agreement = found
    cells, v = kit.cells, detail.dispute.values
    fields = [
        Field(NUMBER, detail.dispute.number, Kind.NUMBER),
        Field(
            QT_TRANSLATE_NOOP("DisputePapers", "Registered on"),
            day_text(event.at.date(), cells.say),
            Kind.NUMBER,
        ),
        Field(QT_TRANSLATE_NOOP("DisputePapers", "Type"), v.dispute_type),
        Field(MEDIATORS, names(mediators(detail)), Kind.NAME),
    ]
    due = kit.say(DUE_LINE).format(day=day_text(agreement.due, cells.say))
    return [
        *kit.title(Paper.ORAL.heading, *heading_lines(kit, detail, station)),
        kit.fields(fields),
        *kit.heading(QT_TRANSLATE_NOOP("DisputePapers", "Parties")),
        kit.parties(v.parties),
        *kit.section(
            QT_TRANSLATE_NOOP("DisputePapers", "The dispute"), agreement.facts or v.summary
        ),
        *kit.section(TERMS, agreement.terms),
        *kit.section(MANNER, "\n".join(x for x in (agreement.manner, due) if x)),
        *kit.heading(QT_TRANSLATE_NOOP("DisputePapers", "Signatures"), keep=70 * mm),
        kit.party_signs(signers(kit, v.parties)),
        Spacer(1, 2 * mm),
        kit.signs(
            [
                *mediator_signs(kit, mediators(detail)),
                (
                    kit.say(QT_TRANSLATE_NOOP("DisputePapers", "Registered by (signature)")),
                    event.step.by,
                ),
            ]
        ),
    ]
