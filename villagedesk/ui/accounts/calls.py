"""A service call on the database worker that a dialog waits for (in order with the start-up
check, so a sign-in written while the check runs waits for it), with its refusal returned."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from villagedesk.core.progress import Progress
from villagedesk.ui.jobs import JobRunner

T = TypeVar("T")


@dataclass
class Outcome(Generic[T]):
    value: T | None = None
    error: BaseException | None = None


def wait_on_db(jobs: JobRunner, action: Callable[[], T], *, parent: QWidget | None) -> Outcome[T]:
    """Run ``action`` on the database worker; the window repaints meanwhile."""
    outcome: Outcome[T] = Outcome()
    loop = QEventLoop()

    def done(value: T) -> None:
        outcome.value = value
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome.error = error
        loop.quit()

    def work(_progress: Progress) -> T:
        return action()

    handle = jobs.run(
        work,
        title=QCoreApplication.translate("SignIn", "Checking…"),
        on_done=done,
        on_error=failed,
        cancellable=False,
        show_after_ms=1500,
        parent=parent,
    )
    if not handle.is_done:
        loop.exec()
    return outcome
