"""What the start page's buttons open in the main window: a tile's request list, a dispute
tile's dispute list, the record form (with the reception day's channel), and a new station's
first steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from villagedesk.core.disputes.model import WarningLevel
from villagedesk.core.requests.record import RequestQuery
from villagedesk.core.services.workbench import DisputeTile
from villagedesk.ui import navigation
from villagedesk.ui.workbench.page import WorkbenchPage

if TYPE_CHECKING:
    from villagedesk.ui.main_window import MainWindow
    from villagedesk.ui.requests.page import RequestsPage


def _requests_page(window: MainWindow) -> RequestsPage:
    from villagedesk.ui.requests.page import RequestsPage

    page = window.show_register(navigation.requests_page)
    assert isinstance(page, RequestsPage)
    return page


def open_list(window: MainWindow, query: RequestQuery, title: str) -> None:
    _requests_page(window).show_query(query, title)


def open_disputes(window: MainWindow, tile: DisputeTile) -> None:
    """A dispute tile's list: the page's view and level the tile stands for (the same question
    the tile counted, core/services/workbench.DisputeTile.query)."""
    from villagedesk.ui.disputes import filter_bar as views

    view, level = {
        DisputeTile.RED: (views.OPEN_ONLY, WarningLevel.RED),
        DisputeTile.ORANGE: (views.OPEN_ONLY, WarningLevel.ORANGE),
        DisputeTile.LEVEL_DUE: (views.RUNNING_OUT, None),
        DisputeTile.AWAITING_FOLLOW_UP: (views.FOLLOW_UP, None),
    }[tile]
    from villagedesk.ui.disputes.page import DisputesPage

    page = window.show_register(navigation.disputes_page)
    assert isinstance(page, DisputesPage)
    page.show_view(view, level)


def record_request(window: MainWindow, channel: str) -> None:
    _requests_page(window).new_record(channel=channel)


def first_step(window: MainWindow, step: str) -> None:
    if step == "station":
        from villagedesk.ui.station_dialog import StationDialog

        StationDialog(window.ctx, window).open()
    elif step == "members":
        window.show_register(navigation.members_page)
        window.import_roster("members")
    elif step == "cards":
        window.print_actions.cards()


def wire(window: MainWindow, page: QWidget) -> None:
    """Connect the start page's requests to ``window`` (any other page: nothing to do)."""
    if not isinstance(page, WorkbenchPage):
        return
    page.open_list.connect(lambda query, title: open_list(window, query, title))
    page.record_request.connect(lambda channel: record_request(window, channel))
    page.open_disputes.connect(lambda tile, _query, _title: open_disputes(window, tile))
    page.first_step.connect(lambda step: first_step(window, step))
