"""The statistics page: counts computed as a job; a count opens exactly the members behind it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from villagedesk.core.members.model import MemberDraft
from villagedesk.core.members.services import register_member
from villagedesk.core.services.demo import fill_demo
from villagedesk.ui.context import AppContext
from villagedesk.ui.statistics_page import StatisticsPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _loaded(page: StatisticsPage, ctx: AppContext, qtbot) -> None:
    page.refresh()
    qtbot.waitUntil(lambda: page.stats is not None and not ctx.jobs.busy)


def test_a_count_opens_the_members_behind_it(ctx: AppContext, qtbot) -> None:
    fill_demo(ctx.store.uow_factory(), members=300, today=ctx.today())
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    _loaded(page, ctx, qtbot)
    assert page.stats is not None
    assert f"{page.stats.total} members on the roll" in page.summary.text()
    age = next(g for g in page.stats.groups if g.key == "age")
    row, bucket = max(enumerate(age.buckets), key=lambda rb: rb[1].count)
    button = page.count_buttons[("age", row)]
    assert button.text() == str(bucket.count)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.view.model.rowCount() == bucket.count
    assert sorted(dialog.view.model.ids()) == sorted(bucket.member_ids)
    assert dialog.windowTitle() == f"Age · {bucket.label.text} ({bucket.count} people)"


def test_empty_counts_cannot_be_clicked_and_new_members_are_counted(ctx: AppContext, qtbot) -> None:
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.stats is not None and not ctx.jobs.busy)
    assert page.stats is not None and page.stats.total == 0
    assert not page.count_buttons[("sex", 0)].isEnabled()

    saved = register_member(
        ctx.store.uow_factory(),
        today=ctx.today(),
        draft=MemberDraft(name="刘芳", id_number="110105198507120028"),
    )
    ctx.hub.publish(saved.changes)
    qtbot.waitUntil(lambda: page.stats is not None and page.stats.total == 1)
    assert page.count_buttons[("sex", 1)].text() == "1"  # female
