"""The print preview (打印预览): the PDF shown with QPdfView, then 打印…, 用系统程序打开 or 保存….

The dialog owns the temp PDF it shows and removes it when closed, unless the system's viewer was
asked to open it (that program may still be reading it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from villagedesk.ui.jobs import inform, show_error
from villagedesk.ui.printing import files
from villagedesk.ui.printing.printer import choose_printer, load_document, print_pdf

WARNING_STYLE = "QLabel#problems { background: #fff3e0; border: 1px solid #ffb74d; padding: 6px; }"
FOLDER_KEY = "printing/last_folder"


class PreviewDialog(QDialog):
    """A finished document, page by page, with the three ways to take it further."""

    def __init__(
        self,
        path: Path,
        *,
        title: str,
        actual_size: bool = False,
        problems: list[str] | None = None,
        settings: object | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.title = title
        self.actual_size = actual_size
        self.kept_for_viewer = False
        self._settings = settings
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(960, 820)

        self.document = load_document(path, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("problems")
        self.problems_label.setStyleSheet(WARNING_STYLE)
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_problems(problems or [])
        layout = QVBoxLayout(self)
        layout.addLayout(self._zoom_bar())
        layout.addWidget(self.problems_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._button_bar())
        self.finished.connect(self._discard)

    def _zoom_bar(self) -> QHBoxLayout:
        """The page count and the two zooms, above the pages."""
        self.pages_label = QLabel(
            self.tr("{count} page(s)").format(count=self.document.pageCount()), self
        )
        self.fit_width_button = QPushButton(self.tr("Fit width"), self)
        self.fit_page_button = QPushButton(self.tr("Whole page"), self)
        self.fit_width_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        )
        self.fit_page_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        )
        top = QHBoxLayout()
        top.addWidget(self.pages_label)
        top.addStretch(1)
        top.addWidget(self.fit_width_button)
        top.addWidget(self.fit_page_button)
        return top

    def _button_bar(self) -> QHBoxLayout:
        """打印…, 用系统程序打开, 保存… and 关闭, below the pages."""
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.open_button = QPushButton(self.tr("Open with the system viewer"), self)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.open_button.clicked.connect(self.open_externally)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        return bottom

    # -- state ----------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def set_problems(self, problems: list[str]) -> None:
        """Characters no font covers (which record, which character), shown above the pages."""
        if not problems:
            self.problems_label.hide()
            return
        head = self.tr("These characters cannot be printed (no font has them) and stay blank:")
        self.problems_label.setText("\n".join([head, *problems]))
        self.problems_label.show()

    def go_to_page(self, page: int) -> None:
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    # -- printing -------------------------------------------------------------------------------
    def print_document(self) -> int:
        """Qt's print dialog, then the pages to the chosen printer; pages sent (0 if cancelled)."""
        printer = choose_printer(self, self.document, self.title)
        if printer is None:
            return 0
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Send the pages to ``printer`` (no dialog), with a progress bar for long documents."""
        total = self.document.pageCount()
        bar: QProgressDialog | None = None
        if total > 3:
            bar = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, total, self)
            bar.setWindowModality(Qt.WindowModality.WindowModal)
            bar.setMinimumDuration(500)

        def on_page(done: int, count: int) -> bool:
            if bar is None:
                return True
            bar.setMaximum(count)
            bar.setValue(done)
            return not bar.wasCanceled()

        try:
            return print_pdf(self.document, printer, actual_size=self.actual_size, on_page=on_page)
        except Exception as e:  # a printer that will not start is the user's news, not a crash
            show_error(self, e)
            return 0
        finally:
            if bar is not None:
                bar.close()
                bar.deleteLater()

    # -- keeping the file -----------------------------------------------------------------------
    def open_externally(self) -> bool:
        opened = files.open_with_system(self.path)
        if opened:
            self.kept_for_viewer = True
        else:
            inform(self, self.tr("No program on this computer opens PDF files."))
        return opened

    def _last_folder(self) -> str:
        get = getattr(self._settings, "get_str", None)
        folder = get(FOLDER_KEY, "") if callable(get) else ""
        return str(folder) if folder and Path(folder).is_dir() else str(Path.home())

    def save_as(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the PDF"),
            str(Path(self._last_folder()) / self.path.name),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return None
        target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        return self.save_to(target)

    def save_to(self, target: Path) -> Path | None:
        """Copy the document to ``target`` atomically; the path written, or None on failure."""
        try:
            files.save_copy(self.path, target)
        except OSError as e:
            inform(self, self.tr("The PDF could not be saved:\n{error}").format(error=e))
            return None
        setter = getattr(self._settings, "set_str", None)
        if callable(setter):
            setter(FOLDER_KEY, str(target.parent))
        return target

    # -- closing --------------------------------------------------------------------------------
    def _discard(self, _result: int = 0) -> None:
        self.document.close()
        if not self.kept_for_viewer:
            files.discard(self.path)
