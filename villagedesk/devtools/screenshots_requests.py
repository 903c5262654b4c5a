"""``make screenshots``: the 民情诉求 page on the demo's year of requests, the record form with
its refusals, and the 三率 dialog."""

from __future__ import annotations

from pathlib import Path

from villagedesk.devtools.screenshot_tools import save, settle
from villagedesk.ui import navigation
from villagedesk.ui.context import AppContext
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.requests.page import RequestsPage
from villagedesk.ui.requests.record_dialog import RecordDialog


def shoot_requests(window: MainWindow, ctx: AppContext, out: Path) -> None:
    page = window.show_register(navigation.requests_page)
    assert isinstance(page, RequestsPage)
    settle(ctx)
    save(window, "requests", out)
    form = page.new_record()
    assert isinstance(form, RecordDialog)
    form.content.setPlainText("3组村西头至河西街道办事处党群服务中心的路灯坏了三盏，晚上出行不便")
    form.save()  # refused: the type, the channel and who received it are missing
    settle(ctx)
    save(form, "request_form", out)
    form.reject()
    rates = page.show_rates()
    settle(ctx)
    save(rates, "request_rates", out)
    rates.close()
    settle(ctx)
