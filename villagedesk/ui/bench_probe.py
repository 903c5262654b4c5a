"""A probe for ``make bench``: with ``VILLAGEDESK_BENCH=1`` the program prints ``PAINTED`` when
the start page first paints with its counts, then opens the member register, scrolls it to its
end, prints its peak RSS and quits. Without the variable it does nothing."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTableView, QWidget

if TYPE_CHECKING:
    from villagedesk.ui.context import AppContext

ENV = "VILLAGEDESK_BENCH"
_painted: list[bool] = []


def _report_painted() -> None:
    """``PAINTED``, once: the start page's, or the register's when it is shown first."""
    if not _painted:
        _painted.append(True)
        print("PAINTED", flush=True)


def peak_rss_kib() -> int:
    """Peak resident set size of this program in KiB (0 where the platform cannot tell).

    On Linux this is VmHWM, the high-water mark of this program's own address space. The
    ``ru_maxrss`` of getrusage() would also count the parent's pages that a forked child shares
    before it execs, so a child of a big benchmark process would report the parent's size.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


class _FirstPaint(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            _report_painted()
            QTimer.singleShot(0, self._scroll_to_end)
        return False

    def _scroll_to_end(self) -> None:
        table = self._table
        rows = table.model().rowCount()
        # Walk down the register a screen at a time, as a user dragging the scroll bar would.
        step = max(1, rows // 50)
        for row in range(0, rows, step):
            table.scrollTo(table.model().index(row, 0))
            QApplication.processEvents()
        table.scrollToBottom()
        QApplication.processEvents()
        print(f"ROWS {rows}", flush=True)
        print(f"PEAK_RSS_KIB {peak_rss_kib()}", flush=True)
        QApplication.quit()


def install(table: QTableView) -> None:
    """Watch ``table`` when the benchmark asked for it."""
    if os.environ.get(ENV) == "1":
        table.viewport().installEventFilter(_FirstPaint(table))


class _StartPaint(QObject):
    """The start page's first paint with its counts in, then the member register."""

    def __init__(self, page: QWidget, tile: QWidget) -> None:
        super().__init__(tile)
        self._page = page
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        counted = getattr(self._page, "shown", None) is not None
        if event.type() == QEvent.Type.Paint and counted and not self._seen:
            self._seen = True
            _report_painted()
            QTimer.singleShot(0, self._open_register)
        return False

    def _open_register(self) -> None:
        from villagedesk.ui import navigation

        window = self._page.window()
        show = getattr(window, "show_register", None)
        if show is not None:
            show(navigation.members_page)


def install_start(page: QWidget) -> None:
    """Watch the start page (its first tile) when the benchmark asked for it."""
    tiles = getattr(page, "tiles", {})
    if os.environ.get(ENV) == "1" and tiles:
        first = next(iter(tiles.values()))
        first.installEventFilter(_StartPaint(page, first))


BENCH_USER = "VILLAGEDESK_BENCH_USER"
BENCH_PASSWORD = "VILLAGEDESK_PASSWORD"


def sign_in_for_bench(ctx: AppContext) -> bool:
    """With ``VILLAGEDESK_BENCH_USER`` and ``VILLAGEDESK_PASSWORD`` set, sign in without the
    dialog and print ``SIGN_IN_MS`` (the time it took, which the start-up figure leaves out);
    False without them. A refused sign-in ends the program (exit 2)."""
    user, password = os.environ.get(BENCH_USER), os.environ.get(BENCH_PASSWORD)
    if not user or password is None:
        return False
    import time

    from villagedesk.ui.accounts.calls import wait_on_db
    from villagedesk.ui.accounts.sign_in import sign_in_on

    store = ctx.store
    start = time.perf_counter()
    outcome = wait_on_db(ctx.jobs, lambda: sign_in_on(store, user, password), parent=None)
    print(f"SIGN_IN_MS {(time.perf_counter() - start) * 1000:.1f}", flush=True)
    if outcome.value is None:
        print(f"SIGN_IN_REFUSED {type(outcome.error).__name__}", file=sys.stderr, flush=True)
        raise SystemExit(2)
    store.uow_factory.actor = outcome.value
    return True
