"""填充演示数据: fill an empty station with made-up members, as a cancellable job."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from villagedesk.core.progress import Progress
from villagedesk.core.services.demo import DEFAULT_MEMBERS, DemoResult, fill_demo
from villagedesk.ui.context import AppContext
from villagedesk.ui.jobs import JobHandle, inform

MAX_MEMBERS = 100_000


class DemoDialog(QDialog):
    """Asks how many members to make, then runs the fill with progress and Cancel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.handle: JobHandle[DemoResult] | None = None
        self.setWindowTitle(self.tr("Fill with demo data"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Fills an empty station with made-up members, branches and groups, for trying "
                "VillageDesk out or for training. A station that already has members is left "
                "unchanged."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.count = QSpinBox()
        self.count.setRange(1, MAX_MEMBERS)
        self.count.setValue(DEFAULT_MEMBERS)
        self.count.setGroupSeparatorShown(False)
        form.addRow(self.tr("Number of members"), self.count)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def start(self) -> None:
        """Close the dialog and run the fill; the progress dialog takes over."""
        members = self.count.value()
        ctx, parent = self.ctx, self.parentWidget()
        uow_factory, today = ctx.store.uow_factory, ctx.today()

        def job(progress: Progress) -> DemoResult:
            return fill_demo(uow_factory(), members=members, today=today, progress=progress)

        def done(result: DemoResult) -> None:
            ctx.hub.publish(result.changes)
            inform(
                parent,
                self.tr("Created {members} demo members in {branches} branches and groups.").format(
                    members=result.members, branches=result.branches
                ),
            )

        def cancelled() -> None:
            inform(parent, self.tr("Cancelled. Nothing was written."))

        self.handle = ctx.jobs.run(
            job,
            title=self.tr("Creating demo data"),
            on_done=done,
            on_cancelled=cancelled,
            show_after_ms=0,
            parent=parent,
        )
        self.accept()
