"""Accounts in the window: a set-up station, its 管理员 and two more accounts, and a way to act
in a dialog that runs its own event loop (exec)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from villagedesk.core.accounts.model import Actor, Role
from villagedesk.core.accounts.services import add_account, create_first_admin
from villagedesk.core.services.station_setup import set_up_station
from villagedesk.core.station import StationDraft
from villagedesk.ui.context import AppContext

W = TypeVar("W", bound=QWidget)

ADMIN, ADMIN_PASSWORD = "王书记", "Secret-2026x"
CLERK, CLERK_PASSWORD = "小李", "Clerk-pass-77"
VIEWER, VIEWER_PASSWORD = "老张", "Viewer-pass-88"

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def set_up(ctx: AppContext) -> None:
    draft = StationDraft(name="东河村党群服务站", code="370323104203", level="village")
    set_up_station(ctx.store.uow_factory(), draft=draft)
    ctx.refresh_station()


@pytest.fixture
def station(ctx: AppContext) -> AppContext:
    set_up(ctx)
    return ctx


@pytest.fixture
def accounts(station: AppContext) -> AppContext:
    """The station with 王书记 (管理员), 小李 (录入员), 老张 (查看); nobody signed in."""
    factory = station.store.uow_factory
    now = datetime.now(UTC)
    create_first_admin(factory(), name=ADMIN, password=ADMIN_PASSWORD, now=now)
    factory.actor = Actor(name=ADMIN, role=Role.ADMIN)
    add_account(factory(), name=CLERK, password=CLERK_PASSWORD, role=Role.CLERK, now=now)
    add_account(factory(), name=VIEWER, password=VIEWER_PASSWORD, role=Role.VIEWER, now=now)
    factory.sign_out()
    return station


def when_modal(kind: type[W], act: Callable[[W], None], *, tries: int = 300) -> list[W]:
    """Call ``act`` on the first modal ``kind`` once it is shown (from inside its exec)."""
    seen: list[W] = []

    def poll(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            seen.append(widget)
            act(widget)
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))
    return seen
