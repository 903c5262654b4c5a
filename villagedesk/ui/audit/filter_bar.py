"""The 操作日志 page's filters: a range of days (this computer's local days), an account and a
record's uuid. ``changed`` fires with the new :class:`AuditFilter` whenever one of them is set."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from villagedesk.core.accounts.model import AUTO_LOGIN_NAME
from villagedesk.core.audit.query import AuditFilter
from villagedesk.exchange.audit_csv import day_bounds
from villagedesk.ui.forms.date_range import DateRange

UUID_LENGTH = 36


class AuditFilterBar(QWidget):
    changed = Signal(object)  # AuditFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days = DateRange(self)
        self.account = QComboBox(self)
        self.account.setEditable(True)
        self.account.setMinimumContentsLength(8)
        self.account.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.account_edit = line = QLineEdit(self.account)
        self.account.setLineEdit(line)
        line.setPlaceholderText(QCoreApplication.translate("AuditPage", "all accounts"))
        line.setMaxLength(20)
        self.record = QLineEdit(self)
        self.record.setPlaceholderText(QCoreApplication.translate("AuditPage", "a record's uuid"))
        self.record.setMaxLength(UUID_LENGTH + 4)
        self.record.setClearButtonEnabled(True)
        self.record.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 24))
        self.clear_button = QPushButton(QCoreApplication.translate("AuditPage", "Clear"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(QCoreApplication.translate("AuditPage", "Days:"), self))
        row.addWidget(self.days.first)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.days.last)
        row.addWidget(self.days.error)
        row.addSpacing(8)
        row.addWidget(QLabel(QCoreApplication.translate("AuditPage", "Account:"), self))
        row.addWidget(self.account)
        row.addSpacing(8)
        row.addWidget(QLabel(QCoreApplication.translate("AuditPage", "Record:"), self))
        row.addWidget(self.record, 1)
        row.addWidget(self.clear_button)
        self.days.changed.connect(self._emit)
        self.account.activated.connect(lambda _i: self._emit())
        line.editingFinished.connect(self._emit)
        self.record.editingFinished.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self._last = self.current()

    def set_accounts(self, names: list[str]) -> None:
        """The accounts offered (the typed text stays)."""
        typed = self.account.currentText()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItems(["", *names, AUTO_LOGIN_NAME])
        self.account.setCurrentText(typed)
        self.account.blockSignals(False)

    def current(self) -> AuditFilter:
        since, until = day_bounds(*self.days.days)
        return AuditFilter(
            since=since,
            until=until,
            actor=self.account.currentText().strip() or None,
            record_uuid=self.record.text().strip() or None,
        )

    def clear(self) -> None:
        self.days.clear()
        self.account.setCurrentText("")
        self.record.clear()
        self._emit()

    def _emit(self) -> None:
        wanted = self.current()
        if wanted != self._last:
            self._last = wanted
            self.changed.emit(wanted)
