"""设置 › 矛盾纠纷: the secretary lowers the red threshold of people involved and the next
dispute recorded is red by it; adds, renames and removes a type and the record dialog offers the
new list; names the mediation committee (the derived name is the placeholder); an orange
threshold not below the red one is refused under its field and nothing is written; unchanged
settings are not written; the tab is in the Settings dialog and fits a 1024×768 screen."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from villagedesk.core.disputes.model import DisputeDraft, PartyDraft, WarningLevel
from villagedesk.core.disputes.services import add_dispute, get_dispute
from villagedesk.core.disputes.settings import DisputeSettings, WarningRules
from villagedesk.core.disputes.settings_rules import dispute_settings
from villagedesk.core.station import Station, StationLevel
from villagedesk.ui.context import AppContext
from villagedesk.ui.disputes.record_dialog import DisputeRecordDialog
from villagedesk.ui.disputes.settings_form import DisputeSettingsForm
from villagedesk.ui.requests.station_time import ContextClock
from villagedesk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def form(ctx: AppContext, qtbot: QtBot) -> DisputeSettingsForm:
    with ctx.store.uow_factory() as uow:
        uow.station.save(
            Station(code="370323104203", name="东河村党群服务站", level=StationLevel.VILLAGE)
        )
        uow.commit()
    ctx.refresh_station()
    shown = DisputeSettingsForm(ctx)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _stored(ctx: AppContext) -> DisputeSettings:
    return dispute_settings(ctx.store.uow_factory())


def _warning_of_new_dispute(ctx: AppContext, people: int) -> WarningLevel:
    draft = DisputeDraft(
        parties=(
            PartyDraft(role="applicant", name="张三"),
            PartyDraft(role="respondent", name="李四"),
        ),
        dispute_type="邻里",
        summary="院墙排水争执",
        people=people,
    )
    saved = add_dispute(ctx.store.uow_factory(), ContextClock(ctx), draft=draft)
    return get_dispute(ctx.store.uow_factory(), dispute_id=saved.id).dispute.progress.warning


def test_the_tab_shows_the_station_s_settings(form: DisputeSettingsForm) -> None:
    assert form.settings() == DisputeSettings()
    assert form.counts["red_people"].value() == 10
    assert form.switches["red_on_criminal_risk"].isChecked()
    assert form.level_days.value() == 15
    assert form.committee.text() == ""
    assert form.committee.placeholderText() == "东河村 people's mediation committee"
    assert "东河村 people's mediation committee" in form.committee_note.text()


def test_a_changed_threshold_gives_the_next_dispute_its_level(
    form: DisputeSettingsForm, ctx: AppContext
) -> None:
    assert _warning_of_new_dispute(ctx, 6) is WarningLevel.ORANGE
    form.counts["red_people"].setValue(6)
    assert form.save(), form.errors.texts()
    assert form.saved is not None and form.saved.changes
    assert _stored(ctx).rules == WarningRules(red_people=6)
    assert _warning_of_new_dispute(ctx, 6) is WarningLevel.RED


def test_a_switched_off_rule_no_longer_fires(form: DisputeSettingsForm, ctx: AppContext) -> None:
    form.switches["orange_on_threats"].setChecked(False)
    form.level_days.setValue(10)
    assert form.save(), form.errors.texts()
    stored = _stored(ctx)
    assert not stored.rules.orange_on_threats and stored.level_days == 10


def test_types_added_renamed_and_removed_are_offered_by_the_record_dialog(
    form: DisputeSettingsForm, ctx: AppContext, qtbot: QtBot
) -> None:
    editor = form.types
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    line = editor.table.viewport().findChild(QLineEdit)
    assert line is not None and line.isVisible(), "the new row is open for typing"
    line.setText("土地承包")  # no Enter: OK keeps a name still being typed
    first = editor.table.item(0, 0)
    assert first is not None and first.text() == "婚姻家庭"
    first.setText("婚姻家庭纠纷")  # renamed in place
    editor.table.selectRow(1)  # 邻里
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert form.save(), form.errors.texts()
    types = _stored(ctx).types
    assert types[0] == "婚姻家庭纠纷" and types[-1] == "土地承包" and "邻里" not in types
    dialog = DisputeRecordDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.dispute_type.findData("土地承包") >= 0
    assert dialog.dispute_type.findData("邻里") < 0


def test_the_committee_is_named_and_emptied_again(
    form: DisputeSettingsForm, ctx: AppContext
) -> None:
    form.committee.setText(" 东河村人民调解委员会 ")
    assert form.save(), form.errors.texts()
    assert _stored(ctx).committee == "东河村人民调解委员会"
    form.load()
    assert form.committee.text() == "东河村人民调解委员会"
    form.committee.setText("")
    assert form.save()
    assert _stored(ctx).committee == ""


def test_orange_not_below_red_is_refused_under_its_field_and_nothing_is_written(
    form: DisputeSettingsForm, ctx: AppContext
) -> None:
    form.counts["orange_failed"].setValue(3)  # red is 3 too
    form.committee.setText("东" * 41)
    form.level_days.setValue(20)
    assert not form.save()
    texts = form.errors.texts()
    assert set(texts) == {"orange_failed", "committee"}
    assert "below the red one (3)" in texts["orange_failed"]
    label = form.errors.label_for("orange_failed")
    assert label is not None and label.isVisible()
    assert _stored(ctx) == DisputeSettings()
    form.counts["orange_failed"].setValue(2)
    assert "orange_failed" not in form.errors.texts(), "editing the field clears its message"


def test_unchanged_settings_are_not_written(form: DisputeSettingsForm, ctx: AppContext) -> None:
    assert form.save()
    assert form.saved is None
    form.counts["red_police"].setValue(4)
    form.counts["red_police"].setValue(3)
    assert form.save() and form.saved is None
    form.counts["red_police"].setValue(5)
    form.restore_default_rules()
    assert form.settings() == DisputeSettings() and form.save() and form.saved is None


def test_the_settings_dialog_saves_the_disputes_tab_and_fits_a_small_screen(
    form: DisputeSettingsForm, ctx: AppContext, qtbot: QtBot, qapp: QApplication
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Disputes" in titles
    tab = dialog.disputes
    assert tab.minimumSizeHint().height() < 400, "the body scrolls"
    dialog.resize(1000, 700)
    dialog.tabs.setCurrentWidget(tab)
    dialog.show()
    tab.counts["orange_people"].setValue(10)  # red is 10: refused, the tab stays shown
    dialog.accept()
    assert dialog.isVisible() and dialog.tabs.currentWidget() is tab
    tab.counts["orange_people"].setValue(4)
    dialog.accept()
    assert not dialog.isVisible()
    assert _stored(ctx) == replace(DisputeSettings(), rules=WarningRules(orange_people=4))
