"""The main window's standard shortcuts, acting on the page shown (and its tab, where it has tabs):
Ctrl+N new record, Ctrl+F the search box, Ctrl+P print what the page lists, F5 refresh.

Pages are not imported here: a page takes part by having the usual method names (``new_record``
or the add method it already has), a :class:`RegisterView`, or a ledger below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMainWindow, QMenu, QTabWidget, QWidget

from villagedesk.core.changes import Changes
from villagedesk.ui.context import AppContext
from villagedesk.ui.forms.service_op import run_change_job
from villagedesk.ui.registers.register_view import RegisterView

if TYPE_CHECKING:
    from villagedesk.ui.main_window import MainWindow
    from villagedesk.ui.printing.menu import PrintActions

#: What "new" means on each page or tab, in the order looked for.
NEW_METHODS = (
    "new_record",
    "add_member",
    "add_branch",
    "add_household",
    "add_expected",
    "register",
    "log_service",
    "link",
)
#: The ledger Ctrl+P prints for a page or tab (by class name); others open the print menu.
LEDGERS = {
    "MembersPage": "members",
    "HouseholdsPage": "households",
    "RegistrationTab": "registrations",
    "RecordsTab": "service",
    "AssessmentTab": "assessments",
}


def targets(page: QWidget | None) -> list[QWidget]:
    """The page's current tab (if it has tabs), then the page itself."""
    if page is None:
        return []
    tabs = getattr(page, "tabs", None)
    current = tabs.currentWidget() if isinstance(tabs, QTabWidget) else None
    return [current, page] if current is not None else [page]


def new_record(page: QWidget | None) -> bool:
    """Open the page's "new" form; False when the page has none."""
    for target in targets(page):
        for name in NEW_METHODS:
            method = getattr(target, name, None)
            if callable(method):
                method()
                return True
        button = getattr(target, "add_button", None)
        if isinstance(button, QAbstractButton) and button.isVisible() and button.isEnabled():
            button.click()
            return True
    return False


def focus_search(page: QWidget | None) -> bool:
    """Put the cursor in the page's (or its tab's) search box, its text selected."""
    for target in targets(page):
        views = [target] if isinstance(target, RegisterView) else []
        views += [v for v in target.findChildren(RegisterView) if v.isVisible()]
        for view in views:
            view.search_box.setFocus()
            view.search_box.selectAll()
            return True
    return False


def print_page(page: QWidget | None, actions: PrintActions, window: QMainWindow) -> None:
    """Print the ledger of what the page lists; elsewhere open the 打印 menu."""
    for target in targets(page):
        which = LEDGERS.get(type(target).__name__)
        if which is not None:
            actions.ledger(which)
            return
        if type(target).__name__ == "StatisticsPage":
            actions.statistics()
            return
    menu = window.findChild(QMenu, "print_menu")
    if isinstance(menu, QMenu):
        window.menuBar().setActiveAction(menu.menuAction())


@dataclass(frozen=True)
class Reread:
    """F5's result: nothing was written, but every screen is to read its data again."""

    changes: Changes = field(default_factory=Changes.everything)


def refresh(window: QMainWindow) -> None:
    """Every screen reads its data again (as after a change made elsewhere), through the one
    path that publishes changes (``run_change_job``): a job that reads nothing says so."""
    ctx = getattr(window, "ctx", None)
    if isinstance(ctx, AppContext):
        run_change_job(
            ctx,
            lambda _progress: Reread(),
            title=QCoreApplication.translate("MainWindow", "Refresh"),
            cancellable=False,
            show_after_ms=-1,
            parent=window,
            db=False,
        )


def add_action(
    window: QMainWindow, text: str, key: QKeySequence.StandardKey, slot: Callable[[], object]
) -> QAction:
    """A window-wide action with a standard shortcut (it also works with the menus closed)."""
    action = QAction(text, window)
    action.setShortcuts(QKeySequence.keyBindings(key))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def install(window: MainWindow) -> None:
    """The window's New, Search, Print and Refresh actions, acting on the page shown."""
    translate = QCoreApplication.translate
    key = QKeySequence.StandardKey
    window.new_action = add_action(
        window, translate("MainWindow", "New"), key.New, lambda: new_record(window.current_page())
    )
    window.find_action = add_action(
        window,
        translate("MainWindow", "Search"),
        key.Find,
        lambda: focus_search(window.current_page()),
    )
    window.print_action = add_action(
        window,
        translate("MainWindow", "Print"),
        key.Print,
        lambda: print_page(window.current_page(), window.print_actions, window),
    )
    window.refresh_action = add_action(
        window, translate("MainWindow", "Refresh"), key.Refresh, lambda: refresh(window)
    )
