"""The 操作日志 page's detail pane: what the selected write entry changed, record by record and
field by field (原值 → 新值). The values are the log's own: ID numbers and phones were masked
when the entry was written, and birth dates cut to the year."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.audit.changes import LISTED_TEXT, is_listed, parse_change_line
from villagedesk.core.audit.entry import AuditEntry
from villagedesk.core.audit.services import entry_changes
from villagedesk.core.progress import Progress
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.exchange.audit_csv import field_text, record_type_text, value_text
from villagedesk.ui.jobs import show_error
from villagedesk.ui.registers.lazy_model import qt_translate

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

CTX = "AuditPage"
HEADERS = (
    QT_TRANSLATE_NOOP("AuditPage", "Record type"),
    QT_TRANSLATE_NOOP("AuditPage", "Record"),
    QT_TRANSLATE_NOOP("AuditPage", "Field"),
    QT_TRANSLATE_NOOP("AuditPage", "Old value"),
    QT_TRANSLATE_NOOP("AuditPage", "New value"),
)
#: Sample texts the first columns are sized to (the last stretches).
SAMPLES = ("党员党籍变动", "0" * 36, "所在支部名称", "0" * 20)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def breakable(text: str) -> str:
    """``text`` with a zero-width space after every 16 characters of a long unspaced run (a
    sha256), so that the word-wrapped caption can break it instead of widening the pane."""
    return " ".join(
        "\u200b".join(word[i : i + 16] for i in range(0, len(word), 16)) if len(word) > 24 else word
        for word in text.split(" ")
    )


def change_rows(lines: list[str]) -> list[tuple[str, str, str, str, str]]:
    """The table's rows: (record type, uuid, field, old, new) for each changed field."""
    rows: list[tuple[str, str, str, str, str]] = []
    for line in lines:
        try:
            record_type, record_uuid, fields = parse_change_line(line)
        except ValueError:
            continue
        title = record_type_text(record_type, qt_translate)
        if is_listed(fields):  # the text stands across the field and value columns
            rows.append((title, record_uuid, qt_translate("Audit", LISTED_TEXT), "", ""))
        for field, old, new in fields:
            name = field_text(record_type, field, qt_translate)
            old_text = value_text(record_type, field, old, qt_translate)
            new_text = value_text(record_type, field, new, qt_translate)
            rows.append((title, record_uuid, name, old_text, new_text))
    return rows


class ChangesPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shown_seq: int | None = None
        self.caption = QLabel(
            QCoreApplication.translate("AuditPage", "Select an entry to see what it changed."), self
        )
        self.caption.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([_tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        for section, sample in enumerate(SAMPLES):
            header.resizeSection(section, metrics.horizontalAdvance(sample) + 16)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)

    def cells(self) -> list[list[str]]:
        """Every cell's text (what the user sees), row by row."""
        return [
            [(self.table.item(r, c) or QTableWidgetItem()).text() for c in range(len(HEADERS))]
            for r in range(self.table.rowCount())
        ]

    def show_entry(self, entry: AuditEntry | None) -> None:
        self.table.setRowCount(0)
        self._shown_seq = entry.seq if entry is not None else None
        if entry is None:
            self.caption.setText(
                QCoreApplication.translate("AuditPage", "Select an entry to see what it changed.")
            )
            return
        if not entry.changes:
            text = QCoreApplication.translate("AuditPage", "Entry {seq} changed no record.").format(
                seq=entry.seq
            )
            if entry.note:
                text += " " + QCoreApplication.translate("AuditPage", "Note: {note}").format(
                    note=entry.note
                )
            self.caption.setText(text)
            return
        self.caption.setText(
            QCoreApplication.translate("AuditPage", "Reading entry {seq}…").format(seq=entry.seq)
        )
        factory, seq = self._ctx.store.uow_factory, entry.seq

        def job(_progress: Progress) -> list[str]:
            return entry_changes(factory(), seq=seq)

        self._ctx.jobs.run(
            job,
            title=QCoreApplication.translate("AuditPage", "Reading the audit log…"),
            on_done=lambda lines: self._fill(entry, lines),
            on_error=self._failed,
            cancellable=False,
            show_after_ms=-1,
        )

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _fill(self, entry: AuditEntry, lines: list[str]) -> None:
        if entry.seq != self._shown_seq:
            return  # another entry was selected meanwhile
        rows = change_rows(lines)
        text = QCoreApplication.translate("AuditPage", "Entry {seq} changed {count} records:")
        text = text.format(seq=entry.seq, count=entry.changes)
        if entry.note:  # an import's file and its digest
            text += " " + QCoreApplication.translate("AuditPage", "Note: {note}").format(
                note=breakable(entry.note)
            )
        self.caption.setText(text)
        self.table.clearSpans()
        self.table.setRowCount(len(rows))
        listed = qt_translate("Audit", LISTED_TEXT)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                self.table.setItem(r, c, item)
            if row[2] == listed:
                self.table.setSpan(r, 2, 1, 3)
