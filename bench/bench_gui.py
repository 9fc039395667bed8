"""GUI benchmarks (issue: the desktop application, "Done when").

    python bench/bench_gui.py --reuse /work/bench-100k     # a vault kept by bench_cases.py
    python bench/bench_gui.py --quick                       # CI smoke: 300 demo cases

Measures, with Qt offscreen (no display on the build machines; the figures are the app's own
work, without a window system's compositing):
- start to login window, against a bare PySide6 window started the same way, interleaved
  (median of each, and their ratio; aim <= 2x);
- unlock to case list: login (Argon2 at the vault's own cost) until the first page is shown;
- scrolling the case list: one step = move the scroll bar one screen and repaint, on the GUI
  thread (aim < 50 ms per step); pages are fetched by the runner as the view asks;
- search as you type: from the pause after the last key to the new rows on screen;
- resident memory with the 100,000-case list open and 5,000 rows scrolled through (aim < 300 MB),
  next to a bare PySide6 window's.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ISANGE_ARGON2_FLOOR", "1")

import keyring
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench_cases import count_cases, file_keyring, pct, staff
from isange_desktop.gui.main_window import MainWindow
from isange_desktop.gui.runner import Runner
from isange_desktop.services.demo import create_demo_vault
from isange_desktop.services.session import login, logout
from isange_desktop.store.memory_keyring import MemoryKeyring

HERE = Path(__file__).resolve().parent


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def start_times(data_dir: Path, rounds: int) -> dict[str, list[tuple[float, float]]]:
    """(seconds, resident MB) per start, bare and app interleaved so drift hits both."""
    out: dict[str, list[tuple[float, float]]] = {"bare": [], "app": []}
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
    for _ in range(rounds):
        for mode in ("bare", "app"):
            args = [sys.executable, str(HERE / "gui_start_probe.py"), mode, ""]
            if mode == "app":
                args.append(str(data_dir))
            args[3] = repr(time.time())
            done = subprocess.run(args, capture_output=True, text=True, env=env, check=True,
                                  timeout=120)
            seconds, kb = done.stdout.split()
            out[mode].append((float(seconds), int(kb) / 1024))
    return out


def wait(app: QApplication, until: object, timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not until() and time.perf_counter() < end:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.001)
    if not until():  # type: ignore[operator]
        raise TimeoutError("the GUI did not get there in time")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reuse", type=Path, help="a folder filled by bench_cases.py --keep")
    parser.add_argument("--quick", action="store_true", help="300 demo cases, few rounds")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--scroll-rows", type=int, default=5000)
    args = parser.parse_args()
    if args.reuse:
        keyring.set_keyring(file_keyring(args.reuse))
        data_dir = args.reuse / "vault"
        cases = count_cases(data_dir)
    else:
        keyring.set_keyring(MemoryKeyring())
        data_dir = Path(tempfile.mkdtemp(prefix="isange-gui-bench-")) / "vault"
        cases = 300 if args.quick else 2000
        create_demo_vault(data_dir, cases=cases)
    if args.quick:
        args.rounds, args.scroll_rows = 3, 600

    starts = start_times(data_dir, args.rounds) if args.reuse else {"bare": [], "app": []}
    app = QApplication([sys.argv[0]])
    bare_window_mb = rss_mb()
    runner = Runner()
    t0 = time.perf_counter()
    session = login(data_dir, *staff("nurse"))
    window = MainWindow(session, runner)
    window.resize(1366, 768)
    window.show()
    page = window.cases_page
    assert page is not None
    wait(app, lambda: page.model.rowCount() > 0)
    app.processEvents()
    unlock_to_list = time.perf_counter() - t0

    table, bar = page.table, page.table.verticalScrollBar()
    steps: list[float] = []
    while page.model.rowCount() < args.scroll_rows or bar.value() < bar.maximum():
        start = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        table.viewport().repaint()
        app.processEvents()
        steps.append((time.perf_counter() - start) * 1000)
        if bar.value() >= bar.maximum():
            if not page.model.canFetchMore() and not page.model.loading:
                break
            wait(app, lambda: not page.model.loading)
        if page.model.rowCount() >= args.scroll_rows and bar.value() >= bar.maximum():
            break
    rows_seen = page.model.rowCount()
    memory = rss_mb()

    # Search: the person types, pauses (the list's TYPING_PAUSE_MS), and the rows come. Two
    # figures per search: the longest the GUI thread was busy at once (the frame time: is the
    # window fluid?) and the time from the pause to the new rows painted (the latency).
    searches: list[float] = []
    frames: list[float] = []
    arrived: list[bool] = []
    page.model.page_loaded.connect(lambda: arrived.append(True))
    page.model.failed.connect(lambda _exc: arrived.append(False))
    for text in ("uwi", "muk", "nyira", "hab", "ise", "ni", "tuy", "kay", "mukam", "iradu"):
        wait(app, lambda: not runner.busy)  # the previous search and its count are done
        page.search_field.clear()
        app.processEvents()
        for ch in text:
            start = time.perf_counter()
            QTest.keyClick(page.search_field, ch)
            app.processEvents()
            frames.append((time.perf_counter() - start) * 1000)
        arrived.clear()
        start = time.perf_counter()
        page._refilter()  # the pause after the last key has passed
        frames.append((time.perf_counter() - start) * 1000)
        longest = 0.0
        while not arrived:
            tick = time.perf_counter()
            app.processEvents()
            longest = max(longest, (time.perf_counter() - tick) * 1000)
            time.sleep(0.0005)
        tick = time.perf_counter()
        table.viewport().repaint()
        frames.append(max(longest, (time.perf_counter() - tick) * 1000))
        searches.append((time.perf_counter() - start) * 1000)
    runner.wait_until_idle()
    window.discard()
    logout(session)

    print(f"\n## GUI benchmark ({cases:,} cases)\n")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, Qt offscreen; load average {os.getloadavg()[0]:.2f}\n")
    print("| measurement | n | median | p95 | aim |")
    print("|---|---:|---:|---:|---|")
    if starts["app"]:
        bare = statistics.median(s for s, _ in starts["bare"])
        app_s = statistics.median(s for s, _ in starts["app"])
        print(f"| start to window: bare PySide6 window (baseline) | {len(starts['bare'])} | "
              f"{bare * 1000:.0f} ms | | |")
        print(f"| start to login window: Isange Desktop | {len(starts['app'])} | "
              f"{app_s * 1000:.0f} ms | | ratio {app_s / bare:.2f}x (aim <= 2x) |")
    print(f"| unlock to case list (login + first page shown) | 1 | "
          f"{unlock_to_list * 1000:.0f} ms | | |")
    print(f"| scroll one screen, {rows_seen:,} rows reached | {len(steps)} | "
          f"{statistics.median(steps):.1f} ms | {pct(steps, 0.95):.1f} ms | < 50 ms |")
    print(f"| search as you type: GUI thread busy per key or result (frame) | {len(frames)} | "
          f"{statistics.median(frames):.1f} ms | {pct(frames, 0.95):.1f} ms | < 50 ms |")
    print(f"| search: from the typing pause to the new rows painted | {len(searches)} | "
          f"{statistics.median(searches):.1f} ms | {pct(searches, 0.95):.1f} ms | |")
    print(f"| resident memory, list open, {rows_seen:,} rows scrolled | 1 | {memory:.0f} MB | | "
          "< 300 MB |")
    if starts["app"]:
        print(f"| resident memory at the login window (separate process) | {args.rounds} | "
              f"{statistics.median(m for _, m in starts['app']):.0f} MB | | |")
        print(f"| resident memory, bare PySide6 window (baseline) | {args.rounds} | "
              f"{statistics.median(m for _, m in starts['bare']):.0f} MB | | |")
    print(f"| resident memory of this process before login (Qt loaded) | 1 | "
          f"{bare_window_mb:.0f} MB | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
