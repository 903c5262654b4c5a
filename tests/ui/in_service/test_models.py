"""Every table model of the in-service page passes Qt's model tester on demo data: the small
tables (RowsModel: counts per work unit, posts, holders, totals, assessments) and the lazy
registers (expected list, registrations, service records)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot

from villagedesk.core.services.demo import fill_demo
from villagedesk.ui.context import AppContext
from villagedesk.ui.in_service.page import InServicePage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _models(page: InServicePage) -> dict[str, QAbstractItemModel]:
    return {
        "unit counts": page.expected.counts,
        "expected": page.expected.view.model,
        "registrations": page.registration.view.model,
        "posts": page.posts.post_model,
        "holders": page.posts.claim_model,
        "records": page.records.view.model,
        "totals per member": page.records.by_member,
        "totals per post": page.records.by_post,
        "assessments": page.assessment.model,
    }


def test_every_model_of_the_page_passes_the_model_tester(
    ctx: AppContext,
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    fill_demo(ctx.store.uow_factory(), members=40, seed=3, today=ctx.today())
    page = InServicePage(ctx)
    qtbot.addWidget(page)
    page.posts.post_table.selectRow(0)  # the holders of the first post
    models = _models(page)
    filled = [name for name, model in models.items() if model.rowCount() > 0]
    assert {"unit counts", "expected", "registrations", "posts", "holders"} <= set(filled)
    for model in models.values():
        qtmodeltester.check(model)
