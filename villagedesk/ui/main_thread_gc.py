"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate when a threshold is
crossed; often a job's thread (an import, argon2, a PDF). A dialog kept alive only by a
reference cycle is then destroyed there, off the GUI thread, and its timers (a line edit's
cursor blink) stay registered with the GUI thread's dispatcher: the next timer event reaches a
freed object and the program crashes. So the automatic collector is switched off and the same
generational collections run from a timer on the GUI thread, with the interpreter's own
thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_MS = 500


class MainThreadCollector(QObject):
    """Collects cyclic garbage on the GUI thread, as often as the automatic collector would."""

    def __init__(self, app: QCoreApplication, *, check_ms: int = CHECK_MS) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app.aboutToQuit.connect(self.stop)

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; how many were freed."""
        first, second, third = self.thresholds
        count0, count1, count2 = gc.get_count()
        if count0 <= first:
            return 0
        generation = 0
        if count1 > second:
            generation = 2 if count2 > third else 1
        return gc.collect(generation)

    def stop(self) -> None:
        """Back to the automatic collector (the program is ending; no more jobs run)."""
        self.timer.stop()
        gc.enable()


def collect_on_main_thread(app: QCoreApplication) -> MainThreadCollector:
    """Install the collector on ``app`` once; the existing one when already installed."""
    existing = app.findChild(MainThreadCollector)
    if isinstance(existing, MainThreadCollector):
        return existing
    return MainThreadCollector(app)
