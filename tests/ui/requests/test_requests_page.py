"""民情诉求 page: a request recorded, assigned, signed, replied, followed up and closed through the
dialogs, the row's state changing at each step; refused steps write nothing."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from villagedesk.core.ownership import StationScope
from villagedesk.core.requests.events import Resolution, Satisfaction
from villagedesk.core.requests.model import (
    Handler,
    Requester,
    RequesterKind,
    RequestType,
    RequestValues,
    Urgency,
)
from villagedesk.core.requests.record import Request, RequestProgress
from villagedesk.core.requests.services import get_request
from villagedesk.core.requests.state import Action, RequestState
from villagedesk.core.station import Station, StationLevel
from villagedesk.ui.context import AppContext
from villagedesk.ui.requests.detail_dialog import DetailDialog
from villagedesk.ui.requests.page import RequestsPage
from villagedesk.ui.requests.record_dialog import RecordDialog
from villagedesk.ui.requests.request_model import RequestsModel, ShownRequests
from villagedesk.ui.requests.step_dialogs import (
    AssignDialog,
    CloseDialog,
    FollowUpDialog,
    ReplyDialog,
    SignDialog,
)

FOREGROUND = Qt.ItemDataRole.ForegroundRole


def _station(ctx: AppContext) -> None:
    with ctx.store.uow_factory() as uow:
        uow.station.save(Station(code="370323104203", name="东河村", level=StationLevel.VILLAGE))
        uow.commit()
    ctx.refresh_station()


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot) -> RequestsPage:
    _station(ctx)
    shown = RequestsPage(ctx)
    qtbot.addWidget(shown)
    shown.show()
    ctx.jobs.wait_idle()
    return shown


def _state(page: RequestsPage, request_id: int) -> str:
    row = [r.id for r in page.requests].index(request_id)
    return page.model.text(row, page.model.spec.keys.index("state"))


def _settle(page: RequestsPage, ctx: AppContext) -> None:
    ctx.jobs.wait_idle()
    ctx.jobs.wait_idle()  # a reload asked while the first ran


def _record(page: RequestsPage, ctx: AppContext) -> int:
    dialog = page.new_record()
    assert isinstance(dialog, RecordDialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("电话"))
    dialog.requester_name.setText("赵大娘")
    dialog.requester_phone.setText("13800138000")
    dialog.kind.setCurrentIndex(dialog.kind.findData(RequestType.HELP.value))
    dialog.category.setCurrentIndex(dialog.category.findData("基础设施"))
    dialog.content.setPlainText("3组路灯坏了三盏")
    dialog.place.setText("3组")
    dialog.received_by.setText("李书记")
    dialog.accept()
    assert dialog.saved is not None, dialog.errors.texts()
    _settle(page, ctx)
    return dialog.saved.id


def _step(page: RequestsPage, ctx: AppContext, action: Action) -> object:
    dialog = page.take_step(action)
    assert dialog is not None, action
    return dialog


def _enabled(page: RequestsPage) -> set[Action]:
    return {a for a, b in page.step_buttons.items() if b.isEnabled()}


def test_a_request_goes_from_record_to_closed(page: RequestsPage, ctx: AppContext) -> None:
    rid = _record(page, ctx)
    assert page.current_request() is not None and page.current_request().id == rid
    assert _state(page, rid) == "To be assigned"
    assert _enabled(page) == {Action.ASSIGN}

    assign = _step(page, ctx, Action.ASSIGN)
    assert isinstance(assign, AssignDialog)
    assign.assignee.setText("王主任")
    assign.helpers.setText("张委员、刘网格员")
    assign.accept()
    assert assign.saved is not None, assign.errors.texts()
    _settle(page, ctx)
    assert _state(page, rid) == "Awaiting signature"
    assert Action.SIGN in _enabled(page) and Action.ASSIGN not in _enabled(page)

    sign = _step(page, ctx, Action.SIGN)
    assert isinstance(sign, SignDialog) and sign.signer.text() == "王主任"
    sign.accept()
    _settle(page, ctx)
    assert _state(page, rid) == "In progress"

    reply = _step(page, ctx, Action.REPLY)
    assert isinstance(reply, ReplyDialog)
    reply.text.setPlainText("路灯已修好")
    reply.accept()
    assert reply.saved is not None, reply.errors.texts()
    _settle(page, ctx)
    assert _state(page, rid) == "Awaiting follow-up"

    follow = _step(page, ctx, Action.FOLLOW_UP)
    assert isinstance(follow, FollowUpDialog)
    follow.resolution.setCurrentIndex(follow.resolution.findData(Resolution.SOLVED.value))
    follow.satisfaction.setCurrentIndex(follow.satisfaction.findData(Satisfaction.SATISFIED.value))
    follow.by.setText("李书记")
    follow.accept()
    assert follow.saved is not None, follow.errors.texts()
    _settle(page, ctx)
    assert _state(page, rid) == "Followed up"

    close = _step(page, ctx, Action.CLOSE)
    assert isinstance(close, CloseDialog)
    close.by.setText("李书记")
    close.accept()
    assert close.saved is not None, close.errors.texts()
    _settle(page, ctx)
    assert _state(page, rid) == "Closed"
    assert _enabled(page) == set()

    details = page.show_details()
    assert isinstance(details, DetailDialog)
    steps = [details.history.value(r, "action") for r in range(details.history.rowCount())]
    assert steps == ["assign", "sign", "reply", "follow_up", "close"]
    assert details.state.text() == "Closed"


def test_signing_by_someone_else_is_refused_under_the_field(
    page: RequestsPage, ctx: AppContext
) -> None:
    rid = _record(page, ctx)
    assign = _step(page, ctx, Action.ASSIGN)
    assert isinstance(assign, AssignDialog)
    assign.assignee.setText("王主任")
    assign.accept()
    _settle(page, ctx)
    before = get_request(ctx.store.uow_factory(), request_id=rid).events

    sign = _step(page, ctx, Action.SIGN)
    assert isinstance(sign, SignDialog)
    sign.signer.setText("张三")
    sign.accept()
    _settle(page, ctx)
    assert sign.saved is None and sign.isVisible()
    assert "王主任" in sign.errors.texts()["signer"]
    assert get_request(ctx.store.uow_factory(), request_id=rid).events == before
    assert _state(page, rid) == "Awaiting signature"


def test_an_empty_record_is_refused_under_its_fields(page: RequestsPage, ctx: AppContext) -> None:
    dialog = page.new_record()
    dialog.accept()
    shown = dialog.errors.texts()
    assert dialog.saved is None and dialog.isVisible()
    assert {"content", "channel", "kind", "requester_name"} <= set(shown)
    _settle(page, ctx)
    assert page.requests == []


def test_the_ticket_field_is_only_for_passed_down_channels(page: RequestsPage) -> None:
    dialog = page.new_record()
    dialog.channel.setCurrentIndex(dialog.channel.findData("电话"))
    assert not dialog.ticket.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("12345转办"))
    assert dialog.ticket.isEnabled()
    dialog.anonymous.setChecked(True)
    assert not dialog.requester_name.isEnabled()


def test_filters_narrow_the_list(page: RequestsPage, ctx: AppContext) -> None:
    _record(page, ctx)
    assert len(page.requests) == 1
    page.show_box.setCurrentIndex(page.show_box.findData("follow_up"))
    _settle(page, ctx)
    assert page.requests == []
    page.show_box.setCurrentIndex(page.show_box.findData("unassigned"))
    _settle(page, ctx)
    assert len(page.requests) == 1
    page.state_box.setCurrentIndex(page.state_box.findData(RequestState.CLOSED.value))
    _settle(page, ctx)
    assert page.requests == []


def _request(due_at: datetime, state: RequestState) -> Request:
    values = RequestValues(
        content="路灯坏了",
        kind=RequestType.HELP,
        urgency=Urgency.NORMAL,
        channel="电话",
        ticket="",
        category="",
        requester=Requester(RequesterKind.ANONYMOUS),
        household_id=None,
        essential_service=False,
        place="",
        received_by="",
        received_at=datetime(2024, 6, 10, 9, 0),
    )
    progress = RequestProgress(state=state, assignee=Handler("王主任"), due_at=due_at)
    return Request(1, "DHC-2024-0001", values, progress)


def test_overdue_and_due_today_rows_say_so(qtmodeltester: object, qapp: object) -> None:
    now = datetime(2024, 6, 15, 10, 0)
    model = RequestsModel()
    late = _request(datetime(2024, 6, 14, 10, 0), RequestState.IN_PROGRESS)
    today = _request(datetime(2024, 6, 15, 17, 0), RequestState.IN_PROGRESS)
    later = _request(datetime(2024, 6, 20, 0, 0), RequestState.IN_PROGRESS)
    model.set_requests(ShownRequests([late, today, later], now), StationScope())
    due = model.spec.keys.index("due")
    assert "Overdue" in str(model.data(model.index(0, due)))
    assert "Due today" in str(model.data(model.index(1, due)))
    assert str(model.data(model.index(2, due))) == "2024.06.19"
    assert model.data(model.index(0, 0), FOREGROUND) is not None
    assert model.data(model.index(2, 0), FOREGROUND) is None
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_page_model_passes_the_model_tester(
    page: RequestsPage, ctx: AppContext, qtmodeltester: object
) -> None:
    _record(page, ctx)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    details = page.show_details()
    assert details is not None
    qtmodeltester.check(details.history)  # type: ignore[attr-defined]


def test_ctrl_n_on_the_page_opens_the_record_dialog(ctx: AppContext, qtbot: QtBot) -> None:
    from villagedesk.ui.main_window import MainWindow

    _station(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(window.nav_titles().index("Residents' requests"))
    page = window.current_page()
    assert isinstance(page, RequestsPage)
    ctx.jobs.wait_idle()
    window.new_action.trigger()
    assert isinstance(page.dialog, RecordDialog)
