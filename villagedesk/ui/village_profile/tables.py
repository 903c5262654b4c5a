"""The tables of the village profile page: the totals, one row per villager group (with the
合计 row) and the relief groups. Small fixed lists, filled once per read; numbers right-aligned,
the 红 · 橙 · 黄 headers in their colours."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.core.village_profile.model import DisputeColours, GroupFigures, VillageProfile

CTX = "VillageProfilePage"
GROUP_HEADERS = (
    QT_TRANSLATE_NOOP("VillageProfilePage", "Villager group"),
    QT_TRANSLATE_NOOP("VillageProfilePage", "Households"),
    QT_TRANSLATE_NOOP("VillageProfilePage", "Residents"),
    QT_TRANSLATE_NOOP("VillageProfilePage", "Party members"),
    QT_TRANSLATE_NOOP("VillageProfilePage", "Relief residents"),
    QT_TRANSLATE_NOOP("VillageProfilePage", "Open requests"),
    QT_TRANSLATE_NOOP("VillageProfilePage", "Red disputes"),
    QT_TRANSLATE_NOOP("VillageProfilePage", "Orange disputes"),
    QT_TRANSLATE_NOOP("VillageProfilePage", "Yellow disputes"),
)
RELIEF_HEADERS = (
    QT_TRANSLATE_NOOP("VillageProfilePage", "Relief group"),
    QT_TRANSLATE_NOOP("VillageProfilePage", "People"),
)
TOTAL = QT_TRANSLATE_NOOP("VillageProfilePage", "Total")
COLOURS = ("#f8d0d0", "#fbe0c4", "#fbf3bf")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _say(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def make_table(headers: Sequence[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels([_tr(h) for h in headers])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def group_table(parent: QWidget) -> QTableWidget:
    table = make_table(GROUP_HEADERS, parent)
    for i, colour in enumerate(COLOURS):
        item = table.horizontalHeaderItem(6 + i)
        if item is not None:
            item.setBackground(QBrush(QColor(colour)))
    return table


def _item(text: str, *, number: bool, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


def _colours(disputes: DisputeColours) -> tuple[int, int, int]:
    return disputes.red, disputes.orange, disputes.yellow


def _row(label: str, figures: Sequence[int], *, bold: bool = False) -> list[QTableWidgetItem]:
    return [
        _item(label, number=False, bold=bold),
        *(_item(str(v), number=True, bold=bold) for v in figures),
    ]


def group_figures(g: GroupFigures) -> tuple[int, ...]:
    """A row's numbers in the table's column order."""
    return (
        g.households,
        g.residents,
        g.members,
        g.relief_residents,
        g.open_requests,
        *_colours(g.disputes),
    )


def fill_groups(table: QTableWidget, profile: VillageProfile) -> None:
    """One row per group, then the 合计 row (each dispute once; members living here)."""
    t = profile.totals
    total = (
        t.households,
        t.residents,
        t.members_in_households,
        t.relief_residents,
        t.open_requests,
        *_colours(t.disputes),
    )
    rows = [_row(g.label(_say), group_figures(g)) for g in profile.groups]
    rows.append(_row(_tr(TOTAL), total, bold=True))
    _fill(table, rows)


def fill_relief(table: QTableWidget, profile: VillageProfile) -> None:
    _fill(table, [_row(r.name, (r.residents,)) for r in profile.relief])


def _fill(table: QTableWidget, rows: Sequence[Sequence[QTableWidgetItem]]) -> None:
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, item in enumerate(row):
            table.setItem(i, j, item)
