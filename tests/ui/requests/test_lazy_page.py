"""民情诉求 page over a few hundred requests: the lazy register counts them all, reads only the
pages it shows, the overdue view keeps only overdue rows, and a selected row enables the steps
its state allows."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.requests.steps_setup import in_progress, new_request, open_page, settle
from villagedesk.core.requests.state import Action
from villagedesk.ui.context import AppContext
from villagedesk.ui.requests.request_model import DueMark

FRESH, LATE, WORKING = 240, 30, 10


def test_a_few_hundred_requests_are_counted_filtered_and_stepped(
    ctx: AppContext, qtbot: QtBot
) -> None:
    page = open_page(ctx, qtbot)
    fresh = [new_request(ctx) for _ in range(FRESH)]
    late = {in_progress(ctx, received_at="2024-05-02 09:00") for _ in range(LATE)}
    working = [in_progress(ctx) for _ in range(WORKING)]
    ctx.hub.publish_all()
    settle(ctx)
    total = FRESH + LATE + WORKING
    assert page.model.rowCount() == total
    assert str(total) in page.count.text()
    assert page.model.cached_pages() < total // 200 + 1  # only the pages shown were read

    page.show_box.setCurrentIndex(page.show_box.findData("overdue"))
    settle(ctx)
    shown = set(page.shown_ids())
    assert late <= shown and not shown & set(working)
    marks = [page.model.marks(row) for row in range(page.model.rowCount())]
    assert all(m is not None and m.mark is DueMark.OVERDUE for m in marks)
    assert str(len(shown)) in page.count.text()

    assert page.select(next(iter(late)))
    enabled = {a for a, b in page.step_buttons.items() if b.isEnabled()}
    assert Action.REPLY in enabled and Action.ASSIGN not in enabled
    page.show_box.setCurrentIndex(page.show_box.findData("all"))
    settle(ctx)
    assert page.select(fresh[0])
    enabled = {a for a, b in page.step_buttons.items() if b.isEnabled()}
    assert enabled == {Action.ASSIGN}
    request = page.current_request()
    assert request is not None and request.id == fresh[0]
