"""Ending a dispute: 调解结果 (a written agreement gets its 人调字 number), 履行, 回访 after the
agreed date, 销号 only after that follow-up, and 重新调解 (by hand, or on its own when the
agreement was not performed)."""

from __future__ import annotations

from dataclasses import replace

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.clock import Clock
from villagedesk.core.disputes.events import (
    Agreement,
    DisputeFollowUp,
    DisputeNote,
    DisputeStep,
    Outcome,
    Performance,
    PerformanceRecord,
    Settlement,
)
from villagedesk.core.disputes.numbers import agreement_number
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.disputes.record import Dispute
from villagedesk.core.disputes.rules import check_close, check_follow_up, check_settlement
from villagedesk.core.disputes.services import short_code
from villagedesk.core.disputes.state import DisputeAction
from villagedesk.core.disputes.steps import StepContext, write_step
from villagedesk.core.requests.rules import MAX_CONTENT, Errors, check_text, tidy_block
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg

CTX = "Dispute"
A = DisputeAction


def _merge(found: Errors, more: Errors) -> None:
    for key, problems in more.items():
        found.setdefault(key, []).extend(problems)


def _tidied(settlement: Settlement) -> Settlement:
    a = settlement.agreement
    agreement = None
    if a is not None:
        agreement = Agreement(
            tidy_block(a.facts),
            tidy_block(a.issues),
            tidy_block(a.terms),
            tidy_block(a.manner),
            a.due,
        )
    return Settlement(settlement.outcome, agreement, tidy_block(settlement.note))


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Record a mediation result"))
def settle(
    uow: DisputesUnitOfWork,
    clock: Clock,
    *,
    dispute_id: int,
    settlement: Settlement,
    by: str = "",
) -> Saved:
    """调解结果. A written agreement gets the next 人调字 number of the year it is made."""
    tidied = _tidied(settlement)

    def build(ctx: StepContext, found: Errors) -> Settlement:
        _merge(found, check_settlement(tidied, today=ctx.now.date()))
        a = tidied.agreement
        if found or tidied.outcome is not Outcome.WRITTEN_AGREEMENT or a is None:
            return tidied
        year = ctx.at.year
        serial = uow.disputes.records.max_agreement_sequence(year) + 1
        number = agreement_number(short_code(uow), year, serial)
        return replace(tidied, agreement=replace(a, number=number))

    return write_step(uow, clock, dispute_id, A.SETTLE, build=build, by=by)


def _reopen_after(ctx: StepContext, dispute: Dispute, step: DisputeStep) -> list[DisputeStep]:
    """履行 recorded as 未履行, or a follow-up finding the agreement unkept, reopens the case."""
    d = step.details
    unkept = (isinstance(d, PerformanceRecord) and d.performance is Performance.NOT_DONE) or (
        isinstance(d, DisputeFollowUp) and d.unkept
    )
    if not unkept:
        return []
    return [DisputeStep(A.REOPEN, step.at, step.by, DisputeNote("", automatic=True))]


@service(
    Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Record an agreement's performance")
)
def record_performance(
    uow: DisputesUnitOfWork,
    clock: Clock,
    *,
    dispute_id: int,
    record: PerformanceRecord,
    by: str = "",
) -> Saved:
    """履行: performed, partly (still awaited), or not (the case is mediated again)."""

    def build(ctx: StepContext, found: Errors) -> PerformanceRecord:
        note = check_text(record.note, "note", found, required=None, limit=MAX_CONTENT)
        return PerformanceRecord(record.performance, note)

    return write_step(uow, clock, dispute_id, A.PERFORM, build=build, by=by, then=_reopen_after)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Follow up a dispute"))
def follow_up(
    uow: DisputesUnitOfWork,
    clock: Clock,
    *,
    dispute_id: int,
    follow_up: DisputeFollowUp,
    at: str = "",
    by: str = "",
) -> Saved:
    """回访 after the agreed date. An agreement found unkept reopens the case on its own."""

    def build(ctx: StepContext, found: Errors) -> DisputeFollowUp:
        note = check_text(follow_up.note, "note", found, required=None, limit=MAX_CONTENT)
        _merge(found, check_follow_up(ctx.dispute.progress, ctx.at, follow_up))
        return replace(follow_up, note=note)

    return write_step(
        uow, clock, dispute_id, A.FOLLOW_UP, build=build, by=by, at=at, then=_reopen_after
    )


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Close a dispute"))
def close_dispute(
    uow: DisputesUnitOfWork, clock: Clock, *, dispute_id: int, note: str = "", by: str = ""
) -> Saved:
    """销号 (the colour turns green), only after the follow-up."""

    def build(ctx: StepContext, found: Errors) -> DisputeNote:
        _merge(found, check_close(ctx.dispute.progress))
        return DisputeNote(check_text(note, "note", found, required=None, limit=MAX_CONTENT))

    return write_step(uow, clock, dispute_id, A.CLOSE, build=build, by=by)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Mediate a dispute again"))
def reopen_dispute(
    uow: DisputesUnitOfWork, clock: Clock, *, dispute_id: int, reason: str, by: str = ""
) -> Saved:
    """重新调解 by hand, with the reason: counted, a new round at the current level."""
    why = msg(CTX, QT_TRANSLATE_NOOP("Dispute", "Give the reason."))

    def build(ctx: StepContext, found: Errors) -> DisputeNote:
        return DisputeNote(check_text(reason, "reason", found, required=why, limit=MAX_CONTENT))

    return write_step(uow, clock, dispute_id, A.REOPEN, build=build, by=by)
