"""Case benchmarks on a vault of many demo cases (issue: cases, "Done when").

Measures, through the real services on a real SQLCipher vault: search by case number, phone and
name prefix; the fuzzy duplicate check at intake; opening a case; saving a track form with its
audit event. Baseline in the same run: the same indexed lookup with raw sqlcipher3.

    python bench/bench_cases.py --cases 100000    # fill and measure (long: the fill goes
                                                  # through the audited services)
    python bench/bench_cases.py --quick                                  # CI smoke
    python bench/bench_cases.py --cases 100000 --keep /tmp/big           # fill once, keep it
    python bench/bench_cases.py --reuse /tmp/big                         # measure it again

A kept vault's device secret is written in plain text beside it (keyrings.alt file backend):
acceptable only because the cases are synthetic; never point --keep at real data.

Prints a Markdown table of p50/p95 (ms) and the aims. Figures go to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("ISANGE_ARGON2_FLOOR", "1")

import keyring

from isange_desktop.domain.duplicates import PersonFacts
from isange_desktop.services.case_forms import save_form
from isange_desktop.services.case_read import open_case, search_cases
from isange_desktop.services.demo import DEMO_STAFF, create_demo_vault
from isange_desktop.services.demo_cases import generate_cases
from isange_desktop.services.duplicate_check import find_possible_duplicates
from isange_desktop.services.session import UserSession, login, logout
from isange_desktop.store.engine import open_raw
from isange_desktop.store.memory_keyring import MemoryKeyring
from isange_desktop.store.vault import db_path

AIMS_MS = {"search by case number": 5.0, "search by phone": 5.0, "search by name prefix": 5.0,
           "duplicate check": 50.0, "open a case": 30.0, "save a track form": 5.0}


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def timed(fn: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def staff(login_name: str) -> tuple[str, str]:
    user = next(u for u in DEMO_STAFF if u.login == login_name)
    return user.login, user.password


def fill(data_dir: Path, cases: int) -> float:
    start = time.perf_counter()
    create_demo_vault(data_dir, cases=0)
    name, pw = staff("nurse")
    session = login(data_dir, name, pw)
    done = 0
    try:
        step = 1000
        while done < cases:
            batch = min(step, cases - done)
            generate_cases(session, batch, seed=1000 + done // step)
            done += batch
            print(f"  filled {done:,} cases", file=sys.stderr, flush=True)
    finally:
        logout(session)
    return time.perf_counter() - start


def file_keyring(folder: Path) -> keyring.backend.KeyringBackend:
    from keyrings.alt.file import PlaintextKeyring

    folder.mkdir(parents=True, exist_ok=True)
    store = PlaintextKeyring()
    store.file_path = str(folder / "synthetic-device-secret.cfg")
    return store


def count_cases(data_dir: Path) -> int:
    session = login(data_dir, *staff("nurse"))
    try:
        with session.vault.dbapi() as conn:
            return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    finally:
        logout(session)


def sample_targets(session: UserSession, rng: random.Random, n: int
                   ) -> tuple[list[str], list[str], list[str], list[PersonFacts]]:
    with session.vault.dbapi() as conn:
        rows = conn.execute(
            "SELECT c.number, p.phone_key, p.family_name, p.given_names, p.estimated_age "
            "FROM cases c JOIN persons p ON p.id = c.person_id").fetchall()
    picks = rng.sample(rows, min(n, len(rows)))
    numbers = [r[0] for r in picks]
    phones = ["0" + r[1] for r in picks if r[1]]
    prefixes = [r[2][: rng.randint(3, 5)] for r in picks]
    facts = [PersonFacts(r[2][:-1] + "e", r[3], estimated_age=r[4]) for r in picks]
    return numbers, phones, prefixes, facts


def raw_lookup(data_dir: Path, key: bytes, numbers: list[str]) -> list[float]:
    conn = open_raw(db_path(data_dir), key)
    try:
        it = iter(numbers * 3)
        return timed(lambda: conn.execute("SELECT id FROM cases WHERE number = ?",
                                          (next(it),)).fetchone(), len(numbers) * 3)
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="500 cases, 50 samples")
    parser.add_argument("--keep", type=Path, help="fill into this folder and keep it, with "
                        "its device secret in a plain file beside it (synthetic data only)")
    parser.add_argument("--reuse", type=Path, help="measure a folder filled with --keep")
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    if args.quick:
        args.cases, args.samples = 500, 50
    rng = random.Random(7)
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
        fill_s = float((kept / "fill-seconds").read_text())
    else:
        print(f"filling {args.cases:,} cases ...", file=sys.stderr)
        fill_s = fill(data_dir, args.cases)
        if args.keep:
            (args.keep / "fill-seconds").write_text(f"{fill_s:.1f}")

    results: dict[str, list[float]] = {}
    nurse = login(data_dir, *staff("nurse"))
    try:
        numbers, phones, prefixes, facts = sample_targets(nurse, rng, args.samples)
        key = nurse.vault.key
        it_n, it_p, it_f = iter(numbers), iter(phones), iter(prefixes)
        results["search by case number"] = timed(lambda: search_cases(nurse, next(it_n)),
                                                 len(numbers))
        results["search by phone"] = timed(lambda: search_cases(nurse, next(it_p)), len(phones))
        results["search by name prefix"] = timed(lambda: search_cases(nurse, next(it_f)),
                                                 len(prefixes))
        it_d = iter(facts)
        results["duplicate check"] = timed(lambda: find_possible_duplicates(nurse, next(it_d)),
                                           len(facts))
        it_o = iter(numbers)
        results["open a case"] = timed(lambda: open_case(nurse, next(it_o)), len(numbers))
    finally:
        logout(nurse)
    rib = login(data_dir, *staff("rib"))
    try:
        it_s = iter(numbers)
        legal = {"statement_taken": True, "statement_date": "2026-11-20",
                 "legal_aid_referral": "maj"}
        results["save a track form"] = timed(lambda: save_form(rib, next(it_s), "legal", legal),
                                             len(numbers))
    finally:
        logout(rib)
    baseline = raw_lookup(data_dir, key, numbers)

    print(f"\n## Cases benchmark ({args.cases:,} cases)\n")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}; fill took {fill_s:.0f} s "
          f"({args.cases / fill_s:.0f} cases/s, every case through the audited services)\n")
    print("| measurement | n | p50 ms | p95 ms | aim (p95) | met |")
    print("|---|---:|---:|---:|---:|---|")
    for name, samples in results.items():
        p95 = pct(samples, 0.95)
        aim = AIMS_MS[name]
        print(f"| {name} | {len(samples)} | {statistics.median(samples):.2f} | {p95:.2f} | "
              f"< {aim:g} ms | {'yes' if p95 < aim else 'NO'} |")
    print(f"| raw sqlcipher3 indexed lookup by number (baseline) | {len(baseline)} | "
          f"{statistics.median(baseline):.3f} | {pct(baseline, 0.95):.3f} | | |")
    if tmp and not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
