"""Started by bench_gui.py in a fresh process: show a window, print when it is on screen.

    python bench/gui_start_probe.py bare SPAWN_TIME     # a bare PySide6 window
    python bench/gui_start_probe.py app SPAWN_TIME DIR  # Isange Desktop's login window

Prints the seconds from SPAWN_TIME (the parent's time.time() just before starting this
process) to the first moment the window has been shown and the event loop has painted it,
and the resident memory then (kB). Both paths build their QApplication the same way the real
programs do, so the difference is what the app adds: its imports, its window, its checks.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main() -> int:
    mode, spawned = sys.argv[1], float(sys.argv[2])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    if mode == "bare":
        app = QApplication([sys.argv[0]])
        window = QLabel("bare window")
        window.resize(1366, 768)
        window.show()
    else:
        from isange_desktop.app import _application
        from isange_desktop.gui.shell import AppShell

        app = _application()
        shell = AppShell(Path(sys.argv[3]))
        shell.show()
        window = shell.login_window

    def shown() -> None:
        window.repaint()
        print(f"{time.time() - spawned:.4f} {_rss_kb()}", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
