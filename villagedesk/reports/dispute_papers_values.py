"""What the mediation papers of one dispute print, as plain values, and which papers there are.

:class:`DisputePaperValues` carries the dispute twice: ``masked`` (every party's ID number and
phone masked by the station's policy, and any number a free text holds) for every paper, and
``full`` for the one paper the parties sign with their full ID numbers, the 人民调解协议书. A
writer never reads ``full`` for any other paper."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from villagedesk.core.disputes.events import (
    Agreement,
    DisputeEvent,
    DisputeFollowUp,
    Outcome,
    PerformanceRecord,
    Session,
    Settlement,
)
from villagedesk.core.disputes.record import DisputeDetail
from villagedesk.core.disputes.state import DisputeAction
from villagedesk.core.requests.model import Handler
from villagedesk.core.text import QT_TRANSLATE_NOOP, Translate


class Paper(StrEnum):
    """The papers of a case file, in the file's order (the CLI's ``--paper`` words)."""

    COVER = "cover"
    APPLICATION = "application"
    SESSIONS = "sessions"
    AGREEMENT = "agreement"
    ORAL = "oral"
    FOLLOW_UP = "follow-up"

    @property
    def heading(self) -> str:
        """The paper's title (English source, context "DisputePapers")."""
        return PAPER_TITLES[self]


PAPER_TITLES = {
    Paper.COVER: QT_TRANSLATE_NOOP("DisputePapers", "Case file cover"),
    Paper.APPLICATION: QT_TRANSLATE_NOOP(
        "DisputePapers", "People's mediation application and acceptance form"
    ),
    Paper.SESSIONS: QT_TRANSLATE_NOOP("DisputePapers", "Mediation record"),
    Paper.AGREEMENT: QT_TRANSLATE_NOOP("DisputePapers", "People's mediation agreement"),
    Paper.ORAL: QT_TRANSLATE_NOOP("DisputePapers", "Registration form of an oral agreement"),
    Paper.FOLLOW_UP: QT_TRANSLATE_NOOP("DisputePapers", "Follow-up record"),
}


@dataclass(frozen=True)
class DisputePaperValues:
    """One dispute's case file: ``masked`` for every paper, ``full`` for the agreement only;
    ``station`` the station's name, ``committee`` the mediation committee that seals."""

    masked: DisputeDetail
    full: DisputeDetail
    station: str
    committee: str


def events_of(detail: DisputeDetail, action: DisputeAction) -> list[DisputeEvent]:
    return [e for e in detail.events if e.action is action]


def sessions(detail: DisputeDetail) -> list[tuple[DisputeEvent, Session]]:
    return [
        (e, e.step.details)
        for e in events_of(detail, DisputeAction.SESSION)
        if isinstance(e.step.details, Session)
    ]


def settlements(detail: DisputeDetail) -> list[tuple[DisputeEvent, Settlement]]:
    return [
        (e, e.step.details)
        for e in events_of(detail, DisputeAction.SETTLE)
        if isinstance(e.step.details, Settlement)
    ]


def last_agreement(
    detail: DisputeDetail, outcome: Outcome
) -> tuple[DisputeEvent, Agreement] | None:
    """The latest settlement of ``outcome`` with its agreement (None: there is none)."""
    for event, settlement in reversed(settlements(detail)):
        if settlement.outcome is outcome and settlement.agreement is not None:
            return event, settlement.agreement
    return None


def follow_ups(detail: DisputeDetail) -> list[tuple[DisputeEvent, DisputeFollowUp]]:
    return [
        (e, e.step.details)
        for e in events_of(detail, DisputeAction.FOLLOW_UP)
        if isinstance(e.step.details, DisputeFollowUp)
    ]


def performances(detail: DisputeDetail) -> list[tuple[DisputeEvent, PerformanceRecord]]:
    return [
        (e, e.step.details)
        for e in events_of(detail, DisputeAction.PERFORM)
        if isinstance(e.step.details, PerformanceRecord)
    ]


def mediators(detail: DisputeDetail) -> list[Handler]:
    """Everyone who mediated a session, each once in order; else the 包案人."""
    found: list[Handler] = []
    for _event, session in sessions(detail):
        for m in session.mediators:
            if not any(m.same_person(f) for f in found):
                found.append(m)
    owner = detail.dispute.progress.owner or detail.dispute.values.owner
    if not found and owner is not None:
        found.append(owner)
    return found


def available_papers(detail: DisputeDetail) -> list[Paper]:
    """The papers this dispute has, in the file's order: the cover and the application always;
    the records of its sessions, its written or oral agreement and its follow-ups when held."""
    found = [Paper.COVER, Paper.APPLICATION]
    if sessions(detail):
        found.append(Paper.SESSIONS)
    if last_agreement(detail, Outcome.WRITTEN_AGREEMENT) is not None:
        found.append(Paper.AGREEMENT)
    if last_agreement(detail, Outcome.ORAL_AGREEMENT) is not None:
        found.append(Paper.ORAL)
    if follow_ups(detail) or performances(detail):
        found.append(Paper.FOLLOW_UP)
    return found


DAY = QT_TRANSLATE_NOOP("DisputePapers", "{month}/{day}/{year}")


def day_text(day: date | None, say: Translate) -> str:
    """A day as papers write it: 2026年5月20日 ("" when none)."""
    if day is None:
        return ""
    return say("DisputePapers", DAY).format(year=day.year, month=day.month, day=day.day)


class Named(Protocol):
    @property
    def name(self) -> str: ...


def names(people: Iterable[Named]) -> str:
    """Names joined for a text that may break only at "·" and after the separator."""
    return "、 ".join(p.name for p in people)
