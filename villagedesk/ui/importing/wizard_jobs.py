"""How the import wizard runs its jobs: while one runs, the pages and buttons wait (the progress
dialog has Cancel); a failure is shown over the wizard after it has put its page back. The import
itself goes through ``run_change_job``, which publishes what it changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from villagedesk.core.progress import Progress
from villagedesk.ui.forms.service_op import HasChanges, Ops, run_change_job
from villagedesk.ui.jobs import JobHandle, show_error

T = TypeVar("T")
S = TypeVar("S", bound=HasChanges)


class WizardJobs:
    """Jobs for ``parent``; ``waiting`` are disabled while one runs, ``on_failure`` runs first
    when one fails."""

    def __init__(
        self,
        ops: Ops,
        parent: QWidget,
        waiting: Sequence[QWidget],
        on_failure: Callable[[], None],
    ) -> None:
        self._ops = ops
        self._parent = parent
        self._waiting = list(waiting)
        self._on_failure = on_failure

    def _busy(self, busy: bool) -> None:
        for widget in self._waiting:
            widget.setEnabled(not busy)

    def _finishing(self, on_done: Callable[[T], None]) -> Callable[[T], None]:
        def done(value: T) -> None:
            self._busy(False)
            on_done(value)

        return done

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self._on_failure()
        show_error(self._parent, error)

    def _cancelling(self, on_cancelled: Callable[[], None] | None) -> Callable[[], None]:
        def cancelled() -> None:
            self._busy(False)
            if on_cancelled is not None:
                on_cancelled()

        return cancelled

    def run(
        self,
        fn: Callable[[Progress], T],
        *,
        title: str,
        on_done: Callable[[T], None],
        on_cancelled: Callable[[], None] | None = None,
        db: bool = True,
    ) -> JobHandle[T]:
        """A job that writes nothing (reading, previewing, the error report)."""
        self._busy(True)
        return self._ops.jobs.run(
            fn,
            title=title,
            on_done=self._finishing(on_done),
            on_error=self._failed,
            on_cancelled=self._cancelling(on_cancelled),
            parent=self._parent,
            db=db,
        )

    def run_change(
        self,
        fn: Callable[[Progress], S],
        *,
        title: str,
        on_done: Callable[[S], None],
        on_cancelled: Callable[[], None] | None = None,
    ) -> JobHandle[S]:
        """A job that writes: its changes are published before ``on_done``; the progress shows
        at once."""
        self._busy(True)
        return run_change_job(
            self._ops,
            fn,
            title=title,
            on_done=self._finishing(on_done),
            on_error=self._failed,
            on_cancelled=self._cancelling(on_cancelled),
            show_after_ms=0,
            parent=self._parent,
        )
