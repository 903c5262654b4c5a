"""The township's to-do list of its villages' 红 and 橙 disputes on its sync page (colour mark
and word, red first; village, 编号, parties, the current mediation level, the village's 包案人,
who at the township took it over), and the dialog that records the township's take-over
(包案), which goes to the village in the village's next receipt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.disputes.model import WarningLevel
from villagedesk.core.township.dispute_takeovers import (
    TakeoverRecorded,
    VillageDispute,
    take_over_dispute,
    village_disputes,
)
from villagedesk.i18n import render
from villagedesk.ui.disputes.dispute_register import level_square, level_word
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.fields import FieldErrors, error_label
from villagedesk.ui.jobs import inform
from villagedesk.ui.sync.tables import fill, sync_table

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

TAKEOVER_CHANGES = Changes.of(Topic.SYNC)
LEVEL_COLUMN = 0


@dataclass(frozen=True)
class TakeoverSaved:
    """A take-over recorded (what :class:`TakeoverDialog` saves)."""

    recorded: TakeoverRecorded
    changes: Changes = TAKEOVER_CHANGES


def rung_word(item: VillageDispute) -> str:
    return QCoreApplication.translate("Enum", item.rung.label)


class TakeoverDialog(FormDialog[TakeoverSaved]):
    """Who at the township takes one dispute over, and when; the dispute's 编号 and village
    are shown above the fields."""

    def __init__(
        self, ctx: AppContext, item: VillageDispute, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ops=ctx)
        self._ctx = ctx
        self.item = item
        self.setWindowTitle(self.tr("Take a dispute over"))
        form = QFormLayout()
        self.errors = FieldErrors(form, error_label(self.body))
        self.body_layout.addWidget(self.errors.general)
        self.body_layout.addLayout(form)
        form.addRow(self.tr("Village:"), QLabel(item.village_name, self.body))
        form.addRow(self.tr("Dispute:"), QLabel(item.number, self.body))
        form.addRow(self.tr("Parties:"), QLabel("、".join(item.parties), self.body))
        level = QLabel(level_word(item.level), self.body)
        form.addRow(self.tr("Warning level:"), level)
        self.current = QLabel(self._current(), self.body)
        self.current.setWordWrap(True)
        form.addRow(self.tr("Taken over by now:"), self.current)
        self.by = QLineEdit(self.body)
        self.errors.add_row(self.tr("Taken over by:"), self.by, "by")
        self.at = QLineEdit(self.body)
        self.at.setPlaceholderText(self.tr("Now, or like 2026-05-20 09:30"))
        self.errors.add_row(self.tr("Time:"), self.at, "at")
        self.resize(520, self.sizeHint().height())

    def _current(self) -> str:
        taken = self.item.takeover
        if taken is not None:
            return self.tr("{name} (a new name replaces it)").format(name=taken.owner_name)
        return self.item.township_owner or self.tr("No one yet")

    def prepare(self) -> Callable[[], TakeoverSaved]:
        factory, item = self._ctx.store.uow_factory, self.item
        by, at = self.by.text(), self.at.text()

        def save() -> TakeoverSaved:
            recorded = take_over_dispute(
                factory(), village=item.village, number=item.number, by=by, at=at
            )
            return TakeoverSaved(recorded)

        return save


class TownshipDisputesBox(QGroupBox):
    """The villages' 红 and 橙 disputes, red first, with a Take over button."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The villages' red and orange disputes"))
        self.ctx = ctx
        self.items: list[VillageDispute] = []
        #: Opens the take-over dialog (tests replace it).
        self.open_dialog: Callable[[TakeoverDialog], int] = lambda dialog: dialog.exec()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.summary = QLabel(self)
        row.addWidget(self.summary, 1)
        self.take_button = QPushButton(self.tr("Take over…"), self)
        row.addWidget(self.take_button)
        layout.addLayout(row)
        self.table = sync_table(
            [
                self.tr("Level"),
                self.tr("Village"),
                self.tr("Number"),
                self.tr("Parties"),
                self.tr("Mediation level"),
                self.tr("Case owner"),
                self.tr("Taken over by the township"),
            ],
            single=True,
        )
        layout.addWidget(self.table)
        self.take_button.clicked.connect(self.take_over_selected)
        self.table.doubleClicked.connect(lambda _index: self.take_over_selected())

    def _taken(self, item: VillageDispute) -> str:
        taken = item.takeover
        if taken is None:
            return item.township_owner or self.tr("Not taken over")
        if taken.owner_name == item.township_owner:
            return taken.owner_name
        if taken.sent_in_receipt is None:
            return self.tr("{name}; goes in the next receipt").format(name=taken.owner_name)
        return self.tr("{name}; in a receipt").format(name=taken.owner_name)

    def refresh(self) -> None:
        self.items = village_disputes(self.ctx.store.uow_factory())
        rows = [
            [
                level_word(i.level),
                i.village_name,
                i.number,
                "、".join(i.parties),
                rung_word(i),
                i.owner,
                self._taken(i),
            ]
            for i in self.items
        ]
        fill(self.table, rows)
        for r, item in enumerate(self.items):
            cell = self.table.item(r, LEVEL_COLUMN)
            if cell is None:
                continue
            cell.setIcon(QIcon(level_square(item.level)))
            cell.setToolTip("；".join(render(m) for m in item.reasons))
        red = sum(i.level is WarningLevel.RED for i in self.items)
        self.summary.setText(
            self.tr("{red} red and {orange} orange dispute(s) open in the villages.").format(
                red=red, orange=len(self.items) - red
            )
        )

    def selected(self) -> VillageDispute | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def take_over_selected(self) -> None:
        item = self.selected()
        if item is None:
            inform(self, self.tr("Select a dispute first."))
            return
        dialog = TakeoverDialog(self.ctx, item, self)
        if self.open_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        text = self.tr("{number} of {village} goes to the village in its next receipt.").format(
            number=item.number, village=item.village_name
        )
        saved = dialog.saved
        if saved is not None and saved.recorded.replaced:
            replaced = self.tr("It replaces the earlier take-over by {name}.")
            text += "\n" + replaced.format(name=saved.recorded.replaced)
        inform(self, text)
