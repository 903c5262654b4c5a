"""A dispute through its step dialogs, from recording to 销号: a mediation session, a written
agreement with its 履行期限, the performance, the follow-up after the agreed day and the
closing, each dialog showing the state the dispute is in; and a refused step showing its
message under the field and writing nothing."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from villagedesk.core.disputes.events import Outcome, Performance, SessionResult
from villagedesk.core.disputes.model import DisputeDraft, PartyDraft, RiskFactors, WarningLevel
from villagedesk.core.disputes.record import Dispute
from villagedesk.core.disputes.services import add_dispute, get_dispute
from villagedesk.core.disputes.state import DisputeAction, DisputeState
from villagedesk.core.requests.events import Satisfaction
from villagedesk.core.station import Station, StationLevel
from villagedesk.ui.context import AppContext
from villagedesk.ui.disputes.step_dialogs import (
    DisputeCloseDialog,
    DisputeFollowUpDialog,
    DisputePerformDialog,
    DisputeSessionDialog,
    DisputeSettleDialog,
)
from villagedesk.ui.disputes.step_form import DisputeStepDialog
from villagedesk.ui.disputes.step_list import dialog_of
from villagedesk.ui.requests.station_time import ContextClock

TODAY = date(2024, 6, 15)
PARTIES = (
    PartyDraft(kind="named", role="applicant", name="阿不都热合曼·买买提"),
    PartyDraft(kind="named", role="respondent", name="王五"),
)


def set_up(ctx: AppContext) -> None:
    with ctx.store.uow_factory() as uow:
        uow.station.save(Station(code="370323104203", name="东河村", level=StationLevel.VILLAGE))
        uow.commit()
    ctx.refresh_station()


def new_dispute(ctx: AppContext, *, risks: RiskFactors | None = None, owner: str = "") -> int:
    from villagedesk.core.requests.model import Handler

    draft = DisputeDraft(
        parties=PARTIES,
        dispute_type="宅基地",
        summary="两家因宅基地边界的院墙发生争执",
        risks=risks or RiskFactors(),
        owner=Handler(owner) if owner else None,
        place="村委会调解室",
    )
    return add_dispute(ctx.store.uow_factory(), ContextClock(ctx), draft=draft).id


def dispute(ctx: AppContext, did: int) -> Dispute:
    return get_dispute(ctx.store.uow_factory(), dispute_id=did).dispute


def actions(ctx: AppContext, did: int) -> list[DisputeAction]:
    return [e.action for e in get_dispute(ctx.store.uow_factory(), dispute_id=did).events]


def open_step(ctx: AppContext, qtbot: QtBot, did: int, action: DisputeAction) -> DisputeStepDialog:
    """The dialog of ``action`` on the dispute as it is now, as the page builds it."""
    dialog_class = dialog_of(action)
    assert dialog_class is not None and issubclass(dialog_class, DisputeStepDialog)
    dialog = dialog_class(ctx, dispute(ctx, did), None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(box: object, value: str) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(box, QComboBox)
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def saved(dialog: DisputeStepDialog) -> None:
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    assert not dialog.isVisible()


def agree_orally(ctx: AppContext, qtbot: QtBot, did: int) -> None:
    """An oral agreement (its terms and 履行期限 only) through the result dialog."""
    settle = open_step(ctx, qtbot, did, DisputeAction.SETTLE)
    assert isinstance(settle, DisputeSettleDialog)
    choose(settle.outcome, Outcome.ORAL_AGREEMENT.value)
    assert not settle.facts.isVisibleTo(settle) and settle.terms.isVisibleTo(settle)
    settle.terms.setPlainText("王五当月赔偿修墙款800元")
    settle.due.setText(ctx.today().isoformat())
    saved(settle)


@pytest.fixture
def did(ctx: AppContext) -> int:
    set_up(ctx)
    return new_dispute(ctx, owner="李调解")


def test_a_dispute_from_recording_to_closing(ctx: AppContext, qtbot: QtBot, did: int) -> None:
    session = open_step(ctx, qtbot, did, DisputeAction.SESSION)
    assert isinstance(session, DisputeSessionDialog)
    assert "Being mediated" in session.heading.text() and "Yellow" in session.heading.text()
    assert session.mediators.text() == "李调解"
    assert session.ticked(session.present) == ("阿不都热合曼·买买提", "王五")
    session.said.setPlainText("双方陈述了院墙的来历，同意按老界址重砌")
    choose(session.session_result, SessionResult.AGREED.value)
    saved(session)
    assert dispute(ctx, did).progress.sessions == 1

    settle = open_step(ctx, qtbot, did, DisputeAction.SETTLE)
    assert isinstance(settle, DisputeSettleDialog)
    choose(settle.outcome, Outcome.WRITTEN_AGREEMENT.value)
    settle.facts.setPlainText("两家相邻，院墙年久失修")
    settle.issues.setPlainText("院墙位置是否越界")
    settle.terms.setPlainText("按老界址重砌院墙，费用各半")
    settle.manner.setText("现金")
    settle.due.setText("2024-06-15")
    saved(settle)
    shown = dispute(ctx, did)
    assert shown.state is DisputeState.AWAITING_PERFORMANCE
    assert shown.progress.agreement_number.endswith("人调字第1号")

    perform = open_step(ctx, qtbot, did, DisputeAction.PERFORM)
    assert isinstance(perform, DisputePerformDialog)
    assert "Awaiting performance" in perform.heading.text()
    choose(perform.performance, Performance.DONE.value)
    saved(perform)
    assert dispute(ctx, did).state is DisputeState.AWAITING_FOLLOW_UP

    ctx.set_today(date(2024, 6, 17))  # the follow-up comes after the agreed day
    follow = open_step(ctx, qtbot, did, DisputeAction.FOLLOW_UP)
    assert isinstance(follow, DisputeFollowUpDialog)
    assert follow.performance.isVisibleTo(follow)
    choose(follow.performance, Performance.DONE.value)
    choose(follow.satisfaction, Satisfaction.SATISFIED.value)
    saved(follow)
    assert dispute(ctx, did).state is DisputeState.FOLLOWED_UP

    close = open_step(ctx, qtbot, did, DisputeAction.CLOSE)
    assert isinstance(close, DisputeCloseDialog)
    assert "Followed up" in close.heading.text()
    saved(close)
    closed = dispute(ctx, did)
    assert closed.state is DisputeState.CLOSED
    assert closed.progress.shown_warning is WarningLevel.GREEN
    assert actions(ctx, did)[-1] is DisputeAction.CLOSE


def test_an_agreement_without_its_time_limit_is_refused(
    ctx: AppContext, qtbot: QtBot, did: int
) -> None:
    before = actions(ctx, did)
    settle = open_step(ctx, qtbot, did, DisputeAction.SETTLE)
    assert isinstance(settle, DisputeSettleDialog)
    choose(settle.outcome, Outcome.WRITTEN_AGREEMENT.value)
    settle.terms.setPlainText("按老界址重砌院墙")
    settle.accept()
    assert settle.saved is None and settle.isVisible()
    shown = settle.errors.texts()
    assert shown["due"] == "Give the time limit for performance."
    assert {"facts", "issues", "manner"} <= set(shown)  # every message at once
    assert actions(ctx, did) == before
    assert dispute(ctx, did).state is DisputeState.MEDIATING


def test_a_party_cannot_mediate_their_own_dispute(ctx: AppContext, qtbot: QtBot, did: int) -> None:
    before = actions(ctx, did)
    session = open_step(ctx, qtbot, did, DisputeAction.SESSION)
    assert isinstance(session, DisputeSessionDialog)
    session.mediators.setText("王五")
    session.said.setPlainText("双方各执一词")
    choose(session.session_result, SessionResult.FAILED.value)
    session.accept()
    assert session.saved is None and session.isVisible()
    assert "王五" in session.errors.texts()["mediators"]
    assert actions(ctx, did) == before


def test_closing_before_the_follow_up_is_refused(ctx: AppContext, qtbot: QtBot, did: int) -> None:
    before = actions(ctx, did)
    close = open_step(ctx, qtbot, did, DisputeAction.CLOSE)
    close.accept()
    assert close.saved is None and close.isVisible()
    assert close.errors.texts()  # the state table's refusal, in the form
    assert actions(ctx, did) == before
    assert dispute(ctx, did).state is DisputeState.MEDIATING


def test_a_bad_session_date_is_shown_with_the_other_problems(
    ctx: AppContext, qtbot: QtBot, did: int
) -> None:
    session = open_step(ctx, qtbot, did, DisputeAction.SESSION)
    assert isinstance(session, DisputeSessionDialog)
    session.held_on.setText("2024-13-40")
    session.accept()
    shown = session.errors.texts()
    assert shown["held_on"] == "Not a date. Write it like 2026-05-20."
    assert set(shown) >= {"said", "result"}
    assert dispute(ctx, did).progress.sessions == 0
