"""What the steps of ``villagedesk disputes`` do (``level``, ``session``, ``escalate``, ``settle``,
``perform``, ``follow-up``, ``close``, ``reopen``): one service call each on the dispute the
number names, the refusals on stderr in Chinese, nothing written. The time is read from
``disputes_commands.CLOCK``."""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Callable
from datetime import date

from villagedesk.cli.commands import disputes_commands as base
from villagedesk.cli.commands.disputes_words import pick
from villagedesk.cli.commands.requests_words import Errors
from villagedesk.cli.output import OK
from villagedesk.core.dates import PartialDate
from villagedesk.core.disputes import levels, mediation, settling
from villagedesk.core.disputes.events import (
    Agreement,
    DisputeFollowUp,
    Outcome,
    Performance,
    PerformanceRecord,
    Session,
    SessionResult,
    Settlement,
)
from villagedesk.core.disputes.model import WarningLevel
from villagedesk.core.disputes.record import DisputeDetail
from villagedesk.core.disputes.rules import check_settlement, parse_day
from villagedesk.core.errors import ValidationError
from villagedesk.core.requests.events import Satisfaction
from villagedesk.core.requests.model import Handler
from villagedesk.core.requests.timing import local_now
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.i18n import translate
from villagedesk.store.station_store import StationStore
from villagedesk.store.uow import SqlUnitOfWork

StepCall = Callable[[SqlUnitOfWork, int], Saved]


def _step(
    store: StationStore,
    number: str,
    what: str,
    call: StepCall,
    overrides: dict[str, str] | None = None,
) -> int:
    """Write one step of the dispute ``number`` and say where it stands now."""
    detail: DisputeDetail = base.find(store, number)
    try:
        saved = call(base.uow(store), detail.dispute.id)
    except ValidationError as e:
        return base.refused(e, overrides)
    base.say_state(store, saved, what)
    return OK


def _early(store: StationStore, number: str, errors: Errors, **overrides: str) -> int:
    """The command line's own refusals (an unknown number is said first)."""
    base.find(store, number)
    return base.refused(errors, overrides)


def _name(text: str) -> str:
    return " ".join(text.split())


def _today() -> date:
    return local_now(base.CLOCK).date()


def run_level(args: argparse.Namespace, store: StationStore) -> int:
    errors: Errors = {}
    level = pick(WarningLevel, args.to, "level", errors)
    labels = {"level": "--to", "note": translate("Cli", "Reason (--reason)")}
    if level is None:
        return _early(store, args.number, errors, **labels)

    def call(uow: SqlUnitOfWork, dispute_id: int) -> Saved:
        return levels.set_level(
            uow, base.CLOCK, dispute_id=dispute_id, level=level.value, note=args.reason,
            by=args.by,
        )  # fmt: skip

    return _step(store, args.number, translate("Cli", "Warning level set"), call, labels)


def run_session(args: argparse.Namespace, store: StationStore) -> int:
    errors: Errors = {}
    result = pick(SessionResult, args.result, "result", errors)
    held_on = parse_day(args.on, "held_on", errors, today=_today())
    if result is None or held_on is None:
        return _early(store, args.number, errors)
    session = Session(
        held_on,
        args.place,
        tuple(Handler(_name(m)) for m in args.mediator),
        tuple(args.present),
        args.said,
        result,
    )

    def call(uow: SqlUnitOfWork, dispute_id: int) -> Saved:
        return mediation.record_session(
            uow, base.CLOCK, dispute_id=dispute_id, session=session, by=args.by
        )

    return _step(store, args.number, translate("Cli", "Session recorded"), call)


def run_escalate(args: argparse.Namespace, store: StationStore) -> int:
    def call(uow: SqlUnitOfWork, dispute_id: int) -> Saved:
        return mediation.escalate(
            uow, base.CLOCK, dispute_id=dispute_id, reason=args.reason, by=args.by
        )

    return _step(store, args.number, translate("Cli", "Moved up a level"), call)


