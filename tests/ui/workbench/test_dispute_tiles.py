"""工作台's 矛盾纠纷 tiles on a small station: open 红 and 橙 disputes, levels whose time runs out
within two days (or ran out), agreements past their 履行期限 awaiting the 回访; counted again
when a dispute changes, each opening its list; and the start page still fits 1024×768."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from villagedesk.core.disputes.events import Agreement, Outcome, Settlement
from villagedesk.core.disputes.model import DisputeDraft, PartyDraft, RiskFactors
from villagedesk.core.disputes.services import add_dispute, list_disputes
from villagedesk.core.disputes.settling import settle
from villagedesk.core.members.model import MemberDraft
from villagedesk.core.members.services import register_member
from villagedesk.core.services.station_setup import set_up_station
from villagedesk.core.services.workbench import DisputeTile
from villagedesk.core.station import StationDraft
from villagedesk.ui import navigation
from villagedesk.ui.context import AppContext
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.requests.station_time import ContextClock
from villagedesk.ui.workbench.page import WorkbenchPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TODAY = date(2026, 6, 4)
PARTIES = (
    PartyDraft(kind="named", role="applicant", name="张三"),
    PartyDraft(kind="named", role="respondent", name="李四"),
)


def _set_up(ctx: AppContext) -> None:
    draft = StationDraft(name="东河村党群服务站", code="370323104203", level="village")
    set_up_station(ctx.store.uow_factory(), draft=draft)
    register_member(
        ctx.store.uow_factory(),
        draft=MemberDraft(name="张建国", id_number="370323196005010016"),
        today=TODAY,
    )
    ctx.refresh_station()


def _add(ctx: AppContext, on: date, risks: RiskFactors | None = None) -> int:
    ctx.set_today(on)
    draft = DisputeDraft(
        parties=PARTIES, dispute_type="邻里", summary="院墙纠纷", risks=risks or RiskFactors()
    )
    return add_dispute(ctx.store.uow_factory(), ContextClock(ctx), draft=draft).id


def _station(ctx: AppContext) -> dict[str, int]:
    """红 and 橙 (recorded today), a yellow one whose level's time runs out tomorrow, one
    that ran out, and an agreement whose 履行期限 passed yesterday."""
    ids = {
        "red": _add(ctx, TODAY, RiskFactors(criminal_risk=True)),
        "orange": _add(ctx, TODAY, RiskFactors(threats=True)),
        "fresh": _add(ctx, TODAY),
        "running_out": _add(ctx, TODAY - timedelta(days=14)),
        "ran_out": _add(ctx, TODAY - timedelta(days=30)),
    }
    agreed = _add(ctx, TODAY - timedelta(days=5))
    terms = Agreement("两家相邻", "院墙位置", "重砌院墙", "现金", due=TODAY - timedelta(days=5))
    settlement = Settlement(Outcome.WRITTEN_AGREEMENT, terms)
    settle(ctx.store.uow_factory(), ContextClock(ctx), dispute_id=agreed, settlement=settlement)
    ids["agreed"] = agreed
    ctx.set_today(TODAY)
    return ids


def _window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    ctx.jobs.wait_idle()
    ctx.jobs.wait_idle()
    return window


def _counts(page: WorkbenchPage) -> dict[DisputeTile, int]:
    return {t: int(b.text().split("\n")[0]) for t, b in page.dispute_tiles.items()}


def test_the_dispute_tiles_count_a_small_station(ctx: AppContext, qtbot: QtBot) -> None:
    _set_up(ctx)
    _station(ctx)
    window = _window(ctx, qtbot)
    page = window.current_page()
    assert isinstance(page, WorkbenchPage)
    assert _counts(page) == {
        DisputeTile.RED: 1,
        DisputeTile.ORANGE: 1,
        DisputeTile.LEVEL_DUE: 2,  # the one due tomorrow and the one past; not the fresh one
        DisputeTile.AWAITING_FOLLOW_UP: 1,
    }
    assert page.dispute_tiles[DisputeTile.RED].text().endswith("Red disputes")


def test_a_new_red_dispute_is_counted_at_once(ctx: AppContext, qtbot: QtBot) -> None:
    _set_up(ctx)
    ctx.set_today(TODAY)
    window = _window(ctx, qtbot)
    page = window.current_page()
    assert isinstance(page, WorkbenchPage)
    assert _counts(page)[DisputeTile.RED] == 0
    _add(ctx, TODAY, RiskFactors(criminal_risk=True))
    ctx.hub.publish_all()
    ctx.jobs.wait_idle()
    ctx.jobs.wait_idle()
    assert _counts(page)[DisputeTile.RED] == 1


def test_a_tile_opens_the_disputes_it_counts(ctx: AppContext, qtbot: QtBot) -> None:
    _set_up(ctx)
    ids = _station(ctx)
    window = _window(ctx, qtbot)
    page = window.current_page()
    assert isinstance(page, WorkbenchPage)
    page.dispute_tiles[DisputeTile.RED].click()
    ctx.jobs.wait_idle()
    ctx.jobs.wait_idle()
    shown = window.current_page()
    if not hasattr(navigation, "disputes_page"):
        assert shown is page  # no disputes page in the navigation yet: nothing opens
        return
    from villagedesk.ui.disputes.page import DisputesPage

    assert isinstance(shown, DisputesPage)
    listed = list_disputes(ctx.store.uow_factory(), shown.query())
    assert [d.id for d in listed] == [ids["red"]]


def test_the_start_page_fits_a_small_screen(ctx: AppContext, qtbot: QtBot) -> None:
    """1024×768 less the taskbar, with the first steps of a new station shown (the tallest)."""
    draft = StationDraft(name="东河村党群服务站", code="370323104203", level="village")
    set_up_station(ctx.store.uow_factory(), draft=draft)
    ctx.refresh_station()
    ctx.set_today(TODAY)
    window = _window(ctx, qtbot)
    window.resize(1024, 768 - 40)
    qtbot.wait(20)
    page = window.current_page()
    assert isinstance(page, WorkbenchPage) and page.steps_box.isVisible()
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    inner = scroll.widget()
    assert inner.sizeHint().height() <= scroll.viewport().height()
    assert inner.minimumSizeHint().width() <= scroll.viewport().width()
