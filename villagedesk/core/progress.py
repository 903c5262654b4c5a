"""A Qt-free progress report shared by a job and whoever watches it (GUI timer or CLI bar).

The job writes ``done``/``total``/``label`` and calls :meth:`Progress.check` between steps; the
watcher reads them and may call :meth:`Progress.cancel`. Plain attribute writes are atomic in
CPython, so no lock is needed for these few fields.
"""

from __future__ import annotations

from villagedesk.core.text import Message


class Cancelled(Exception):
    """The user cancelled the job; whatever it had started is rolled back."""


class Progress:
    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.label: Message | None = None
        self._cancelled = False

    def start(self, total: int, label: Message | None = None) -> None:
        self.total = total
        self.done = 0
        if label is not None:
            self.label = label

    def advance(self, step: int = 1) -> None:
        self.done += step
        self.check()

    def set(self, done: int) -> None:
        self.done = done
        self.check()

    def set_label(self, label: Message) -> None:
        self.label = label

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def check(self) -> None:
        """Raise :class:`Cancelled` once cancel was asked for."""
        if self._cancelled:
            raise Cancelled()

    @property
    def fraction(self) -> float | None:
        """Share done, or None while the total is unknown."""
        return None if self.total <= 0 else min(1.0, self.done / self.total)
