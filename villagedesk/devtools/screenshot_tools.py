"""What every screenshot script needs: let the GUI settle (jobs done, events processed), and
save a widget as a PNG under the output folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from villagedesk.ui.context import AppContext


def settle(ctx: AppContext, rounds: int = 8) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()
        ctx.jobs.wait_idle()
    QCoreApplication.processEvents()


def save(widget: QWidget, name: str, out: Path) -> None:
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")
