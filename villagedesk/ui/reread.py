"""A page's read on the database worker that runs once more when asked again while it runs, so
the page always ends up showing the latest state and reads never pile up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from villagedesk.core.progress import Progress
from villagedesk.ui.jobs import show_error

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

T = TypeVar("T")


class Reread(Generic[T]):
    """``reread(read)`` runs ``read`` as a job and hands its value to ``show``; asked while a
    read runs, it keeps only the newest ``read`` and runs it when the first is done. A failure
    is shown in a message box."""

    def __init__(
        self, ctx: AppContext, parent: QWidget, title: str, show: Callable[[T], None]
    ) -> None:
        self._ctx, self._parent, self._title, self._show = ctx, parent, title, show
        self._running = False
        self._next: Callable[[], T] | None = None

    @property
    def running(self) -> bool:
        return self._running

    def __call__(self, read: Callable[[], T]) -> None:
        if self._running:
            self._next = read
            return
        self._running = True

        def job(progress: Progress) -> T:
            del progress
            return read()

        self._ctx.jobs.run(
            job,
            title=self._title,
            on_done=self._done,
            on_error=self._failed,
            cancellable=False,
            parent=self._parent,
        )

    def _done(self, value: T) -> None:
        self._running = False
        self._show(value)
        self._again()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        show_error(self._parent, error)
        self._again()

    def _again(self) -> None:
        read, self._next = self._next, None
        if read is not None:
            self(read)
