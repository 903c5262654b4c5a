"""The one write path of a dispute's history: load the dispute (this station's own), ask the
state table, check the step's time and fields all at once, then write the step and the new
progress (and any step that follows on its own) and commit. A refusal writes nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from villagedesk.core.accounts.guard import service
from villagedesk.core.accounts.permissions import Action
from villagedesk.core.calendar.holidays import HolidayTable
from villagedesk.core.calendar.station_calendar import station_table
from villagedesk.core.changes import Changes, Topic
from villagedesk.core.clock import Clock
from villagedesk.core.disputes import ladder
from villagedesk.core.disputes.events import (
    CaseExtension,
    DisputeDetails,
    DisputeEvent,
    DisputeFollowUp,
    DisputeNote,
    DisputeStep,
    LevelChange,
    LevelMove,
    OwnerChange,
    Performance,
    PerformanceRecord,
    Session,
    SessionResult,
    Settlement,
)
from villagedesk.core.disputes.model import MediationLevel
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.disputes.record import Dispute, DisputeProgress
from villagedesk.core.disputes.settings import DisputeSettings
from villagedesk.core.disputes.state import DisputeAction, DisputeState, landing, next_state
from villagedesk.core.errors import NotFound, ValidationError
from villagedesk.core.ownership import ensure_own_record
from villagedesk.core.requests.moments import parse_moment
from villagedesk.core.requests.rules import Errors
from villagedesk.core.requests.timing import display_moment, local_now
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg, tidy

CTX = "Dispute"
DISPUTE_CHANGES = Changes.of(Topic.DISPUTES)
RECORD_TYPE = "disputes"
A = DisputeAction


@dataclass(frozen=True)
class StepContext:
    """What a step's checks see: the dispute, its history (oldest first), the time now, the
    step's time, the station's dispute settings and working-day calendar."""

    dispute: Dispute
    events: tuple[DisputeEvent, ...]
    now: datetime
    at: datetime
    settings: DisputeSettings
    table: HolidayTable


#: Checks a step's fields against the dispute (problems into the errors), builds its details.
Build = Callable[[StepContext, Errors], DisputeDetails | None]
#: Steps that follow a written one on their own (a LEVEL after a failed session, a REOPEN).
Then = Callable[[StepContext, Dispute, DisputeStep], Sequence[DisputeStep]]


@service(
    Action.READ_REGISTERS,
    label=QT_TRANSLATE_NOOP("Services", "Read the calendar for dispute time limits"),
)
def calendar_table(uow: DisputesUnitOfWork) -> HolidayTable:
    """The station's working-day calendar, inside ``uow``'s block."""
    return station_table(year for year, _source in uow.calendar.stored_years())


@service(Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Load a dispute"))
def load_dispute(uow: DisputesUnitOfWork, dispute_id: int) -> Dispute:
    dispute = uow.disputes.records.get(dispute_id)
    if dispute is None:
        raise NotFound(msg(CTX, QT_TRANSLATE_NOOP("Dispute", "The dispute was not found.")))
    return dispute


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Check a dispute is this station's")
)
def own_dispute(uow: DisputesUnitOfWork, dispute_id: int) -> Dispute:
    """A dispute of this station (a village's dispute is read-only at a township)."""
    dispute = load_dispute(uow, dispute_id)
    ensure_own_record(uow, RECORD_TYPE, dispute_id)
    return dispute


def check_order(
    dispute: Dispute, events: Sequence[DisputeEvent], at: datetime, errors: Errors
) -> None:
    """A step is not dated before the dispute was recorded nor before its last step."""
    last = max((e.at for e in events), default=dispute.values.recorded_at)
    if at < last:
        errors.setdefault("at", []).append(
            msg(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Dispute", "The time is before the dispute's last step ({time})."
                ),
                time=display_moment(last),
            )
        )


def landed(state: DisputeState, step: DisputeStep) -> DisputeState:
    """Where ``step`` leads from ``state`` by what it carries (DomainError when refused). A
    REOPEN a performance or follow-up wrote itself follows the step that already sent the case
    back to mediation: it counts the reopening and keeps the state."""
    d = step.details
    if isinstance(d, DisputeNote) and d.automatic and state is DisputeState.MEDIATING:
        return state
    if isinstance(d, Settlement):
        return landing(state, step.action, agreement=d.outcome.agreement)
    if isinstance(d, PerformanceRecord):
        return landing(
            state,
            step.action,
            kept=d.performance is not Performance.NOT_DONE,
            partly=d.performance is Performance.PARTLY,
        )
    if isinstance(d, DisputeFollowUp):
        return landing(state, step.action, kept=not d.unkept)
    return landing(state, step.action)


def level_timing(
    p: DisputeProgress, level: MediationLevel, since: datetime, ctx: StepContext
) -> DisputeProgress:
    """The rung ``level`` from ``since``: its last day (none at the township, whose own time
    is not the village's to count)."""
    due = None
    if level is not MediationLevel.TOWNSHIP:
        due = ladder.level_due(since, ctx.settings.level_days, ctx.table)
    return replace(p, mediation_level=level, level_since=since, level_due=due)


