"""The job runner: results on the GUI thread, progress polled, cancel rolls back, errors reported."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import ClassVar

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from villagedesk.core.errors import DomainError
from villagedesk.core.progress import Cancelled, Progress
from villagedesk.core.services.demo import fill_demo
from villagedesk.core.text import QT_TRANSLATE_NOOP, msg
from villagedesk.i18n import render
from villagedesk.ui.context import AppContext

LABEL = msg("Demo", QT_TRANSLATE_NOOP("Demo", "Creating demo members…"))
TOO_FEW = msg("Demo", QT_TRANSLATE_NOOP("Demo", "The number of members must be at least 1."))


def _members(ctx: AppContext) -> int:
    with ctx.store.uow_factory() as uow:
        return uow.members.count(include_voided=True)


def test_result_arrives_on_the_gui_thread(ctx: AppContext, qtbot: QtBot) -> None:
    seen: dict[str, object] = {}

    def job(_p: Progress) -> int:
        seen["job_thread"] = QThread.currentThread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["done_thread"] = QThread.currentThread()

    ctx.jobs.run(job, title="answer", on_done=done)
    assert ctx.jobs.wait_idle()
    gui = QApplication.instance().thread()  # type: ignore[union-attr]
    assert seen["value"] == 42
    assert seen["done_thread"] is gui
    assert seen["job_thread"] is not gui


def test_database_jobs_run_one_at_a_time_in_order(ctx: AppContext) -> None:
    results: list[int] = []

    def job(n: int) -> Callable[[Progress], int]:
        return lambda _p: n

    for n in range(5):
        ctx.jobs.run(job(n), title="n", on_done=results.append)
    assert ctx.jobs.wait_idle()
    assert results == [0, 1, 2, 3, 4]


def test_progress_is_polled_into_the_dialog(ctx: AppContext, qtbot: QtBot) -> None:
    release = threading.Event()

    def job(p: Progress) -> str:
        p.start(10, LABEL)
        p.advance(3)
        release.wait(10)
        return "done"

    handle = ctx.jobs.run(job, title="Working", show_after_ms=0)
    try:
        qtbot.waitUntil(lambda: handle.dialog is not None and handle.dialog.value() == 3)
        assert handle.dialog is not None
        assert handle.dialog.maximum() == 10
        assert handle.dialog.labelText() == render(LABEL)
    finally:
        release.set()
    assert ctx.jobs.wait_idle()
    assert handle.result == "done"
    assert handle.dialog is None  # closed when the job finished


def test_cancel_in_the_dialog_rolls_the_demo_fill_back(ctx: AppContext, qtbot: QtBot) -> None:
    go = threading.Event()
    outcome: list[str] = []
    factory, today = ctx.store.uow_factory, ctx.today()

    def job(p: Progress) -> object:
        go.wait(10)
        return fill_demo(factory(), members=3000, today=today, progress=p)

    handle = ctx.jobs.run(
        job,
        title="Demo",
        show_after_ms=0,
        on_done=lambda _r: outcome.append("done"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(lambda: handle.dialog is not None and handle.dialog.isVisible())
    assert handle.dialog is not None
    cancel = handle.dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    go.set()
    assert ctx.jobs.wait_idle()
    assert outcome == ["cancelled"]
    assert _members(ctx) == 0
    assert ctx.refresh_station() is None  # the demo station was rolled back too


def test_domain_error_reaches_on_error(ctx: AppContext) -> None:
    errors: list[BaseException] = []
    factory, today = ctx.store.uow_factory, ctx.today()
    ctx.jobs.run(
        lambda p: fill_demo(factory(), members=0, today=today, progress=p),
        title="Demo",
        on_error=errors.append,
        on_done=lambda _r: errors.append(AssertionError("should have failed")),
    )
    assert ctx.jobs.wait_idle()
    assert len(errors) == 1
    assert isinstance(errors[0], DomainError)
    assert errors[0].message == TOO_FEW


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_unhandled_domain_error_is_shown_in_a_message_box(ctx: AppContext, qtbot: QtBot) -> None:
    def job(_p: Progress) -> None:
        raise DomainError(TOO_FEW)

    ctx.jobs.run(job, title="Demo")
    assert ctx.jobs.wait_idle()

    def boxes() -> list[QMessageBox]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]

    qtbot.waitUntil(lambda: len(boxes()) == 1)
    box = boxes()[0]
    assert box.text() == render(TOO_FEW)
    box.close()


def test_filling_demo_data_twice_is_refused(ctx: AppContext) -> None:
    factory, today = ctx.store.uow_factory, ctx.today()
    results: list[object] = []
    errors: list[BaseException] = []
    for _ in range(2):
        ctx.jobs.run(
            lambda p: fill_demo(factory(), members=20, today=today, progress=p),
            title="Demo",
            on_done=results.append,
            on_error=errors.append,
        )
    assert ctx.jobs.wait_idle()
    assert len(results) == 1
    assert len(errors) == 1 and isinstance(errors[0], DomainError)
    assert _members(ctx) == 20


class _Captured:
    """Something a job's function holds on to; notes which thread frees it."""

    freed_on: ClassVar[list[str]] = []

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def test_what_a_job_holds_is_freed_on_the_gui_thread(ctx: AppContext) -> None:
    """A Qt object freed by a worker thread crashes the next timer event: the worker must never
    drop the last reference to the job's function (or the job's handle)."""
    _Captured.freed_on.clear()
    for _ in range(40):
        captured = _Captured()

        def job(_p: Progress, held: _Captured = captured) -> int:
            return id(held)

        handle = ctx.jobs.run(job, title="", show_after_ms=-1)
        del captured, job
        assert ctx.jobs.wait_idle()
        assert handle.is_done and handle.error is None
        del handle  # the GUI's last reference; nothing may be left on the worker's side
        error = ctx.jobs.run(lambda _p: 1 // 0, title="", on_error=lambda _e: None)
        assert ctx.jobs.wait_idle() and isinstance(error.error, ZeroDivisionError)
        del error
    assert _Captured.freed_on == [threading.main_thread().name] * 40


def test_cyclic_garbage_is_collected_on_the_gui_thread_only(qapp: QApplication) -> None:
    import gc

    from villagedesk.ui.main_thread_gc import MainThreadCollector, collect_on_main_thread

    collector = collect_on_main_thread(qapp)
    assert isinstance(collector, MainThreadCollector) and not gc.isenabled()
    assert collect_on_main_thread(qapp) is collector  # installed once
    _Captured.freed_on.clear()

    def make_garbage() -> None:
        ring: list[object] = [_Captured()]
        ring.append(ring)  # a cycle: only the collector frees it

    worker = threading.Thread(target=lambda: [make_garbage() for _ in range(5000)], name="w")
    worker.start()
    worker.join()
    assert _Captured.freed_on == []  # the worker's allocations did not collect
    assert collector.check() > 0  # past the threshold: the GUI thread's timer collects
    assert _Captured.freed_on and set(_Captured.freed_on) == {threading.main_thread().name}


def test_a_job_reported_as_the_runner_shuts_down_is_dropped(qapp: QApplication) -> None:
    from villagedesk.ui.jobs import JobRunner

    runner = JobRunner()
    ran = threading.Event()
    done: list[int] = []
    handle = runner.run(lambda _p: ran.set() or 1, title="", on_done=done.append)
    assert ran.wait(5)
    runner.shutdown()  # its report may already be queued to the GUI thread
    QApplication.processEvents()
    assert done == [] and handle.is_done and isinstance(handle.error, Cancelled)
