"""Monthly figures benchmark (issue 6, "Done when": the monthly report on 100,000 cases, aim
under 5 s), on a real SQLCipher vault through the real services, with raw SQL counts over the
same vault in the same run as the baseline.

    python bench/bench_monthly.py --reuse /path/kept      # a vault kept by bench_cases.py --keep
    python bench/bench_monthly.py --quick                 # 300 cases, temporary (CI smoke)
    python bench/bench_monthly.py --cases 100000 --keep DIR   # fill first (long), keep it

A kept vault's device secret is in plain text beside it (bench_cases.py's file keyring):
synthetic data only. Measured for the month with most arrivals; the contenders run
interleaved, one round after another, so a noisy machine hits them alike. Output: Markdown
with medians (and the slowest sample), as docs/benchmarks.md shows it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("ISANGE_ARGON2_FLOOR", "1")

import keyring

from bench_cases import count_cases, file_keyring, fill, staff
from bench_support import fmt_seconds, load_average, machine_info, timed_cpu
from isange_desktop.domain.dhis2_mapping import Dhis2Mapping, parse_mapping
from isange_desktop.domain.monthly import Month
from isange_desktop.reports.dhis2 import render_dhis2
from isange_desktop.reports.incident_recorder import render_xlsx
from isange_desktop.reports.monthly_csv import render_csv
from isange_desktop.reports.monthly_pdf import render_pdf
from isange_desktop.services.incident_recorder import incident_rows
from isange_desktop.services.monthly_figures import monthly_figures
from isange_desktop.services.session import login, logout
from isange_desktop.store.engine import open_raw
from isange_desktop.store.memory_keyring import MemoryKeyring
from isange_desktop.store.vault import db_path

AIM_S = 5.0
EXAMPLE_MAPPING = Path(__file__).resolve().parents[1] / "docs" / "dhis2-mapping-example.csv"
# The baseline: what the figures cost at the least, a count of the month's cases by type in
# one indexed statement; and a count of every case by type, a whole-table read.
MONTH_BY_TYPE = """SELECT gbv_type, count(*) FROM cases
    WHERE arrival_at >= ?1 AND arrival_at < ?2 GROUP BY gbv_type"""
ALL_BY_TYPE = "SELECT gbv_type, count(*) FROM cases GROUP BY gbv_type"
BUSIEST = """SELECT substr(arrival_at, 1, 7), count(*) FROM cases
    GROUP BY 1 ORDER BY 2 DESC LIMIT 1"""


Samples = tuple[list[float], list[float]]  # wall and process CPU seconds


def timed(fn: Callable[[], Any], samples: Samples) -> Any:
    # CPU time beside wall time: on a shared machine the gap is the waiting, not the work.
    return timed_cpu(fn, *samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="300 cases, 3 rounds")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="fill into this folder and keep it "
                        "(device secret in a plain file beside it: synthetic data only)")
    parser.add_argument("--reuse", type=Path, help="measure a folder filled with --keep")
    args = parser.parse_args()
    if args.quick:
        args.cases, args.rounds = 300, 3
    tmp = None
    kept = args.keep or args.reuse
    if kept:
        keyring.set_keyring(file_keyring(kept))
        data_dir = kept / "vault"
    else:
        keyring.set_keyring(MemoryKeyring())
        data_dir = Path(tmp := tempfile.mkdtemp(prefix="isange-bench-")) / "vault"
    if args.reuse:
        args.cases = count_cases(data_dir)
    else:
        print(f"filling {args.cases:,} cases ...", file=sys.stderr)
        fill_s = fill(data_dir, args.cases)
        if args.keep:
            (args.keep / "fill-seconds").write_text(f"{fill_s:.1f}")
    try:
        return measure(data_dir, args.cases, args.rounds)
    finally:
        if tmp and not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


def measure(data_dir: Path, cases: int, rounds: int) -> int:
    facts = machine_info(data_dir.parent)
    mapping = parse_mapping(EXAMPLE_MAPPING.read_bytes())
    manager = login(data_dir, *staff("manager"))
    key = manager.vault.key
    raw = open_raw(db_path(data_dir), key)
    busiest, in_month = raw.execute(BUSIEST).fetchone()
    month = Month.parse(busiest)
    bounds = (month.first_day.isoformat(), month.next.first_day.isoformat())
    rows: dict[str, Samples] = {name: ([], []) for name in (
        "figures, first after login", "figures (service)", "raw SQL: month by type",
        "raw SQL: all cases by type", "PDF render", "CSV render", "DHIS2 render",
        "whole report: figures + PDF", "Incident Recorder rows (month)", "XLSX of those rows")}
    logout(manager)
    counted = 0
    try:
        for _ in range(rounds):
            counted = one_round(data_dir, month, raw, bounds, mapping, rows)
    finally:
        raw.close()
    report(rows, facts, cases, month, int(in_month), counted, rounds)
    whole = statistics.median(rows["whole report: figures + PDF"][0])
    return 0 if whole < AIM_S else 1


def one_round(data_dir: Path, month: Month, raw: Any, bounds: tuple[str, str],
              mapping: Dhis2Mapping, rows: dict[str, Samples]) -> int:
    """Every contender once, in a fresh session: the connection's page cache starts empty,
    as for a manager who logs in to print the month. Returns the month's cases counted."""
    manager = login(data_dir, *staff("manager"))
    try:
        timed(lambda: monthly_figures(manager, month, output="screen"),
              rows["figures, first after login"])
        figures = timed(lambda: monthly_figures(manager, month, output="screen"),
                        rows["figures (service)"])
        timed(lambda: raw.execute(MONTH_BY_TYPE, bounds).fetchall(),
              rows["raw SQL: month by type"])
        timed(lambda: raw.execute(ALL_BY_TYPE).fetchall(), rows["raw SQL: all cases by type"])
        timed(lambda: render_pdf(figures, "en"), rows["PDF render"])
        timed(lambda: render_csv(figures, "en"), rows["CSV render"])
        timed(lambda: render_dhis2(figures, mapping), rows["DHIS2 render"])
        timed(lambda: render_pdf(monthly_figures(manager, month, output="pdf"), "fr"),
              rows["whole report: figures + PDF"])
        incidents = timed(lambda: incident_rows(manager, month.first_day, month.last_day),
                          rows["Incident Recorder rows (month)"])
        timed(lambda: render_xlsx(incidents), rows["XLSX of those rows"])
        return int(figures.cases)
    finally:
        logout(manager)


