"""The idle lock: after the station's minutes without keyboard or mouse the windows are covered
and the account's password is asked again. Nothing is closed or rebuilt: the covers go when the
password is right, and every window and open dialog is as it was, typed text and all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from villagedesk.core.accounts.idle import IdleLock, is_idle

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
CHECK_MS = 15_000


class IdleWatch(QObject):
    """Notes the time of every input (an application event filter) and emits :attr:`idle` once
    the setting's minutes have passed without any; :meth:`resume` starts counting again."""

    idle = Signal()

    def __init__(
        self,
        app: QApplication,
        setting: IdleLock,
        *,
        clock: Callable[[], datetime] = datetime.now,
        check_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(app)
        self.setting = setting
        self.clock = clock
        self.last_input = clock()
        self.active = False
        app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.last_input = self.clock()
        return False

    def resume(self) -> None:
        """Watch (again) from now."""
        self.last_input = self.clock()
        self.active = True
        self.timer.start()

    def pause(self) -> None:
        self.active = False
        self.timer.stop()

    def check(self) -> bool:
        """Emit :attr:`idle` (and pause) when the time is up; True when it did."""
        if not self.active or not is_idle(self.last_input, self.clock(), self.setting):
            return False
        self.pause()
        self.idle.emit()
        return True


class Cover(QWidget):
    """An opaque sheet over one window's whole area: nothing of it shows while locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("idleCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#idleCover { background: #e8ecef; }")
        layout = QVBoxLayout(self)
        label = QLabel(QCoreApplication.translate("SignIn", "Locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #555; font-size: 18pt;")
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        elif event.type() == QEvent.Type.ChildAdded:
            QTimer.singleShot(0, self.raise_)
        return False


class Covers:
    """Covers over every visible window, taken off together."""

    def __init__(self) -> None:
        self.covers: list[Cover] = []

    def put_on(self, *, keep: QWidget | None = None) -> None:
        for _ in range(10):  # an open menu would stay on top of the cover
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window is not keep and not isinstance(window, Cover):
                self.covers.append(Cover(window))

    def take_off(self) -> None:
        for cover in self.covers:
            parent = cover.parentWidget()
            if parent is not None:
                parent.removeEventFilter(cover)
            cover.hide()
            cover.deleteLater()
        self.covers.clear()

    @property
    def on(self) -> bool:
        return bool(self.covers)
