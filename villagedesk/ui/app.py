"""``run_gui``: the desktop program's start-up, from QApplication to the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from villagedesk.assets import resource_path
from villagedesk.i18n import install_translators
from villagedesk.ui import screen_fit
from villagedesk.ui.context import make_context
from villagedesk.ui.fonts import app_font, register_fonts
from villagedesk.ui.main_thread_gc import collect_on_main_thread
from villagedesk.ui.settings import Settings
from villagedesk.ui.startup import open_store_or_explain

log = logging.getLogger(__name__)


def make_application(argv: list[str]) -> QApplication:
    """The QApplication with VillageDesk's names, bundled fonts and readable base font; every
    window it shows is held to the screen (ui/screen_fit), and cyclic garbage is collected on
    its thread only (ui/main_thread_gc)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName("VillageDesk")
    app.setOrganizationName("VillageDesk")
    app.setApplicationDisplayName("VillageDesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "villagedesk.ico"))))
    families = register_fonts()
    log.debug("bundled font families: %s", families)
    app.setFont(app_font())
    screen_fit.install(app)
    collect_on_main_thread(app)
    return app


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Translators for ``language``, and the product's name in it as the display name that Qt
    adds to window titles (so no title ends in "— VillageDesk" in Chinese)."""
    translators = install_translators(app, language)
    app.setApplicationDisplayName(QCoreApplication.translate("Startup", "VillageDesk"))
    return translators


def run_gui(data_dir: Path, argv: list[str]) -> int:
    """Run the desktop program on ``data_dir``; the exit code (1 when it could not start)."""
    app = make_application([sys.argv[0] if sys.argv else "villagedesk", *argv])
    data_dir = Path(data_dir)
    settings = Settings(data_dir)
    install_language(app, settings.language.value)
    store = open_store_or_explain(data_dir)
    if store is None:
        return 1
    ctx = make_context(data_dir, store=store)
    try:
        from villagedesk.ui.accounts.session import Session  # signing in, then the window

        session = Session(ctx, app)
        if not session.start():
            return 0
        return app.exec()
    finally:
        ctx.close()
