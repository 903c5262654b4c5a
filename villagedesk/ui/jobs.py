"""Background jobs: one serialized worker for the database, a small pool for CPU or file work.

A job is a function taking a core :class:`Progress`. The GUI polls the progress on a timer and
shows a progress dialog (with Cancel) only when the job takes a while; the result or error comes
back on the GUI thread by signal.

A worker thread never holds the last reference to anything of the GUI's: it gets the job's
function from a table by number, drops it before it reports, and reports only the number. A
Qt object freed off the GUI thread (the job's handle, or a dialog the function captured) leaves
its timers registered with the GUI thread and crashes the program at the next timer event.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from villagedesk.core.errors import DomainError, ValidationError
from villagedesk.core.faults import scrub_personal, unexpected_error
from villagedesk.core.progress import Cancelled, Progress
from villagedesk.i18n import render

T = TypeVar("T")
log = logging.getLogger(__name__)
POLL_MS = 100

# Parentless message boxes would be garbage-collected while open; keep them until closed.
_open_boxes: set[QMessageBox] = set()


def _traceback_text(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


def open_box(box: QMessageBox) -> QMessageBox:
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Tell the user what went wrong, in a window-modal box that does not block the caller."""
    if isinstance(error, ValidationError):
        text = "\n".join(render(m) for _key, m in error.all_messages())
        icon = QMessageBox.Icon.Warning
    elif isinstance(error, DomainError):
        text = render(error.message)
        icon = QMessageBox.Icon.Warning
    else:
        # Never the exception's own text: SQLAlchemy puts the statement's values (names, ID
        # numbers, phones) there. The log gets the traceback with personal digits masked.
        log.error("unexpected error in a job: %s", scrub_personal(_traceback_text(error)))
        text = render(unexpected_error(error))
        icon = QMessageBox.Icon.Critical
    box = QMessageBox(
        icon,
        QCoreApplication.translate("Jobs", "VillageDesk"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    return open_box(box)


def inform(parent: QWidget | None, text: str) -> QMessageBox:
    """A non-blocking information box."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Jobs", "VillageDesk"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    return open_box(box)


class JobHandle(QObject, Generic[T]):
    """A running job: its progress, and once finished its result or error."""

    def __init__(
        self,
        *,
        title: str,
        cancellable: bool,
        show_after_ms: int,
        parent_widget: QWidget | None,
    ) -> None:
        super().__init__()
        self.title = title
        self.progress = Progress()
        self.cancellable = cancellable
        self.show_after_ms = show_after_ms
        self.parent_widget = parent_widget
        self.dialog: QProgressDialog | None = None
        self.result: T | None = None
        self.error: BaseException | None = None
        self.is_done = False
        self.on_done: Callable[[T], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        self.on_cancelled: Callable[[], None] | None = None
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def cancel(self) -> None:
        """Ask the job to stop at its next check; its transaction is rolled back."""
        if self.cancellable:
            self.progress.cancel()

    def poll(self) -> None:
        """Show the dialog once the job has taken long enough, and bring it up to date."""
        if self.is_done:
            return
        if (
            self.dialog is None
            and self.show_after_ms >= 0
            and self._clock.elapsed() >= self.show_after_ms
        ):
            self.dialog = self._make_dialog()
        if self.dialog is None:
            return
        p = self.progress
        if p.cancelled:
            self.dialog.setLabelText(QCoreApplication.translate("Jobs", "Cancelling…"))
            return
        label = render(p.label) if p.label is not None else self.title
        if self.dialog.labelText() != label:
            self.dialog.setLabelText(label)
        if p.total > 0:
            self.dialog.setMaximum(p.total)
            self.dialog.setValue(min(p.done, p.total))
        else:
            self.dialog.setMaximum(0)  # busy indicator while the total is unknown

    def _make_dialog(self) -> QProgressDialog:
        dlg = QProgressDialog(
            self.title, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, self.parent_widget
        )
        dlg.setWindowTitle(self.title)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setMinimumWidth(420)
        modality = (
            Qt.WindowModality.WindowModal
            if self.parent_widget
            else Qt.WindowModality.ApplicationModal
        )
        dlg.setWindowModality(modality)
        if self.cancellable:
            dlg.canceled.connect(self.cancel)
        else:
            dlg.setCancelButton(None)
        dlg.show()
        return dlg

    def _start(self) -> None:
        self._timer.start()
        if self.show_after_ms == 0:
            self.poll()

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self.is_done = True
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.result = result
        self.error = error


class _Relay(QObject):
    finished = Signal(int)  # the job's number in the runner's tables


class JobRunner(QObject):
    """Runs jobs off the GUI thread; database jobs one at a time, in order."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, pool_workers: int = 2) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vd-db")
        self._pool = ThreadPoolExecutor(max_workers=pool_workers, thread_name_prefix="vd-work")
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._active: dict[int, JobHandle[Any]] = {}  # GUI thread only
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self._calls: dict[int, tuple[Callable[[Progress], Any], Progress]] = {}
        self._outcomes: dict[int, tuple[Any, BaseException | None]] = {}
        self._closed = False

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def run(
        self,
        fn: Callable[[Progress], T],
        *,
        title: str,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        cancellable: bool = True,
        show_after_ms: int = 400,
        parent: QWidget | None = None,
        db: bool = True,
    ) -> JobHandle[T]:
        """Start ``fn(progress)``; ``on_done(result)`` runs on the GUI thread when it returns.

        The progress dialog appears after ``show_after_ms`` (never when negative).
        Errors go to ``on_error``, or a message box (a DomainError's translated message).
        A cancelled job (core ``Cancelled``) calls ``on_cancelled`` if given, else nothing.
        """
        if self._closed:
            raise RuntimeError("the job runner is shut down")
        handle: JobHandle[T] = JobHandle(
            title=title,
            cancellable=cancellable,
            show_after_ms=show_after_ms,
            parent_widget=parent,
        )
        handle.on_done, handle.on_error, handle.on_cancelled = on_done, on_error, on_cancelled
        number = next(self._numbers)
        self._active[number] = handle
        with self._lock:
            self._calls[number] = (fn, handle.progress)
        handle._start()
        (self._db if db else self._pool).submit(self._work, number)
        return handle

    def _work(self, number: int) -> None:
        """On a worker thread: run job ``number``, file its outcome, report the number."""
        with self._lock:
            fn, progress = self._calls[number]
        outcome: tuple[Any, BaseException | None]
        try:
            outcome = (fn(progress), None)
        except BaseException as e:  # delivered to the GUI thread, never lost
            outcome = (None, e)
        del fn  # the table keeps it until the GUI thread has the outcome
        with self._lock:
            self._outcomes[number] = outcome
        del outcome
        self._relay.finished.emit(number)

    def _on_finished(self, number: int) -> None:
        with self._lock:
            outcome = self._outcomes.pop(number, None)
            self._calls.pop(number, None)
        handle = self._active.pop(number, None)
        if outcome is None or handle is None:  # reported as the runner shut down: cancelled
            return
        result, error = outcome
        handle._finish(result, error)
        try:
            if error is None:
                if handle.on_done is not None:
                    handle.on_done(result)
            elif isinstance(error, Cancelled):
                if handle.on_cancelled is not None:
                    handle.on_cancelled()
            elif handle.on_error is not None:
                handle.on_error(error)
            else:
                show_error(handle.parent_widget, error)
        finally:
            if not self._active:
                self.idle.emit()

    def wait_idle(self, timeout_ms: int = 20000) -> bool:
        """Process events until every job has finished (for tests and shutdown); True if idle."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._active and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if self._active:
                time.sleep(0.005)
        return not self._active

    def shutdown(self) -> None:
        """Cancel what runs, wait for the workers, deliver nothing more."""
        if self._closed:
            return
        self._closed = True
        for handle in self._active.values():
            handle.progress.cancel()
        self._db.shutdown(wait=True)
        self._pool.shutdown(wait=True)
        self._relay.finished.disconnect()
        for handle in self._active.values():
            handle._finish(None, Cancelled())
        self._active.clear()
        with self._lock:
            self._calls.clear()
            self._outcomes.clear()
