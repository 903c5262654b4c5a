"""The 操作日志 table: the entries a filter selects, newest first, read a page at a time.

The first page is read when the filter is set; the view's scrolling asks for the next
(``canFetchMore``/``fetchMore``), read on the database worker below the last number shown
(``AuditFilter.before_seq``), so a log of years never loads at once. A read that comes back
after the filter changed is dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from villagedesk.core.accounts.guard import load_every_service
from villagedesk.core.audit.entry import AuditEntry, AuditKind
from villagedesk.core.audit.query import AuditFilter
from villagedesk.core.audit.services import list_entries
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.exchange.audit_csv import (
    kind_label,
    local_time,
    record_type_text,
    role_label,
    service_text,
)
from villagedesk.ui.jobs import show_error
from villagedesk.ui.registers.lazy_model import AnyIndex, qt_translate
from villagedesk.ui.registers.rows_model import ALERT_COLOR

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

PAGE = 200
CTX = "AuditPage"

HEADERS = (
    QT_TRANSLATE_NOOP("AuditPage", "No."),
    QT_TRANSLATE_NOOP("AuditPage", "Time"),
    QT_TRANSLATE_NOOP("AuditPage", "Account"),
    QT_TRANSLATE_NOOP("AuditPage", "Role"),
    QT_TRANSLATE_NOOP("AuditPage", "Device"),
    QT_TRANSLATE_NOOP("AuditPage", "Action"),
    QT_TRANSLATE_NOOP("AuditPage", "Service"),
    QT_TRANSLATE_NOOP("AuditPage", "Record"),
)
#: Sample texts the columns are sized to (the last stretches; longer texts are elided and
#: shown whole in the tooltip).
SAMPLES = (
    "00000",
    "2026-12-07 23:59:59",
    "欧阳王书记",
    "录入员",
    "DONGHE-PC",
    "个人信息导出",
    "新增账号（管理员）",
)


def record_text(entry: AuditEntry) -> str:
    """What the entry is about: a count of records, one record's type, or its note."""
    if entry.changes > 1:
        return QCoreApplication.translate("AuditPage", "{count} records").format(
            count=entry.changes
        )
    if entry.record_type:
        return record_type_text(entry.record_type, qt_translate)
    return entry.note  # a summary (the demo, a township import) says what it stands for


def cell_text(entry: AuditEntry, column: int) -> str:
    values = (
        lambda: str(entry.seq),
        lambda: local_time(entry.at),
        lambda: entry.actor,
        lambda: role_label(entry.role, qt_translate),
        lambda: entry.device,
        lambda: kind_label(entry.kind, qt_translate),
        lambda: service_text(entry.service, qt_translate),
        lambda: record_text(entry),
    )
    return values[column]()


class AuditEntriesModel(QAbstractTableModel):
    """The entries of :attr:`wanted`, newest first; ``loaded`` fires after each page arrives."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.wanted = AuditFilter()
        self.entries: list[AuditEntry] = []
        self._generation = 0
        self._reading = False
        self._more = False

    # -- reading ------------------------------------------------------------------------------
    def set_filter(self, wanted: AuditFilter) -> None:
        """Show the entries ``wanted`` selects (its limit is the model's page)."""
        self.wanted = replace(wanted, limit=None, before_seq=None)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.entries = []
        self._more = False
        self.endResetModel()
        self._read(None)

    def _read(self, before: int | None) -> None:
        self._reading = True
        generation, factory = self._generation, self._ctx.store.uow_factory
        page = replace(self.wanted, before_seq=before, limit=PAGE)

        def job(_progress: Progress) -> list[AuditEntry]:
            load_every_service()  # the Service column's labels, read here, not on the GUI thread
            return list_entries(factory(), page)

        def done(found: list[AuditEntry]) -> None:
            if generation == self._generation:
                self._arrived(found)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._reading = False
                show_error(None, error)

        self._ctx.jobs.run(
            job,
            title=QCoreApplication.translate("AuditPage", "Reading the audit log…"),
            on_done=done,
            on_error=failed,
            cancellable=False,
            show_after_ms=-1,
        )

    def _arrived(self, found: list[AuditEntry]) -> None:
        self._reading = False
        self._more = len(found) >= PAGE
        if found:
            first = len(self.entries)
            self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
            self.entries.extend(found)
            self.endInsertRows()
        self.loaded.emit()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._reading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.entries:
            self._read(self.entries[-1].seq)

    @property
    def reading(self) -> bool:
        return self._reading

    def entry(self, row: int) -> AuditEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    # -- the table ----------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(entry, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and entry.kind in (
            AuditKind.LOGIN_FAILED,
            AuditKind.ACCOUNT_LOCKED,
        ):
            return QColor(ALERT_COLOR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate(CTX, HEADERS[section])
        return None
