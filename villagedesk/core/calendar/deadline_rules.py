"""The rule table of time limits (办理时限规则): (诉求类型, 紧急程度) → limit, as plain data.

An ordered tuple of :class:`DeadlineRule`; the first rule that matches a request wins, so the
specific rules come first and the last one matches anything. The station can edit the table
(:meth:`DeadlineRule.to_data` / :meth:`DeadlineRule.from_data` give plain JSON-able values);
a request keeps the rule it was received under, so a rule change applies to new requests only.

The keys are plain strings: the values of the request model's type and urgency enums, which
this module does not import. :class:`RequestKind` and :class:`Urgency` name the values the
defaults use (12345 practice): 紧急 2 hours; 求助 about water, power or heating 24 hours;
咨询 3 working days; 投诉 and 建议 15 working days; 复杂 15 days; 一般 (and anything else) 7 days.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TypedDict

from villagedesk.core.calendar.deadlines import (
    MAX_AMOUNT,
    Deadline,
    LimitUnit,
    TimeLimit,
    compute_deadline,
    stopped_intervals,
)
from villagedesk.core.calendar.holidays import HolidayTable
from villagedesk.core.errors import DomainError, ValidationError
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

C = "Calendar"


class RequestKind(StrEnum):
    """诉求类型 values: 咨询, 求助, 投诉, 举报, 建议."""

    CONSULTATION = "consultation"
    HELP = "help"
    COMPLAINT = "complaint"
    REPORT = "report"
    SUGGESTION = "suggestion"


class Urgency(StrEnum):
    """紧急程度 values: 紧急, 一般, 复杂."""

    URGENT = "urgent"
    NORMAL = "normal"
    COMPLEX = "complex"


class ClockStart(StrEnum):
    """What the limit is counted from: 受理 (received) or 签收 (signed for by the 责任人)."""

    RECEIVED = "received"
    SIGNED = "signed"


SUSPENDED = "suspended"
"""The request state 挂起, during which the default rules stop the clock."""


class RuleData(TypedDict):
    amount: int
    unit: str
    request_type: str | None
    urgency: str | None
    utilities: bool | None
    counted_from: str
    stop_states: list[str]


@dataclass(frozen=True)
class DeadlineRule:
    """One row of the table. ``None`` in a key matches any value; ``utilities`` is whether the
    request is about water, power or heating (停水停电停暖)."""

    limit: TimeLimit
    request_type: str | None = None
    urgency: str | None = None
    utilities: bool | None = None
    counted_from: ClockStart = ClockStart.RECEIVED
    stop_states: frozenset[str] = frozenset({SUSPENDED})

    def matches(self, request_type: str, urgency: str, utilities: bool) -> bool:
        return (
            self.request_type in (None, request_type)
            and self.urgency in (None, urgency)
            and self.utilities in (None, utilities)
        )

    def clock_start(self, received_at: datetime, signed_at: datetime | None) -> datetime | None:
        """When the clock starts; ``None`` while a rule counted from 签收 waits for it."""
        return received_at if self.counted_from is ClockStart.RECEIVED else signed_at

    def deadline(
        self,
        table: HolidayTable,
        *,
        received_at: datetime,
        signed_at: datetime | None,
        history: Iterable[tuple[datetime, str]],
        now: datetime,
    ) -> Deadline | None:
        """The request's deadline under this rule: ``history`` is every state it entered, in
        time order (see :func:`stopped_intervals`). ``None`` until the clock starts."""
        start = self.clock_start(received_at, signed_at)
        if start is None:
            return None
        stops = stopped_intervals(history, self.stop_states, now)
        return compute_deadline(self.limit, start, table, stops)

    def to_data(self) -> RuleData:
        return {
            "amount": self.limit.amount,
            "unit": self.limit.unit.value,
            "request_type": self.request_type,
            "urgency": self.urgency,
            "utilities": self.utilities,
            "counted_from": self.counted_from.value,
            "stop_states": sorted(self.stop_states),
        }

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> DeadlineRule:
        """Inverse of :meth:`to_data`; raises :class:`ValidationError` on a bad value."""
        return _rule_from_data(data)


def _optional_text(value: object) -> str | None:
    if value is None or (isinstance(value, str) and value):
        return value
    raise ValueError("not a key")


def _rule_from_data(data: Mapping[str, object]) -> DeadlineRule:
    amount, unit = data.get("amount"), data.get("unit")
    try:
        if not isinstance(amount, int) or not isinstance(unit, str):
            raise ValueError("limit")
        limit = TimeLimit(amount, LimitUnit(unit))
    except ValueError:
        text = QT_TRANSLATE_NOOP(
            "Calendar",
            "The time limit must be a whole number of hours, days or working days, 1 to {most}.",
        )
        raise ValidationError({"limit": [msg(C, text, most=MAX_AMOUNT)]}) from None
    try:
        utilities, states = data.get("utilities"), data.get("stop_states", [SUSPENDED])
        if utilities is not None and not isinstance(utilities, bool):
            raise ValueError("utilities")
        if not isinstance(states, list) or not all(isinstance(s, str) for s in states):
            raise ValueError("stop_states")
        return DeadlineRule(
            limit,
            request_type=_optional_text(data.get("request_type")),
            urgency=_optional_text(data.get("urgency")),
            utilities=utilities,
            counted_from=ClockStart(str(data.get("counted_from", ClockStart.RECEIVED))),
            stop_states=frozenset(str(s) for s in states),
        )
    except ValueError:
        text = QT_TRANSLATE_NOOP("Calendar", "The time-limit rule is not valid.")
        raise ValidationError({"rule": [msg(C, text)]}) from None


DEFAULT_RULES: tuple[DeadlineRule, ...] = (
    DeadlineRule(TimeLimit(2, LimitUnit.HOURS), urgency=Urgency.URGENT),
    DeadlineRule(TimeLimit(24, LimitUnit.HOURS), request_type=RequestKind.HELP, utilities=True),
    DeadlineRule(TimeLimit(3, LimitUnit.WORKING_DAYS), request_type=RequestKind.CONSULTATION),
    DeadlineRule(TimeLimit(15, LimitUnit.WORKING_DAYS), request_type=RequestKind.COMPLAINT),
    DeadlineRule(TimeLimit(15, LimitUnit.WORKING_DAYS), request_type=RequestKind.SUGGESTION),
    DeadlineRule(TimeLimit(15, LimitUnit.CALENDAR_DAYS), urgency=Urgency.COMPLEX),
    DeadlineRule(TimeLimit(7, LimitUnit.CALENDAR_DAYS)),
)
"""The defaults, most specific first; the last rule (一般, 7 days) matches anything."""


def find_rule(
    rules: Iterable[DeadlineRule], *, request_type: str, urgency: str, utilities: bool = False
) -> DeadlineRule:
    """The first rule that matches; :class:`DomainError` when none does."""
    for rule in rules:
        if rule.matches(request_type, urgency, utilities):
            return rule
    text = QT_TRANSLATE_NOOP("Calendar", "No time-limit rule applies to this request; add one.")
    raise DomainError(msg(C, text))
