"""党员基本情况统计: counts by sex, age, ethnicity … each count opens the members behind it."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.changes import Changes, Topic
from villagedesk.core.dates import PartialDate
from villagedesk.core.members.register import MEMBER_REGISTER
from villagedesk.core.members.statistics import (
    Bucket,
    MemberStatistics,
    StatGroup,
    member_statistics,
)
from villagedesk.core.progress import Progress
from villagedesk.i18n import render
from villagedesk.ui.jobs import show_error
from villagedesk.ui.registers.register_view import RegisterView

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

COLUMNS = 2
LINK_STYLE = (
    "QPushButton { color: #1565c0; border: none; text-decoration: underline; padding: 0 4px;"
    " font-weight: bold; text-align: right; }"
    "QPushButton:hover { color: #0d47a1; }"
    "QPushButton:disabled { color: #9e9e9e; text-decoration: none; font-weight: normal; }"
)
BAR_STYLE = (
    "QProgressBar { background: #eeeeee; border: none; border-radius: 3px; }"
    "QProgressBar::chunk { background: #c62828; border-radius: 3px; }"
)


class MemberListDialog(QDialog):
    """The members behind one count, as a register limited to their ids."""

    def __init__(
        self, ctx: AppContext, title: str, ids: Collection[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.view = RegisterView(
            MEMBER_REGISTER,
            ctx.readers.members(),
            ctx.settings,
            settings_key=f"{MEMBER_REGISTER.key}_list",
            ids_filter=ids,
            parent=self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(960, 560)


class StatisticsPage(QWidget):
    """Groups of counts in a grid of boxes; the total on top; refreshed when members change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.stats: MemberStatistics | None = None
        self.dialog: MemberListDialog | None = None
        self.count_buttons: dict[tuple[str, int], QPushButton] = {}
        self._dirty = True
        self._running = False

        heading = QLabel(self.title(), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel(self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.refresh_button)

        self._body = QWidget(self)
        self._grid = QGridLayout(self._body)
        self._grid.setSpacing(12)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        ctx.hub.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Party member statistics")

    # -- refreshing ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.topics & {Topic.MEMBERS, Topic.BRANCHES}:
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        """Count again, as a job on the database worker."""
        if self._running:
            self._dirty = True
            return
        self._dirty = False
        self._running = True
        reader = self._ctx.readers.members()
        today = self._ctx.today()

        def compute(progress: Progress) -> MemberStatistics:
            del progress
            return member_statistics(reader.stats_rows(), today=today)

        self._ctx.jobs.run(
            compute,
            title=self.tr("Counting members…"),
            on_done=self._show,
            on_error=self._failed,
            cancellable=False,
            parent=self,
        )

    def _failed(self, error: BaseException) -> None:
        self._running = False
        show_error(self, error)

    def _show(self, stats: MemberStatistics) -> None:
        self._running = False
        self.stats = stats
        self.summary.setText(
            self.tr("{count} members on the roll · as of {date}").format(
                count=stats.total, date=PartialDate.of(stats.on).display()
            )
        )
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.count_buttons.clear()
        for i, group in enumerate(stats.groups):
            self._grid.addWidget(self._group_box(group, stats.total), i // COLUMNS, i % COLUMNS)
        self._grid.setRowStretch(len(stats.groups) // COLUMNS + 1, 1)
        if self._dirty:
            self.refresh()

    def _group_box(self, group: StatGroup, total: int) -> QGroupBox:
        box = QGroupBox(render(group.title), self._body)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        for row, bucket in enumerate(group.buckets):
            label = QLabel(render(bucket.label), box)
            bar = QProgressBar(box)
            bar.setRange(0, max(total, 1))
            bar.setValue(bucket.count)
            bar.setTextVisible(False)
            bar.setFixedHeight(8)
            bar.setStyleSheet(BAR_STYLE)
            button = QPushButton(str(bucket.count), box)
            button.setStyleSheet(LINK_STYLE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setEnabled(bucket.count > 0)
            button.setToolTip(self.tr("Show these members"))
            button.clicked.connect(lambda _checked=False, g=group, b=bucket: self.open_bucket(g, b))
            self.count_buttons[(group.key, row)] = button
            share = bucket.count * 100 / total if total else 0.0
            percent = QLabel(f"{share:.1f}%", box)
            percent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            percent.setStyleSheet("color: #616161;")
            grid.addWidget(label, row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(button, row, 2)
            grid.addWidget(percent, row, 3)
        grid.setRowStretch(len(group.buckets), 1)  # rows stay compact in a tall box
        return box

    def open_bucket(self, group: StatGroup, bucket: Bucket) -> MemberListDialog:
        title = self.tr("{group} · {bucket} ({count} people)").format(
            group=render(group.title), bucket=render(bucket.label), count=bucket.count
        )
        dialog = MemberListDialog(self._ctx, title, bucket.member_ids, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog
