"""The deadline calculator the request services ask (:class:`~.ports.DeadlineCalculator`): the
station's rule table (办理时限规则) on its working-day calendar.

A request keeps the rule it was received under as JSON text (:meth:`RuleTableCalculator.rule_for`),
so editing the table later changes new requests only; :meth:`RuleTableCalculator.due` counts a
round from that kept text, on the calendar the station holds now (a year added later turns an
estimated deadline into a counted one).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from villagedesk.core.calendar.deadline_rules import DeadlineRule, find_rule
from villagedesk.core.calendar.deadlines import Deadline, Suspension, compute_deadline
from villagedesk.core.calendar.holidays import HolidayTable
from villagedesk.core.errors import ValidationError
from villagedesk.core.requests.deadlines import ClockInputs, DeadlineKey
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg


def rule_text(rule: DeadlineRule) -> str:
    """The rule as the request keeps it (stable JSON)."""
    return json.dumps(rule.to_data(), ensure_ascii=False, sort_keys=True)


def rule_from_text(text: str) -> DeadlineRule:
    """Inverse of :func:`rule_text`; :class:`ValidationError` on a damaged text."""
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        problem = QT_TRANSLATE_NOOP("Calendar", "The time-limit rule is not valid.")
        raise ValidationError({"rule": [msg("Calendar", problem)]})
    return DeadlineRule.from_data(data)


class RuleTableCalculator:
    """Deadlines from ``rules`` (first match wins) on ``table``."""

    def __init__(self, rules: Sequence[DeadlineRule], table: HolidayTable) -> None:
        self._rules = tuple(rules)
        self._table = table

    @property
    def table(self) -> HolidayTable:
        return self._table

    def rule_for(self, key: DeadlineKey) -> str:
        rule = find_rule(
            self._rules,
            request_type=key.kind.value,
            urgency=key.urgency.value,
            utilities=key.essential_service,
        )
        return rule_text(rule)

    def due(self, rule: str, inputs: ClockInputs) -> Deadline | None:
        kept = rule_from_text(rule)
        start = kept.clock_start(inputs.received_at, inputs.signed_at)
        if start is None:
            return None
        stops = [
            Suspension(p.start, p.end)
            for p in inputs.pauses
            if p.state.value in kept.stop_states and p.end > start
        ]
        return compute_deadline(kept.limit, start, self._table, stops)
