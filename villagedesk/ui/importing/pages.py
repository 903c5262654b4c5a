"""The import wizard's three pages: choose the file, preview (mapping and rows), done."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.importing.rows import ImportKind, RowOutcome
from villagedesk.ui.importing.mapping_view import MappingView
from villagedesk.ui.importing.preview_model import (
    DETAILS,
    ID_NUMBER,
    LINE,
    NAME,
    OUTCOME,
    PreviewModel,
    outcome_text,
)

HEADING_STYLE = "font-size: 20px; font-weight: bold; padding: 4px 0;"
SUBHEADING_STYLE = "font-size: 16px; font-weight: bold; padding-top: 6px;"
NOTE_STYLE = "color: #555555;"
BOX_STYLE = "QFrame#summary { background: #f5f7fa; border: 1px solid #d0d7de; border-radius: 6px; }"
ROW_HEIGHT = 34


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

    def __init__(self, kind: ImportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(
            self.tr("Import the Party member roll")
            if kind is ImportKind.MEMBERS
            else self.tr("Import residents and households")
        )
        what = (
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


class PreviewPage(QWidget):
    """Step 2: the header row and column mapping, the counts, and every row with its outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_label = heading("", SUBHEADING_STYLE)
        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, 30)
        self.header_row.setMinimumHeight(32)
        self.header_row.setToolTip(self.tr("The row of the sheet that holds the column names"))
        self.header_note = paragraph("", NOTE_STYLE)
        self.mapping = MappingView(self)
        self.mapping.setMinimumHeight(self.mapping.preferred_height())
        self.mapping.setMaximumHeight(self.mapping.preferred_height())
        self.unknown_note = paragraph("", "color: #8a4b00;")

        self.summary = QFrame(self)
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet(BOX_STYLE)
        self.counts_label = paragraph("", "font-size: 15px; font-weight: bold;")
        self.standing_label = paragraph()
        self.created_label = paragraph()
        box = QVBoxLayout(self.summary)
        box.setContentsMargins(12, 8, 12, 8)
        for label in (self.counts_label, self.standing_label, self.created_label):
            box.addWidget(label)

        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[RowOutcome | None, QPushButton] = {}
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        for outcome in (None, *RowOutcome):
            button = QPushButton(self)
            button.setCheckable(True)
            button.setMinimumHeight(32)
            self.filter_group.addButton(button)
            self.filter_buttons[outcome] = button
            filters.addWidget(button)
        filters.addStretch(1)
        self.filter_buttons[None].setChecked(True)

        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        for column, width in ((LINE, 56), (OUTCOME, 84), (NAME, 110), (ID_NUMBER, 196)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(DETAILS, 400)
        self.details = paragraph("", "padding: 6px;")
        self.details_hint = self.tr("Click a row to read all of its details here.")
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(60)
        self.table.selectionModel().selectionChanged.connect(self._show_details)

        rows = QWidget(self)
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addLayout(filters)
        rows_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(rows)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("Column names are in row")))
        top.addWidget(self.header_row)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.header_note)
        layout.addWidget(self.mapping)
        layout.addWidget(self.unknown_note)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.set_counts({})
        self.clear_details()

    def set_counts(self, counts: dict[RowOutcome | None, int]) -> None:
        for outcome, button in self.filter_buttons.items():
            label = self.tr("All") if outcome is None else outcome_text(outcome)
            button.setText(
                self.tr("{label} ({count})").format(label=label, count=counts.get(outcome, 0))
            )

    def clear_details(self) -> None:
        self.details.setText(f"<span style='color:#777777'>{_escape(self.details_hint)}</span>")

    def _show_details(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if not rows:
            self.clear_details()
            return
        row = min(rows)
        result = self.model.result_at(row)
        title = self.tr("Row {line}: {name}").format(line=result.line, name=result.name or "—")
        body = self.model.details_at(row) or outcome_text(result.outcome)
        self.details.setText(f"<b>{_escape(title)}</b><br>{_escape(body).replace(chr(10), '<br>')}")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
