"""The print preview: pages shown, printed to a QPrinter (PDF output) without a dialog, saved
atomically; a cancelled document job leaves no file behind."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from tests.ui.print_helpers import pdf_pages
from villagedesk.core.progress import Progress
from villagedesk.fsutil import atomic_writer
from villagedesk.ui.context import AppContext
from villagedesk.ui.printing import files
from villagedesk.ui.printing.preview import PreviewDialog
from villagedesk.ui.printing.printer import pdf_printer
from villagedesk.ui.printing.run import PrintFlow, PrintRequest


def _pdf(path: Path, pages: int, size: tuple[float, float] = landscape(A4)) -> Path:
    c = canvas.Canvas(str(path), pagesize=size)
    for n in range(pages):
        c.drawString(72, 300, f"page {n + 1}")
        c.rect(36, 36, 200, 100)
        c.showPage()
    c.save()
    return path


def _preview(qtbot: QtBot, path: Path, **kw: object) -> PreviewDialog:
    dialog = PreviewDialog(path, title="Test", **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_the_preview_shows_every_page(qtbot: QtBot) -> None:
    path = _pdf(files.new_temp_pdf("ledger.pdf"), 3)
    dialog = _preview(qtbot, path)
    assert dialog.page_count() == 3
    assert "3" in dialog.pages_label.text()
    assert dialog.problems_label.isHidden()
    dialog.reject()
    assert not path.exists(), "the temp PDF goes when the preview closes"


def test_printing_renders_every_page_to_the_printer(qtbot: QtBot, tmp_path: Path) -> None:
    path = _pdf(tmp_path / "in.pdf", 4)
    dialog = _preview(qtbot, path)
    out = tmp_path / "printed.pdf"
    sent = dialog.print_to(pdf_printer(out, dialog.document))
    assert sent == 4
    assert pdf_pages(out) == 4
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "842 x 595" in info  # the document's own paper: A4 landscape


def test_actual_size_keeps_a_card_sheet_unscaled(qtbot: QtBot, tmp_path: Path) -> None:
    path = _pdf(tmp_path / "cards.pdf", 1, A4)
    dialog = _preview(qtbot, path, actual_size=True)
    out = tmp_path / "printed.pdf"
    assert dialog.print_to(pdf_printer(out, dialog.document)) == 1
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "595 x 842" in info


def test_saving_copies_the_document(qtbot: QtBot, tmp_path: Path) -> None:
    path = _pdf(tmp_path / "in.pdf", 2)
    dialog = _preview(qtbot, path)
    target = tmp_path / "kept" / "out.pdf"
    target.parent.mkdir()
    assert dialog.save_to(target) == target
    assert target.read_bytes() == path.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["out.pdf"]


def test_a_problem_list_shows_above_the_pages(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _preview(qtbot, _pdf(tmp_path / "in.pdf", 1), problems=["王𠇔: 𠇔"])
    assert not dialog.problems_label.isHidden()
    assert "𠇔" in dialog.problems_label.text()


def test_a_cancelled_batch_leaves_no_file(ctx: AppContext, qtbot: QtBot) -> None:
    started = threading.Event()
    release = threading.Event()

    def build(progress: Progress, path: Path) -> Sequence[object]:
        progress.start(100)
        with atomic_writer(path) as f:
            for _ in range(100):
                f.write(b"%PDF-partial\n")
                started.set()
                release.wait(5)
                progress.advance()
        return []

    parent = QWidget()
    qtbot.addWidget(parent)
    flow = PrintFlow(ctx, parent)
    handle = flow.start(PrintRequest("Cards", "cards.pdf", build), show_after_ms=0)
    assert started.wait(5)
    assert handle.dialog is not None  # progress with a Cancel button
    cancel = handle.dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    release.set()
    assert ctx.jobs.wait_idle()
    assert flow.last_path is not None
    assert not flow.last_path.exists()
    assert not flow.last_path.parent.exists(), "nothing of the document is left"
    assert flow.preview is None


def test_a_finished_job_opens_the_preview(ctx: AppContext, qtbot: QtBot) -> None:
    def build(progress: Progress, path: Path) -> Sequence[object]:
        _pdf(path, 2)
        return []

    parent = QWidget()
    qtbot.addWidget(parent)
    flow = PrintFlow(ctx, parent)
    flow.start(PrintRequest("Ledger", "ledger.pdf", build))
    assert ctx.jobs.wait_idle()
    assert flow.preview is not None
    assert flow.preview.page_count() == 2
    flow.preview.reject()
    assert flow.preview is None
