"""The monthly figures (三率) for any period, overall and per channel, category and person
responsible: 按时响应率, 按时办结率, 解决率, 满意率 and 重办率. Each rate keeps the requests
behind its numerator and denominator, so every number opens its requests, and carries its
formula in words, shown beside it.

Counted are the requests received in the period, except those not accepted (不予受理) or merged
into another; "past the limit" is judged at the period's end, or now if that is earlier.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.clock import SYSTEM_CLOCK, Clock
from villagedesk.core.requests.events import Resolution, Satisfaction
from villagedesk.core.requests.model import Urgency
from villagedesk.core.requests.ports import RequestsUnitOfWork
from villagedesk.core.requests.record import Request
from villagedesk.core.requests.state import DEADLINE_STATES, RequestState
from villagedesk.core.requests.timing import RESPONSE_HOURS, local_now, response_due
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

CTX = "Figures"
NOT_COUNTED = frozenset({RequestState.REFUSED, RequestState.MERGED})


class RateKey(StrEnum):
    RESPONDED_ON_TIME = "responded_on_time"
    HANDLED_ON_TIME = "handled_on_time"
    SOLVED = "solved"
    SATISFIED = "satisfied"
    REOPENED = "reopened"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def formula(self) -> Message:
        """The rate's formula in words (context "Figures")."""
        return msg(
            CTX,
            _FORMULAS[self],
            urgent=RESPONSE_HOURS[Urgency.URGENT],
            other=RESPONSE_HOURS[Urgency.NORMAL],
        )


_LABELS = {
    RateKey.RESPONDED_ON_TIME: QT_TRANSLATE_NOOP("Figures", "On-time response rate"),
    RateKey.HANDLED_ON_TIME: QT_TRANSLATE_NOOP("Figures", "On-time completion rate"),
    RateKey.SOLVED: QT_TRANSLATE_NOOP("Figures", "Resolution rate"),
    RateKey.SATISFIED: QT_TRANSLATE_NOOP("Figures", "Satisfaction rate"),
    RateKey.REOPENED: QT_TRANSLATE_NOOP("Figures", "Reopening rate"),
}

_FORMULAS = {
    RateKey.RESPONDED_ON_TIME: QT_TRANSLATE_NOOP(
        "Figures",
        "Requests signed for within the response limit ÷ requests due a response (signed for, "
        "or still unsigned past the limit). The limit is {urgent} hours after receipt for urgent "
        "requests and {other} hours for the others.",
    ),
    RateKey.HANDLED_ON_TIME: QT_TRANSLATE_NOOP(
        "Figures",
        "Requests first replied to by their deadline ÷ requests due to be completed (replied "
        "to, or still unreplied past their deadline).",
    ),
    RateKey.SOLVED: QT_TRANSLATE_NOOP(
        "Figures", "Requests whose last follow-up says solved ÷ requests followed up."
    ),
    RateKey.SATISFIED: QT_TRANSLATE_NOOP(
        "Figures",
        "Requests whose last follow-up says satisfied or basically satisfied ÷ requests "
        "followed up.",
    ),
    RateKey.REOPENED: QT_TRANSLATE_NOOP(
        "Figures", "Requests reopened at least once ÷ requests replied to."
    ),
}


@dataclass(frozen=True)
class Rate:
    """One rate: the ids of the requests counted above and below the line."""

    key: RateKey
    numerator: tuple[int, ...]
    denominator: tuple[int, ...]

    @property
    def percent(self) -> float | None:
        """The rate in per cent to one decimal; None when nothing is counted."""
        if not self.denominator:
            return None
        return round(100 * len(self.numerator) / len(self.denominator), 1)

    def text(self) -> str:
        """``87.5%``, or ``—`` when nothing is counted."""
        value = self.percent
        return "—" if value is None else f"{value:g}%"


@dataclass(frozen=True)
class RateGroup:
    """The five rates of some requests: all of them (``name`` empty), or one channel's,
    category's or person's."""

    name: str
    requests: tuple[int, ...]
    rates: tuple[Rate, ...]

    def rate(self, key: RateKey) -> Rate:
        return next(r for r in self.rates if r.key is key)


@dataclass(frozen=True)
class RateSheet:
    """三率 of a period (``first`` … ``last``, both inclusive)."""

    first: date
    last: date
    as_of: datetime
    overall: RateGroup
    by_channel: tuple[RateGroup, ...]
    by_category: tuple[RateGroup, ...]
    by_assignee: tuple[RateGroup, ...]


Test = Callable[[Request], bool]


def _tests(as_of: datetime) -> dict[RateKey, tuple[Test, Test]]:
    """Per rate: (counted below the line, counted above it)."""

    def response_due_passed(r: Request) -> bool:
        p = r.progress
        return p.signed_on_time is not None or response_due(r.values) < as_of

    def completion_due(r: Request) -> bool:
        p = r.progress
        if p.replied_on_time is not None:
            return True
        return p.state in DEADLINE_STATES and p.due_at is not None and p.due_at < as_of

    def followed(r: Request) -> bool:
        return r.progress.resolution is not None

    happy = (Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED)
    return {
        RateKey.RESPONDED_ON_TIME: (
            response_due_passed,
            lambda r: r.progress.signed_on_time is True,
        ),
        RateKey.HANDLED_ON_TIME: (completion_due, lambda r: r.progress.replied_on_time is True),
        RateKey.SOLVED: (followed, lambda r: r.progress.resolution is Resolution.SOLVED),
        RateKey.SATISFIED: (followed, lambda r: r.progress.satisfaction in happy),
        RateKey.REOPENED: (
            lambda r: r.progress.replied_at is not None,
            lambda r: r.progress.reopened > 0,
        ),
    }


def rate_group(name: str, requests: Sequence[Request], as_of: datetime) -> RateGroup:
    rates = []
    for key, (below, above) in _tests(as_of).items():
        counted = [r for r in requests if below(r)]
        rates.append(
            Rate(key, tuple(r.id for r in counted if above(r)), tuple(r.id for r in counted))
        )
    return RateGroup(name, tuple(r.id for r in requests), tuple(rates))


def _groups(
    requests: Sequence[Request], key: Callable[[Request], str], as_of: datetime
) -> tuple[RateGroup, ...]:
    by: dict[str, list[Request]] = {}
    for r in requests:
        name = key(r)
        if name:
            by.setdefault(name, []).append(r)
    return tuple(rate_group(name, by[name], as_of) for name in sorted(by))


def rate_sheet(
    requests: Sequence[Request], *, first: date, last: date, as_of: datetime
) -> RateSheet:
    """三率 of ``requests`` (those received in the period; the others are left out)."""
    counted = [
        r
        for r in requests
        if r.state not in NOT_COUNTED and first <= r.values.received_at.date() <= last
    ]
    end = min(as_of, datetime.combine(last + timedelta(days=1), time()))

    def assignee(r: Request) -> str:
        return r.progress.assignee.name if r.progress.assignee else ""

    return RateSheet(
        first,
        last,
        end,
        rate_group("", counted, end),
        _groups(counted, lambda r: r.values.channel, end),
        _groups(counted, lambda r: r.values.category, end),
        _groups(counted, assignee, end),
    )


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Work out the three rates"))
def three_rates(
    uow: RequestsUnitOfWork, *, first: date, last: date, clock: Clock = SYSTEM_CLOCK
) -> RateSheet:
    """三率 of the requests received ``first`` … ``last``."""
    with uow.for_reading():
        requests = uow.requests.records.received_between(first, last)
    return rate_sheet(requests, first=first, last=last, as_of=local_now(clock))