def _due(text: str, errors: Errors) -> date | None:
    """The 履行期限 as typed (a day to come, so not :func:`parse_day`)."""
    try:
        parsed = PartialDate.parse(unicodedata.normalize("NFKC", text))
    except ValueError:
        parsed = None
    if parsed is None or parsed.day is None:
        problem = QT_TRANSLATE_NOOP("Dispute", "Not a date. Write it like 2026-05-20.")
        errors["due"] = [msg("Dispute", problem)]
        return None
    return parsed.first_day()


def _agreement(args: argparse.Namespace, outcome: Outcome, errors: Errors) -> Agreement | None:
    """The agreement the options describe; None for an outcome without one when none is
    written (one written anyway is refused by the rules)."""
    parts = (args.facts, args.issues, args.terms, args.manner)
    if not outcome.agreement and not any(p.strip() for p in (*parts, args.due)):
        return None
    due = _due(args.due, errors) if args.due.strip() else None
    if due is None and outcome.agreement and "due" not in errors:
        problem = QT_TRANSLATE_NOOP("Cli", "Give the time limit for performance.")
        errors["due"] = [msg("Cli", problem)]
    return Agreement(*parts, due or _today())


def run_settle(args: argparse.Namespace, store: StationStore) -> int:
    errors: Errors = {}
    outcome = pick(Outcome, args.result, "result", errors)
    if outcome is None:
        return _early(store, args.number, errors)
    settlement = Settlement(outcome, _agreement(args, outcome, errors), args.note)
    if errors:
        return _early(
            store, args.number, {**check_settlement(settlement, today=_today()), **errors}
        )

    def call(uow: SqlUnitOfWork, dispute_id: int) -> Saved:
        return settling.settle(
            uow, base.CLOCK, dispute_id=dispute_id, settlement=settlement, by=args.by
        )

    return _step(store, args.number, translate("Cli", "Result recorded"), call)


def run_perform(args: argparse.Namespace, store: StationStore) -> int:
    errors: Errors = {}
    performance = pick(Performance, args.result, "result", errors)
    if performance is None:
        return _early(store, args.number, errors)
    record = PerformanceRecord(performance, args.note)

    def call(uow: SqlUnitOfWork, dispute_id: int) -> Saved:
        return settling.record_performance(
            uow, base.CLOCK, dispute_id=dispute_id, record=record, by=args.by
        )

    return _step(store, args.number, translate("Cli", "Performance recorded"), call)


def run_follow_up(args: argparse.Namespace, store: StationStore) -> int:
    errors: Errors = {}
    performance = None
    if args.performance.strip():
        performance = pick(Performance, args.performance, "performance", errors)
    happy = pick(Satisfaction, args.satisfaction, "satisfaction", errors)
    if happy is None or errors:
        return _early(store, args.number, errors)
    follow = DisputeFollowUp(performance, happy, args.hidden_risk, args.note)

    def call(uow: SqlUnitOfWork, dispute_id: int) -> Saved:
        return settling.follow_up(
            uow, base.CLOCK, dispute_id=dispute_id, follow_up=follow, at=args.at, by=args.by
        )

    return _step(store, args.number, translate("Cli", "Follow-up recorded"), call)


def run_close(args: argparse.Namespace, store: StationStore) -> int:
    def call(uow: SqlUnitOfWork, dispute_id: int) -> Saved:
        return settling.close_dispute(
            uow, base.CLOCK, dispute_id=dispute_id, note=args.note, by=args.by
        )

    return _step(store, args.number, translate("Cli", "Closed"), call)


def run_reopen(args: argparse.Namespace, store: StationStore) -> int:
    def call(uow: SqlUnitOfWork, dispute_id: int) -> Saved:
        return settling.reopen_dispute(
            uow, base.CLOCK, dispute_id=dispute_id, reason=args.reason, by=args.by
        )

    return _step(store, args.number, translate("Cli", "Reopened"), call)
