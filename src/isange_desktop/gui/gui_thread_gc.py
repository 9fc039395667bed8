"""Python's cycle collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate past its threshold,
the runner's worker thread included. Qt objects owned by Python (a window no parent holds, a
closure's widget) that sit in a reference cycle are then destroyed on that thread, which Qt
does not allow: the suite crashed now and then in ~QObject while processing deferred
deletions after a main window test. So automatic collection is turned off and the GUI thread
collects, with Python's own thresholds, from a timer and whenever asked (`collect_now`).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_now)
        self._timer.start()

    def collect_now(self) -> None:
        """What the automatic collector would have done by now, on this thread."""
        first, second, third = gc.get_count()
        if first <= self._threshold[0]:
            return
        generation = 0
        if second > self._threshold[1]:
            generation = 2 if third > self._threshold[2] else 1
        gc.collect(generation)


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Install the collector once for this application (idempotent)."""
    found = app.findChild(GuiThreadCollector)
    if isinstance(found, GuiThreadCollector):
        return found
    return GuiThreadCollector(app)
