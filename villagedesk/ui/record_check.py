"""What the GUI's 检查数据库 says when records break a rule: a count, the first few, all in the
details (Qt's message box scrolls them), and how to put them right. Nothing is changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from villagedesk.core.services.record_check import RecordProblem
from villagedesk.i18n import render

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