def _settled(p: DisputeProgress, d: Settlement) -> DisputeProgress:
    a = d.agreement
    return replace(
        p,
        outcome=d.outcome,
        agreement_number=a.number if a is not None else "",
        performance_due=a.due if a is not None else None,
        performance=None,
    )


def _reopened(p: DisputeProgress, at: datetime, ctx: StepContext) -> DisputeProgress:
    """重新调解: counted, a new round at the same rung and a new month for the case."""
    p = replace(
        p,
        reopened=p.reopened + 1,
        closed_at=None,
        outcome=None,
        agreement_number="",
        performance_due=None,
        last_session_failed=False,
        case_due=ladder.case_due(at, ctx.table),
        extended=False,
    )
    return level_timing(p, p.mediation_level, at, ctx)


def _details_advance(p: DisputeProgress, step: DisputeStep, ctx: StepContext) -> DisputeProgress:
    d = step.details
    if isinstance(d, LevelChange):
        return replace(p, warning=d.level, warning_reasons=d.reasons, warning_manual=d.manual)
    if isinstance(d, Session):
        failed = d.result is SessionResult.FAILED
        return replace(
            p,
            sessions=p.sessions + 1,
            failed_sessions=p.failed_sessions + int(failed),
            last_session_failed=failed,
        )
    if isinstance(d, LevelMove):
        return replace(level_timing(p, d.to_level, step.at, ctx), last_session_failed=False)
    if isinstance(d, CaseExtension):
        return replace(p, case_due=d.new_due, extended=True)
    if isinstance(d, OwnerChange):
        if step.action is A.TAKE_OVER:
            return replace(p, township_owner=d.owner.name)
        return replace(p, owner=d.owner)
    if isinstance(d, Settlement):
        return _settled(p, d)
    if isinstance(d, PerformanceRecord):
        return replace(p, performance=d.performance)
    if isinstance(d, DisputeFollowUp):
        return replace(
            p,
            followed_up_at=step.at,
            satisfaction=d.satisfaction,
            hidden_risk=d.hidden_risk,
            performance=d.performance or p.performance,
        )
    if step.action is A.CLOSE:
        return replace(p, closed_at=step.at)
    return _reopened(p, step.at, ctx)


def advance(progress: DisputeProgress, step: DisputeStep, ctx: StepContext) -> DisputeProgress:
    """The progress after ``step``; DomainError when the state table does not allow it."""
    state = landed(progress.state, step)
    since = step.at if state is not progress.state else progress.state_since
    return _details_advance(replace(progress, state=state, state_since=since), step, ctx)


@service(Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Write a checked dispute step"))
def record_step(
    uow: DisputesUnitOfWork, dispute: Dispute, step: DisputeStep, ctx: StepContext
) -> Dispute:
    """Write ``step`` after the checks passed: the step and the new progress."""
    progress = advance(dispute.progress, step, ctx)
    uow.disputes.history.add_step(dispute.id, step)
    uow.disputes.records.save_progress(dispute.id, progress)
    return replace(dispute, progress=progress)


@service(
    Action.READ_REGISTERS, label=QT_TRANSLATE_NOOP("Services", "Prepare a dispute step's checks")
)
def step_context(
    uow: DisputesUnitOfWork, dispute: Dispute, now: datetime, at: datetime
) -> StepContext:
    events = tuple(uow.disputes.history.events(dispute.id))
    return StepContext(dispute, events, now, at, uow.disputes.settings.get(), calendar_table(uow))


@service(
    Action.WRITE_RECORDS, label=QT_TRANSLATE_NOOP("Services", "Check and write a dispute step")
)
def write_step(
    uow: DisputesUnitOfWork,
    clock: Clock,
    dispute_id: int,
    action: DisputeAction,
    *,
    build: Build,
    by: str = "",
    at: str = "",
    errors: Errors | None = None,
    then: Then | None = None,
) -> Saved:
    """Check and write one step of ``dispute_id``'s history (see the module's docstring).
    ``errors`` holds what the caller found in the fields already."""
    found: Errors = dict(errors or {})
    now = local_now(clock)
    moment = parse_moment(at, "at", found, today=now.date(), now=now)
    with uow:
        dispute = own_dispute(uow, dispute_id)
        next_state(dispute.state, action)
        ctx = step_context(uow, dispute, now, moment or now)
        if moment is not None:
            check_order(dispute, ctx.events, moment, found)
        details = build(ctx, found)
        if found:
            raise ValidationError(found)
        assert moment is not None and details is not None
        step = DisputeStep(action, moment, tidy(by), details)
        dispute = record_step(uow, dispute, step, ctx)
        for extra in then(ctx, dispute, step) if then is not None else ():
            dispute = record_step(uow, dispute, extra, ctx)
        uow.commit()
    return Saved(dispute_id, DISPUTE_CHANGES)
