"""The column mapping as the user sees it: one table column per column of the file, with its header
as written, an example value and a drop-down of the field it fills. Unknown columns are shown
(highlighted), never dropped; choosing a field for one imports it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from villagedesk.core.importing.rows import ColumnMapping
from villagedesk.core.importing.template import TEMPLATES

HEADER_ROW, FIELD_ROW, EXAMPLE_ROW = range(3)
UNKNOWN_COLOUR = "#ffe0b2"
MAPPED_COLOUR = "#e3f2fd"
COLUMN_WIDTH = 170


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index: A … Z, AA …"""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


class MappingView(QTableWidget):
    """Columns of the file across, three rows down: header, field (a combo box), example."""

    field_chosen = Signal(int, object)  # column index, field key or None (not imported)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(3, 0, parent)
        self._mapping: ColumnMapping | None = None
        self.combos: list[QComboBox] = []
        self.setVerticalHeaderLabels(
            [self.tr("Header in the file"), self.tr("Imported as"), self.tr("First data row")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(40)
        self.horizontalHeader().setDefaultSectionSize(COLUMN_WIDTH)
        self.horizontalHeader().setFixedHeight(self.fontMetrics().height() + 12)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)

    def preferred_height(self) -> int:
        """Room for the three rows, the header and a horizontal scroll bar."""
        return (
            self.horizontalHeader().height()
            + 3 * self.verticalHeader().defaultSectionSize()
            + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            + 2 * self.frameWidth()
            + 4
        )

    @property
    def mapping(self) -> ColumnMapping | None:
        return self._mapping

    def set_mapping(self, mapping: ColumnMapping, examples: Sequence[str]) -> None:
        """Show ``mapping`` (rebuilding the combo boxes) with one example value per column."""
        self._mapping = mapping
        fields = TEMPLATES[mapping.kind.value]
        count = len(mapping.headers)
        self.setColumnCount(count)
        self.setHorizontalHeaderLabels([column_letter(i) for i in range(count)])
        self.combos = []
        unknown = {c for c, _h in mapping.unknown}
        for column, header in enumerate(mapping.headers):
            key = mapping.fields.get(column)
            colour = UNKNOWN_COLOUR if column in unknown else MAPPED_COLOUR if key else None
            head = QTableWidgetItem(header)
            example = QTableWidgetItem(examples[column] if column < len(examples) else "")
            if colour is not None:
                head.setBackground(QBrush(QColor(colour)))
            if column in unknown:
                head.setToolTip(
                    self.tr(
                        "Not recognised: this column is not imported. Choose a field below to "
                        "import it."
                    )
                )
            self.setItem(HEADER_ROW, column, head)
            self.setItem(EXAMPLE_ROW, column, example)
            combo = QComboBox(self)
            combo.addItem(self.tr("— not imported —"), None)
            for f in fields:
                combo.addItem(f.header, f.key)
            combo.setCurrentIndex(max(0, combo.findData(key)) if key else 0)
            combo.currentIndexChanged.connect(
                lambda _i, c=column, box=combo: self.field_chosen.emit(c, box.currentData())
            )
            self.setCellWidget(FIELD_ROW, column, combo)
            self.combos.append(combo)

    def choose(self, column: int, key: str | None) -> None:
        """Pick ``key`` in the combo box of ``column``, as the user would (emits field_chosen)."""
        combo = self.combos[column]
        combo.setCurrentIndex(0 if key is None else combo.findData(key))
