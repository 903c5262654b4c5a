"""The tables of the 三率 dialog: the five rates of all the period's requests, each with its
numerator, denominator and formula beside it; and the rates per channel, category or 责任人.
Every number keeps the ids of the requests behind it (``IDS_ROLE``), so a click lists them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from villagedesk.core.requests.figures import Rate, RateGroup, RateKey
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.ui.registers.lazy_model import qt_translate

CTX = "RatesDialog"
IDS_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
OVERALL_HEADERS = (
    QT_TRANSLATE_NOOP("RatesDialog", "Rate"),
    QT_TRANSLATE_NOOP("RatesDialog", "Value"),
    QT_TRANSLATE_NOOP("RatesDialog", "Counted"),
    QT_TRANSLATE_NOOP("RatesDialog", "Of"),
    QT_TRANSLATE_NOOP("RatesDialog", "Formula"),
)
_COUNTED = QT_TRANSLATE_NOOP("RatesDialog", "{rate}: the requests counted ({count})")
_OF = QT_TRANSLATE_NOOP("RatesDialog", "{rate}: the requests it is taken of ({count})")
_IN_GROUP = QT_TRANSLATE_NOOP("RatesDialog", "{group} · {title}")
_GROUP_REQUESTS = QT_TRANSLATE_NOOP("RatesDialog", "{group}: the requests ({count})")
_CELL = "{value} ({counted}/{of})"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def rate_label(key: RateKey) -> str:
    return QCoreApplication.translate("Figures", key.label)


@dataclass(frozen=True)
class Cell:
    """A number as shown, and the requests it opens (under ``title``)."""

    text: str
    ids: tuple[int, ...] = ()
    title: str = ""


def counted_cell(rate: Rate, text: str, prefix: str = "") -> Cell:
    """A rate's value or numerator: opens the requests counted above the line."""
    title = _tr(_COUNTED).format(rate=rate_label(rate.key), count=len(rate.numerator))
    if prefix:
        title = _tr(_IN_GROUP).format(group=prefix, title=title)
    return Cell(text, rate.numerator, title)


def of_cell(rate: Rate) -> Cell:
    """A rate's denominator: opens the requests it is taken of."""
    title = _tr(_OF).format(rate=rate_label(rate.key), count=len(rate.denominator))
    return Cell(str(len(rate.denominator)), rate.denominator, title)


def _item(cell: Cell) -> QTableWidgetItem:
    item = QTableWidgetItem(cell.text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if cell.ids:
        item.setData(IDS_ROLE, list(cell.ids))
        item.setData(TITLE_ROLE, cell.title)
        item.setToolTip(_tr(QT_TRANSLATE_NOOP("RatesDialog", "Click to list these requests.")))
        font = item.font()
        font.setUnderline(True)
        item.setFont(font)
    return item


def figures_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    return table


def fill_overall(table: QTableWidget, group: RateGroup) -> None:
    """One row per rate: name, value, numerator, denominator, formula."""
    table.clear()
    table.setColumnCount(len(OVERALL_HEADERS))
    table.setHorizontalHeaderLabels([_tr(h) for h in OVERALL_HEADERS])
    table.setRowCount(len(group.rates))
    for row, rate in enumerate(group.rates):
        cells = (
            Cell(rate_label(rate.key)),
            counted_cell(rate, rate.text()),
            counted_cell(rate, str(len(rate.numerator))),
            of_cell(rate),
            Cell(rate.key.formula.render(qt_translate)),
        )
        for column, cell in enumerate(cells):
            table.setItem(row, column, _item(cell))
    header = table.horizontalHeader()
    for column in range(4):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()


def group_headers() -> list[str]:
    first = (
        _tr(QT_TRANSLATE_NOOP("RatesDialog", "Name")),
        _tr(QT_TRANSLATE_NOOP("RatesDialog", "Requests")),
    )
    return [*first, *(rate_label(key) for key in RateKey)]


def fill_groups(table: QTableWidget, groups: Sequence[RateGroup]) -> None:
    """One row per channel, category or person: its requests, then each rate as
    ``66.7% (2/3)`` (a click lists the requests counted)."""
    table.clear()
    headers = group_headers()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(groups))
    for row, group in enumerate(groups):
        count = _tr(_GROUP_REQUESTS).format(group=group.name, count=len(group.requests))
        cells = [Cell(group.name), Cell(str(len(group.requests)), group.requests, count)]
        for rate in group.rates:
            text = _CELL.format(
                value=rate.text(), counted=len(rate.numerator), of=len(rate.denominator)
            )
            cells.append(counted_cell(rate, text, group.name))
        for column, cell in enumerate(cells):
            table.setItem(row, column, _item(cell))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


def cell_at(table: QTableWidget, row: int, column: int) -> Cell | None:
    """The clickable number at ``row``, ``column`` (None where there is none)."""
    item = table.item(row, column)
    if item is None or not item.data(IDS_ROLE):
        return None
    ids = tuple(int(i) for i in item.data(IDS_ROLE))
    return Cell(item.text(), ids, str(item.data(TITLE_ROLE) or ""))
