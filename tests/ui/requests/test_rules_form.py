"""设置 › 办理时限: the user changes the catch-all rule (一般) from 7 days to 5 working days and
saves; a request received afterwards is due 5 working days later. A table whose last rule does
not apply to every request is refused under the table, row named, with nothing written."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QComboBox, QSpinBox
from pytestqt.qtbot import QtBot

from tests.ui.requests.steps_setup import new_request
from villagedesk.core.calendar.deadline_rules import DEFAULT_RULES
from villagedesk.core.calendar.deadlines import LimitUnit
from villagedesk.core.requests.services import get_request
from villagedesk.ui.context import AppContext
from villagedesk.ui.requests.rules_form import DeadlineRulesForm

#: A Friday; the Monday after it (2024-06-10, 端午节) is a day off.
RECEIVED = "2024-06-07 09:00"


def _form(ctx: AppContext, qtbot: QtBot) -> DeadlineRulesForm:
    form = DeadlineRulesForm(ctx)
    qtbot.addWidget(form)
    form.resize(1000, 600)
    form.show()
    return form


def _due(ctx: AppContext, rid: int) -> datetime | None:
    return get_request(ctx.store.uow_factory(), request_id=rid).request.progress.due_at


def test_five_working_days_for_normal_requests_received_from_now_on(
    ctx: AppContext, qtbot: QtBot
) -> None:
    earlier = new_request(ctx, received_at=RECEIVED)
    form = _form(ctx, qtbot)
    last = form.table.rowCount() - 1
    assert last == len(DEFAULT_RULES) - 1
    amount = form.table.cellWidget(last, 3)
    unit = form.table.cellWidget(last, 4)
    assert isinstance(amount, QSpinBox) and isinstance(unit, QComboBox)
    assert amount.value() == 7
    amount.setValue(5)
    unit.setCurrentIndex(unit.findData(LimitUnit.WORKING_DAYS.value))

    assert form.save()
    later = new_request(ctx, received_at=RECEIVED)
    assert _due(ctx, later) == datetime(2024, 6, 18)  # 06-11 … 06-17, 端午 skipped
    assert _due(ctx, earlier) == datetime(2024, 6, 15)  # 7 days, as it was received


def test_a_table_without_a_catch_all_is_refused_under_it(ctx: AppContext, qtbot: QtBot) -> None:
    form = _form(ctx, qtbot)
    last = form.table.rowCount() - 1
    form.table.selectRow(last)
    form.move_rule(-1)  # 复杂 is now last: 一般 requests would have no limit

    assert not form.save()
    shown = form.errors.general.text()
    assert f"Rule {last + 1}:" in shown and "The last rule must apply" in shown
    assert form.errors.general.isVisible()
    fresh = DeadlineRulesForm(ctx)
    qtbot.addWidget(fresh)
    assert fresh.rules() == list(DEFAULT_RULES)  # nothing written


def test_restore_the_defaults_after_adding_and_removing(ctx: AppContext, qtbot: QtBot) -> None:
    form = _form(ctx, qtbot)
    form.add_rule()  # above the last rule
    assert form.table.rowCount() == len(DEFAULT_RULES) + 1
    assert form.rules()[-1] == DEFAULT_RULES[-1]
    form.table.selectRow(0)
    form.remove_rule()
    assert form.rules()[0] == DEFAULT_RULES[1]
    form.defaults_button.click()
    assert form.rules() == list(DEFAULT_RULES)
