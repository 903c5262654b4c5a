"""Send a PDF to a printer: every page rendered by QPdfDocument at the printer's resolution.

The print dialog is kept apart (:func:`choose_printer`) so that tests and scripts can hand
:func:`print_pdf` a ready QPrinter (e.g. PDF output to a file) and never see a dialog.
Documents that must not be scaled (contact cards, the calibration page) are drawn at their
physical size from the paper's corner; others are fitted to the paper, centred.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

#: Rendering above this resolution costs memory (an A4 page at 600 dpi is ~140 MB) for nothing
#: a village printer can show.
MAX_DPI = 600


class PrintError(RuntimeError):
    """The document could not be loaded or the printer would not start."""


def load_document(path: Path, parent: QObject | None = None) -> QPdfDocument:
    document = QPdfDocument(parent)  # type: ignore[arg-type]  # a parentless document is fine
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise PrintError(f"cannot read {path}: {error.name}")
    return document


def page_layout_for(document: QPdfDocument, page: int = 0) -> QPageLayout:
    """The document's own paper (size and orientation), with no margins."""
    size = document.pagePointSize(page)
    landscape = size.width() > size.height()
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch),
        orientation,
        QMarginsF(0, 0, 0, 0),
    )


def prepare_printer(printer: QPrinter, document: QPdfDocument, *, copies_name: str = "") -> None:
    """Paper as the document asks, full page (no margins of the driver's own)."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout_for(document))
    if copies_name:
        printer.setDocName(copies_name)


def choose_printer(parent: QWidget | None, document: QPdfDocument, title: str) -> QPrinter | None:
    """Qt's print dialog (modal); the printer chosen, or None when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, document, copies_name=title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def _pages(printer: QPrinter, count: int) -> list[int]:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(count))
    return list(range(max(0, first - 1), min(count, last)))


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    *,
    actual_size: bool,
    on_page: Callable[[int, int], bool] | None = None,
) -> int:
    """Render the document's pages onto ``printer``; the number of pages sent.

    ``actual_size`` draws each page at its physical size from the paper's corner (cards and
    the calibration page: the printer offsets are already inside the PDF). ``on_page(done,
    total)`` may return False to stop early.
    """
    pages = _pages(printer, document.pageCount())
    if not pages:
        return 0
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer did not start")
    dpi = printer.resolution()
    render_dpi = min(dpi, MAX_DPI)
    sent = 0
    try:
        for n, page in enumerate(pages):
            if n:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page,
                QSize(
                    round(points.width() * render_dpi / 72),
                    round(points.height() * render_dpi / 72),
                ),
            )
            size = QSizeF(points.width() * dpi / 72, points.height() * dpi / 72)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            if actual_size:
                target = QRectF(0, 0, size.width(), size.height())
            else:
                scale = min(paper.width() / size.width(), paper.height() / size.height())
                w, h = size.width() * scale, size.height() * scale
                target = QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h)
            painter.drawImage(target, image)
            sent += 1
            if on_page is not None and not on_page(sent, len(pages)):
                break
    finally:
        painter.end()
    return sent


def pdf_printer(path: Path, document: QPdfDocument, *, dpi: int = 150) -> QPrinter:
    """A printer writing PDF to ``path`` (tests, and "print to file" without a dialog)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    prepare_printer(printer, document)
    return printer
