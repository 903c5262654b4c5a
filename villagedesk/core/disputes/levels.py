"""预警等级 after recording: set by hand with a written reason, recomputed when the risk factors
change or a session fails. Every change of the level is a LEVEL step (a history row)."""

from __future__ import annotations

from dataclasses import replace

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.clock import Clock
from villagedesk.core.disputes.events import DisputeStep, LevelChange
from villagedesk.core.disputes.model import RiskFactors, WarningLevel
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.disputes.record import Dispute
from villagedesk.core.disputes.rules import MAX_COUNT, MAX_PEOPLE
from villagedesk.core.disputes.settings import WarningRules
from villagedesk.core.disputes.state import DisputeAction, next_state
from villagedesk.core.disputes.steps import (
    DISPUTE_CHANGES,
    StepContext,
    own_dispute,
    record_step,
    step_context,
    write_step,
)
from villagedesk.core.disputes.warning import assess, check_manual_level
from villagedesk.core.errors import ValidationError
from villagedesk.core.requests.rules import Errors
from villagedesk.core.requests.timing import local_now
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg, tidy

CTX = "Dispute"


def recomputed(
    dispute: Dispute,
    rules: WarningRules,
    *,
    risks: RiskFactors | None = None,
    people: int | None = None,
    failed_sessions: int | None = None,
) -> LevelChange | None:
    """The LEVEL change the rules now give, None when the level stays. A level set by hand
    stands unless the rules give a higher one."""
    p = dispute.progress
    found = assess(
        risks or dispute.values.risks,
        dispute.values.people if people is None else people,
        p.failed_sessions if failed_sessions is None else failed_sessions,
        rules,
    )
    if found.level is p.warning:
        return None
    if p.warning_manual and found.level.rank < p.warning.rank:
        return None
    return LevelChange(found.level, p.warning, found.reasons)


def level_after(ctx: StepContext, dispute: Dispute, step: DisputeStep) -> list[DisputeStep]:
    """The LEVEL step a failed session causes when the level it gives changes."""
    change = recomputed(dispute, ctx.settings.rules)
    return [] if change is None else [DisputeStep(DisputeAction.LEVEL, step.at, step.by, change)]


@service(
    Action.WRITE_RECORDS,
    label=QT_TRANSLATE_NOOP("Services", "Set a dispute's warning level by hand"),
)
def set_level(
    uow: DisputesUnitOfWork,
    clock: Clock,
    *,
    dispute_id: int,
    level: str,
    note: str,
    by: str = "",
) -> Saved:
    """Raise or lower the warning level by hand, always with a written reason."""
    try:
        chosen: WarningLevel | None = WarningLevel(level.strip())
    except ValueError:
        chosen = None

    def build(ctx: StepContext, found: Errors) -> LevelChange | None:
        current = ctx.dispute.progress.warning
        if chosen is None:
            found["level"] = [
                msg(CTX, QT_TRANSLATE_NOOP("Dispute", "Choose yellow, orange or red."))
            ]
            return None
        for key, problems in check_manual_level(current, chosen, note).items():
            found.setdefault(key, []).extend(problems)
        return LevelChange(chosen, current, (), manual=True, note=tidy(note))

    return write_step(uow, clock, dispute_id, DisputeAction.LEVEL, build=build, by=by)


def _check_risks(risks: RiskFactors, people: int, parties: int, errors: Errors) -> None:
    for key, value in (
        ("risks.police_calls", risks.police_calls),
        ("risks.failed_mediations", risks.failed_mediations),
    ):
        if not 0 <= value <= MAX_COUNT:
            errors[key] = [
                msg(
                    CTX,
                    QT_TRANSLATE_NOOP("Dispute", "Enter a whole number from 0 to {top}."),
                    top=MAX_COUNT,
                )
            ]
    if not parties <= people <= MAX_PEOPLE:
        errors["people"] = [
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Dispute",
                    "The people involved are at least the {parties} parties, at most {top}.",
                ),
                parties=parties,
                top=MAX_PEOPLE,
            )
        ]


@service(
    Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Update a dispute's risk factors")
)
def update_risks(
    uow: DisputesUnitOfWork,
    clock: Clock,
    *,
    dispute_id: int,
    risks: RiskFactors,
    people: int,
    by: str = "",
) -> Saved:
    """New risk factors or number of people: kept, and the level recomputed (a LEVEL step
    when it changes; a level set by hand stands unless the rules raise it). A computed level
    that stays has its reasons brought up to date without a history row."""
    now = local_now(clock)
    with uow:
        dispute = own_dispute(uow, dispute_id)
        next_state(dispute.state, DisputeAction.LEVEL)
        errors: Errors = {}
        _check_risks(risks, people, len(dispute.values.parties), errors)
        if errors:
            raise ValidationError(errors)
        ctx = step_context(uow, dispute, now, now)
        uow.disputes.records.save_risks(dispute.id, risks, people)
        change = recomputed(dispute, ctx.settings.rules, risks=risks, people=people)
        p = dispute.progress
        if change is not None:
            step = DisputeStep(DisputeAction.LEVEL, now, tidy(by), change)
            record_step(uow, dispute, step, ctx)
        elif not p.warning_manual:
            found = assess(risks, people, p.failed_sessions, ctx.settings.rules)
            uow.disputes.records.save_progress(
                dispute.id, replace(p, warning_reasons=found.reasons)
            )
        uow.commit()
    return Saved(dispute_id, DISPUTE_CHANGES)
