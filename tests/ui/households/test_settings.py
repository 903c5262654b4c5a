"""The households' own settings in the GUI: the number of households per cadre on the cadre page
and the relief categories dialog. Each saves through the one write path: the screens refresh from
the published changes, and a refusal shows in the screen instead of a message box."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.households.village import village
from villagedesk.core.households import link_services as hl
from villagedesk.core.households.relief_services import relief_categories
from villagedesk.core.text import msg
from villagedesk.ui.context import AppContext
from villagedesk.ui.households.cadres_page import CadresPage
from villagedesk.ui.households.relief_dialog import ReliefCategoriesDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

HELD = msg("Tests", "Writes are held for the test.")


def test_the_cadre_page_saves_the_number_of_households_per_cadre(
    qtbot: QtBot, ctx: AppContext
) -> None:
    village(ctx)
    page = CadresPage(ctx)
    qtbot.addWidget(page)
    page.limit_box.setValue(12)
    assert page.save_limit() is not None
    assert hl.link_limit(ctx.store.uow_factory()) == 12
    assert page.cadre_model.text(0, 3) == "1 / 12"  # refreshed from the published changes
    assert page.errors.texts() == {}


def test_the_cadre_page_reads_while_writes_are_held_and_shows_the_refusal(
    qtbot: QtBot, ctx: AppContext
) -> None:
    village(ctx)
    ctx.store.uow_factory.hold(HELD)
    page = CadresPage(ctx)  # the lists are reads: held writes do not stop them
    qtbot.addWidget(page)
    assert page.cadre_model.text(0, 3) == "1 / 10"
    page.limit_box.setValue(12)
    assert page.save_limit() is None
    assert page.errors.texts() == {"": "Writes are held for the test."}
    ctx.store.uow_factory.release()
    assert hl.link_limit(ctx.store.uow_factory()) == 10


def test_the_relief_dialog_adds_renames_and_retires(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = ReliefCategoriesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    count = dialog.list.count()
    assert count > 0  # the defaults, made on first use
    assert dialog.add("护林员家庭")
    assert dialog.list.count() == count + 1
    assert dialog.saved is not None
    dialog.list.setCurrentRow(count)
    assert dialog.rename("护林员户")
    assert "护林员户" in dialog.list.item(count).text()
    assert dialog.set_retired(True)
    assert "[retired]" in dialog.list.item(count).text()
    assert dialog.restore_button.isEnabled() and not dialog.retire_button.isEnabled()
    assert dialog.set_retired(False)
    offered = relief_categories(ctx.store.uow_factory())
    assert "护林员户" in [c.name for c in offered]
    assert dialog.isVisible()  # each save keeps the dialog open


def test_the_relief_dialog_shows_a_refusal_in_the_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = ReliefCategoriesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    count = dialog.list.count()
    existing = dialog.categories[0].name
    assert not dialog.add(existing)
    assert existing in dialog.errors.texts()[""]
    assert dialog.error.isVisible() and dialog.isVisible()
    assert not dialog.add("  ")
    assert dialog.list.count() == count
    assert dialog.add("护林员家庭")
    assert dialog.errors.texts() == {}  # cleared by the save that was taken


def test_the_relief_dialog_says_why_when_writes_are_held(qtbot: QtBot, ctx: AppContext) -> None:
    relief_categories(ctx.store.uow_factory())  # the defaults exist
    ctx.store.uow_factory.hold(HELD)
    dialog = ReliefCategoriesDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.errors.texts() == {"": "Writes are held for the test."}
