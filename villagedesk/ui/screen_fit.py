"""Every window within the screen it opens on, its buttons on screen, long content scrolling.

Village PCs have 1366×768 or 1024×768 screens with a taskbar. :func:`fit_to_screen` clamps a
top-level window's size and position to ``QScreen.availableGeometry()`` (title bar and borders
included); :class:`ScreenFit`, installed on the application by :func:`install`, does it for every
window and dialog as it is shown, Qt's own (message boxes, file and print dialogs) included.

A window cannot shrink below its layout's minimum, so bodies that can be long go into
:func:`scroll_area` with their buttons outside it, and :func:`make_room` grows a window for
messages that appear (errors under fields) as far as the screen allows; past that the body scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QScrollArea, QStyle, QWidget

#: The frame a window manager adds before the real one is known: Windows 10 at 96 dpi.
DEFAULT_FRAME = QMargins(8, 31, 8, 8)

_FITTED_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen ``widget`` is (or will be) shown on: its own, its parent's, or the primary."""
    for candidate in (widget, widget.parentWidget()):
        if candidate is not None:
            handle = candidate.window().windowHandle()
            if handle is not None and handle.screen() is not None:
                return handle.screen()
    screen = widget.screen()
    return screen if screen is not None else QGuiApplication.primaryScreen()


def available_geometry(widget: QWidget) -> QRect:
    """Where windows may go on ``widget``'s screen (the screen minus taskbars and docks)."""
    screen = screen_of(widget)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 728)


def frame_margins(window: QWidget) -> QMargins:
    """The title bar and borders around ``window``: its own once shown, else another window's."""
    handle = window.windowHandle()
    if handle is not None and window.isVisible():
        margins = handle.frameMargins()
        if not margins.isNull():
            return margins
    for other in QApplication.topLevelWidgets():
        other_handle = other.windowHandle()
        if other is not window and other.isVisible() and other_handle is not None:
            margins = other_handle.frameMargins()
            if not margins.isNull():
                return margins
    return DEFAULT_FRAME if handle is None or not window.isVisible() else QMargins()


def room_for(window: QWidget) -> QRect:
    """The largest geometry (without frame) ``window`` may take on its screen."""
    return available_geometry(window).marginsRemoved(frame_margins(window))


def fits(window: QWidget) -> bool:
    """Whether the window, its frame included, lies within the available screen."""
    return available_geometry(window).contains(window.frameGeometry())


def fit_to_screen(window: QWidget, *, move: bool = True) -> None:
    """Shrink ``window`` to its screen's available geometry and move it fully onto it.

    Never grows a window; maximised, full-screen and minimised windows are left alone. A window
    whose minimum size is larger than the screen stays at its minimum (its content must scroll).
    """
    window = window.window()
    if window.windowState() & (
        Qt.WindowState.WindowMaximized
        | Qt.WindowState.WindowFullScreen
        | Qt.WindowState.WindowMinimized
    ):
        return
    room = room_for(window)
    if room.width() <= 0 or room.height() <= 0:
        return
    size = window.size()
    if size.width() > room.width() or size.height() > room.height():
        window.resize(min(size.width(), room.width()), min(size.height(), room.height()))
    if not move:
        return
    geometry = window.geometry()
    x = max(room.left(), min(geometry.x(), room.right() + 1 - geometry.width()))
    y = max(room.top(), min(geometry.y(), room.bottom() + 1 - geometry.height()))
    if (x, y) != (geometry.x(), geometry.y()):
        window.move(x + window.x() - geometry.x(), y + window.y() - geometry.y())


def is_fitted(widget: QObject) -> bool:
    """Top-level windows and dialogs are fitted; menus, tooltips and other popups are not."""
    return (
        isinstance(widget, QWidget)
        and widget.isWindow()
        and widget.windowType() in _FITTED_TYPES
        and not widget.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    )


class ScreenFit(QObject):
    """An application event filter fitting every window as it is shown, then once more when the
    window manager has drawn its frame (the real title bar height is only known then)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and is_fitted(watched):
            assert isinstance(watched, QWidget)
            # A dialog not yet placed centres itself over its parent right after this event;
            # moving it now would stop that, so only its size is fitted before it is shown.
            placed_by_qt = isinstance(watched, QDialog) and not watched.testAttribute(
                Qt.WidgetAttribute.WA_Moved
            )
            fit_to_screen(watched, move=not placed_by_qt)
            QTimer.singleShot(0, watched, lambda: fit_to_screen(watched))
        return False


def install(app: QApplication) -> ScreenFit:
    """Fit every window of ``app`` to its screen from now on (idempotent)."""
    existing = app.findChild(ScreenFit, "screen_fit")
    if isinstance(existing, ScreenFit):
        return existing
    fitter = ScreenFit(app)
    fitter.setObjectName("screen_fit")
    app.installEventFilter(fitter)
    return fitter


class BodyScrollArea(QScrollArea):
    """A frameless vertical scroll area that asks for its body's whole height (QScrollArea's own
    size hint stops at 24 lines) and may shrink to a few lines when the screen is short."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(body)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().sizeHint()
        hint = body.sizeHint().expandedTo(body.minimumSizeHint())
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().minimumSizeHint()
        least = body.minimumSizeHint()
        return QSize(least.width() + self._bar(), min(least.height(), MIN_BODY_HEIGHT))


#: How short a scrolled body may become (a few fields stay in view).
MIN_BODY_HEIGHT = 120


def scroll_area(body: QWidget, parent: QWidget | None = None) -> BodyScrollArea:
    """``body`` in a :class:`BodyScrollArea`: as tall as the body when there is room, scrolling
    when the window is held to the screen. Keep the window's buttons outside it."""
    return BodyScrollArea(body, parent)


def make_room(widget: QWidget) -> None:
    """Grow ``widget``'s window so that everything in it fits at its present width (wrapped
    labels need more height than a window takes by itself), never past the screen and never
    shrinking what the user sized. Past the screen the window's scroll area scrolls."""
    window = widget.window()
    layout = window.layout()
    if not window.isVisible() or layout is None:
        return
    extra = 0
    for area in window.findChildren(QScrollArea):
        body = area.widget()
        if body is None or area.window() is not window or not area.isVisibleTo(window):
            continue
        body_layout = body.layout()
        if body_layout is not None:
            body_layout.activate()
        width = area.viewport().width()
        hint = body.heightForWidth(width) if body.hasHeightForWidth() else body.sizeHint().height()
        wanted = max(hint, body.minimumSizeHint().height())
        extra += max(0, wanted - area.viewport().height())
    layout.activate()
    needed = window.height() + extra
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(window.width()))
    target = min(needed, room_for(window).height())
    if target > window.height():
        window.resize(window.width(), target)
        fit_to_screen(window)
