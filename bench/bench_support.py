"""Shared by the vault benchmarks: counts, result rows, timing and machine description."""


from __future__ import annotations

import contextlib
import gc
import math
import os
import platform
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy
import sqlcipher3

from isange_desktop.store.engine import key_pragma

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-pass-2026"
SETTING = "idle_lock_minutes"
PLAIN_DRIVERS: dict[str, Callable[..., Any]] = {
    # The stdlib module: the "plain sqlite3" the issue compares against.
    "sqlite3": sqlite3.connect,
    # SQLCipher's own SQLite build with no key: same SQLite version, encryption off.
    "sqlcipher3-nokey": sqlcipher3.connect,
}


# --------------------------------------------------------------------------------------------
# Sizes and results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    unlock_runs: int
    changes: int
    warmup: int
    block: int
    events: int
    fill_batch: int
    verify_runs: int


FULL = Counts(unlock_runs=5, changes=300, warmup=20, block=25, events=100_000,
              fill_batch=25_000, verify_runs=3)
QUICK = Counts(unlock_runs=2, changes=60, warmup=5, block=10, events=5_000,
               fill_batch=5_000, verify_runs=3)


@dataclass
class Row:
    section: str
    what: str
    samples: list[float]
    note: str = ""
    cpu: list[float] | None = None  # process CPU time, where it tells contention apart

    @property
    def n(self) -> int:
        return len(self.samples)

    @property
    def p50(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 95)

    @property
    def cpu_p50(self) -> float | None:
        return statistics.median(self.cpu) if self.cpu else None


@dataclass
class Aim:
    name: str
    measured: str
    met: bool


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    ratios: list[tuple[str, str, str]] = field(default_factory=list)
    aims: list[Aim] = field(default_factory=list)
    facts: list[tuple[str, str]] = field(default_factory=list)

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        return row


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile (p95 of 300 samples is the 285th smallest)."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def fmt_seconds(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.3f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.0f} µs"


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def timed_cpu(fn: Callable[[], Any], wall: list[float], cpu: list[float]) -> Any:
    """Run fn once after a collection; append its wall and process CPU time; return its value."""
    gc.collect()
    cpu_start = time.process_time()
    start = time.perf_counter()
    value = fn()
    wall.append(time.perf_counter() - start)
    cpu.append(time.process_time() - cpu_start)
    return value


def load_average() -> str:
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg()) + " (1 / 5 / 15 min)"
    except OSError:
        return "unknown"


# --------------------------------------------------------------------------------------------
# Machine
# --------------------------------------------------------------------------------------------


def cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def filesystem_of(path: Path) -> str:
    """The mount (device and type) holding path, from /proc/mounts; 'unknown' elsewhere."""
    best = ("", "unknown", "unknown")
    with contextlib.suppress(OSError):
        resolved = str(path.resolve())
        for line in Path("/proc/mounts").read_text().splitlines():
            device, mount, fstype, *_ = line.split()
            inside = resolved == mount or resolved.startswith(mount.rstrip("/") + "/")
            if inside and len(mount) >= len(best[0]):
                best = (mount, device, fstype)
    return f"{best[2]} ({best[1]} on {best[0] or '?'})"


def machine_info(workdir: Path) -> list[tuple[str, str]]:
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute(key_pragma(b"\x01" * 32))
        cipher_version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
        provider_version = conn.execute("PRAGMA cipher_provider_version").fetchone()
        cipher_sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return [
        ("CPU", cpu_model()),
        ("cores", f"{os.cpu_count()} logical" + (f", {affinity} usable" if affinity else "")),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("SQLCipher (PRAGMA cipher_version)", str(cipher_version)),
        ("SQLCipher crypto provider",
         " ".join(str(r[0]) for r in (provider, provider_version) if r) or "unknown"),
        ("SQLite inside sqlcipher3", str(cipher_sqlite)),
        ("sqlite3.sqlite_version (stdlib)", sqlite3.sqlite_version),
        ("SQLAlchemy", sqlalchemy.__version__),
        ("temp folder filesystem", filesystem_of(workdir)),
        ("load average at start", load_average()),
    ]


# --------------------------------------------------------------------------------------------
# Vault helpers
# --------------------------------------------------------------------------------------------
