"""The import wizard's second page: the header row and column mapping, the counts, and every row
with its outcome (a click shows all of a row's details below the table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.importing.rows import RowOutcome
from villagedesk.exchange.raw_table import RawTable
from villagedesk.ui.importing import summary
from villagedesk.ui.importing.mapping_view import MappingView
from villagedesk.ui.importing.pages import NOTE_STYLE, SUBHEADING_STYLE, heading, paragraph
from villagedesk.ui.importing.preview_model import (
    DETAILS,
    ID_NUMBER,
    LINE,
    NAME,
    OUTCOME,
    PreviewModel,
    outcome_text,
)
from villagedesk.ui.importing.steps import Previewed, examples

BOX_STYLE = "QFrame#summary { background: #f5f7fa; border: 1px solid #d0d7de; border-radius: 6px; }"
ROW_HEIGHT = 34


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
        self.summary = self._summary_box()
        self.model = PreviewModel(self)
        self.table = self._rows_table()
        self.details = paragraph("", "padding: 6px;")
        self.details_hint = self.tr("Click a row to read all of its details here.")
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(60)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
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
        layout.addWidget(self._rows_splitter(), 1)
        self.set_counts({})
        self.clear_details()

    def _summary_box(self) -> QFrame:
        """The counts, the standing default and what the import creates, in a framed box."""
        box = QFrame(self)
        box.setObjectName("summary")
        box.setStyleSheet(BOX_STYLE)
        self.counts_label = paragraph("", "font-size: 15px; font-weight: bold;")
        self.standing_label = paragraph()
        self.created_label = paragraph()
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 8, 12, 8)
        for label in (self.counts_label, self.standing_label, self.created_label):
            column.addWidget(label)
        return box

    def _filter_bar(self) -> QHBoxLayout:
        """显示: one checkable button per outcome, and one for every row."""
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
        return filters

    def _rows_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setWordWrap(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        for column, width in ((LINE, 56), (OUTCOME, 84), (NAME, 110), (ID_NUMBER, 196)):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(DETAILS, 400)
        return table

    def _rows_splitter(self) -> QSplitter:
        """The filter buttons over the rows, and the chosen row's details below them."""
        rows = QWidget(self)
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addLayout(self._filter_bar())
        rows_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(rows)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)
        return splitter

    def show_preview(self, table: RawTable, current: Previewed) -> None:
        """What ``current`` found in ``table``: the mapping, the sentences, counts and rows."""
        preview, mapping = current.preview, current.mapping
        self.file_label.setText(
            QCoreApplication.translate("ImportWizard", "{file} — sheet “{sheet}”").format(
                file=table.path.name, sheet=table.sheet
            )
        )
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(max(1, min(30, len(table.rows))))
        self.header_row.setValue(mapping.header_row + 1)
        self.header_row.blockSignals(False)
        self.header_note.setText(summary.header_note(mapping))
        self.header_note.setVisible(bool(self.header_note.text()))
        self.mapping.set_mapping(mapping, examples(table, mapping.header_row))
        self.unknown_note.setText(summary.unknown_note(mapping))
        self.unknown_note.setVisible(bool(mapping.unknown))
        self.counts_label.setText(summary.counts_text(preview))
        self.standing_label.setText(summary.standing_text(preview))
        self.standing_label.setVisible(bool(self.standing_label.text()))
        self.created_label.setText(summary.created_text(preview))
        self.created_label.setVisible(bool(self.created_label.text()))
        counts = preview.counts
        self.set_counts(
            {
                None: counts.total,
                RowOutcome.NEW: counts.new,
                RowOutcome.UPDATE: counts.updated,
                RowOutcome.UNCHANGED: counts.unchanged,
                RowOutcome.REFUSED: counts.refused,
            }
        )
        self.model.set_results(preview.rows)
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
