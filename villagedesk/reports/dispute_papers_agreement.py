"""人民调解协议书: one copy per party and one for the committee's file, each saying which copy it
is, under the agreement's number "（2026）DHC人调字第3号". The parties sign it, so it is the one
paper that prints their ID numbers and phones in full (``DisputePaperValues.full``): 基本情况,
主要事实和争议, 协议内容, 履行方式和期限, every party's signature and fingerprint box, the
mediators' signatures, the committee's seal box and the date."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer
from reportlab.platypus.flowables import Flowable

from villagedesk.core.columns import Align
from villagedesk.core.disputes.events import Agreement, Outcome
from villagedesk.core.disputes.model import Party
from villagedesk.core.disputes.record import DisputeDetail
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.reports.dispute_papers_parts import Kit
from villagedesk.reports.dispute_papers_steps import (
    DUE_LINE,
    MANNER,
    TERMS,
    mediator_signs,
    signers,
)
from villagedesk.reports.dispute_papers_values import (
    Paper,
    day_text,
    last_agreement,
    mediators,
)
from villagedesk.reports.text_fit import Kind

PARTY_COPY = QT_TRANSLATE_NOOP("DisputePapers", "Copy {n} of {total}, kept by the party {name}")
FILE_COPY = QT_TRANSLATE_NOOP("DisputePapers", "Copy {n} of {total}, kept in the committee's file")
CLAUSE = QT_TRANSLATE_NOOP(
    "DisputePapers",
    "This agreement is made in {total} copies: each party keeps one and the people's mediation "
    "committee keeps one. It takes effect when every party has signed it (or set a fingerprint "
    "on it), the people's mediators have signed it and the committee has sealed it. A mediation "
    "agreement is legally binding and the parties shall perform it as agreed (People's "
    "Mediation Law, article 31).",
)


def copy_labels(kit: Kit, parties: tuple[Party, ...]) -> list[str]:
    """What each copy says it is: one per party in their order, then the file's."""
    total = len(parties) + 1
    party = kit.say(PARTY_COPY)
    labels = [party.format(n=n, total=total, name=p.name) for n, p in enumerate(parties, 1)]
    return [*labels, kit.say(FILE_COPY).format(n=total, total=total)]


def agreement_copies(kit: Kit, full: DisputeDetail, committee: str) -> list[Flowable]:
    """Every copy of the written agreement of ``full`` (the dispute with its parties' numbers
    in full), each from a new page; [] when there is no written agreement."""
    found = last_agreement(full, Outcome.WRITTEN_AGREEMENT)
    if found is None:
        return []
    event, agreement = found
    parties = full.dispute.values.parties
    story: list[Flowable] = []
    for label in copy_labels(kit, parties):
        if story:
            story.append(PageBreak())
        story += _copy(
            kit, full, agreement, label, committee, day_text(event.at.date(), kit.cells.say)
        )
    return story


def _copy(
    kit: Kit, full: DisputeDetail, agreement: Agreement, label: str, committee: str, day: str
) -> list[Flowable]:
    say = kit.say
    parties = full.dispute.values.parties
    due = say(DUE_LINE).format(day=day_text(agreement.due, kit.cells.say))
    clause = say(CLAUSE).format(total=len(parties) + 1)
    number = agreement.number or full.dispute.progress.agreement_number
    return [
        kit.text(say(Paper.AGREEMENT.heading), size=18, align=Align.CENTER),
        Spacer(1, 2 * mm),
        kit.text(number, size=11, kind=Kind.NUMBER, align=Align.RIGHT),
        kit.text(label, size=10, align=Align.RIGHT),
        kit.text(
            say(QT_TRANSLATE_NOOP("DisputePapers", "Case number: {number}")).format(
                number=full.dispute.number
            ),
            size=9,
            align=Align.RIGHT,
        ),
        *kit.heading(QT_TRANSLATE_NOOP("DisputePapers", "Parties")),
        kit.parties(parties),
        *kit.section(QT_TRANSLATE_NOOP("DisputePapers", "Basic facts"), agreement.facts),
        *kit.section(
            QT_TRANSLATE_NOOP("DisputePapers", "Main facts and points in dispute"), agreement.issues
        ),
        *kit.section(TERMS, agreement.terms),
        *kit.section(MANNER, "\n".join(x for x in (agreement.manner, due) if x)),
        Spacer(1, 3 * mm),
        kit.text(clause, lead=1.5),
        *kit.heading(QT_TRANSLATE_NOOP("DisputePapers", "Signatures"), keep=80 * mm),
        kit.party_signs(signers(kit, parties)),
        Spacer(1, 2 * mm),
        kit.signs(mediator_signs(kit, mediators(full))),
        Spacer(1, 2 * mm),
        kit.together(kit.seal(committee, day)),
    ]
