"""Mediating a dispute up the ladder: a 调解记录 (a failed one counts and may raise the warning
level), a move one level up with its new time, an extension of the case's month with the
parties' consent, a new 包案人, and the township's 包案 from its receipt."""

from __future__ import annotations

from datetime import datetime

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.clock import Clock
from villagedesk.core.disputes import ladder
from villagedesk.core.disputes.events import (
    CaseExtension,
    DisputeStep,
    LevelMove,
    OwnerChange,
    Session,
)
from villagedesk.core.disputes.levels import level_after
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.disputes.rules import check_not_party, check_session
from villagedesk.core.disputes.state import OPEN, DisputeAction
from villagedesk.core.disputes.steps import (
    DISPUTE_CHANGES,
    StepContext,
    record_step,
    step_context,
    write_step,
)
from villagedesk.core.requests.model import Handler
from villagedesk.core.requests.rules import Errors, check_text, tidy_block
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg, tidy

CTX = "Dispute"
A = DisputeAction


def _merge(found: Errors, more: Errors) -> None:
    for key, problems in more.items():
        found.setdefault(key, []).extend(problems)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Record a mediation session"))
def record_session(
    uow: DisputesUnitOfWork, clock: Clock, *, dispute_id: int, session: Session, by: str = ""
) -> Saved:
    """调解记录. A failed session counts toward the failed mediations and the level is
    computed again (a LEVEL step when it changes)."""
    tidied = Session(
        session.held_on,
        tidy(session.place),
        tuple(Handler(tidy(m.name), m.member_id) for m in session.mediators if tidy(m.name)),
        tuple(tidy(n) for n in session.present if tidy(n)),
        tidy_block(session.said),
        session.result,
    )

    def build(ctx: StepContext, found: Errors) -> Session:
        values = ctx.dispute.values
        _merge(
            found,
            check_session(
                tidied, values.parties, today=ctx.now.date(), screened_on=values.screened_on
            ),
        )
        return tidied

    return write_step(uow, clock, dispute_id, A.SESSION, build=build, by=by, then=level_after)


@service(
    Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Move a dispute up a mediation level")
)
def escalate(
    uow: DisputesUnitOfWork, clock: Clock, *, dispute_id: int, reason: str, by: str = ""
) -> Saved:
    """One level up the ladder, with the reason; the new level's time counts from now."""

    def build(ctx: StepContext, found: Errors) -> LevelMove | None:
        p = ctx.dispute.progress
        _merge(found, ladder.check_escalation(p, reason))
        up = p.mediation_level.next
        return LevelMove(p.mediation_level, up, tidy(reason)) if up is not None else None

    return write_step(uow, clock, dispute_id, A.ESCALATE, build=build, by=by)


@service(
    Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Extend a dispute's mediation period")
)
def extend_case(
    uow: DisputesUnitOfWork,
    clock: Clock,
    *,
    dispute_id: int,
    extension: CaseExtension,
    by: str = "",
) -> Saved:
    """A later last day for the whole case, with every applicant's and respondent's consent."""
    tidied = CaseExtension(
        extension.new_due,
        tidy(extension.reason),
        tuple(tidy(n) for n in extension.consents if tidy(n)),
    )

    def build(ctx: StepContext, found: Errors) -> CaseExtension:
        d = ctx.dispute
        _merge(found, ladder.check_extension(d.progress, d.values.parties, tidied, ctx.now.date()))
        return tidied

    return write_step(uow, clock, dispute_id, A.EXTEND, build=build, by=by)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Change a dispute's case owner"))
def hand_over(
    uow: DisputesUnitOfWork,
    clock: Clock,
    *,
    dispute_id: int,
    owner: Handler,
    reason: str,
    by: str = "",
) -> Saved:
    """A new 包案人 (never a party), with the reason."""
    who = Handler(tidy(owner.name), owner.member_id)

    def build(ctx: StepContext, found: Errors) -> OwnerChange:
        if not who.name:
            found["owner"] = [msg(CTX, QT_TRANSLATE_NOOP("Dispute", "Name the case owner."))]
        current = ctx.dispute.progress.owner
        if who.name and current is not None and current.same_person(who):
            found["owner"] = [
                msg(CTX, QT_TRANSLATE_NOOP("Dispute", "This person already owns the case."))
            ]
        check_not_party(ctx.dispute.values.parties, [who], "owner", found)
        why = msg(CTX, QT_TRANSLATE_NOOP("Dispute", "Give the reason."))
        return OwnerChange(who, check_text(reason, "reason", found, required=why))

    return write_step(uow, clock, dispute_id, A.HAND_OVER, build=build, by=by)


@service(
    Action.WRITE_RECORDS,
    label=QT_TRANSLATE_NOOP("Services", "Record the township's take-over of one dispute"),
)
def take_over(
    uow: DisputesUnitOfWork,
    clock: Clock,
    *,
    dispute_id: int,
    owner_name: str,
    at: datetime,
) -> Saved | None:
    """The township's receipt says who there took the case over (包案), at ``at`` (station
    time). Called by the sync code while it applies a receipt, so it never refuses: nothing is
    written (None) for an unknown or closed dispute, an empty name, or the name already kept
    (a receipt read twice)."""
    del clock  # the receipt's time is the step's
    name = tidy(owner_name)
    with uow:
        dispute = uow.disputes.records.get(dispute_id)
        if dispute is None or dispute.state not in OPEN or not name:
            return None
        if dispute.progress.township_owner == name:
            return None
        last = max((e.at for e in uow.disputes.history.events(dispute_id)), default=at)
        moment = max(at, last)
        ctx = step_context(uow, dispute, moment, moment)
        step = DisputeStep(A.TAKE_OVER, moment, name, OwnerChange(Handler(name)))
        record_step(uow, dispute, step, ctx)
        uow.commit()
    return Saved(dispute_id, DISPUTE_CHANGES)
