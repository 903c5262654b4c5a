"""The demo disputes' walk: each dispute's steps through the services, each dated in the past
by a clock stopped at its own moment (:class:`Timeline`), to its fate (:data:`FATES`)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from villagedesk.core.clock import FixedClock
from villagedesk.core.disputes import levels, mediation, services, settling
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
from villagedesk.core.disputes.model import MediationLevel, WarningLevel
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.requests.events import Satisfaction
from villagedesk.core.requests.model import Handler
from villagedesk.core.requests.timing import STATION_TZ, local_now

Factory = Callable[[], DisputesUnitOfWork]

#: The fates, in turn: how far a dispute got.
FATES = (
    "closed_written",
    "closed_oral",
    "failed",
    "terminated",
    "reopened",
    "awaiting_follow_up",
    "awaiting_performance",
    "followed_up",
    "level_ran_out",
    "escalated",
    "raised",
    "lowered",
)


@dataclass
class Timeline:
    """The moments of one dispute's steps: each later than the last, none in the future."""

    at: datetime
    now: datetime
    rng: random.Random

    def next(self, most_days: float = 2.0) -> FixedClock:
        self.at += timedelta(seconds=self.rng.uniform(3600, most_days * 86400))
        if not 8 <= self.at.hour < 18:  # office hours: the next morning
            morning = self.at.replace(hour=8) + timedelta(days=int(self.at.hour >= 18))
            self.at = morning + timedelta(minutes=self.rng.randrange(120))
        self.at = min(self.at, self.now - timedelta(minutes=1))
        return FixedClock(self.at.replace(tzinfo=STATION_TZ))

    def after(self, day: date) -> FixedClock:
        """A moment on the morning after ``day`` (or the next step, if that is later)."""
        self.at = max(self.at, datetime.combine(day + timedelta(days=1), time(9, 30)))
        return self.next(0.1)


class Case:
    """One demo dispute walked through the services."""

    def __init__(self, factory: Factory, t: Timeline, mediators: list[Handler]) -> None:
        self.factory, self.t, self.mediators = factory, t, mediators
        self.id = 0

    def session(
        self, result: SessionResult, said: str = "双方陈述了各自理由，调解员释法说理"
    ) -> None:
        clock = self.t.next()
        present = ()
        session = Session(
            local_now(clock).date(),
            "村委会调解室",
            tuple(self.mediators[:2]),
            present,
            said,
            result,
        )
        mediation.record_session(self.factory(), clock, dispute_id=self.id, session=session)

    def settle(self, outcome: Outcome, days: int = 5) -> date:
        clock = self.t.next()
        due = local_now(clock).date() + timedelta(days=days)
        agreement = None
        if outcome.agreement:
            agreement = Agreement(
                "双方系同村村民，因琐事产生纠纷。",
                "双方对责任划分及赔偿数额有争议。",
                "被申请人于期限内赔偿申请人损失并赔礼道歉，双方不再追究。",
                "一次性现金支付，调解员在场见证",
                due,
            )
        note = "" if agreement else "已告知当事人可依法申请仲裁或向人民法院起诉"
        settlement = Settlement(outcome, agreement, note)
        settling.settle(self.factory(), clock, dispute_id=self.id, settlement=settlement)
        return due

    def perform(self, performance: Performance) -> None:
        record = PerformanceRecord(performance, "")
        settling.record_performance(
            self.factory(), self.t.next(), dispute_id=self.id, record=record
        )

    def follow_up(self, due: date | None, performance: Performance | None) -> None:
        clock = self.t.after(due) if due is not None else self.t.next()
        satisfied = self.t.rng.choice((Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED))
        visit = DisputeFollowUp(performance, satisfied, hidden_risk=False, note="双方关系缓和")
        settling.follow_up(self.factory(), clock, dispute_id=self.id, follow_up=visit)

    def close(self) -> None:
        settling.close_dispute(self.factory(), self.t.next(), dispute_id=self.id, note="已化解")

    def agree_and_close(self, outcome: Outcome) -> None:
        self.session(SessionResult.AGREED)
        due = self.settle(outcome)
        self.perform(Performance.DONE)
        self.follow_up(due, Performance.DONE)
        self.close()


def walk(case: Case, fate: str) -> None:
    """Walk the dispute to ``fate``."""
    if fate in {"closed_written", "closed_oral"}:
        outcome = Outcome.WRITTEN_AGREEMENT if fate == "closed_written" else Outcome.ORAL_AGREEMENT
        case.agree_and_close(outcome)
    elif fate in {"failed", "terminated"}:
        case.session(SessionResult.FAILED)
        case.settle(Outcome.FAILED if fate == "failed" else Outcome.TERMINATED)
        if fate == "failed":
            case.follow_up(None, None)
            case.close()
    elif fate == "reopened":
        case.session(SessionResult.AGREED)
        case.settle(Outcome.WRITTEN_AGREEMENT)
        case.perform(Performance.NOT_DONE)  # back to mediation on its own
        case.session(SessionResult.AGREED, "重新调解，双方同意分两次履行")
        due = case.settle(Outcome.ORAL_AGREEMENT)
        case.perform(Performance.DONE)
        case.follow_up(due, Performance.DONE)
    elif fate in {"awaiting_follow_up", "followed_up"}:
        case.session(SessionResult.AGREED)
        due = case.settle(Outcome.WRITTEN_AGREEMENT, days=2)
        case.perform(Performance.DONE)
        if fate == "followed_up":
            case.follow_up(due, Performance.DONE)
    elif fate == "awaiting_performance":
        case.session(SessionResult.AGREED)
        case.settle(Outcome.ORAL_AGREEMENT, days=400)
    elif fate == "level_ran_out":
        case.session(SessionResult.ADJOURNED)
    elif fate == "escalated":
        _escalate(case)
    else:
        _by_hand(case, fate)


def _escalate(case: Case) -> None:
    """Failed sessions up the ladder to the township (the failures turn it red)."""
    for _ in range(3):
        case.session(SessionResult.FAILED, "双方各执己见，调解未果")
        detail = services.get_dispute(case.factory(), dispute_id=case.id)
        if detail.dispute.progress.mediation_level is MediationLevel.TOWNSHIP:
            return
        mediation.escalate(
            case.factory(), case.t.next(), dispute_id=case.id, reason="本级调解未果，提请上一级调解"
        )


def _by_hand(case: Case, fate: str) -> None:
    """A level set by hand: raised to 红, or a 红 lowered to 橙, always with the reason."""
    level = services.get_dispute(case.factory(), dispute_id=case.id).dispute.progress.warning
    steps = [(WarningLevel.RED, "当事人情绪激动，扬言到镇上集体上访")]
    if level is WarningLevel.RED:
        steps = [] if fate == "lowered" else [(WarningLevel.ORANGE, "经疏导情绪稳定")]
    if fate == "lowered":
        steps.append((WarningLevel.ORANGE, "双方已初步谅解，民转刑风险明显降低"))
    for to, note in steps:
        levels.set_level(
            case.factory(), case.t.next(), dispute_id=case.id, level=to.value, note=note
        )
    case.session(SessionResult.ADJOURNED)
