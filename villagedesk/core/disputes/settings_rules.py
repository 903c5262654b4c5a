"""设置 › 矛盾纠纷: the checks of the station's dispute settings and the services that read and
save them, for the Settings dialog and ``villagedesk disputes settings`` alike.

:func:`check_dispute_settings` names every problem of a draft at once, by field: ``types`` (the
纠纷类型 list: at least one, none twice, each 1 to :data:`MAX_TYPE_NAME` characters),
``level_days``, ``committee`` and each :class:`WarningRules` field by its name (``red_failed`` …:
a count from 1 to ``MAX_THRESHOLD``; 橙 below 红 for the failed mediations and the people).
:func:`save_dispute_settings` writes nothing on a refusal, nor when nothing changed. Disputes
keep the type and the levels they were given; the rules apply to what is assessed next.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.changes import Changes
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.disputes.settings import (
    MAX_COMMITTEE,
    MAX_LEVEL_DAYS,
    MAX_THRESHOLD,
    DisputeSettings,
    WarningRules,
)
from villagedesk.core.disputes.steps import DISPUTE_CHANGES
from villagedesk.core.errors import ValidationError
from villagedesk.core.person_rules import name_problem_characters
from villagedesk.core.requests.rules import Errors
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg, tidy

CTX = "Dispute"
MAX_TYPE_NAME = 20
MAX_TYPES = 50
"""More types than any station needs; a longer list is refused."""

_DEFAULT_RULES = WarningRules()
#: The WarningRules fields that are counts and those that switch a rule on or off.
COUNT_RULES: tuple[str, ...] = tuple(
    f.name for f in fields(WarningRules) if type(getattr(_DEFAULT_RULES, f.name)) is int
)
SWITCH_RULES: tuple[str, ...] = tuple(
    f.name for f in fields(WarningRules) if type(getattr(_DEFAULT_RULES, f.name)) is bool
)
#: (橙, 红) thresholds of the same count: 橙 must fire first, so it stays below 红.
ORDERED_RULES: tuple[tuple[str, str], ...] = (
    ("orange_failed", "red_failed"),
    ("orange_people", "red_people"),
)


def with_rules(rules: WarningRules, values: Mapping[str, int | bool]) -> WarningRules:
    """``rules`` with the rules ``values`` names changed (a name of no rule is left out; the
    values are checked by :func:`check_dispute_settings`)."""
    known = {name: value for name, value in values.items() if name in (*COUNT_RULES, *SWITCH_RULES)}
    return replace(rules, **known)  # type: ignore[arg-type]


_EMPTY = QT_TRANSLATE_NOOP("Dispute", "The list needs at least one entry.")
_TOO_MANY = QT_TRANSLATE_NOOP("Dispute", "The list has more than {most} entries.")
_LENGTH = QT_TRANSLATE_NOOP("Dispute", "Each entry has 1 to 20 characters.")
_TWICE = QT_TRANSLATE_NOOP("Dispute", "An entry is listed twice.")
_ENTRY_CHARS = QT_TRANSLATE_NOOP(
    "Dispute", "An entry may not contain emoji, symbols or invisible characters."
)
_WHOLE = QT_TRANSLATE_NOOP("Dispute", "Enter a whole number from 1 to {top}.")
_SWITCH = QT_TRANSLATE_NOOP("Dispute", "Choose on or off.")
_BELOW_RED = QT_TRANSLATE_NOOP(
    "Dispute", "The orange threshold must be below the red one ({red}), or orange never shows."
)
_COMMITTEE_LONG = QT_TRANSLATE_NOOP(
    "Dispute", "The name is too long: at most {limit} characters, this one has {count}."
)
_COMMITTEE_CHARS = QT_TRANSLATE_NOOP(
    "Dispute", "The name may not contain emoji, symbols or invisible characters."
)


def _add(errors: Errors, key: str, message: Message) -> None:
    errors.setdefault(key, []).append(message)


def _is_count(value: object, top: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= top


def tidy_settings(settings: DisputeSettings) -> DisputeSettings:
    """The settings as they would be kept: names with their spaces tidied."""
    return replace(
        settings,
        types=tuple(tidy(t) for t in settings.types),
        committee=tidy(settings.committee),
    )


def _check_types(types: tuple[str, ...], errors: Errors) -> None:
    if not types:
        _add(errors, "types", msg(CTX, _EMPTY))
    elif len(types) > MAX_TYPES:
        _add(errors, "types", msg(CTX, _TOO_MANY, most=MAX_TYPES))
    if any(not t or len(t) > MAX_TYPE_NAME for t in types):
        _add(errors, "types", msg(CTX, _LENGTH))
    if any(name_problem_characters(t) for t in types):
        _add(errors, "types", msg(CTX, _ENTRY_CHARS))
    if len(set(types)) != len(types):
        _add(errors, "types", msg(CTX, _TWICE))


def _check_rules(rules: WarningRules, errors: Errors) -> None:
    for name in COUNT_RULES:
        if not _is_count(getattr(rules, name), MAX_THRESHOLD):
            _add(errors, name, msg(CTX, _WHOLE, top=MAX_THRESHOLD))
    for name in SWITCH_RULES:
        if not isinstance(getattr(rules, name), bool):
            _add(errors, name, msg(CTX, _SWITCH))
    for orange, red in ORDERED_RULES:
        low, high = getattr(rules, orange), getattr(rules, red)
        if orange in errors or red in errors:
            continue
        if low >= high:
            _add(errors, orange, msg(CTX, _BELOW_RED, red=high))


def _check_committee(committee: str, errors: Errors) -> None:
    if len(committee) > MAX_COMMITTEE:
        _add(
            errors,
            "committee",
            msg(CTX, _COMMITTEE_LONG, limit=MAX_COMMITTEE, count=len(committee)),
        )
    if name_problem_characters(committee):
        _add(errors, "committee", msg(CTX, _COMMITTEE_CHARS))


def check_dispute_settings(settings: DisputeSettings) -> Errors:
    """Every problem of ``settings`` (as :func:`tidy_settings` keeps them), by field; an empty
    mapping when they may be saved."""
    tidied = tidy_settings(settings)
    errors: Errors = {}
    _check_types(tidied.types, errors)
    _check_rules(tidied.rules, errors)
    if not _is_count(tidied.level_days, MAX_LEVEL_DAYS):
        _add(errors, "level_days", msg(CTX, _WHOLE, top=MAX_LEVEL_DAYS))
    _check_committee(tidied.committee, errors)
    return errors


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Read the dispute settings"))
def dispute_settings(uow: DisputesUnitOfWork) -> DisputeSettings:
    """The station's dispute settings (the defaults until some are saved)."""
    with uow.for_reading():
        return uow.disputes.settings.get()


@service(Action.CHANGE_SETTINGS, label=QT_TRANSLATE_NOOP("Services", "Save the dispute settings"))
def save_dispute_settings(uow: DisputesUnitOfWork, *, settings: DisputeSettings) -> Saved:
    """Replace the station's dispute types, warning rules, level days and committee name;
    refused (ValidationError by field, nothing written) unless every field is sound. Nothing
    changed: nothing written, no topics in the result. Disputes keep the type and the levels
    they were given."""
    errors = check_dispute_settings(settings)
    if errors:
        raise ValidationError(errors)
    kept = tidy_settings(settings)
    with uow:
        if uow.disputes.settings.get() == kept:
            return Saved(0, Changes())
        uow.disputes.settings.save(kept)
        uow.commit()
    return Saved(0, DISPUTE_CHANGES)
