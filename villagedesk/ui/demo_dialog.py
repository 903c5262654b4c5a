"""填充演示数据: fill an empty station with made-up members, households and a year of requests,
as a cancellable job."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from villagedesk.core.progress import Progress
from villagedesk.core.services.demo import (
    DEFAULT_MEMBERS,
    DEFAULT_REQUESTS,
    MAX_REQUESTS,
    DemoResult,
    fill_demo,
)
from villagedesk.ui.context import AppContext
from villagedesk.ui.forms.base import FormDialog
from villagedesk.ui.forms.service_op import run_change_job
from villagedesk.ui.jobs import JobHandle, inform

MAX_MEMBERS = 100_000
OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


class DemoDialog(FormDialog[DemoResult]):
    """Asks how many members and requests to make, then runs the fill with progress and
    Cancel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, buttons=OK_CANCEL)
        self.ctx = ctx
        self.handle: JobHandle[DemoResult] | None = None
        self.setWindowTitle(self.tr("Fill with demo data"))
        note = QLabel(
            self.tr(
                "Fills an empty station with made-up members, branches and groups, households and "
                "a year of residents' requests, for trying VillageDesk out or for training. A "
                "station that already has members is left unchanged."
            )
        )
        note.setWordWrap(True)
        self.body_layout.addWidget(note)
        form = QFormLayout()
        self.count = QSpinBox()
        self.count.setRange(1, MAX_MEMBERS)
        self.count.setValue(DEFAULT_MEMBERS)
        self.count.setGroupSeparatorShown(False)
        form.addRow(self.tr("Number of members"), self.count)
        self.requests = QSpinBox()
        self.requests.setRange(0, MAX_REQUESTS)
        self.requests.setValue(DEFAULT_REQUESTS)
        self.requests.setGroupSeparatorShown(False)
        form.addRow(self.tr("Number of requests"), self.requests)
        self.body_layout.addLayout(form)
        self.setMinimumWidth(460)

    def save(self) -> bool:
        """OK starts the fill and closes the dialog: the job's progress dialog takes over."""
        self.start()
        return True

    def start(self) -> None:
        """Run the fill as a job; what it made is published when it is done."""
        members, requests = self.count.value(), self.requests.value()
        ctx, parent = self.ctx, self.parentWidget()
        uow_factory, today = ctx.store.uow_factory, ctx.today()

        def job(progress: Progress) -> DemoResult:
            return fill_demo(
                uow_factory(), members=members, today=today, requests=requests, progress=progress
            )

        def done(result: DemoResult) -> None:
            text = self.tr("Created {members} demo members in {branches} branches and groups.")
            if result.requests:
                text += " " + self.tr("Created {requests} demo requests of the past year.")
            inform(
                parent,
                text.format(
                    members=result.members, branches=result.branches, requests=result.requests
                ),
            )

        def cancelled() -> None:
            inform(parent, self.tr("Cancelled. Nothing was written."))

        self.handle = run_change_job(
            ctx,
            job,
            title=self.tr("Creating demo data"),
            on_done=done,
            on_cancelled=cancelled,
            show_after_ms=0,
            parent=parent,
        )
