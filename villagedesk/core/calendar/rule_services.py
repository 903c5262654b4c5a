"""The station's rule table of time limits (办理时限规则), as the settings and ``calendar rules``
read and edit it.

:func:`save_deadline_rules` checks every row before anything is written and refuses the table
with a message per row (keys ``rule.1``, ``rule.2`` … counted from 1, ``rules`` for the table as a
whole): a whole number of hours, calendar days or working days from 1 to ``MAX_AMOUNT``, a known
诉求类型 and 紧急程度 (or any), and a last rule that matches every request so that every request
gets a limit. A request keeps the rule it was received under, so a saved table applies to the
requests received after it; no deadline already counted moves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.calendar.deadline_rules import (
    DEFAULT_RULES,
    ClockStart,
    DeadlineRule,
    RequestKind,
    Urgency,
)
from villagedesk.core.calendar.deadlines import MAX_AMOUNT, LimitUnit
from villagedesk.core.calendar.ports import CalendarRepository
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.errors import ValidationError
from villagedesk.core.ports import Transaction
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg

C = "Calendar"
MAX_RULES = 100
"""More rows than any station needs; a longer table is refused."""
MAX_STOP_STATES = 10
MAX_STATE_CHARS = 40

UNIT_LABELS: dict[LimitUnit, str] = {
    LimitUnit.HOURS: QT_TRANSLATE_NOOP("Calendar", "hours"),
    LimitUnit.WORKING_DAYS: QT_TRANSLATE_NOOP("Calendar", "working days"),
    LimitUnit.CALENDAR_DAYS: QT_TRANSLATE_NOOP("Calendar", "calendar days"),
}
"""The unit's name in a rule table (小时, 工作日, 自然日), in the order a form offers them."""

ANY = QT_TRANSLATE_NOOP("Calendar", "any")
"""任意: a key left open matches every value."""
YES = QT_TRANSLATE_NOOP("Calendar", "yes")
NO = QT_TRANSLATE_NOOP("Calendar", "no")
START_LABELS: dict[ClockStart, str] = {
    ClockStart.RECEIVED: QT_TRANSLATE_NOOP("Calendar", "receipt"),
    ClockStart.SIGNED: QT_TRANSLATE_NOOP("Calendar", "signing"),
}
"""What the limit is counted from: 受理, 签收."""

RULES_CHANGES = Changes.of(Topic.REQUESTS)
_KINDS = frozenset(k.value for k in RequestKind)
_URGENCIES = frozenset(u.value for u in Urgency)

_AMOUNT = QT_TRANSLATE_NOOP("Calendar", "The time limit must be a whole number from 1 to {most}.")
_UNIT = QT_TRANSLATE_NOOP("Calendar", "Choose hours, working days or calendar days.")
_TYPE = QT_TRANSLATE_NOOP("Calendar", "The request type is not one VillageDesk knows.")
_URGENCY = QT_TRANSLATE_NOOP("Calendar", "The urgency is not one VillageDesk knows.")
_UTILITIES = QT_TRANSLATE_NOOP("Calendar", "Water, power or heating must be yes, no or any.")
_START = QT_TRANSLATE_NOOP("Calendar", "Count the limit from receipt or from signing.")
_STATES = QT_TRANSLATE_NOOP("Calendar", "The states that stop the clock are not valid.")
_EMPTY = QT_TRANSLATE_NOOP(
    "Calendar", "Keep at least one rule: the last one gives every other request its limit."
)
_TOO_MANY = QT_TRANSLATE_NOOP("Calendar", "The table has more than {most} rules.")
_NOT_A_LIST = QT_TRANSLATE_NOOP("Calendar", "The rules must be a list of rules.")
_NOT_A_RULE = QT_TRANSLATE_NOOP("Calendar", "The time-limit rule is not valid.")
_CATCH_ALL = QT_TRANSLATE_NOOP(
    "Calendar",
    "The last rule must apply to any request type, any urgency and any water, power or "
    "heating, so that every request gets a time limit.",
)


class DeadlineRulesUnitOfWork(Transaction, Protocol):
    """What the rule-table services need: the station's calendar on one transaction."""

    @property
    def calendar(self) -> CalendarRepository: ...


def rule_key(index: int) -> str:
    """The error key of the rule at ``index`` (0-based): ``rule.1`` for the first."""
    return f"rule.{index + 1}"


def is_catch_all(rule: DeadlineRule) -> bool:
    """Whether the rule matches every request."""
    return rule.request_type is None and rule.urgency is None and rule.utilities is None


