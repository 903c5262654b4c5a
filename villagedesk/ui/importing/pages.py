"""The import wizard's first and last pages (choose the file; what was written) and the text styles
of all three (the preview page: preview_page.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from villagedesk.core.importing.rows import ImportKind
from villagedesk.core.importing.services import ImportResult
from villagedesk.ui.importing import summary

HEADING_STYLE = "font-size: 20px; font-weight: bold; padding: 4px 0;"
SUBHEADING_STYLE = "font-size: 16px; font-weight: bold; padding-top: 6px;"
NOTE_STYLE = "color: #555555;"


def heading(text: str, style: str = HEADING_STYLE) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    return label


BODY_STYLE = "font-size: 15px;"


def paragraph(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


class ChoosePage(QWidget):
    """Step 1: which file. Says what is accepted and that nothing is written yet."""

    def _requests_text(self) -> str:
        self.title.setText(self.tr("Import a ledger of residents' requests (民情台账)"))
        return self.tr(
            "Choose the 民情台账 you keep in Excel or WPS: one row per request, with at least "
            "the columns 受理时间 (or 受理日期) and 诉求内容. Requests already in the register "
            "are left as they are; the new ones come in as received, waiting to be assigned."
        )

    def __init__(self, kind: ImportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(
            self.tr("Import the Party member roll")
            if kind is ImportKind.MEMBERS
            else self.tr("Import residents and households")
        )
        what = (
            self._requests_text()
            if kind is ImportKind.REQUESTS
            else (
                self.tr(
                    "Choose the roster you keep in Excel or WPS: one row per member, with at least "
                    "the columns 姓名 and 公民身份号码."
                )
                if kind is ImportKind.MEMBERS
                else self.tr(
                    "Choose the household roster you keep in Excel or WPS: one row per person, with "
                    "the columns 姓名, 公民身份号码 and 与户主关系, and a 户号 or 户主公民身份号码 "
                    "column that puts the people of one household together."
                )
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.path_edit.setMinimumHeight(36)
        self.browse_button = QPushButton(self.tr("Choose file…"), self)
        self.browse_button.setMinimumHeight(36)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(paragraph(what, BODY_STYLE))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Accepted files: Excel workbooks (.xlsx, .xls) and CSV files (UTF-8 or GBK). "
                    "Title rows above the column names are fine. Only the first sheet is read."
                ),
                BODY_STYLE,
            )
        )
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Nothing is written yet: the next step shows every row and what would happen "
                    "to it, and you decide then."
                ),
                NOTE_STYLE,
            )
        )
        layout.addStretch(1)


class DonePage(QWidget):
    """Step 3: what was written, and the error report of the refused rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Import finished"))
        self.counts_label = paragraph("", "font-size: 18px; line-height: 150%;")
        self.refused_label = paragraph("", "font-size: 18px; color: #b71c1c;")
        self.backup_label = paragraph("", NOTE_STYLE)
        self.report_button = QPushButton(self.tr("Save error report…"), self)
        self.report_button.setMinimumHeight(40)
        self.report_note = paragraph("", NOTE_STYLE)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.refused_label)
        row = QHBoxLayout()
        row.addWidget(self.report_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.report_note)
        layout.addWidget(self.backup_label)
        layout.addStretch(1)

    def show_result(self, result: ImportResult, backup: Path | None) -> None:
        """What the import wrote, what it refused, and the backup made before writing."""
        counts = result.preview.counts
        self.title.setText(
            QCoreApplication.translate("ImportWizard", "Import finished")
            if result.wrote
            else QCoreApplication.translate("ImportWizard", "Nothing was imported")
        )
        self.counts_label.setText(summary.done_text(result))
        self.refused_label.setText(summary.refused_text(counts.refused))
        self.refused_label.setVisible(counts.refused > 0)
        self.report_button.setVisible(counts.refused > 0)
        self.report_note.setVisible(False)
        self.backup_label.setText(
            QCoreApplication.translate(
                "ImportWizard", "A backup of the database was made before writing: {file}"
            ).format(file=backup.name)
            if backup is not None
            else ""
        )
