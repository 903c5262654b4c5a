"""Cancel during a real contact-card batch: the click stops the writer mid-way (not at the end of
a phase) and no PDF of the batch is left, nor a preview opened."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from villagedesk.core.progress import Progress
from villagedesk.core.services.demo import fill_demo
from villagedesk.reports.contact_card import DRAWING
from villagedesk.ui.context import AppContext
from villagedesk.ui.printing.documents import cards_request
from villagedesk.ui.printing.run import PrintFlow

HOLD_AT = 5


def test_cancel_stops_a_card_batch_while_the_cards_are_drawn(ctx: AppContext, qtbot: QtBot) -> None:
    fill_demo(ctx.store.uow_factory(), members=120, seed=7, today=ctx.today())
    request = cards_request(ctx, member_ids=None, backs=False)
    reached, release = threading.Event(), threading.Event()

    def build(progress: Progress, path: Path) -> Sequence[object]:
        advance = progress.advance

        def held(step: int = 1) -> None:
            if progress.label == DRAWING and progress.done == HOLD_AT:
                reached.set()  # the user looks at the bar and presses Cancel now
                release.wait(5)
            advance(step)

        progress.advance = held  # type: ignore[method-assign]
        return request.build(progress, path)

    parent = QWidget()
    qtbot.addWidget(parent)
    flow = PrintFlow(ctx, parent)
    handle = flow.start(dataclasses.replace(request, build=build), show_after_ms=0)
    assert reached.wait(10)
    assert handle.dialog is not None
    cancel = handle.dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    release.set()
    assert ctx.jobs.wait_idle()
    assert handle.progress.total > HOLD_AT + 1, "a batch of many cards"
    assert handle.progress.done == HOLD_AT + 1, "stopped at the next card, not after them all"
    assert flow.last_path is not None
    assert not flow.last_path.exists()
    assert not flow.last_path.parent.exists(), "nothing of the document is left"
    assert flow.preview is None
