"""A text progress bar on stderr, drawn from a polling thread while the job runs.

The job reports through core's Qt-free :class:`~villagedesk.core.progress.Progress`, exactly as
it does for the GUI. When stderr is not a terminal (a log, a pipe) only the final line is written.
"""

from __future__ import annotations

import sys
import threading
import unicodedata
from types import TracebackType
from typing import TextIO

from villagedesk.core.progress import Progress
from villagedesk.i18n import render, translate

WIDTH = 30
INTERVAL = 0.2


def bar_line(progress: Progress, width: int = WIDTH) -> str:
    """One line: label, bar, percent and count (or just the count while the total is unknown)."""
    label = render(progress.label) if progress.label is not None else translate("Cli", "Working…")
    fraction = progress.fraction
    if fraction is None:
        return f"{label} {progress.done}"
    filled = round(fraction * width)
    bar = "#" * filled + "-" * (width - filled)
    return f"{label} [{bar}] {fraction:4.0%} {progress.done}/{progress.total}"


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class ProgressBar:
    """``with ProgressBar(progress): run_job(progress=progress)``."""

    def __init__(
        self, progress: Progress, *, stream: TextIO | None = None, interval: float = INTERVAL
    ) -> None:
        self.progress = progress
        self._stream = stream
        self._interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_width = 0

    @property
    def stream(self) -> TextIO:
        return self._stream if self._stream is not None else sys.stderr

    def _is_tty(self) -> bool:
        try:
            return self.stream.isatty()
        except (AttributeError, ValueError):
            return False

    def _draw(self) -> None:
        line = bar_line(self.progress)
        width = display_width(line)
        self.stream.write("\r" + line + " " * max(0, self._last_width - width))
        self.stream.flush()
        self._last_width = width

    def _poll(self) -> None:
        while not self._stop.wait(self._interval):
            self._draw()

    def __enter__(self) -> ProgressBar:
        if self._is_tty():
            self._thread = threading.Thread(target=self._poll, name="progress-bar", daemon=True)
            self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self.stream.write("\r" + " " * self._last_width + "\r")
        if exc_type is None:
            self.stream.write(bar_line(self.progress) + "\n")
        self.stream.flush()
