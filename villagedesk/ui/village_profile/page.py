"""村情档案, the village's standing file: the totals, the figures per villager group (村民小组)
and the relief groups (救助群体). Read as a job on the database worker when first shown and
whenever households, members, requests, disputes or the station change (or on 刷新); 打印…
writes the one-page sheet through the print flow and previews it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.text import QT_TRANSLATE_NOOP
from villagedesk.core.village_profile.model import VillageProfile
from villagedesk.core.village_profile.services import village_profile
from villagedesk.ui.requests.station_time import ContextClock
from villagedesk.ui.reread import Reread
from villagedesk.ui.village_profile import tables

if TYPE_CHECKING:
    from villagedesk.reports.glyphs import GlyphProblem
    from villagedesk.ui.context import AppContext
    from villagedesk.ui.jobs import JobHandle
    from villagedesk.ui.printing.menu import PrintActions

WATCHED = frozenset(
    {Topic.HOUSEHOLDS, Topic.MEMBERS, Topic.REQUESTS, Topic.DISPUTES, Topic.STATION}
)
#: The totals' boxes: label, and the colour of a non-zero count (the dispute colours).
FIGURES = (
    (QT_TRANSLATE_NOOP("VillageProfilePage", "Households"), ""),
    (QT_TRANSLATE_NOOP("VillageProfilePage", "Residents"), ""),
    (QT_TRANSLATE_NOOP("VillageProfilePage", "Party members"), ""),
    (QT_TRANSLATE_NOOP("VillageProfilePage", "Relief residents"), ""),
    (QT_TRANSLATE_NOOP("VillageProfilePage", "Open requests"), ""),
    (QT_TRANSLATE_NOOP("VillageProfilePage", "Red disputes"), "#c62828"),
    (QT_TRANSLATE_NOOP("VillageProfilePage", "Orange disputes"), "#ef6c00"),
    (QT_TRANSLATE_NOOP("VillageProfilePage", "Yellow disputes"), "#a68a00"),
)


class VillageProfilePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.clock = ContextClock(ctx)
        self.shown: VillageProfile | None = None
        self._dirty = True
        self._print_actions: PrintActions | None = None
        self._reread: Reread[VillageProfile] = Reread(
            ctx, self, self.tr("Reading the village profile…"), self._show
        )
        self.groups = tables.group_table(self)
        self.relief = tables.make_table(tables.RELIEF_HEADERS, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_totals())
        layout.addWidget(QLabel(self.tr("By villager group"), self))
        layout.addWidget(self.groups, 2)
        layout.addWidget(QLabel(self.tr("Relief groups"), self))
        layout.addWidget(self.relief, 1)
        ctx.hub.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Village profile")

    def _build_header(self) -> QHBoxLayout:
        heading = QLabel(self.title(), self)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.summary = QLabel(self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(lambda _c=False: self.print_profile())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.refresh_button)
        top.addWidget(self.print_button)
        return top

    def _build_totals(self) -> QGroupBox:
        box = QGroupBox(self.tr("Totals"), self)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(2)
        self.figures: list[QLabel] = []
        for i, (label, _colour) in enumerate(FIGURES):
            value = QLabel("—", box)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setStyleSheet("font-size: 15pt; font-weight: bold;")
            name = QLabel(self.tr(label), box)
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name.setWordWrap(True)
            row, column = divmod(i, 4)
            grid.addWidget(value, 2 * row, column)
            grid.addWidget(name, 2 * row + 1, column)
            self.figures.append(value)
        return box

    # -- reading ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.topics & WATCHED:
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        """Count again, as a job on the database worker (once more if asked meanwhile)."""
        self._dirty = False
        factory, clock = self._ctx.store.uow_factory, self.clock
        self._reread(lambda: village_profile(factory, clock=clock))

    def _show(self, profile: VillageProfile) -> None:
        self.shown = profile
        self.summary.setText(
            self.tr("{station} · as of {day}").format(
                station=profile.station, day=f"{profile.as_of:%Y.%m.%d}"
            )
        )
        t = profile.totals
        values = (
            t.households,
            t.residents,
            t.members,
            t.relief_residents,
            t.open_requests,
            t.disputes.red,
            t.disputes.orange,
            t.disputes.yellow,
        )
        for label, value, (_name, colour) in zip(self.figures, values, FIGURES, strict=True):
            label.setText(str(value))
            shade = f" color: {colour};" if colour and value else ""
            label.setStyleSheet(f"font-size: 15pt; font-weight: bold;{shade}")
        self.figures[2].setToolTip(
            self.tr("{living} of them live in the village's registered households").format(
                living=t.members_in_households
            )
        )
        tables.fill_groups(self.groups, profile)
        tables.fill_relief(self.relief, profile)

    # -- printing -----------------------------------------------------------------------------
    def print_actions(self) -> PrintActions:
        from villagedesk.ui.printing.menu import PrintActions

        if self._print_actions is None:
            self._print_actions = PrintActions(self._ctx, self)
        return self._print_actions

    def print_profile(self) -> JobHandle[Sequence[GlyphProblem]]:
        """村情档案 on one A4 page, in the print preview."""
        from villagedesk.ui.village_profile.printing import profile_request

        job = profile_request(self._ctx, clock=self.clock)
        return self.print_actions().flow.start(job)
