"""The import preview's rows: a table model over the service's per-row results, with a filter by
outcome kept as a list of row numbers (no proxy), so 10,000 rows stay responsive."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from villagedesk.core.importing.rows import RowOutcome, RowResult
from villagedesk.i18n import render
from villagedesk.ui.masked import shown

AnyIndex = QModelIndex | QPersistentModelIndex
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
"""data(index, RESULT_ROLE) is the row's :class:`RowResult`."""

LINE, OUTCOME, NAME, ID_NUMBER, DETAILS = range(5)

#: Soft row colours by outcome: easy on the eye, readable in black text.
OUTCOME_COLOURS: dict[RowOutcome, str] = {
    RowOutcome.NEW: "#e8f5e9",
    RowOutcome.UPDATE: "#fff8e1",
    RowOutcome.UNCHANGED: "#ffffff",
    RowOutcome.REFUSED: "#ffebee",
}
OUTCOME_TEXT_COLOURS: dict[RowOutcome, str] = {
    RowOutcome.NEW: "#1b5e20",
    RowOutcome.UPDATE: "#8a5a00",
    RowOutcome.UNCHANGED: "#555555",
    RowOutcome.REFUSED: "#b71c1c",
}


def outcome_text(outcome: RowOutcome) -> str:
    """New / Update / Unchanged / Refused, translated (the label is declared in core)."""
    return QCoreApplication.translate("Import", outcome.label)


def details_text(result: RowResult) -> str:
    """What the user reads about a row: the reasons, the fields that change, the notes."""
    parts: list[str] = []
    if result.outcome is RowOutcome.REFUSED:
        parts.extend(render(m) for m in result.reasons)
    elif result.outcome is RowOutcome.UPDATE and result.changes:
        changed = QCoreApplication.translate("ImportPreview", "; ").join(
            QCoreApplication.translate("ImportPreview", "{field}: {old} → {new}").format(
                field=c.header,
                old=c.old or QCoreApplication.translate("ImportPreview", "(blank)"),
                new=c.new,
            )
            for c in result.changes
        )
        parts.append(
            QCoreApplication.translate("ImportPreview", "Will change {fields}").format(
                fields=changed
            )
        )
    parts.extend(render(m) for m in result.notes)
    parts.extend(render(m) for m in result.warnings)
    return "\n".join(parts)


class PreviewModel(QAbstractTableModel):
    """One table row per shown result: row number, outcome, name, ID number, details."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: tuple[RowResult, ...] = ()
        self._shown: list[int] = []
        self._filter: RowOutcome | None = None
        self._details: dict[int, str] = {}
        self._brushes = {o: QBrush(QColor(c)) for o, c in OUTCOME_COLOURS.items()}
        self._text_brushes = {o: QBrush(QColor(c)) for o, c in OUTCOME_TEXT_COLOURS.items()}

    # -- content ------------------------------------------------------------------------------
    def set_results(self, results: Sequence[RowResult]) -> None:
        self.beginResetModel()
        self._results = tuple(results)
        self._details.clear()
        self._shown = self._matching()
        self.endResetModel()

    def set_filter(self, outcome: RowOutcome | None) -> None:
        """Show only rows with ``outcome`` (None: every row)."""
        if outcome is self._filter:
            return
        self.beginResetModel()
        self._filter = outcome
        self._shown = self._matching()
        self.endResetModel()

    @property
    def filter(self) -> RowOutcome | None:
        return self._filter

    def _matching(self) -> list[int]:
        if self._filter is None:
            return list(range(len(self._results)))
        return [i for i, r in enumerate(self._results) if r.outcome is self._filter]

    def result_at(self, row: int) -> RowResult:
        return self._results[self._shown[row]]

    def shown(self) -> list[RowResult]:
        return [self._results[i] for i in self._shown]

    def details_at(self, row: int) -> str:
        index = self._shown[row]
        text = self._details.get(index)
        if text is None:
            text = details_text(self._results[index])
            self._details[index] = text
        return text

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 5:
            return None
        return (
            QCoreApplication.translate("ImportPreview", "Row"),
            QCoreApplication.translate("ImportPreview", "Result"),
            QCoreApplication.translate("ImportPreview", "Name"),
            QCoreApplication.translate("ImportPreview", "ID number"),
            QCoreApplication.translate("ImportPreview", "Details"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        result = self.result_at(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.details_at(index.row()) if col == DETAILS else None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == LINE:
                return str(result.line)
            if col == OUTCOME:
                return outcome_text(result.outcome)
            if col == NAME:
                return result.name
            if col == ID_NUMBER:
                return shown("id_number", result.id_number)
            if col == DETAILS:
                return self.details_at(index.row()).replace(
                    "\n", QCoreApplication.translate("ImportPreview", "; ")
                )
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[result.outcome]
        if role == Qt.ItemDataRole.ForegroundRole and col == OUTCOME:
            return self._text_brushes[result.outcome]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == LINE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == RESULT_ROLE:
            return result
        return None
