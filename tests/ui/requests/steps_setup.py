"""What the step-dialog tests share: a station, the page, and a request brought to the state a
step follows through the services (the dialogs under test are the only ones opened)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from villagedesk.core.requests.closing import reply_request
from villagedesk.core.requests.handling import assign_request, sign_request
from villagedesk.core.requests.model import Handler, RequestDraft
from villagedesk.core.requests.record import RequestDetail
from villagedesk.core.requests.services import add_request, get_request
from villagedesk.core.requests.state import Action
from villagedesk.core.station import Station, StationLevel
from villagedesk.ui.context import AppContext
from villagedesk.ui.requests.page import RequestsPage
from villagedesk.ui.requests.station_time import ContextClock
from villagedesk.ui.requests.step_form import StepDialog

RECEIVED = "2024-06-14 09:00"


def open_page(ctx: AppContext, qtbot: QtBot) -> RequestsPage:
    with ctx.store.uow_factory() as uow:
        uow.station.save(Station(code="370323104203", name="东河村", level=StationLevel.VILLAGE))
        uow.commit()
    ctx.refresh_station()
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.jobs.wait_idle()
    return page


def settle(ctx: AppContext) -> None:
    ctx.jobs.wait_idle()
    ctx.jobs.wait_idle()  # a reload asked while the first ran


def new_request(ctx: AppContext, *, received_at: str = RECEIVED, content: str = "") -> int:
    draft = RequestDraft(
        content=content or "3组路灯坏了三盏",
        kind="help",
        channel="电话",
        requester_kind="named",
        requester_name="赵大娘",
        received_by="李书记",
        received_at=received_at,
    )
    return add_request(ctx.store.uow_factory(), draft=draft, clock=ContextClock(ctx)).id


def in_progress(ctx: AppContext, *, received_at: str = RECEIVED) -> int:
    """A request assigned to 王主任, who signed for it an hour after it came in."""
    rid = new_request(ctx, received_at=received_at)
    signed, clock, uow = received_at[:11] + "10:00", ContextClock(ctx), ctx.store.uow_factory
    assign_request(uow(), request_id=rid, assignee=Handler("王主任"), at=signed, clock=clock)
    sign_request(uow(), request_id=rid, signer=Handler("王主任"), at=signed, clock=clock)
    return rid


def replied(ctx: AppContext) -> int:
    rid = in_progress(ctx)
    clock = ContextClock(ctx)
    reply_request(
        ctx.store.uow_factory(), request_id=rid, text="路灯已修好", by="王主任", clock=clock
    )
    return rid


def open_step(page: RequestsPage, ctx: AppContext, rid: int, action: Action) -> StepDialog:
    """The dialog of ``action`` on request ``rid``, opened as the page opens it."""
    ctx.hub.publish_all()
    settle(ctx)
    assert page.select(rid)
    dialog = page.take_step(action)
    assert dialog is not None, action
    return dialog


def detail(ctx: AppContext, rid: int) -> RequestDetail:
    return get_request(ctx.store.uow_factory(), request_id=rid)


def actions(ctx: AppContext, rid: int) -> list[Action]:
    return [e.action for e in detail(ctx, rid).events]
