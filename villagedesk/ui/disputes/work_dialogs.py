"""The steps that steer a dispute while it is mediated: 调整预警等级, 上移层级, 延长调解期限,
更换包案人 and 重新调解. Each is a form over its service (core/disputes/levels.py, mediation.py,
settling.py), which checks everything; a refusal shows under its field and nothing is written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from villagedesk.core.clock import Clock
from villagedesk.core.disputes import ladder
from villagedesk.core.disputes.events import CaseExtension
from villagedesk.core.disputes.levels import set_level
from villagedesk.core.disputes.mediation import escalate, extend_case, hand_over
from villagedesk.core.disputes.model import WarningLevel
from villagedesk.core.disputes.ports import DisputesUnitOfWork
from villagedesk.core.disputes.record import Dispute
from villagedesk.core.disputes.settling import reopen_dispute
from villagedesk.core.disputes.warning import reason_message
from villagedesk.core.requests.model import Handler
from villagedesk.core.requests.rules import Errors
from villagedesk.core.services.results import Saved
from villagedesk.i18n import render
from villagedesk.ui.disputes.step_form import (
    DisputeStepDialog,
    StepCall,
    applicants_and_respondents,
    colour_html,
    enum_text,
    parse_date,
    refuse,
)

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

LEVELS = (WarningLevel.YELLOW, WarningLevel.ORANGE, WarningLevel.RED)


class DisputeLevelDialog(DisputeStepDialog):
    """调整预警等级: raise or lower the colour by hand, always with a written reason; the level
    in force and the rules' reasons are shown."""

    def __init__(self, ctx: AppContext, dispute: Dispute, parent: QWidget | None = None) -> None:
        super().__init__(ctx, dispute, self.tr("Change the warning level"), parent)
        p = dispute.progress
        how = self.tr("set by hand") if p.warning_manual else self.tr("computed by the rules")
        reasons = "；".join(render(reason_message(r)) for r in p.warning_reasons)
        current = self.tr("Level in force: {level} ({how})").format(
            level=colour_html(p.warning), how=how
        )
        self.current = QLabel(current, self.body)
        self.body_layout.insertWidget(self.body_layout.indexOf(self.errors.general), self.current)
        self.reasons = self.note(
            self.tr("Reasons: {reasons}").format(reasons=reasons)
            if reasons
            else self.tr("No rule for orange or red applies.")
        )
        self.level = self.choice(self.tr("New level:"), "level", LEVELS)
        self.reason = self.text_box(self.tr("Reason:"), "note")
        self.finish()
        self.level.setFocus()

    def step(self) -> StepCall:
        did, level = self.dispute.id, str(self.level.currentData() or "")
        note = self.reason.toPlainText()
        return lambda uow, clock: set_level(uow, clock, dispute_id=did, level=level, note=note)


class DisputeEscalateDialog(DisputeStepDialog):
    """上移层级: one level up the ladder, with the reason; why the page offers it is shown."""

    def __init__(self, ctx: AppContext, dispute: Dispute, parent: QWidget | None = None) -> None:
        super().__init__(ctx, dispute, self.tr("Move up a mediation level"), parent)
        p = dispute.progress
        up = p.mediation_level.next
        self.offer_move = self.note(
            self.tr("From {level} to {up}.").format(
                level=enum_text(p.mediation_level.label),
                up=enum_text(up.label) if up is not None else "—",
            )
        )
        why = [render(m) for m in ladder.escalation_offer(p, self.today())]
        self.why = self.note(
            self.tr("Offered because: {why}").format(why="；".join(why))
            if why
            else self.tr("Neither has the level's time run out nor has the last session failed.")
        )
        self.reason = self.text_box(self.tr("Reason:"), "reason")
        self.finish()
        self.reason.setFocus()

    def step(self) -> StepCall:
        did, reason = self.dispute.id, self.reason.toPlainText()
        return lambda uow, clock: escalate(uow, clock, dispute_id=did, reason=reason)


class DisputeExtendDialog(DisputeStepDialog):
    """延长调解期限: a later last day for the whole case, only with every applicant's and
    respondent's recorded consent."""

    def __init__(self, ctx: AppContext, dispute: Dispute, parent: QWidget | None = None) -> None:
        super().__init__(ctx, dispute, self.tr("Extend the mediation period"), parent)
        due = dispute.progress.case_due
        self.current = self.note(
            self.tr("The case's last day now: {day}").format(day=due.isoformat() if due else "—")
        )
        self.new_due = self.day_line(self.tr("New last day:"), "new_due")
        self.reason = self.text_box(self.tr("Reason:"), "reason")
        parties = applicants_and_respondents(dispute.values.parties)
        self.consents = self.party_boxes(self.tr("Consented:"), "consents", parties, checked=False)
        self.finish()
        self.new_due.setFocus()

    def step(self) -> StepCall:
        did, text, reason = self.dispute.id, self.new_due.text(), self.reason.toPlainText()
        consents, dispute, today = self.ticked(self.consents), self.dispute, self.today()

        def extend(uow: DisputesUnitOfWork, clock: Clock) -> Saved:
            bad: Errors = {}
            new_due = parse_date(text, "new_due", bad)
            if new_due is None:
                stand_in = CaseExtension(today, reason, consents)
                p, parties = dispute.progress, dispute.values.parties
                others = ladder.check_extension(p, parties, stand_in, today)
                others.pop("new_due", None)
                refuse(bad, others)
            extension = CaseExtension(new_due, reason, consents)
            return extend_case(uow, clock, dispute_id=did, extension=extension)

        return extend


class DisputeHandOverDialog(DisputeStepDialog):
    """更换包案人: one person (never a party) owns the case from now, with the reason."""

    def __init__(self, ctx: AppContext, dispute: Dispute, parent: QWidget | None = None) -> None:
        super().__init__(ctx, dispute, self.tr("Change the case owner"), parent)
        owner = dispute.progress.owner
        self.current = self.note(
            self.tr("Case owner now: {name}").format(name=owner.name if owner else "—")
        )
        self.owner = self.line(self.tr("New case owner:"), "owner")
        self.reason = self.text_box(self.tr("Reason:"), "reason")
        self.finish()
        self.owner.setFocus()

    def step(self) -> StepCall:
        did, owner, reason = self.dispute.id, Handler(self.owner.text()), self.reason.toPlainText()
        return lambda uow, clock: hand_over(uow, clock, dispute_id=did, owner=owner, reason=reason)


class DisputeReopenDialog(DisputeStepDialog):
    """重新调解 by hand, with the reason: a new round at the current level, counted."""

    def __init__(self, ctx: AppContext, dispute: Dispute, parent: QWidget | None = None) -> None:
        super().__init__(ctx, dispute, self.tr("Mediate again"), parent)
        self.note(self.tr("The dispute goes back to mediation at its current level."))
        self.reason = self.text_box(self.tr("Reason:"), "reason")
        self.finish()
        self.reason.setFocus()

    def step(self) -> StepCall:
        did, reason = self.dispute.id, self.reason.toPlainText()
        return lambda uow, clock: reopen_dispute(uow, clock, dispute_id=did, reason=reason)
