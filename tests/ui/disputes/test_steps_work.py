"""The steps that steer a dispute through their dialogs: the warning level by hand (its reasons
shown, a reason required to lower 红), a move up the ladder (why it is offered), an extension
with every applicant's and respondent's consent, a new 包案人, an agreement not performed and
mediated again. Each refusal shows under its field and writes nothing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from villagedesk.core.disputes.events import Performance, SessionResult
from villagedesk.core.disputes.model import MediationLevel, RiskFactors, WarningLevel
from villagedesk.core.disputes.state import DisputeAction, DisputeState
from villagedesk.ui.context import AppContext
from villagedesk.ui.disputes.step_dialogs import DisputePerformDialog, DisputeSessionDialog
from villagedesk.ui.disputes.work_dialogs import (
    DisputeEscalateDialog,
    DisputeExtendDialog,
    DisputeHandOverDialog,
    DisputeLevelDialog,
    DisputeReopenDialog,
)

from .test_steps import (
    actions,
    agree_orally,
    choose,
    dispute,
    new_dispute,
    open_step,
    saved,
    set_up,
)


def test_lowering_red_needs_a_reason_then_is_kept(ctx: AppContext, qtbot: QtBot) -> None:
    set_up(ctx)
    did = new_dispute(ctx, risks=RiskFactors(criminal_risk=True))
    before = actions(ctx, did)
    dialog = open_step(ctx, qtbot, did, DisputeAction.LEVEL)
    assert isinstance(dialog, DisputeLevelDialog)
    assert "Red" in dialog.current.text()
    assert dialog.reasons.text() != ""  # the rule that made it red
    choose(dialog.level, WarningLevel.ORANGE.value)
    dialog.accept()
    assert dialog.saved is None and dialog.isVisible()
    assert dialog.errors.texts()["note"] == "Give the reason for lowering a red warning."
    assert actions(ctx, did) == before
    dialog.reason.setPlainText("双方已达成谅解，风险已稳控")
    saved(dialog)
    shown = dispute(ctx, did).progress
    assert shown.warning is WarningLevel.ORANGE and shown.warning_manual


def test_a_failed_session_offers_the_next_level(ctx: AppContext, qtbot: QtBot) -> None:
    set_up(ctx)
    did = new_dispute(ctx, owner="李调解")
    session = open_step(ctx, qtbot, did, DisputeAction.SESSION)
    assert isinstance(session, DisputeSessionDialog)
    session.said.setPlainText("双方分歧较大")
    choose(session.session_result, SessionResult.FAILED.value)
    saved(session)
    escalate = open_step(ctx, qtbot, did, DisputeAction.ESCALATE)
    assert isinstance(escalate, DisputeEscalateDialog)
    assert "The last mediation session failed." in escalate.why.text()
    assert "Township" in escalate.offer_move.text()
    escalate.accept()
    assert escalate.errors.texts()["reason"] == "Give the reason."
    escalate.reason.setPlainText("村级调解未果，提请镇调委会")
    saved(escalate)
    assert dispute(ctx, did).progress.mediation_level is MediationLevel.TOWNSHIP


def test_an_extension_needs_every_partys_consent(ctx: AppContext, qtbot: QtBot) -> None:
    set_up(ctx)
    did = new_dispute(ctx)
    dialog = open_step(ctx, qtbot, did, DisputeAction.EXTEND)
    assert isinstance(dialog, DisputeExtendDialog)
    assert [b.text() for b in dialog.consents] == [
        "阿不都热合曼·买买提（Applicant）",
        "王五（Respondent）",
    ]
    dialog.new_due.setText("2024-08-30")
    dialog.reason.setPlainText("需等待土地确权结果")
    dialog.consents[0].setChecked(True)
    dialog.accept()
    assert dialog.saved is None
    assert "王五" in dialog.errors.texts()["consents"]
    assert not dispute(ctx, did).progress.extended
    dialog.consents[1].setChecked(True)
    saved(dialog)
    shown = dispute(ctx, did).progress
    assert (
        shown.extended
        and shown.case_due is not None
        and shown.case_due.isoformat() == ("2024-08-30")
    )


def test_a_bad_new_day_is_refused_with_the_other_problems(ctx: AppContext, qtbot: QtBot) -> None:
    set_up(ctx)
    did = new_dispute(ctx)
    dialog = open_step(ctx, qtbot, did, DisputeAction.EXTEND)
    dialog.accept()
    shown = dialog.errors.texts()
    assert shown["new_due"] == "Not a date. Write it like 2026-05-20."
    assert {"reason", "consents"} <= set(shown)


def test_a_party_cannot_own_the_case(ctx: AppContext, qtbot: QtBot) -> None:
    set_up(ctx)
    did = new_dispute(ctx, owner="李调解")
    dialog = open_step(ctx, qtbot, did, DisputeAction.HAND_OVER)
    assert isinstance(dialog, DisputeHandOverDialog)
    assert "李调解" in dialog.current.text()
    dialog.owner.setText("王五")
    dialog.reason.setPlainText("工作调整")
    dialog.accept()
    assert "王五" in dialog.errors.texts()["owner"]
    dialog.owner.setText("赵主任")
    saved(dialog)
    owner = dispute(ctx, did).progress.owner
    assert owner is not None and owner.name == "赵主任"


def test_an_unperformed_agreement_is_mediated_again(ctx: AppContext, qtbot: QtBot) -> None:
    set_up(ctx)
    did = new_dispute(ctx, owner="李调解")
    agree_orally(ctx, qtbot, did)
    perform = open_step(ctx, qtbot, did, DisputeAction.PERFORM)
    assert isinstance(perform, DisputePerformDialog)
    perform.accept()
    assert perform.errors.texts()["performance"] == "Choose one."
    choose(perform.performance, Performance.NOT_DONE.value)
    saved(perform)
    shown = dispute(ctx, did)
    assert shown.state is DisputeState.MEDIATING and shown.progress.reopened == 1
    agree_orally(ctx, qtbot, did)
    reopen = open_step(ctx, qtbot, did, DisputeAction.REOPEN)
    assert isinstance(reopen, DisputeReopenDialog)
    reopen.reason.setPlainText("一方反悔")
    saved(reopen)
    assert dispute(ctx, did).progress.reopened == 2
