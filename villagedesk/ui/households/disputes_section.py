"""The household page's section of the disputes (矛盾纠纷) its people are party to, or that name
the household: 编号, 排查日期, 当事人, 类型, the colour (a coloured square beside its word, never
colour alone), 状态 and 包案人 of each, 红 first as the service lists them. A double click opens
the dispute's case file. The section follows the disputes and the households by itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.columns import RawRow, RegisterSpec
from villagedesk.core.disputes.model import WarningLevel
from villagedesk.core.disputes.record import Dispute, DisputeQuery
from villagedesk.core.disputes.register import DISPUTE_REGISTER, LEVEL_KEY
from villagedesk.core.disputes.services import list_disputes
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.ui.households.requests_section import Fit, Opener
from villagedesk.ui.households.section_table import fit_columns, rows_view, selected_row
from villagedesk.ui.registers.lazy_model import AnyIndex
from villagedesk.ui.registers.rows_model import RowsModel

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

SECTION_TITLE = QT_TRANSLATE_NOOP("HouseholdPage", "Disputes")
WATCHED = frozenset({Topic.DISPUTES, Topic.HOUSEHOLDS})
_KEYS = ("number", "screened_on", "parties", "dispute_type", LEVEL_KEY, "state", "owner")

#: 编号, 排查日期, 当事人, 类型, 预警等级, 状态, 包案人 (the dispute register's own columns).
HOUSEHOLD_DISPUTES = RegisterSpec(
    key="household_disputes",
    title=DISPUTE_REGISTER.title,
    columns=tuple(DISPUTE_REGISTER.column(k) for k in _KEYS),
)


def section_row(dispute: Dispute) -> RawRow:
    """The dispute's raw values in HOUSEHOLD_DISPUTES' column order."""
    v, p = dispute.values, dispute.progress
    return (
        dispute.number,
        v.screened_on.isoformat(),
        "、".join(party.name for party in v.parties),
        v.dispute_type,
        p.shown_warning.value,
        p.state.value,
        p.owner.name if p.owner is not None else "",
    )


class DisputeRowsModel(RowsModel):
    """The section's rows, the colour's cell with its square."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        from villagedesk.ui.disputes.dispute_register import level_square

        decorated = role == Qt.ItemDataRole.DecorationRole and index.isValid()
        if decorated and self.spec.keys[index.column()] == LEVEL_KEY:
            try:
                return level_square(WarningLevel(str(self.value(index.row(), LEVEL_KEY))))
            except ValueError:
                return None
        return super().data(index, role)


class DisputesSection(QGroupBox):
    """矛盾纠纷 of one household; ``fit`` sizes the table to its rows as the page's other
    sections are sized, ``open_dialog`` opens the page's dialogs."""

    def __init__(
        self,
        ctx: AppContext,
        household_id: int,
        fit: Fit,
        open_dialog: Opener,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._household_id, self._fit = ctx, household_id, fit
        self._open = open_dialog
        self.disputes: list[Dispute] = []
        self.dialog: QDialog | None = None
        self.model = DisputeRowsModel(HOUSEHOLD_DISPUTES, parent=self)
        self.view = rows_view(self.model, self)
        self.view.doubleClicked.connect(lambda index: self.open_dispute(index.row()))
        self.record_button = QPushButton(self.tr("Record a dispute…"), self)
        self.record_button.clicked.connect(lambda: self.record())
        bar = QHBoxLayout()
        bar.addWidget(self.record_button)
        bar.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.view)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        query = DisputeQuery(household_id=self._household_id)
        self.disputes = list_disputes(self._ctx.store.uow_factory(), query)
        self.model.set_rows(
            [section_row(d) for d in self.disputes], ids=[d.id for d in self.disputes]
        )
        title = QCoreApplication.translate("HouseholdPage", SECTION_TITLE)
        self.setTitle(f"{title} ({len(self.disputes)})")
        fit_columns(self.view)
        self._fit(self.view, len(self.disputes))

    def _on_changed(self, changes: Changes) -> None:
        if changes.topics & WATCHED:
            self.reload()

    def open_dispute(self, row: int | None = None) -> QDialog | None:
        """The case file of the dispute on ``row`` (the selected one by default)."""
        row = selected_row(self.view) if row is None else row
        if row is None or not 0 <= row < len(self.disputes):
            return None
        self.dialog = self._open(detail_dialog(self._ctx, self.disputes[row].id, self.window()))
        return self.dialog

    def record(self, resident_id: int | None = None) -> QDialog:
        """新增纠纷 with the household given, and the resident as the first party if one is."""
        from villagedesk.ui.disputes.record_dialog import DisputeRecordDialog

        dialog = DisputeRecordDialog(
            self._ctx, self.window(), household_id=self._household_id, resident_id=resident_id
        )
        self.dialog = self._open(dialog)
        return self.dialog

    def numbers(self) -> list[str]:
        """The 编号 shown, in order (tests)."""
        return [d.number for d in self.disputes]


def detail_dialog(ctx: AppContext, dispute_id: int, parent: QWidget) -> QDialog:
    """The case file (ui/disputes/detail_dialog.py, loaded on use)."""
    from villagedesk.core.disputes.services import get_dispute
    from villagedesk.ui.disputes.detail_dialog import DisputeDetailDialog

    detail = get_dispute(ctx.store.uow_factory(), dispute_id=dispute_id)
    return DisputeDetailDialog(ctx, detail, parent)
