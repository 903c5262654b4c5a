"""工作台, the start page: today's work counted in tiles (each opens the requests or the disputes
behind it), the next 民情接待日 with who is on duty, and a new station's first three steps. Read
as a job on the database worker, again whenever requests, disputes, members or the station
change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.requests.record import RequestQuery
from villagedesk.core.services.workbench import (
    DisputeTile,
    Tile,
    Workbench,
    visitors_query,
    workbench,
)
from villagedesk.ui.requests.station_time import ContextClock
from villagedesk.ui.reread import Reread
from villagedesk.ui.workbench.reception_text import reception_text

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

WATCHED = frozenset({Topic.REQUESTS, Topic.DISPUTES, Topic.MEMBERS, Topic.STATION})
#: Tiles that turn red (overdue) or amber (due today) while they count anything.
ALARM = {Tile.OVERDUE: "#b00020", Tile.DUE_TODAY: "#b36b00"}
#: The dispute tiles' colours while they count anything (红, 橙, a level's time running out).
DISPUTE_ALARM = {
    DisputeTile.RED: "#c62828",
    DisputeTile.ORANGE: "#ef6c00",
    DisputeTile.LEVEL_DUE: "#b36b00",
}


class WorkbenchPage(QWidget):
    """``open_list`` asks the window for the request list of a tile (its query and title);
    ``first_step`` for one of the first steps: "station", "members" or "cards";
    ``record_request`` for the record form (its channel, "" for none); ``open_disputes`` for
    the dispute list of a dispute tile (the tile, its query and title)."""

    open_list = Signal(object, str)
    open_disputes = Signal(object, object, str)
    first_step = Signal(str)
    record_request = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.clock = ContextClock(ctx)
        self.shown: Workbench | None = None
        self._reread: Reread[Workbench] = Reread(
            ctx, self, self.tr("Reading the start page…"), self._show
        )
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addWidget(self._build_header(inner))
        layout.addWidget(self._build_tiles(inner))
        layout.addWidget(self._build_dispute_tiles(inner))
        layout.addWidget(self._build_reception(inner))
        layout.addWidget(self._build_first_steps(inner))
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    def title(self) -> str:
        return self.tr("Workbench")

    # -- building -----------------------------------------------------------------------------
    def _build_header(self, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Today's work"), row)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.record_button = QPushButton(self.tr("Record a request…"), row)
        self.record_button.clicked.connect(lambda: self.record_request.emit(""))
        line.addWidget(self.heading, 1)
        line.addWidget(self.record_button)
        return row

    def _build_tiles(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("Residents' requests"), parent)
        grid = QGridLayout(box)
        self.tiles: dict[Tile, QPushButton] = {}
        for index, tile in enumerate(Tile):
            button = QPushButton(box)
            button.setMinimumSize(150, 64)
            button.clicked.connect(lambda _c=False, t=tile: self.open_tile(t))
            grid.addWidget(button, index // 3, index % 3)
            self.tiles[tile] = button
        return box

    def _build_dispute_tiles(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("Disputes"), parent)
        grid = QGridLayout(box)
        self.dispute_tiles: dict[DisputeTile, QPushButton] = {}
        for index, tile in enumerate(DisputeTile):
            button = QPushButton(box)
            button.setMinimumSize(150, 64)
            button.clicked.connect(lambda _c=False, t=tile: self.open_dispute_tile(t))
            grid.addWidget(button, 0, index)
            self.dispute_tiles[tile] = button
        return box

    def _build_reception(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("Reception day (民情接待日)"), parent)
        layout = QVBoxLayout(box)
        self.reception_label = QLabel(box)
        self.reception_label.setWordWrap(True)
        buttons = QHBoxLayout()
        self.visit_button = QPushButton(self.tr("Record a visitor…"), box)
        self.visit_button.clicked.connect(self.record_visit)
        self.schedule_button = QPushButton(self.tr("Schedule and roster…"), box)
        self.schedule_button.clicked.connect(self.edit_schedule)
        self.visitors_button = QPushButton(box)
        self.visitors_button.clicked.connect(self.open_visitors)
        buttons.addWidget(self.visit_button)
        buttons.addWidget(self.visitors_button)
        buttons.addWidget(self.schedule_button)
        buttons.addStretch(1)
        layout.addWidget(self.reception_label)
        layout.addLayout(buttons)
        return box

    def _build_first_steps(self, parent: QWidget) -> QWidget:
        self.steps_box = QGroupBox(self.tr("First steps for a new station"), parent)
        layout = QVBoxLayout(self.steps_box)
        self.step_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("station", self.tr("1. Fill in the station's details…")),
            ("members", self.tr("2. Import or add the Party members…")),
            ("cards", self.tr("3. Print the first contact cards…")),
        ):
            button = QPushButton(text, self.steps_box)
            button.setStyleSheet("text-align: left; padding: 6px 12px;")
            button.clicked.connect(lambda _c=False, k=key: self.first_step.emit(k))
            layout.addWidget(button)
            self.step_buttons[key] = button
        self.steps_box.hide()
        return self.steps_box

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Count again, as a job on the database worker (once more if asked meanwhile)."""
        factory, clock = self._ctx.store.uow_factory, self.clock
        self._reread(lambda: workbench(factory(), clock=clock))

    def _show(self, shown: Workbench) -> None:
        self.shown = shown
        for tile, button in self.tiles.items():
            count = shown.counts.get(tile, 0)
            label = QCoreApplication.translate("Workbench", tile.label)
            _paint(
                button, f"{count}\n{label}", ALARM.get(tile, "") if count else "", bold=count > 0
            )
        for dispute_tile, button in self.dispute_tiles.items():
            count = shown.disputes.get(dispute_tile, 0)
            label = QCoreApplication.translate("Workbench", dispute_tile.label)
            colour = DISPUTE_ALARM.get(dispute_tile, "") if count else ""
            _paint(button, f"{count}\n{label}", colour, bold=count > 0)
        today = self.clock.local().date()
        self.reception_label.setText(reception_text(shown.reception, today))
        reception_day = shown.reception is not None and shown.reception.day == today
        self.visit_button.setEnabled(reception_day)
        self.visitors_button.setText(
            self.tr("Today's visitors ({count})").format(count=shown.visitors_today)
        )
        self.visitors_button.setEnabled(shown.visitors_today > 0)
        self.visitors_button.setVisible(reception_day or shown.visitors_today > 0)
        steps = shown.first_steps
        self.steps_box.setVisible(steps is not None)
        if steps is not None:
            self._mark(self.step_buttons["station"], steps.station_filled)
            self._mark(self.step_buttons["members"], steps.members_added)

    @staticmethod
    def _mark(button: QPushButton, done: bool) -> None:
        button.setEnabled(True)
        text = button.text().removesuffix(" ✓")
        button.setText(f"{text} ✓" if done else text)

    def _on_changed(self, changes: Changes) -> None:
        if changes.topics & WATCHED:
            self.reload()

    # -- actions ------------------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N on the start page: record a request."""
        self.record_request.emit("")

    def open_tile(self, tile: Tile) -> None:
        query: RequestQuery = tile.query()
        self.open_list.emit(query, QCoreApplication.translate("Workbench", tile.label))

    def open_dispute_tile(self, tile: DisputeTile) -> None:
        query = tile.query(self.clock.local().date())
        self.open_disputes.emit(tile, query, QCoreApplication.translate("Workbench", tile.label))

    def open_visitors(self) -> None:
        """Who came today (the day's 民情接待日 requests), in the request list."""
        query = visitors_query(self.clock.local().date())
        self.open_list.emit(query, self.tr("Today's visitors"))

    def record_visit(self) -> None:
        from villagedesk.core.requests.reception import RECEPTION_CHANNEL

        self.record_request.emit(RECEPTION_CHANNEL)

    def edit_schedule(self) -> QWidget:
        from villagedesk.ui.workbench.schedule_dialog import ScheduleDialog

        dialog = ScheduleDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog


def _paint(button: QPushButton, text: str, colour: str, *, bold: bool) -> None:
    """A tile's count and label, bold and in its alarm colour while it counts anything."""
    button.setText(text)
    weight = "font-weight: bold; " if bold else ""
    button.setStyleSheet(f"font-size: 12pt; {weight}color: {colour or 'palette(text)'};")
