"""设置 › 办理时限: the station's rule table of time limits, one row per rule, first match wins.

Each row names the 诉求类型 and 紧急程度 it applies to (or 任意), whether the request is about
water, power or heating, the limit and its unit, what it is counted from and whether the clock
stops while the request is suspended. The rules themselves are checked by the core service
(core/calendar/rule_services.py), which has the last word: ``save()`` shows its refusals, row by
row, under the table. A saved table applies to requests received after it only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.calendar.deadline_rules import DEFAULT_RULES, SUSPENDED, ClockStart
from villagedesk.core.calendar.deadline_rules import DeadlineRule as Rule
from villagedesk.core.calendar.deadlines import MAX_AMOUNT, LimitUnit, TimeLimit
from villagedesk.core.calendar.rule_services import (
    ANY,
    NO,
    START_LABELS,
    UNIT_LABELS,
    YES,
    deadline_rules,
    rule_key,
    save_deadline_rules,
)
from villagedesk.core.requests.model import RequestType, Urgency
from villagedesk.core.services.results import Saved
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.i18n import enum_label, translate
from villagedesk.ui.forms.fields import FieldErrors, error_label, note_label
from villagedesk.ui.forms.service_op import run_service
from villagedesk.ui.screen_fit import make_room

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

ROW_PROBLEM = QT_TRANSLATE_NOOP("DeadlineRulesForm", "Rule {number}: {message}")
#: A rule added with 添加: 一般 requests, 7 working days (the user changes it at once).
NEW_RULE = Rule(TimeLimit(7, LimitUnit.WORKING_DAYS), urgency=Urgency.NORMAL.value)


class RowErrors(FieldErrors):
    """The service's refusals under the table, each named by its row (第 3 条规则：…)."""

    def __init__(self, table: QTableWidget, layout: QFormLayout, general: QLabel) -> None:
        super().__init__(layout, general)
        self._table = table

    def show(self, errors: Mapping[str, Sequence[Message]]) -> None:
        keys = {rule_key(row): row for row in range(self._table.rowCount())}
        lines: list[Message] = []
        for key, messages in errors.items():
            row = keys.get(key)
            for message in messages:
                if row is None:
                    lines.append(message)
                else:
                    lines.append(
                        msg("DeadlineRulesForm", ROW_PROBLEM, number=row + 1, message=message)
                    )
        bad = [keys[k] for k in errors if k in keys]
        if bad:
            self._table.selectRow(min(bad))
        super().show({"": lines})


@dataclass
class _Row:
    """The widgets of one rule; ``other_stops`` keeps states the form does not show."""

    kind: QComboBox
    urgency: QComboBox
    utilities: QComboBox
    amount: QSpinBox
    unit: QComboBox
    start: QComboBox
    stops: QCheckBox
    other_stops: frozenset[str]

    def rule(self) -> Rule:
        states = self.other_stops | ({SUSPENDED} if self.stops.isChecked() else set())
        return Rule(
            TimeLimit(self.amount.value(), LimitUnit(self.unit.currentData())),
            request_type=self.kind.currentData(),
            urgency=self.urgency.currentData(),
            utilities=self.utilities.currentData(),
            counted_from=ClockStart(self.start.currentData()),
            stop_states=frozenset(states),
        )


