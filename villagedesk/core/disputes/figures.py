"""矛盾纠纷排查化解月报: a period's disputes counted by type, source, warning level, mediation
level and result, and the prevention figures: 防止民转刑 (cases and people: disputes with a
民转刑 risk settled by agreement in the period) and 防止群体性上访 (those with signs of a group
or over-level petition). Labels come out in words through the ``say`` given."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial

from villagedesk.core.disputes.events import DisputeEvent, Settlement
from villagedesk.core.disputes.record import Dispute
from villagedesk.core.disputes.state import DisputeAction, DisputeState
from villagedesk.core.text import Translate

#: (label, cases, people) per label, in the order first met.
Counts = tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class MonthFigures:
    """A month's figures, every label already in words. ``settled``: the disputes settled by
    agreement in the month; ``criminal_*``: those of them with a 民转刑 risk; ``petition``:
    those with signs of petitions."""

    first: date
    last: date
    cases: int
    people: int
    by_type: Counts
    by_source: Counts
    by_warning: Counts
    by_level: Counts
    by_result: Counts
    settled: int
    criminal_cases: int
    criminal_people: int
    petition_cases: int


def _agreed_on(events: Iterable[DisputeEvent], first: date, last: date) -> bool:
    """Whether a settlement with an agreement was made on ``first`` … ``last``."""
    return any(
        e.action is DisputeAction.SETTLE
        and isinstance(e.step.details, Settlement)
        and e.step.details.outcome.agreement
        and first <= e.at.date() <= last
        for e in events
    )


def _counts(items: Iterable[tuple[str, int]]) -> tuple[tuple[str, int, int], ...]:
    """(label, cases, people) per label, in the order first met."""
    cases: Counter[str] = Counter()
    people: Counter[str] = Counter()
    for label, n in items:
        cases[label] += 1
        people[label] += n
    return tuple((label, cases[label], people[label]) for label in cases)


def month_figures(
    screened: Sequence[Dispute],
    settled: Sequence[Dispute],
    events: Mapping[int, Sequence[DisputeEvent]],
    *,
    first: date,
    last: date,
    say: Translate,
) -> MonthFigures:
    """The figures of ``first`` … ``last``: ``screened`` the disputes screened in the period
    (counted by type, source, level and result), ``settled`` those that may have been settled
    in it with their SETTLE steps in ``events`` (the prevention figures)."""
    enum = partial(say, "Enum")
    agreed = [d for d in settled if _agreed_on(events.get(d.id, ()), first, last)]
    criminal = [d for d in agreed if d.values.risks.criminal_risk]
    mediating = enum(DisputeState.MEDIATING.label)
    return MonthFigures(
        first=first,
        last=last,
        cases=len(screened),
        people=sum(d.values.people for d in screened),
        by_type=_counts((d.values.dispute_type, d.values.people) for d in screened),
        by_source=_counts((enum(d.values.source.label), d.values.people) for d in screened),
        by_warning=_counts((enum(d.progress.warning.label), d.values.people) for d in screened),
        by_level=_counts(
            (enum(d.progress.mediation_level.label), d.values.people) for d in screened
        ),
        by_result=_counts(
            (enum(d.progress.outcome.label) if d.progress.outcome else mediating, d.values.people)
            for d in screened
        ),
        settled=len(agreed),
        criminal_cases=len(criminal),
        criminal_people=sum(d.values.people for d in criminal),
        petition_cases=sum(1 for d in agreed if d.values.risks.petition_signs),
    )
