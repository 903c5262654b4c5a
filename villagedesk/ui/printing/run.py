"""Make a document as a job, then preview it: the one path every printed document takes.

The writer runs on the database worker with progress and cancel, writing atomically to a private
temp folder. A cancelled or failed job leaves no file behind. Characters no font covers are
reported (which record, which character) before the preview opens, and again above its pages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from villagedesk.core.progress import Progress
from villagedesk.core.unmasking import log_print
from villagedesk.ui.jobs import JobHandle, open_box, show_error
from villagedesk.ui.printing import files
from villagedesk.ui.printing.preview import PreviewDialog
from villagedesk.ui.printing.printer import PrintError

if TYPE_CHECKING:
    from villagedesk.reports.glyphs import GlyphProblem
    from villagedesk.ui.context import AppContext

#: Writes the PDF at the given path and returns the characters it could not draw (and the texts
#: that did not fit). Named in quotes: the writers (ReportLab) load only when a job runs.
Build = Callable[[Progress, Path], Sequence["GlyphProblem"]]


@dataclass(frozen=True)
class PrintRequest:
    """A document to make: its title, the file name offered when saving, and its writer."""

    title: str
    file_name: str
    build: Build
    actual_size: bool = False
    personal: bool = True
    """Personal data (a 台账, cards, a handbook, a request's sheet): printing it is logged (PRINT)
    and refused for a 查看. False: a public notice (masked), figures, a calibration page."""


def describe_problem(problem: GlyphProblem) -> str:
    """One uncovered character as the user reads it: record, character and code point (a text
    that did not fit: the record and what was not printed in full)."""
    character = problem.character
    if not character:
        return str(problem)
    return QCoreApplication.translate(
        "Printing", "{record}: the character “{character}” ({codepoint})"
    ).format(record=problem.record, character=character, codepoint=f"U+{ord(character[0]):04X}")


class PrintFlow:
    """Starts print jobs for one window and keeps the preview that is open (tests look at it)."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        self.ctx = ctx
        self.parent = parent
        self.preview: PreviewDialog | None = None
        self.problem_box: QMessageBox | None = None
        self.last_path: Path | None = None

    def start(
        self,
        request: PrintRequest,
        *,
        show_after_ms: int = 300,
        on_preview: Callable[[PreviewDialog], None] | None = None,
    ) -> JobHandle[Sequence[GlyphProblem]]:
        """Run the writer as a job; on success open the preview (after any problems are shown)."""
        path = files.new_temp_pdf(request.file_name)
        self.last_path = path

        factory = self.ctx.store.uow_factory

        def work(progress: Progress) -> Sequence[GlyphProblem]:
            if request.personal:  # every printed document passes here: the log says which
                log_print(factory(), document=request.title)
            try:
                problems = request.build(progress, path)
                progress.check()  # cancelled while the writer ran: nothing is kept
                return problems
            except BaseException:
                files.discard(path)
                raise

        def done(problems: Sequence[GlyphProblem]) -> None:
            texts = [describe_problem(p) for p in problems]
            if not texts:
                self.open_preview(request, path, texts, on_preview)
                return
            # told first (which record, which character); the preview opens once it is read
            box = self._report(request, texts)
            box.finished.connect(
                lambda _result: self.open_preview(request, path, texts, on_preview)
            )

        return self.ctx.jobs.run(
            work,
            title=QCoreApplication.translate("Printing", "Preparing “{title}”").format(
                title=request.title
            ),
            on_done=done,
            show_after_ms=show_after_ms,
            parent=self.parent,
        )

    def _report(self, request: PrintRequest, texts: list[str]) -> QMessageBox:
        shown = texts[:30]
        if len(texts) > len(shown):
            shown.append(
                QCoreApplication.translate("Printing", "… and {count} more").format(
                    count=len(texts) - len(shown)
                )
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            request.title,
            QCoreApplication.translate(
                "Printing",
                "No font on this computer has these characters; they print as □. "
                "Correct the records or install a font that has them:",
            ),
            QMessageBox.StandardButton.Ok,
            self.parent,
        )
        box.setDetailedText("\n".join(texts))
        box.setInformativeText("\n".join(shown))
        self.problem_box = open_box(box)
        return box

    def open_preview(
        self,
        request: PrintRequest,
        path: Path,
        problems: list[str],
        on_preview: Callable[[PreviewDialog], None] | None = None,
    ) -> PreviewDialog | None:
        try:
            dialog = PreviewDialog(
                path,
                title=request.title,
                actual_size=request.actual_size,
                problems=problems,
                settings=self.ctx.settings,
                parent=self.parent,
            )
        except PrintError as e:
            files.discard(path)
            show_error(self.parent, e)
            return None
        self.preview = dialog
        dialog.finished.connect(self._forget)
        self.problem_box = None
        dialog.show()
        if on_preview is not None:
            on_preview(dialog)
        return dialog

    def _forget(self, _result: int) -> None:
        self.preview = None  # it deletes itself on close
