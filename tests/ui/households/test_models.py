"""Every table model of the households screens passes Qt's model tester with real rows: the
cadre list and a cadre's households (包村联户) and each section of the household page (all of
them the one small-table RowsModel)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.households.village import village
from villagedesk.ui.context import AppContext
from villagedesk.ui.households.cadres_page import CadresPage
from villagedesk.ui.households.household_page import HouseholdPageDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_the_cadre_page_models_pass_the_model_tester(
    ctx: AppContext,
    qtbot: QtBot,
    qtmodeltester: ModelTester,
) -> None:
    village(ctx)
    page = CadresPage(ctx)
    qtbot.addWidget(page)
    models: list[QAbstractItemModel] = [page.cadre_model, page.link_model]
    assert all(model.rowCount() > 0 for model in models)
    for model in models:
        qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_the_household_page_models_pass_the_model_tester(
    ctx: AppContext,
    qtbot: QtBot,
    qtmodeltester: ModelTester,
) -> None:
    hid = village(ctx)
    dialog = HouseholdPageDialog(ctx, hid)
    qtbot.addWidget(dialog)
    filled = {key for key, model in dialog.models.items() if model.rowCount() > 0}
    assert {"residents", "members", "cadres"} <= filled
    for model in dialog.models.values():
        qtmodeltester.check(model)  # type: ignore[no-untyped-call]
