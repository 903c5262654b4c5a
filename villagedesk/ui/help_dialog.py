"""帮助 → 使用指南: the short user guide bundled as HTML (resources/help/), with pictures of the main
jobs, in a QTextBrowser that fits the screen and scrolls; links to other sites open in the
system's browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from villagedesk.assets import resource_path
from villagedesk.i18n import DEFAULT_LANGUAGE


def guide_path(language: str = DEFAULT_LANGUAGE) -> Path:
    """The guide's HTML file (Chinese; the only language the guide is written in)."""
    del language  # one guide, in Chinese, whatever the interface language
    return resource_path("help", "guide_zh_CN.html")


class GuideDialog(QDialog):
    """The user guide, page-sized on the screen, scrolling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(True)
        path = guide_path()
        if path.is_file():
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = self.buttons.addButton(
            self.tr("Open in the browser"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setEnabled(path.is_file())
        self.open_button.clicked.connect(self.open_in_browser)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.resize(880, 700)  # held to the screen when shown (ui/screen_fit)

    def open_in_browser(self) -> bool:
        """The guide in the system's web browser (printable from there)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide_path())))
