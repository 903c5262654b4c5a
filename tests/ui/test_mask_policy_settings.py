"""设置 › 公示脱敏: the secretary changes how much of a phone or ID number a notice shows, sees a
live example and the rule's message under the field, saves, and the next notice masks so."""

from __future__ import annotations

import re
from datetime import timedelta

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.reports.printing_support import need_poppler
from tests.ui.print_helpers import pdf_text
from villagedesk.core.masking import MaskPolicy, mask_policy
from villagedesk.core.services.demo import fill_demo
from villagedesk.ui.context import AppContext
from villagedesk.ui.printing.dialogs import NoticeOptions
from villagedesk.ui.printing.ledgers import notice_request
from villagedesk.ui.printing.run import PrintFlow
from villagedesk.ui.settings_dialog import SettingsDialog


def test_the_tab_shows_the_defaults_with_examples(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    form = dialog.masking
    assert form.policy() == MaskPolicy(6, 4, 3, 4)
    assert "370323********1234" in form.id_example.text()
    assert "139****1234" in form.phone_example.text()
    form.id_head.setValue(4)
    assert "3703**********1234" in form.id_example.text()  # live


def test_a_policy_that_shows_too_much_is_refused_under_its_field(
    ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    form = dialog.masking
    dialog.show()
    dialog.tabs.setCurrentWidget(form)
    form.id_head.setValue(8)  # 8 + 4 = 12 characters: an 11-digit run could show
    form.phone_tail.setValue(5)
    assert set(form.errors.texts()) == {"id_number", "phone"}  # told at once
    assert "139***31234" in form.phone_example.text()
    form.phone_tail.setValue(4)
    assert set(form.errors.texts()) == {"id_number"}
    dialog.tabs.setCurrentIndex(0)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is form
    label = form.errors.label_for("id_number")
    assert label is not None and label.isVisible() and "at most 10" in label.text()
    assert mask_policy(ctx.store.uow_factory()) == MaskPolicy()  # nothing written
    form.defaults_button.click()
    assert form.errors.texts() == {}


def test_messages_make_room_instead_of_squeezing_the_fields(
    ctx: AppContext, zh_cn: list[QTranslator], qtbot: QtBot
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.masking)
    before = dialog.height()
    spins = (dialog.masking.id_head, dialog.masking.phone_head)
    spins[0].setValue(8)
    dialog.masking.phone_tail.setValue(5)
    assert "公民身份号码" in dialog.masking.errors.texts()["id_number"]
    qtbot.waitUntil(lambda: all(s.height() >= s.sizeHint().height() for s in spins))
    label = dialog.masking.errors.label_for("id_number")
    assert label is not None
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    # the dialog grew for the message, unless a taller tab had given it the room already
    assert dialog.height() > before or before >= dialog.sizeHint().height()


def test_a_saved_policy_is_what_the_next_notice_uses(ctx: AppContext, qtbot: QtBot) -> None:
    need_poppler()
    fill_demo(ctx.store.uow_factory(), members=40, seed=3, today=ctx.today())
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    form = dialog.masking
    form.phone_head.setValue(2)
    form.phone_tail.setValue(3)
    assert "13******234" in form.phone_example.text()
    dialog.accept()
    assert mask_policy(ctx.store.uow_factory()) == MaskPolicy(6, 4, 2, 3)

    parent = QWidget()
    qtbot.addWidget(parent)
    flow = PrintFlow(ctx, parent)
    today = ctx.today()
    flow.start(notice_request(ctx, NoticeOptions(today, today + timedelta(days=6), "", "")))
    assert ctx.jobs.wait_idle()
    assert flow.preview is not None
    text = pdf_text(flow.preview.path)
    flow.preview.reject()
    shown = re.findall(r"\b\d{2}\*{6}\d{3}\b", text)
    assert shown, "the members' phones, masked the new way"
    assert not re.search(r"\b\d{3}\*{4}\d{4}\b", text), "no phone masked the old way"
    assert not re.search(r"\d{11,}", text)
