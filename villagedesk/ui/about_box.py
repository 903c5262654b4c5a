"""Help → About: the program's version, what it keeps, and where its data folder is."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from villagedesk import __version__


def show_about(parent: QWidget | None, data_dir: Path) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About VillageDesk"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>VillageDesk {version}</h3>"
            "<p>The workbench of a village or community Party and people service station. "
            "It keeps the Party member roll with its history, branches and groups, "
            "households and residents, cadre links and the in-service members reporting to "
            "the community, with statistics; imports and exports Excel rosters; prints "
            "ledgers, contact cards, work handbooks and public notices; and carries the "
            "station's data to the township on a USB stick.</p>"
            "<p>Data folder: {folder}<br>Help → User guide (F1) explains the daily work.</p>",
        ).format(version=__version__, folder=html.escape(str(data_dir))),
    )