def report(rows: dict[str, Samples], facts: list[tuple[str, str]], cases: int,
           month: Month, stored: int, counted: int, rounds: int) -> None:
    print(f"\n## Monthly figures ({cases:,} cases; month {month}: {counted:,} cases counted, "
          f"{stored:,} stored with that month's date)\n")
    for name, value in facts:
        print(f"- {name}: {value}")
    print(f"- load average at the end: {load_average()}\n")
    print("| measurement | n | median | slowest | median CPU |")
    print("|---|---:|---:|---:|---:|")
    for name, (wall, cpu) in rows.items():
        print(f"| {name} | {len(wall)} | {fmt_seconds(statistics.median(wall))} | "
              f"{fmt_seconds(max(wall))} | {fmt_seconds(statistics.median(cpu))} |")
    figures = statistics.median(rows["figures (service)"][0])
    base = statistics.median(rows["raw SQL: month by type"][0])
    whole = statistics.median(rows["whole report: figures + PDF"][0])
    print(f"\nfigures / raw month count: {figures / base:.0f}x; "
          f"aim (whole report < {AIM_S:g} s): {'met' if whole < AIM_S else 'NOT met'} "
          f"({fmt_seconds(whole)}); rounds: {rounds}")


if __name__ == "__main__":
    raise SystemExit(main())
