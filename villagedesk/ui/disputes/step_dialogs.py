"""The daily steps of a dispute: 调解记录, 调解结果 (a written agreement with its parts and its
履行期限), 履行, 回访 and 销号, each a form over its service (core/disputes/mediation.py and
settling.py). The services check everything; their refusals show under the fields and nothing
is written. A day or a choice the form cannot read is refused here, with the rules' words for
the other fields, so every message shows at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QCompleter, QWidget

from villagedesk.core.clock import Clock
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
from villagedesk.core.disputes.mediation import record_session
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.disputes.record import Dispute
from villagedesk.core.disputes.rules import check_follow_up, check_session, check_settlement
from villagedesk.core.disputes.settling import (
    close_dispute,
    follow_up,
    record_performance,
    settle,
)
from villagedesk.core.requests.events import Satisfaction
from villagedesk.core.requests.model import Handler
from villagedesk.core.requests.moments import parse_moment_text
from villagedesk.core.requests.rules import Errors
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.ui.disputes.step_form import DisputeStepDialog, StepCall, names, parse_date, refuse

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

CTX = "DisputeStepForm"
_CHOOSE = QT_TRANSLATE_NOOP("DisputeStepForm", "Choose one.")
PART_HEIGHT = 110
_NO_DUE = QT_TRANSLATE_NOOP("DisputeStepForm", "Give the time limit for performance.")


def choose(errors: Errors, key: str) -> None:
    errors.setdefault(key, []).append(msg(CTX, _CHOOSE))


def known_mediators(dispute: Dispute, ctx: AppContext) -> list[str]:
    """The names offered as mediators: the 包案人 and whoever mediated this dispute before."""
    from villagedesk.core.disputes.services import get_dispute

    found = [dispute.progress.owner.name] if dispute.progress.owner else []
    for event in get_dispute(ctx.store.uow_factory(), dispute_id=dispute.id).events:
        if isinstance(event.step.details, Session):
            found.extend(m.name for m in event.step.details.mediators)
    return list(dict.fromkeys(found))


class DisputeSessionDialog(DisputeStepDialog):
    """调解记录: when and where, who mediated, which parties came, what was said, how it ended.
    A failed session counts toward the failed mediations (the level may rise)."""

    def __init__(self, ctx: AppContext, dispute: Dispute, parent: QWidget | None = None) -> None:
        super().__init__(ctx, dispute, self.tr("Record a mediation session"), parent)
        self.held_on = self.day_line(self.tr("Date:"), "held_on", self.today())
        self.place = self.line(self.tr("Place:"), "place", dispute.values.place)
        offered = known_mediators(dispute, ctx)
        self.mediators = self.line(self.tr("Mediators:"), "mediators", "、".join(offered[:1]))
        self.mediators.setPlaceholderText(self.tr("several names separated by 、"))
        completer = QCompleter(offered, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.mediators.setCompleter(completer)
        self.present = self.party_boxes(
            self.tr("Parties present:"), "present", dispute.values.parties, checked=True
        )
        self.said = self.text_box(self.tr("What was said:"), "said")
        self.session_result = self.choice(self.tr("Result:"), "result", SessionResult)
        self.finish()
        self.said.setFocus()

    def step(self) -> StepCall:
        did, day, place = self.dispute.id, self.held_on.text(), self.place.text()
        mediators = tuple(Handler(n) for n in names(self.mediators.text()))
        present, said = self.ticked(self.present), self.said.toPlainText()
        result, values, today = (
            str(self.session_result.currentData() or ""),
            self.dispute.values,
            self.today(),
        )

        def call(uow: DisputesUnitOfWork, clock: Clock) -> Saved:
            bad: Errors = {}
            held_on = parse_date(day, "held_on", bad) if day.strip() else today
            if not result:
                choose(bad, "result")
            outcome = SessionResult(result) if result else SessionResult.ADJOURNED
            session = Session(held_on or today, place, mediators, present, said, outcome)
            if bad:
                refuse(
                    bad,
                    check_session(
                        session, values.parties, today=today, screened_on=values.screened_on
                    ),
                )
            return record_session(uow, clock, dispute_id=did, session=session)

        return call


class DisputeSettleDialog(DisputeStepDialog):
    """调解结果: a written agreement (基本情况, 主要事实和争议, 协议内容, 履行方式 and the
    履行期限, numbered 人调字), an oral one (its terms and 履行期限), or none (调解不成 with the
    parties told of 诉讼 and 仲裁, or 终止 with its reason)."""

    def __init__(self, ctx: AppContext, dispute: Dispute, parent: QWidget | None = None) -> None:
        super().__init__(ctx, dispute, self.tr("Record the mediation result"), parent)
        self.outcome = self.choice(self.tr("Result:"), "outcome", Outcome)
        self.facts = self.text_box(self.tr("Basic facts:"), "facts", tallest=PART_HEIGHT)
        self.issues = self.text_box(
            self.tr("Main facts and issues:"), "issues", tallest=PART_HEIGHT
        )
        self.terms = self.text_box(self.tr("Terms agreed:"), "terms", tallest=PART_HEIGHT)
        self.manner = self.line(self.tr("Manner of performance:"), "manner")
        self.due = self.day_line(self.tr("Time limit for performance:"), "due")
        self.text = self.text_box(self.tr("Note:"), "note")
        self.text.setPlaceholderText(
            self.tr(
                "For a failed mediation: that the parties were told of litigation and "
                "arbitration; for a termination: the reason."
            )
        )
        self.outcome.currentIndexChanged.connect(lambda _i: self._show_parts())
        self._show_parts()
        self.finish(600)
        self.outcome.setFocus()

    def chosen(self) -> Outcome | None:
        code = str(self.outcome.currentData() or "")
        return Outcome(code) if code else None

    def _show_parts(self) -> None:
        """The agreement's parts for an agreement (all of them for a written one), the note
        for a failed or terminated mediation."""
        outcome = self.chosen()
        agreed = outcome is None or outcome.agreement
        written = outcome in (None, Outcome.WRITTEN_AGREEMENT)
        for part in (self.facts, self.issues, self.manner):
            self.show_row(part, written)
        for part in (self.terms, self.due):
            self.show_row(part, agreed)
        self.show_row(self.text, not agreed)

    def step(self) -> StepCall:
        did, outcome, today = self.dispute.id, self.chosen(), self.today()
        facts, issues = self.facts.toPlainText(), self.issues.toPlainText()
        terms, manner, due = self.terms.toPlainText(), self.manner.text(), self.due.text()
        written = outcome is Outcome.WRITTEN_AGREEMENT
        note = self.text.toPlainText() if outcome is None or not outcome.agreement else ""

        def call(uow: DisputesUnitOfWork, clock: Clock) -> Saved:
            bad: Errors = {}
            if outcome is None:
                choose(bad, "outcome")
            agreement = None
            if outcome is not None and outcome.agreement:
                day = parse_date(due, "due", bad) if due.strip() else None
                if not due.strip():
                    bad.setdefault("due", []).append(msg(CTX, _NO_DUE))
                parts = (facts, issues, terms, manner) if written else ("", "", terms, "")
                agreement = Agreement(*parts, due=day or today)
            settlement = Settlement(outcome or Outcome.TERMINATED, agreement, note)
            if bad:
                refuse(bad, check_settlement(settlement, today=today) if outcome else {})
            return settle(uow, clock, dispute_id=did, settlement=settlement)

        return call


class DisputePerformDialog(DisputeStepDialog):
    """履行: performed, partly (still awaited) or not (the case is mediated again)."""

    def __init__(self, ctx: AppContext, dispute: Dispute, parent: QWidget | None = None) -> None:
        super().__init__(ctx, dispute, self.tr("Record the performance"), parent)
        due = dispute.progress.performance_due
        if due is not None:
            self.note(self.tr("Time limit for performance: {day}").format(day=due.isoformat()))
        self.performance = self.choice(self.tr("Performance:"), "performance", Performance)
        self.text = self.text_box(self.tr("Note:"), "note")
        self.note(self.tr("“Not performed” sends the dispute back to mediation."))
        self.finish()
        self.performance.setFocus()

    def step(self) -> StepCall:
        did, chosen = self.dispute.id, str(self.performance.currentData() or "")
        note = self.text.toPlainText()

        def call(uow: DisputesUnitOfWork, clock: Clock) -> Saved:
            if not chosen:
                bad: Errors = {}
                choose(bad, "performance")
                refuse(bad, {})
            record = PerformanceRecord(Performance(chosen), note)
            return record_performance(uow, clock, dispute_id=did, record=record)

        return call


class DisputeFollowUpDialog(DisputeStepDialog):
    """回访 after the agreed date: how the agreement was kept (where there is one), how
    satisfied, whether a hidden danger remains. An unkept agreement reopens the case."""

    def __init__(self, ctx: AppContext, dispute: Dispute, parent: QWidget | None = None) -> None:
        super().__init__(ctx, dispute, self.tr("Follow up the dispute"), parent)
        outcome = dispute.progress.outcome
        self.agreed = outcome is not None and outcome.agreement
        self.performance = self.choice(self.tr("Performance:"), "performance", Performance)
        self.show_row(self.performance, self.agreed)
        self.satisfaction = self.choice(self.tr("Satisfaction:"), "satisfaction", Satisfaction)
        self.hidden_risk = QCheckBox(self.tr("A hidden danger remains"), self.body)
        self.errors.add_row(self.tr("Hidden danger:"), self.hidden_risk, "hidden_risk")
        self.text = self.text_box(self.tr("Note:"), "note")
        self.at = self.line(self.tr("Time:"), "at", self.clock.text())
        self.at.setPlaceholderText(self.tr("2026-05-20 09:30"))
        if self.agreed:
            self.note(self.tr("“Not performed” sends the dispute back to mediation."))
        self.finish()

    def step(self) -> StepCall:
        did, at, note = self.dispute.id, self.at.text(), self.text.toPlainText()
        kept = str(self.performance.currentData() or "") if self.agreed else ""
        happy, risk = str(self.satisfaction.currentData() or ""), self.hidden_risk.isChecked()
        progress, now = self.dispute.progress, self.clock.local()

        def call(uow: DisputesUnitOfWork, clock: Clock) -> Saved:
            performance = Performance(kept) if kept else None
            satisfaction = Satisfaction(happy) if happy else Satisfaction.SATISFIED
            found = DisputeFollowUp(performance, satisfaction, risk, note)
            if not happy:
                bad: Errors = {}
                choose(bad, "satisfaction")
                moment = parse_moment_text(at) if at.strip() else now
                refuse(bad, check_follow_up(progress, moment or now, found))
            return follow_up(uow, clock, dispute_id=did, follow_up=found, at=at)

        return call


class DisputeCloseDialog(DisputeStepDialog):
    """销号 (the colour turns green), only after the follow-up."""

    def __init__(self, ctx: AppContext, dispute: Dispute, parent: QWidget | None = None) -> None:
        super().__init__(ctx, dispute, self.tr("Close the dispute"), parent)
        self.note(
            self.tr(
                "A dispute is closed (销号) only after a follow-up that did not find the "
                "agreement unperformed; its colour then turns green."
            )
        )
        self.text = self.text_box(self.tr("Note:"), "note")
        self.text.setPlaceholderText(self.tr("optional"))
        self.finish()

    def step(self) -> StepCall:
        did, note = self.dispute.id, self.text.toPlainText()
        return lambda uow, clock: close_dispute(uow, clock, dispute_id=did, note=note)
