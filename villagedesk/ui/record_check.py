"""The GUI's 检查数据库: the database's own checks, then every record against the rules; when
records break a rule, a count, the first few, all in the details (Qt's message box scrolls
them), and how to put them right. Nothing is changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from villagedesk.core.progress import Progress
from villagedesk.core.services.record_check import RecordProblem, check_records
from villagedesk.i18n import render
from villagedesk.ui.context import AppContext
from villagedesk.ui.jobs import inform

if TYPE_CHECKING:
    from villagedesk.ui.main_window import MainWindow

SHOWN = 5


def problem_lines(records: list[RecordProblem]) -> list[str]:
    return [render(line) for problem in records for line in problem.lines()]


def show_record_problems(parent: QWidget | None, records: list[RecordProblem]) -> QMessageBox:
    """Open (not exec) the report, so that tests and the event loop go on."""
    lines = problem_lines(records)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RecordCheck", "Check the database"))
    box.setText(
        QCoreApplication.translate(
            "RecordCheck",
            "The database is sound, but {count} records break a rule. Nothing was changed: "
            "find each record by its name and correct it in its form.",
        ).format(count=len(records))
    )
    more = len(lines) - SHOWN
    shown = "\n".join(lines[:SHOWN])
    if more > 0:
        shown += "\n" + QCoreApplication.translate("RecordCheck", "… and {count} more").format(
            count=more
        )
    box.setInformativeText(shown)
    box.setDetailedText("\n".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setObjectName("record_problems")
    box.open()
    return box


def check_database(ctx: AppContext, window: MainWindow) -> None:
    """检查数据库 as a job; a fault makes the window read-only."""
    store = ctx.store
    today = ctx.now().date()

    def check(progress: Progress) -> tuple[list[str], list[RecordProblem]]:
        problems = store.full_check()
        if problems:
            return problems, []
        return [], check_records(store.uow_factory, today=today, progress=progress)

    def done(found: tuple[list[str], list[RecordProblem]]) -> None:
        problems, records = found
        window.set_read_only(bool(problems))
        if problems:
            QMessageBox.warning(
                window,
                QCoreApplication.translate("MainWindow", "Check the database"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The database failed its check; VillageDesk is read-only. "
                    "Restore a backup (File menu).\n\n{details}",
                ).format(details="\n".join(problems[:5])),
            )
        elif records:
            show_record_problems(window, records)
        else:
            inform(
                window,
                QCoreApplication.translate(
                    "MainWindow",
                    "The database passed its check, and every record follows the rules.",
                ),
            )

    ctx.jobs.run(
        check,
        title=QCoreApplication.translate("MainWindow", "Checking the database"),
        on_done=done,
        cancellable=False,
        parent=window,
    )
