"""设置 › 来源渠道与分类: the secretary adds a source (one that carries the upper level's ticket
number) and a category, saves, and the next request's form offers them; a name listed twice is
refused in Chinese under its list and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget
from pytestqt.qtbot import QtBot

from villagedesk.core.requests.model import ChannelOption, RequestLists
from villagedesk.core.requests.services import request_lists
from villagedesk.ui.context import AppContext
from villagedesk.ui.requests.lists_form import ListEditor, RequestListsForm
from villagedesk.ui.requests.record_dialog import RecordDialog


def _form(ctx: AppContext, qtbot: QtBot) -> RequestListsForm:
    form = RequestListsForm(ctx)
    qtbot.addWidget(form)
    form.show()
    return form


def _type_new_entry(qtbot: QtBot, editor: ListEditor, name: str) -> None:
    """Click 添加, type the name into the cell that opens, press Enter."""
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    line = editor.table.viewport().findChild(QLineEdit)
    assert line is not None and line.isVisible(), "the new row is open for typing"
    line.setText(name)  # QTest types ASCII only: the Chinese comes as an input method's would
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _names(editor)[-1] == name)  # the view commits it queued


def _names(editor: ListEditor) -> list[str]:
    return [name for name, _checked in editor.rows()]


def test_the_station_s_lists_are_shown(ctx: AppContext, qtbot: QtBot) -> None:
    form = _form(ctx, qtbot)
    assert form.lists() == RequestLists()
    rows = dict(form.channels.rows())
    assert rows["12345转办"] is True and rows["走访"] is False
    assert _names(form.categories)[0] == "基础设施"


def test_an_added_source_and_category_are_offered_by_the_next_request(
    ctx: AppContext, qtbot: QtBot
) -> None:
    form = _form(ctx, qtbot)
    _type_new_entry(qtbot, form.channels, "信访转办")
    last = form.channels.table.rowCount() - 1
    box = form.channels.table.item(last, 1)
    assert box is not None
    box.setCheckState(Qt.CheckState.Checked)  # 需填写转办单号
    _type_new_entry(qtbot, form.categories, "养老服务")
    assert form.save(), form.errors.texts()

    stored = request_lists(ctx.store.uow_factory())
    assert stored.channel("信访转办") == ChannelOption("信访转办", ticket=True)
    assert stored.categories[-1] == "养老服务"
    dialog = RecordDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.channel.findData("信访转办") >= 0
    assert dialog.category.findData("养老服务") >= 0
    dialog.channel.setCurrentIndex(dialog.channel.findData("信访转办"))
    assert dialog.ticket.isEnabled(), "the new 转办 source asks for the ticket number"


def test_a_name_still_being_typed_is_saved(ctx: AppContext, qtbot: QtBot) -> None:
    form = _form(ctx, qtbot)
    qtbot.mouseClick(form.categories.add_button, Qt.MouseButton.LeftButton)
    line = form.categories.table.viewport().findChild(QLineEdit)
    assert line is not None
    line.setText("养老服务")  # no Enter: the secretary goes straight to OK
    assert form.save(), form.errors.texts()
    assert request_lists(ctx.store.uow_factory()).categories[-1] == "养老服务"


def test_move_and_remove_reorder_the_list(ctx: AppContext, qtbot: QtBot) -> None:
    form = _form(ctx, qtbot)
    editor = form.categories
    editor.table.selectRow(1)
    assert editor.up_button.isEnabled()
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert _names(editor)[:2] == ["环境卫生", "基础设施"]
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert "环境卫生" not in _names(editor)
    editor.table.selectRow(editor.table.rowCount() - 1)
    assert not editor.down_button.isEnabled()
    assert form.save()
    assert request_lists(ctx.store.uow_factory()).categories[0] == "基础设施"
    assert "环境卫生" not in request_lists(ctx.store.uow_factory()).categories


def test_a_name_listed_twice_is_refused_in_chinese_and_nothing_is_saved(
    ctx: AppContext, zh_cn: list[QTranslator], qtbot: QtBot
) -> None:
    form = _form(ctx, qtbot)
    _type_new_entry(qtbot, form.channels, "走访")
    assert not form.save()
    label = form.errors.label_for("channels")
    assert label is not None and label.isVisible()
    assert "重复" in label.text()
    assert form.errors.label_for("categories") is not None
    assert "categories" not in form.errors.texts()
    assert request_lists(ctx.store.uow_factory()) == RequestLists()  # nothing written


def test_the_tab_fits_the_settings_dialog_on_a_small_screen(
    ctx: AppContext, qtbot: QtBot, qapp: QApplication
) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    form = RequestListsForm(ctx, tabs)
    tabs.addTab(form, "lists")
    assert tabs.minimumSizeHint().height() < 600 and tabs.minimumSizeHint().width() < 1000
    tabs.resize(900, 560)
    tabs.show()
    table = form.channels.table
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() > 0)  # 12 sources: it scrolls