class DeadlineRulesForm(QWidget):
    """The table, its buttons (添加, 删除, 上移, 下移, 恢复默认) and the service's messages."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved: Saved | None = None
        self._rows: list[_Row] = []
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Request type"),
                self.tr("Urgency"),
                self.tr("Water, power or heating"),
                self.tr("Time limit"),
                self.tr("Unit"),
                self.tr("Counted from"),
                self.tr("Stop while suspended"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(160)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.defaults_button = QPushButton(self.tr("Restore the defaults"), self)
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_rule)
        self.up_button.clicked.connect(lambda: self.move_rule(-1))
        self.down_button.clicked.connect(lambda: self.move_rule(1))
        self.defaults_button.clicked.connect(lambda: self.load_rules(DEFAULT_RULES))
        self.errors = RowErrors(self.table, QFormLayout(), error_label(self))
        self._lay_out()
        self.load()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "The first rule that matches a request gives its time limit; the last rule "
                    "must apply to any request."
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors.general)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)
        layout.addLayout(buttons)
        layout.addWidget(
            note_label(self.tr("Rule changes apply to requests received from now on only."), self)
        )

    def _combo(self, choices: Sequence[tuple[str, object]], value: object) -> QComboBox:
        combo = QComboBox(self.table)
        for label, data in choices:
            combo.addItem(label, data)
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))
        combo.currentIndexChanged.connect(lambda _index: self.errors.clear())
        return combo

    def _row_widgets(self, rule: Rule) -> _Row:
        any_ = translate("Calendar", ANY)
        kinds = [(any_, None), *((enum_label(k.label), k.value) for k in RequestType)]
        urgencies = [(any_, None), *((enum_label(u.label), u.value) for u in Urgency)]
        yes_no = [
            (any_, None),
            (translate("Calendar", YES), True),
            (translate("Calendar", NO), False),
        ]
        units = [(translate("Calendar", text), unit.value) for unit, text in UNIT_LABELS.items()]
        starts = [(translate("Calendar", text), s.value) for s, text in START_LABELS.items()]
        amount = QSpinBox(self.table)
        amount.setRange(1, MAX_AMOUNT)
        amount.setValue(rule.limit.amount)
        amount.valueChanged.connect(lambda _value: self.errors.clear())
        stops = QCheckBox(self.table)
        stops.setChecked(SUSPENDED in rule.stop_states)
        return _Row(
            self._combo(kinds, rule.request_type),
            self._combo(urgencies, rule.urgency),
            self._combo(yes_no, rule.utilities),
            amount,
            self._combo(units, rule.limit.unit.value),
            self._combo(starts, rule.counted_from.value),
            stops,
            rule.stop_states - {SUSPENDED},
        )

    def rules(self) -> list[Rule]:
        """The table as the widgets now say (possibly one the service refuses)."""
        return [row.rule() for row in self._rows]

    def load(self) -> None:
        self.load_rules(deadline_rules(self._ctx.store.uow_factory()))

    def load_rules(self, rules: Sequence[Rule], *, select: int | None = None) -> None:
        self.errors.clear()
        self.table.setRowCount(0)
        self._rows = []
        self.table.setRowCount(len(rules))
        for index, rule in enumerate(rules):
            row = self._row_widgets(rule)
            widgets = (row.kind, row.urgency, row.utilities, row.amount, row.unit, row.start)
            for column, widget in enumerate((*widgets, row.stops)):
                self.table.setCellWidget(index, column, widget)
            self._rows.append(row)
        if select is not None and 0 <= select < len(rules):
            self.table.selectRow(select)

    def _current(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_rule(self) -> None:
        """A new rule above the selected one (above the last rule when none is selected)."""
        rules = self.rules()
        current = self._current()
        at = current if current is not None else max(len(rules) - 1, 0)
        rules.insert(at, NEW_RULE)
        self.load_rules(rules, select=at)

    def remove_rule(self) -> None:
        current = self._current()
        if current is None:
            return
        rules = self.rules()
        del rules[current]
        self.load_rules(rules, select=min(current, len(rules) - 1))

    def move_rule(self, step: int) -> None:
        current = self._current()
        rules = self.rules()
        if current is None or not 0 <= current + step < len(rules):
            return
        rules[current], rules[current + step] = rules[current + step], rules[current]
        self.load_rules(rules, select=current + step)

    def save(self) -> bool:
        """Keep the table (through the one write path, ui/forms/service_op); on a refusal the
        reasons show under the table and nothing is written."""
        rules, uow_factory = self.rules(), self._ctx.store.uow_factory

        def write() -> Saved:
            return save_deadline_rules(uow_factory(), rules=rules)

        saved = run_service(self._ctx, self.errors, write, parent=self)
        if saved is None:
            make_room(self)
            return False
        self.saved = saved
        return True
