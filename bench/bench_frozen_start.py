"""Start time of the frozen build against the source run, in one run (the README's figures).

    python bench/bench_frozen_start.py --frozen /tmp/dist/isange-desktop [--runs 5]

Build the frozen folder first (packaging/build_linux.sh). Each run starts a fresh process and
reads its --self-test lines as they arrive:

- start to login window: from spawning `isange-desktop --self-test` (offscreen) to its
  "ok   login window" line, which it prints once the login window has been built, shown and
  painted the way the app does at start (gui/self_test_gui.py): interpreter or bootloader,
  imports, QApplication, translations, the window;
- the whole desktop self-test, and the whole `isange --self-test` (no Qt), wall time.

Frozen and source runs alternate, so drift on a shared machine hits both; the median of the
runs is printed, with the folder's size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

LOGIN_LINE = "ok   login window"


def timed(command: list[str]) -> tuple[float, float]:
    """(seconds to the login-window line or NaN, seconds to exit) of one run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    login = float("nan")
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True, env=env) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(LOGIN_LINE):
                login = time.perf_counter() - start
            if line.startswith("FAIL"):
                raise SystemExit(f"{command[0]}: {line.strip()}")
        code = proc.wait()
    if code != 0:
        raise SystemExit(f"{' '.join(command)} exited {code}")
    return login, time.perf_counter() - start


def folder_size(folder: Path) -> int:
    # Each file once: the build links some libraries under a second name (symlinks).
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, default=Path("build/frozen/dist/isange-desktop"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    commands = {
        ("desktop", "frozen"): [str(args.frozen / "isange-desktop"), "--self-test"],
        ("desktop", "source"): [sys.executable, "-m", "isange_desktop", "--self-test"],
        ("cli", "frozen"): [str(args.frozen / "isange"), "--self-test"],
        ("cli", "source"): [sys.executable, "-m", "isange_desktop.cli", "--self-test"],
    }
    samples: dict[tuple[str, str], list[tuple[float, float]]] = {k: [] for k in commands}
    for command in commands.values():  # one warm-up each: disk caches, fontconfig
        timed(command)
    for _ in range(args.runs):
        for key, command in commands.items():
            samples[key].append(timed(command))

    def median(key: tuple[str, str], index: int) -> float:
        return statistics.median(s[index] for s in samples[key])

    size = folder_size(args.frozen) / 2**20
    print(f"frozen folder: {size:.0f} MiB ({args.frozen}); median of {args.runs} runs, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print("| | frozen | source | frozen / source |")
    print("|---|---|---|---|")
    rows = (("start to login window (desktop)", "desktop", 0),
            ("`isange-desktop --self-test`, whole", "desktop", 1),
            ("`isange --self-test`, whole", "cli", 1))
    for label, kind, index in rows:
        frozen, source = median((kind, "frozen"), index), median((kind, "source"), index)
        print(f"| {label} | {frozen:.2f} s | {source:.2f} s | {frozen / source:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
