"""Screenshots of printing in the GUI (issue 5) on demo data: the print preview of the member
roll ledger, of the contact cards and of a handbook, and the ledger's filter dialog.

``shoot_print(window, ctx, out)`` runs inside ``screenshots.shoot`` after the demo is filled.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog

from villagedesk.devtools.screenshot_tools import save as _save
from villagedesk.devtools.screenshot_tools import settle as _settle
from villagedesk.ui.context import AppContext
from villagedesk.ui.main_window import MainWindow
from villagedesk.ui.printing.menu import PrintActions
from villagedesk.ui.printing.preview import PreviewDialog


def _preview(ctx: AppContext, actions: PrintActions) -> PreviewDialog:
    _settle(ctx)
    box = actions.flow.problem_box
    if box is not None:  # characters no font has: told first, then the preview
        box.accept()
        _settle(ctx)
    preview = actions.flow.preview
    assert preview is not None
    preview.resize(QSize(1000, 820))
    for _ in range(40):  # QPdfView renders its pages on a thread: let them arrive
        _settle(ctx, 1)
        time.sleep(0.025)
    return preview


def _accept(dialog: QDialog) -> None:
    dialog.accept()


def shoot_print(window: MainWindow, ctx: AppContext, out: Path) -> None:
    actions = window.print_actions
    ledger = actions.ledger("members")
    _settle(ctx)
    _save(ledger, "print_ledger_dialog", out)
    _accept(ledger)
    preview = _preview(ctx, actions)
    _save(preview, "print_preview_ledger", out)
    preview.reject()

    _accept(actions.cards())
    preview = _preview(ctx, actions)
    _save(preview, "print_preview_cards", out)
    preview.reject()

    _accept(actions.handbooks())
    preview = _preview(ctx, actions)
    _save(preview, "print_preview_handbook", out)
    preview.reject()
    _settle(ctx)
