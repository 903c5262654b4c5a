"""设置 → 个人信息保存期限: the months the records of people who moved away are kept (0: for
ever), and 查看到期名单…, the people past it (masked) for the 管理员 to review. Nothing is
deleted from here: the program never deletes anyone by itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.accounts.permissions import Action, allowed
from villagedesk.core.errors import DomainError
from villagedesk.core.privacy import retention
from villagedesk.core.privacy.model import RetentionDue
from villagedesk.i18n import render
from villagedesk.ui.forms.fields import error_label

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext


class DueDialog(QDialog):
    """到期名单: who moved away longer ago than the setting, ID numbers masked."""

    def __init__(self, due: list[RetentionDue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kept past the retention setting"))
        headers = (self.tr("Name"), self.tr("ID number"), self.tr("Left"), self.tr("Due"))
        self.table = QTableWidget(len(due), len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        for row, d in enumerate(due):
            cells = (d.name, d.masked_id, f"{d.left_on:%Y.%m.%d}", f"{d.due_on:%Y.%m.%d}")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        review = self.tr("Review each person; the program never deletes anyone by itself.")
        nobody = self.tr("Nobody is kept longer than the retention setting.")
        note = QLabel(review if due else nobody, self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)


class RetentionForm(QWidget):
    """The setting and the list's button; :meth:`save` keeps a changed setting."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.months = QSpinBox(self)
        self.months.setRange(0, retention.MAX_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.months.setSpecialValueText(self.tr("Keep for ever"))
        self.loaded = retention.retention_months(ctx.store.uow_factory())
        self.months.setValue(self.loaded)
        admin = allowed(ctx.store.uow_factory.actor.role, Action.CHANGE_SETTINGS)
        self.months.setEnabled(admin)
        self.due_button = QPushButton(self.tr("View the due list…"), self)
        self.due_button.setEnabled(admin)
        self.due_button.clicked.connect(lambda: self.show_due())
        self.errors = error_label(self)
        note = QLabel(
            self.tr(
                "Records of residents removed from their household and of members transferred "
                "out are kept this long; 0 keeps them for ever. The program never deletes "
                "them by itself: the administrator reviews the due list."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Keep the records of people who moved away for"), self.months)
        form.addRow("", self.due_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        self.dialog: DueDialog | None = None

    def show_due(self) -> DueDialog | None:
        try:
            due = retention.retention_due(self._ctx.store.uow_factory())
        except DomainError as e:
            self.errors.setText(render(e.message))
            return None
        self.dialog = DueDialog(due, self)
        self.dialog.open()
        return self.dialog

    def save(self) -> bool:
        """Keep the months when they changed; a refusal shows here and nothing is written."""
        months = self.months.value()
        if months == self.loaded:
            return True
        try:
            retention.set_retention_months(self._ctx.store.uow_factory(), months=months)
        except DomainError as e:
            self.errors.setText(render(e.message))
            return False
        self.loaded = months
        return True
