"""Issue 10's form and help findings: errors fully readable and cleared on edit, Esc with typed
data asks first, the search hint for too few digits, the standard shortcuts, the user guide,
Qt's own words in Chinese and one date format."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from villagedesk.core.dates import display_date, display_stamp_day
from villagedesk.core.id_number import check_character
from villagedesk.core.services.station_setup import set_up_station
from villagedesk.core.station import StationDraft
from villagedesk.ui import navigation, qt_strings, screen_fit
from villagedesk.ui.context import AppContext
from villagedesk.ui.forms import discard as form_dialogs
from villagedesk.ui.help_dialog import GuideDialog, guide_path
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.members.dialog import MemberDialog
from villagedesk.ui.members.page import MembersPage
from villagedesk.ui.printing.dialogs import LedgerDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

FIRST17 = "11010519850712001"
GOOD_ID = FIRST17 + check_character(FIRST17)
ROOT = Path(__file__).resolve().parents[2]


def _settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(10)


def _fully_shown(label: QLabel) -> bool:
    """The label has the height its wrapped text needs at its width, and none of it is scrolled
    or cut away. (A wrapped QLabel's sizeHint is deliberately narrower and taller than any width
    a form gives it, so the measure is heightForWidth at the label's own width.)"""
    needed = label.heightForWidth(label.width())
    visible = label.visibleRegion().boundingRect()
    return label.isVisible() and needed <= label.height() and visible.height() == label.height()


def _refused_member_form(ctx: AppContext, qtbot: QtBot) -> MemberDialog:
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    dialog = page.add_member()
    dialog.resize(400, 360)  # narrow and short: the messages wrap and the form must scroll
    dialog.form.name.setText("欧阳娜娜")  # (QTest types ASCII only)
    qtbot.keyClicks(dialog.form.id_number, GOOD_ID)
    qtbot.keyClicks(dialog.form.phone, "024-4281")
    dialog.form.address.setText("辽宁省本溪市溪湖区河西街道彩屯社区第三网格东山路北段")
    dialog.buttons.accepted.emit()
    _settle(qtbot)
    return dialog


def test_a_two_line_error_is_fully_visible_then_clears_when_the_field_is_edited(
    ctx: AppContext, qtbot: QtBot, zh_cn: object
) -> None:
    dialog = _refused_member_form(ctx, qtbot)
    assert dialog.isVisible()
    label = dialog.form.errors.label_for("phone")
    assert label is not None and "不是有效的电话号码" in label.text()
    assert "024-4281" not in label.text()  # a typed phone is never echoed back
    assert label.heightForWidth(label.width()) > 1.5 * label.fontMetrics().height()  # two lines
    assert _fully_shown(label)
    assert dialog.height() > 360  # the dialog grew for the messages
    # no field squashed by the messages
    for field in (dialog.form.name, dialog.form.id_number, dialog.form.phone):
        assert field.height() >= field.minimumSizeHint().height()

    qtbot.keyClicks(dialog.form.phone, "5")
    assert not label.isVisible() and label.text() == ""
    dialog.discard()


def test_on_a_short_screen_the_form_scrolls_to_its_first_error(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    dialog = page.add_member()
    dialog.resize(460, 200)
    top = dialog.geometry().topLeft()
    # The screen has no room for more: the dialog may not grow, the form must scroll instead.
    monkeypatch.setattr(screen_fit, "room_for", lambda _w: QRect(top, dialog.size()))
    dialog.form.name.setText("王建国")
    dialog.form.id_number.setText(GOOD_ID)
    dialog.form.full_member_on.setText("2030.01")  # far down the form
    dialog.buttons.accepted.emit()
    _settle(qtbot)
    label = dialog.form.errors.label_for("full_member_on")
    assert label is not None and label.isVisible()
    assert dialog.height() == 200
    assert dialog.body_scroll.verticalScrollBar().value() > 0
    assert _fully_shown(label)
    assert dialog.buttons.isVisible()  # Save and Cancel stay below the scrolled form
    dialog.discard()


def test_esc_with_typed_data_asks_before_discarding(
    ctx: AppContext, qtbot: QtBot, discard_questions: list[QWidget], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    untouched = page.add_member()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and discard_questions == []  # nothing typed: no question

    dialog = page.add_member()
    qtbot.keyClicks(dialog.form.name, "Zhang")
    monkeypatch.setattr(form_dialogs, "confirm_discard", lambda form: False)  # 继续填写
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.form.name.text() == "Zhang"
    monkeypatch.setattr(form_dialogs, "confirm_discard", lambda form: True)  # 放弃
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_edit_form_counts_only_changes_as_typed(ctx: AppContext, qtbot: QtBot) -> None:
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    dialog = page.add_member()
    dialog.form.name.setText("王建国")
    dialog.form.id_number.setText(GOOD_ID)
    assert dialog.save()
    edit = page.edit_member(dialog.saved.id if dialog.saved else None)  # type: ignore[attr-defined]
    assert edit is not None
    assert not edit.has_typed_data()
    edit.form.phone.setText("13905331234")
    assert edit.has_typed_data()
    edit.discard()


@pytest.mark.parametrize(("answer", "discarded"), [(0, True), (1, False)])
def test_the_question_offers_discard_and_keep_editing(
    qtbot: QtBot, answer: int, discarded: bool
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[list[str]] = []

    def click() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        buttons = [box.buttonRole(b) for b in box.buttons()]
        order = [QMessageBox.ButtonRole.DestructiveRole, QMessageBox.ButtonRole.RejectRole]
        seen.append([b.text() for b in box.buttons()])
        box.buttons()[buttons.index(order[answer])].click()

    QTimer.singleShot(50, click)
    assert form_dialogs.ask_discard(parent) is discarded
    assert seen and len(seen[0]) == 2


def test_the_question_says_discard_in_chinese(qapp: QApplication, zh_cn: object) -> None:
    assert QCoreApplication.translate("FormDialog", "Discard what you have entered?") in {
        "放弃已填写的内容？",
        "Discard what you have entered?",  # until make i18n merges resources/i18n/pending/
    }
    assert _pending("FormDialog", "Discard what you have entered?") == "放弃已填写的内容？"


# -- the search box -------------------------------------------------------------------------------
def test_too_few_digits_say_type_at_least_four(ctx: AppContext, qtbot: QtBot) -> None:
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    view = page.view
    for text, hint in (("123", True), ("1234", False), ("", False), ("王", False), ("12", True)):
        view.search_box.setText(text)
        view.search_now()
        assert view.hint_label.isVisibleTo(view) is hint, text
    assert "4" in view.hint_label.text()


# -- shortcuts and help ---------------------------------------------------------------------------
def _station(ctx: AppContext) -> None:
    draft = StationDraft(name="东河村党群服务站", code="370323104203", level="village")
    set_up_station(ctx.store.uow_factory(), draft=draft)
    ctx.refresh_station()


def test_standard_shortcuts_act_on_the_page_shown(ctx: AppContext, qtbot: QtBot) -> None:
    _station(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key = QKeySequence.StandardKey
    assert window.new_action.shortcuts() == QKeySequence.keyBindings(key.New)
    assert window.find_action.shortcuts() == QKeySequence.keyBindings(key.Find)
    assert window.print_action.shortcuts() == QKeySequence.keyBindings(key.Print)
    assert QKeySequence("F5") in window.refresh_action.shortcuts()
    assert QKeySequence("Ctrl+N") in window.new_action.shortcuts()

    page = window.show_register(navigation.members_page)
    assert isinstance(page, MembersPage)
    window.new_action.trigger()
    assert isinstance(page.dialog, MemberDialog) and page.dialog.isVisible()
    page.dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.find_action.trigger()
    assert QApplication.focusWidget() is page.view.search_box or page.view.search_box.hasFocus()
    window.print_action.trigger()  # the roll's ledger: its filter dialog opens
    dialog = window.print_actions.dialog
    assert isinstance(dialog, LedgerDialog) and dialog.isVisible()
    dialog.reject()
    window.refresh_action.trigger()  # reads everything again, without an error


def test_the_user_guide_opens_from_the_help_menu(ctx: AppContext, qtbot: QtBot) -> None:
    _station(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert QKeySequence("F1") in window.guide_action.shortcuts()
    guide = window.user_guide()
    assert isinstance(guide, GuideDialog)
    text = guide.browser.toPlainText()
    for job in ("党员花名册", "导入", "打印", "备份", "Ctrl+N", "F5"):
        assert job in text
    guide.close()


def test_the_guide_s_pictures_are_bundled() -> None:
    html = guide_path().read_text(encoding="utf-8")
    pictures = re.findall(r'<img[^>]+src="([^"]+)"', html)
    assert len(pictures) >= 4
    for src in pictures:
        assert (guide_path().parent / src).is_file(), src


# -- Qt's own words -------------------------------------------------------------------------------
def _catalogue() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    ts = ROOT / "resources" / "i18n" / "villagedesk_zh_CN.ts"
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") is None and tr.text:
                found[(name, message.findtext("source") or "")] = tr.text
    for tsv in (ROOT / "resources" / "i18n" / "pending").glob("*.tsv"):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) == 3:
                found.setdefault((fields[0], fields[1].replace("\\n", "\n")), fields[2])
    return found


def _pending(context: str, source: str) -> str | None:
    return _catalogue().get((context, source))


def test_qt_s_untranslated_words_have_chinese() -> None:
    source = (ROOT / "villagedesk" / "ui" / "qt_strings.py").read_text(encoding="utf-8")
    marked = re.findall(r'translate\(\s*"(\w+)",\s*"([^"]+)"', source)
    assert len(marked) >= 7
    catalogue = _catalogue()
    for key in marked:
        assert re.search(r"[\u4e00-\u9fff]", catalogue.get(key, "")), key
    assert len(qt_strings.qt_texts()) == len(marked)


# -- dates ----------------------------------------------------------------------------------------
def test_one_date_format_on_screen(qapp: QApplication) -> None:
    assert display_date(date(2026, 1, 1)) == "2026.01.01"
    assert display_stamp_day("2026-01-01T08:30:00Z") == "2026.01.01"
    ledger = LedgerDialog(
        "党员花名册", search="", has_dates=True, today=date(2026, 1, 1), parent=None
    )
    assert ledger.from_edit.displayFormat() == "yyyy.MM.dd"
    assert ledger.to_edit.text() == "2026.01.01"
    ledger.deleteLater()
