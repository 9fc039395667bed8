"""The one way the GUI runs vault work: off the GUI thread, results back on it.

Unlocking costs an Argon2 derivation (a second or more on a center laptop), and every other
service call touches the encrypted database, so none of it may run on the GUI thread. The pool
has a single worker: vault calls then run one at a time, in the order they were asked for,
so a logout queued behind a listing runs after it and never under it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class Job(QObject):
    """One call in flight. ``finished(result)`` or ``failed(exception)`` is emitted once, on the
    GUI thread. Connect bound methods of the widget that shows the result: Qt drops the
    connection if that widget is destroyed first (after a lock, say)."""

    finished = Signal(object)
    failed = Signal(object)
    dropped = Signal()  # the owner was destroyed before the result came
    _done = Signal(object, bool)  # emitted on the worker thread, delivered on the GUI thread

    def __init__(self, fn: Callable[[], Any], parent: QObject,
                 owner: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn: Callable[[], Any] | None = fn
        # Weak: a job must never be what keeps its owner alive. The job's last reference can
        # go on the worker thread, and an owner freed there would be destroyed off the GUI
        # thread (a crash).
        self._owner = weakref.ref(owner) if owner is not None else None
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def execute(self) -> None:
        # The closure is let go on the GUI thread (in _deliver), never here: it may hold the
        # last reference to a Qt object, whose destruction off the GUI thread crashes.
        if self._fn is None:
            return
        try:
            result = self._fn()
        except Exception as exc:
            self._done.emit(exc, False)
        else:
            self._done.emit(result, True)

    @Slot(object, bool)
    def _deliver(self, payload: object, ok: bool) -> None:
        self._fn = None  # drop the closure (it may hold a password) once run
        if self._owner is not None:
            owner = self._owner()
            if owner is None or not shiboken6.isValid(owner):
                self.dropped.emit()
                return
        if ok:
            self.finished.emit(payload)
        else:
            self.failed.emit(payload)


class _Task(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.execute()


class Runner(QObject):
    """Runs callables on one background worker; ``busy_changed`` drives busy indicators."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        self._pending: set[Job] = set()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(self, fn: Callable[[], Any], *,
            on_finished: Callable[[Any], None] | None = None,
            on_failed: Callable[[Exception], None] | None = None,
            owner: QObject | None = None) -> Job:
        """Run ``fn`` on the worker. Give the ``owner`` whose methods the callbacks (lambdas
        included) call: when it is destroyed first (a lock, a closed page), the result is
        dropped instead of reaching a deleted object."""
        job = Job(fn, self, owner)
        if on_finished is not None:
            job.finished.connect(on_finished)
        if on_failed is not None:
            job.failed.connect(on_failed)
        # The job's own connections hold the runner weakly: a job is the runner's child, and
        # were its destruction to free the runner's last reference, the runner would delete
        # its children, this job among them, a second time (a segfault in ~QObject, seen
        # when a test's runner outlived everything but its jobs).
        runner = weakref.ref(self)
        job.finished.connect(lambda _result, j=job: _forget(runner, j))
        job.failed.connect(lambda _error, j=job: _forget(runner, j))
        job.dropped.connect(lambda j=job: _forget(runner, j))
        self._pending.add(job)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(job))
        return job

    def wait_until_idle(self, msecs: int = -1) -> bool:
        """Block until queued work has run (at exit, so the vault is closed before the
        process ends); results are then no longer delivered."""
        return self._pool.waitForDone(msecs)

    def _forget(self, job: Job) -> None:
        self._pending.discard(job)
        job.deleteLater()
        if not self._pending:
            self.busy_changed.emit(False)


def _forget(runner: weakref.ref[Runner], job: Job) -> None:
    alive = runner()
    if alive is not None:
        alive._forget(job)
