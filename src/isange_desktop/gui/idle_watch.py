"""Locks the app after a quiet spell: no key, click or pointer movement for N minutes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


class IdleWatch(QObject):
    """Emits ``idle`` once after ``start(minutes)`` with no user input in the whole app."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._watching = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval() if self._watching else 0

    def start(self, minutes: int) -> None:
        self._timer.setInterval(minutes * 60_000)
        self._timer.start()
        if not self._watching:
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self._watching = True

    def stop(self) -> None:
        self._timer.stop()
        if self._watching:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False
