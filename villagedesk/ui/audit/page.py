"""操作日志: the audit log for the 管理员. The entries newest first (read a page at a time), the
filters (days, account, record), the selected write entry's changes field by field, 校验 (the
whole chain checked on the database worker: 操作日志完整, or the first bad entry) and 导出… (the
filtered entries as CSV, written atomically; the export is itself logged).

Reading the log is ``Action.VIEW_AUDIT``: another role sees 无权限 instead of the page (the
services refuse it anyway)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.accounts.permissions import Action, allowed
from villagedesk.core.accounts.services import list_accounts
from villagedesk.core.audit.chain import ChainCheck
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.audit.services import verify_log
from villagedesk.core.changes import Changes
from villagedesk.core.progress import Progress
from villagedesk.exchange.audit_csv import export_audit_log
from villagedesk.i18n import render, translate
from villagedesk.ui.audit.detail import ChangesPane
from villagedesk.ui.audit.entries_model import SAMPLES, AuditEntriesModel
from villagedesk.ui.audit.filter_bar import AuditFilterBar
from villagedesk.ui.jobs import inform, show_error
from villagedesk.ui.registers.excel_export import default_folder

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

OK_STYLE = "color: #2e7d32; font-weight: bold;"
BAD_STYLE = "color: #c62828; font-weight: bold;"


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._dirty = True
        self.last_check: ChainCheck | None = None
        self.last_export: Path | None = None
        self.model = AuditEntriesModel(ctx, self)
        self.filters = AuditFilterBar(self)
        self.detail = ChangesPane(ctx, self)
        self.refused = QLabel(
            QCoreApplication.translate(
                "AuditPage", "No permission: only a 管理员 may read the audit log."
            ),
            self,
        )
        self.refused.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refused.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_content())
        self.stack.addWidget(self.refused)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.filters.changed.connect(self._filtered)
        self.model.loaded.connect(self._loaded)
        ctx.hub.changed.connect(self._on_changed)

    def title(self) -> str:
        return QCoreApplication.translate("AuditPage", "Audit log")

    def _build_content(self) -> QWidget:
        content = QWidget(self)
        heading = QLabel(self.title(), content)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.summary = QLabel(content)
        self.verify_button = QPushButton(QCoreApplication.translate("AuditPage", "Verify"), content)
        self.verify_button.setToolTip(
            QCoreApplication.translate(
                "AuditPage", "Check that no entry of the audit log was changed or removed."
            )
        )
        self.verify_button.clicked.connect(lambda _c=False: self.verify())
        self.export_button = QPushButton(
            QCoreApplication.translate("AuditPage", "Export…"), content
        )
        self.export_button.clicked.connect(lambda _c=False: self.export())
        self.refresh_button = QPushButton(
            QCoreApplication.translate("AuditPage", "Refresh"), content
        )
        self.refresh_button.clicked.connect(lambda _c=False: self.refresh())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.verify_button)
        top.addWidget(self.export_button)
        top.addWidget(self.refresh_button)
        self.check_label = QLabel(content)
        self.check_label.setWordWrap(True)
        self.check_label.hide()
        self.table = QTableView(content)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        for section, sample in enumerate(SAMPLES):
            header.resizeSection(section, metrics.horizontalAdvance(sample) + 16)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        splitter = QSplitter(Qt.Orientation.Vertical, content)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.check_label)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        return content

    # -- who may read -------------------------------------------------------------------------
    def permitted(self) -> bool:
        return allowed(self._ctx.store.uow_factory.actor.role, Action.VIEW_AUDIT)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.permitted():
            self.stack.setCurrentWidget(self.refused)
            self._dirty = True
            return
        self.stack.setCurrentIndex(0)
        if self._dirty:
            self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        del changes  # every write adds an entry
        self._dirty = True
        if self.isVisible() and self.permitted():
            self.refresh()

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._dirty = False
        self.model.set_filter(self.filters.current())
        self._read_accounts()

    def _read_accounts(self) -> None:
        factory = self._ctx.store.uow_factory

        def job(_progress: Progress) -> list[str]:
            return [a.name for a in list_accounts(factory())]

        self._ctx.jobs.run(
            job,
            title=QCoreApplication.translate("AuditPage", "Reading the audit log…"),
            on_done=self.filters.set_accounts,
            on_error=lambda _e: None,  # the filter still takes a typed name
            cancellable=False,
            show_after_ms=-1,
        )

    def _filtered(self, wanted: AuditFilter) -> None:
        self.detail.show_entry(None)
        self.model.set_filter(wanted)

    def _loaded(self) -> None:
        count = self.model.rowCount()
        more = self.model.canFetchMore()
        text = (
            QCoreApplication.translate("AuditPage", "{count} entries shown")
            if not more
            else QCoreApplication.translate("AuditPage", "{count} entries shown, more below")
        )
        self.summary.setText(text.format(count=count))

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        self.detail.show_entry(self.model.entry(rows[0].row()) if rows else None)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    # -- 校验 ---------------------------------------------------------------------------------
    def verify(self) -> None:
        factory = self._ctx.store.uow_factory
        self.verify_button.setEnabled(False)

        def job(_progress: Progress) -> ChainCheck:
            return verify_log(factory())

        def failed(error: BaseException) -> None:
            self.verify_button.setEnabled(True)
            show_error(self, error)

        self._ctx.jobs.run(
            job,
            title=QCoreApplication.translate("AuditPage", "Verifying the audit log…"),
            on_done=self._verified,
            on_error=failed,
            cancellable=False,
            show_after_ms=800,
            parent=self,
        )

    def _verified(self, check: ChainCheck) -> None:
        self.verify_button.setEnabled(True)
        self.last_check = check
        self.check_label.setText(render(check.message()))
        self.check_label.setStyleSheet(OK_STYLE if check.ok else BAD_STYLE)
        self.check_label.show()

    # -- 导出… --------------------------------------------------------------------------------
    def ask_export_path(self) -> Path | None:
        name = (
            QCoreApplication.translate("AuditPage", "audit_log")
            + f"_{self._ctx.today():%Y%m%d}.csv"
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("AuditPage", "Export the audit log"),
            str(Path(default_folder()) / name),
            QCoreApplication.translate("AuditPage", "CSV files (*.csv)"),
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".csv" else chosen.with_name(chosen.name + ".csv")

    def export(self) -> None:
        path = self.ask_export_path()
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the entries the filters select to ``path`` on the database worker."""
        factory, wanted = self._ctx.store.uow_factory, self.filters.current()

        def job(progress: Progress) -> int:
            return export_audit_log(factory, wanted, path, translate, progress)

        def done(count: int) -> None:
            self.last_export = path
            self.refresh()  # the export is an entry of its own
            inform(
                self,
                QCoreApplication.translate(
                    "AuditPage", "{count} entries were written to {path}."
                ).format(count=count, path=path),
            )

        self._ctx.jobs.run(
            job,
            title=QCoreApplication.translate("AuditPage", "Exporting the audit log…"),
            on_done=done,
            parent=self,
        )