def _valid_state(state: object) -> bool:
    return (
        isinstance(state, str)
        and 0 < len(state) <= MAX_STATE_CHARS
        and state.isascii()
        and all(c.islower() or c == "_" for c in state)
    )


def check_rule(rule: DeadlineRule) -> list[Message]:
    """Every problem of one row (an empty list when it is sound)."""
    problems: list[Message] = []
    amount, unit = rule.limit.amount, rule.limit.unit
    if isinstance(amount, bool) or not isinstance(amount, int) or not 1 <= amount <= MAX_AMOUNT:
        problems.append(msg(C, _AMOUNT, most=MAX_AMOUNT))
    if not isinstance(unit, LimitUnit):
        problems.append(msg(C, _UNIT))
    if rule.request_type is not None and (
        not isinstance(rule.request_type, str) or rule.request_type not in _KINDS
    ):
        problems.append(msg(C, _TYPE))
    if rule.urgency is not None and (
        not isinstance(rule.urgency, str) or rule.urgency not in _URGENCIES
    ):
        problems.append(msg(C, _URGENCY))
    if rule.utilities is not None and not isinstance(rule.utilities, bool):
        problems.append(msg(C, _UTILITIES))
    if not isinstance(rule.counted_from, ClockStart):
        problems.append(msg(C, _START))
    states = rule.stop_states
    if len(states) > MAX_STOP_STATES or not all(_valid_state(s) for s in states):
        problems.append(msg(C, _STATES))
    return problems


def check_rules(rules: Sequence[DeadlineRule]) -> dict[str, list[Message]]:
    """Every problem of the table, by row (``rule.N``) and for the whole (``rules``)."""
    if not rules:
        return {"rules": [msg(C, _EMPTY)]}
    if len(rules) > MAX_RULES:
        return {"rules": [msg(C, _TOO_MANY, most=MAX_RULES)]}
    errors: dict[str, list[Message]] = {}
    for index, rule in enumerate(rules):
        problems = check_rule(rule)
        if problems:
            errors[rule_key(index)] = problems
    if not is_catch_all(rules[-1]):
        errors.setdefault(rule_key(len(rules) - 1), []).append(msg(C, _CATCH_ALL))
    return errors


def rules_from_data(data: object) -> tuple[DeadlineRule, ...]:
    """The table from plain values (a list of :meth:`DeadlineRule.to_data` rows, as a file
    holds them); ValidationError by row on anything else. The rows are not checked as a table
    yet: :func:`save_deadline_rules` does that."""
    if not isinstance(data, list):
        raise ValidationError({"rules": [msg(C, _NOT_A_LIST)]})
    if len(data) > MAX_RULES:
        raise ValidationError({"rules": [msg(C, _TOO_MANY, most=MAX_RULES)]})
    rules: list[DeadlineRule] = []
    errors: dict[str, list[Message]] = {}
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            errors[rule_key(index)] = [msg(C, _NOT_A_RULE)]
            continue
        try:
            rules.append(DeadlineRule.from_data(item))
        except ValidationError as e:
            errors[rule_key(index)] = [m for _key, m in e.all_messages()]
    if errors:
        raise ValidationError(errors)
    return tuple(rules)


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Read the time limit rules"))
def deadline_rules(uow: DeadlineRulesUnitOfWork) -> tuple[DeadlineRule, ...]:
    """The station's rule table, first match wins (the defaults until one is saved)."""
    with uow.for_reading():
        return uow.calendar.rules() or DEFAULT_RULES


@service(Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Save the time limit rules"))
def save_deadline_rules(uow: DeadlineRulesUnitOfWork, *, rules: Sequence[DeadlineRule]) -> Saved:
    """Keep ``rules`` as the station's table for the requests received from now on; refused
    (ValidationError by row, nothing written) unless every row is sound and the last matches
    any request."""
    table = tuple(rules)
    errors = check_rules(table)
    if errors:
        raise ValidationError(errors)
    with uow:
        uow.calendar.save_rules(table)
        uow.commit()
    return Saved(0, RULES_CHANGES)


@service(
    Action.CHANGE_SETTINGS,
    label=QT_TRANSLATE_NOOP("Services", "Restore the default time limit rules"),
)
def reset_deadline_rules(uow: DeadlineRulesUnitOfWork) -> Saved:
    """Go back to the default table (for the requests received from now on)."""
    with uow:
        uow.calendar.save_rules(())
        uow.commit()
    return Saved(0, RULES_CHANGES)
