"""Locks the app after a quiet spell: no key, click or pointer movement for N minutes.

User input is seen by one application-wide event filter that lives as long as the
QApplication (its child). Each main window's IdleWatch only connects its timer's C++ start()
slot to that filter's ``activity`` signal: a window being destroyed then leaves no Python
event filter of its own on the application, which Qt could call while the window's wrappers
are half torn down (the suite crashed in pytest-qt's event processing after a main window
whose late settings result had re-armed its filter was deleted).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


class _ActivityFilter(QObject):
    activity = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.activity.emit()
        return False


def _activity_filter() -> _ActivityFilter | None:
    app = QCoreApplication.instance()
    if app is None:
        return None
    found = app.findChild(_ActivityFilter)
    if isinstance(found, _ActivityFilter):
        return found
    created = _ActivityFilter(app)  # owned by the application, deleted with it
    app.installEventFilter(created)
    return created


class IdleWatch(QObject):
    """Emits ``idle`` once after ``start(minutes)`` with no user input in the whole app;
    ``stop()`` for good when the window is locked (a late ``start`` is then ignored)."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._watching = False
        self._stopped = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval() if self._watching else 0

    def start(self, minutes: int) -> None:
        if self._stopped:
            return  # a setting read before the lock, delivered after it
        self._timer.setInterval(minutes * 60_000)
        self._timer.start()
        if not self._watching:
            source = _activity_filter()
            if source is not None:
                # QTimer.start is a C++ slot: no Python code of this object runs for it.
                source.activity.connect(self._timer.start)
            self._watching = True

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        if self._watching:
            source = _activity_filter()
            if source is not None:
                source.activity.disconnect(self._timer.start)
            self._watching = False
