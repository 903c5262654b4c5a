"""The township sync page's dialogs: the import preview and returning a record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.registers import field_labels
from villagedesk.core.township.services import FileOutcome, FileResult, ImportReport
from villagedesk.i18n import render, translate
from villagedesk.ui.sync.tables import fill, sync_table, type_name

#: Rows of the preview's record list shown at most (the counts cover every record).
PREVIEW_ROWS = 2000


def count_rows(report: ImportReport) -> list[list[str]]:
    """Per file and record type: new, updated, unchanged, refused (types with none left out)."""
    return [
        [
            f.path.name,
            type_name(kind),
            str(c.new),
            str(c.updated),
            str(c.unchanged),
            str(c.refused),
        ]
        for f in report.files
        for kind, c in f.counts.items()
        if c.new or c.updated or c.unchanged or c.refused
    ]


def record_rows(report: ImportReport) -> list[list[str]]:
    """The records (at most :data:`PREVIEW_ROWS`): type, label, action, changed fields or why."""
    rows: list[list[str]] = []
    for f in report.files:
        for change in f.changes[:PREVIEW_ROWS]:
            detail = (
                "；".join(render(m) for m in change.messages)
                if change.messages
                else "、".join(field_labels(change.record_type, change.fields, translate))
            )
            rows.append(
                [
                    type_name(change.record_type),
                    change.label,
                    translate("Enum", change.status.label),
                    detail,
                ]
            )
    return rows[:PREVIEW_ROWS]


class ImportPreviewDialog(QDialog):
    """The dry run's result: per file and record type new/updated/unchanged/refused, then the
    records with their changed fields. Accepting the dialog confirms the import."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import preview"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Nothing has been written yet. Check, then import.")))
        self.files = sync_table([self.tr("File"), self.tr("Result")])
        fill(self.files, [[f.path.name, render(f.message)] for f in report.files])
        self.files.setMaximumHeight(120)
        layout.addWidget(self.files)
        self.counts = sync_table(
            [
                self.tr("File"),
                self.tr("Record type"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Refused"),
            ]
        )
        fill(self.counts, count_rows(report))
        self.counts.setMaximumHeight(220)
        layout.addWidget(self.counts)
        self.records = sync_table(
            [self.tr("Record type"), self.tr("Record"), self.tr("Action"), self.tr("Fields")]
        )
        fill(self.records, record_rows(report))
        layout.addWidget(self.records, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(any(f.outcome is FileOutcome.PREVIEW for f in report.files))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ReturnDialog(QDialog):
    """Return a received record to its village: the record's id and a comment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return a record for correction"))
        form = QFormLayout(self)
        self.record = QLineEdit()
        self.comment = QLineEdit()
        form.addRow(self.tr("Record ID (UUID)"), self.record)
        form.addRow(self.tr("What to correct"), self.comment)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def ask_accept_key(parent: QWidget, result: FileResult) -> bool:
    """Ask whether an unknown or changed village key matches the village's cover sheet; for a
    package whose audit log was rewritten, whether the village confirmed it restored a backup
    (accepting its key again for this package takes its log as it is now)."""
    if result.reason == "audit_rewritten":
        text = QCoreApplication.translate(
            "TownshipSyncPage",
            "{message}\n\nTake this village's audit log as it is now only if the village "
            "confirmed that it restored a backup, and the fingerprint {fingerprint} matches the "
            "one printed on its cover sheet.",
        ).format(message=render(result.message), fingerprint=result.fingerprint)
        title = QCoreApplication.translate("TownshipSyncPage", "Audit log rewritten")
    else:
        text = QCoreApplication.translate(
            "TownshipSyncPage",
            "{message}\n\nDoes the fingerprint {fingerprint} match the one printed on the "
            "village's cover sheet? Accept this village's key only if it does.",
        ).format(message=render(result.message), fingerprint=result.fingerprint)
        title = QCoreApplication.translate("TownshipSyncPage", "New village key")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    accept = box.addButton(
        QCoreApplication.translate("TownshipSyncPage", "Fingerprints match: accept"),
        QMessageBox.ButtonRole.YesRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept
