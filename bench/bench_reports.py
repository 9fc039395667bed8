"""Case documents: printing the case summary of a full demo case (body maps, samples, custody,
medicines, tasks, history), against reportlab rendering a bare one-page document in the same
run.

    python bench/bench_reports.py            # full run (about 30 s)
    python bench/bench_reports.py --quick    # smoke run (about 12 s)
    python bench/bench_reports.py --reps 31 --lang fr

A demo vault as `isange-desktop --demo` makes it (Argon2 at the project's floor, an in-memory
credential store, a temporary folder); the case printed is the demo case with the most on it
(injury marks first, then entries of every kind), chosen by reading every case as the nurse.

Per repetition, interleaved so drift on a shared machine hits every contender alike:

- summary, whole service: ``render_case_document`` as the nurse (role checks, the read of
  the case in one transaction, the audit event, a signed checkpoint, the PDF): what the
  Print button and ``isange report case`` wait for;
- summary, rendering only: ``render_summary`` on the case already read (platypus layout,
  the body-map drawings, DejaVu Sans subset and embedded, the footers);
- medico-legal report and referral slip, whole service;
- baseline: reportlab alone, one A4 page of platypus with one paragraph in the built-in
  Helvetica, into memory; and the same page in DejaVu Sans (the cost of embedding a TTF).

Figures are medians with the p95; a warm-up repetition (font registration, imports) is not
counted.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from bench_support import fmt_seconds, load_average, machine_info, percentile
from isange_desktop.reports.case_data import Printing
from isange_desktop.reports.case_summary import render_summary
from isange_desktop.reports.pdf_base import FONT, Footer, register_fonts
from isange_desktop.services.case_consents import record_consent
from isange_desktop.services.case_print import render_case_document
from isange_desktop.services.case_print_data import read_case
from isange_desktop.services.case_read import open_case
from isange_desktop.services.center_directory import pin_center, read_card
from isange_desktop.services.demo import DEMO_STAFF, create_demo_vault
from isange_desktop.services.session import UserSession, login, logout
from isange_desktop.store import case_repository as repo
from isange_desktop.store.memory_keyring import MemoryKeyring
from isange_desktop.transfer.center_card import make_card

AIM_SECONDS = 1.0
PARTNER = "HYE-01"
ROWS = (
    ("summary", "case summary, whole service (read, audit, checkpoint, PDF)"),
    ("summary render", "case summary, rendering only (the case already read)"),
    ("medico-legal", "medico-legal report, whole service"),
    ("slip", "referral slip, whole service"),
    ("bare helvetica", "baseline: reportlab, one bare A4 page, built-in Helvetica"),
    ("bare dejavu", "baseline: the same page in DejaVu Sans (TTF subset embedded)"),
)


def bare_page(font: str) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Paragraph("Isange One Stop Center", ParagraphStyle("p", fontName=font, fontSize=10))])
    return buffer.getvalue()


def richest_case(nurse: UserSession) -> str:
    """The demo case with the most to print: injury marks, then entries."""
    with nurse.vault.dbapi() as conn:
        numbers = [r[0] for r in conn.execute("SELECT number FROM cases ORDER BY id")]
    best: tuple[tuple[int, int], str] | None = None
    for number in numbers:
        view = open_case(nurse, number)
        marks = view.forms.get("medical", {}).get(0, {}).get("injuries") or []
        score = (len(marks) if isinstance(marks, list) else 0,
                 sum(len(entries) for entries in view.forms.values()))
        if best is None or score > best[0]:
            best = (score, number)
    assert best is not None
    return best[1]


def prepare(data_dir: Path) -> tuple[UserSession, str]:
    create_demo_vault(data_dir)
    staff = {u.login: u for u in DEMO_STAFF}
    manager = login(data_dir, "manager", staff["manager"].password)
    card = make_card(Ed25519PrivateKey.generate(),
                     str(pyrage.x25519.Identity.generate().to_public()), code=PARTNER,
                     name="Huye IOSC", district="huye", created_at="2026-11-01T08:00:00+00:00")
    pin_center(manager, card, read_card(card).fingerprint)
    logout(manager)
    nurse = login(data_dir, "nurse", staff["nurse"].password)
    number = richest_case(nurse)
    record_consent(nurse, number, scope="share_with_referral", given=True, by="survivor",
                   destination=PARTNER)
    return nurse, number


def measure(nurse: UserSession, number: str, lang: str, reps: int
            ) -> tuple[dict[str, list[float]], dict[str, Any]]:
    with nurse.vault.unit_of_work() as uow:
        printed = read_case(uow, nurse, repo.require_case(uow, number))
    footer = Footer(lang, number, "Demo nurse (nurse)", printed.printed_at, 1, "0" * 64)
    work: dict[str, Callable[[], bytes]] = {
        "summary": lambda: render_case_document(nurse, number, "summary", lang),
        "summary render": lambda: render_summary(printed, Printing(footer)),
        "medico-legal": lambda: render_case_document(nurse, number, "medico_legal", lang),
        "slip": lambda: render_case_document(nurse, number, "referral_slip", lang,
                                             destination=PARTNER),
        "bare helvetica": lambda: bare_page("Helvetica"),
        "bare dejavu": lambda: bare_page(FONT),
    }
    samples: dict[str, list[float]] = {k: [] for k in work}
    facts: dict[str, Any] = {}
    for rep in range(reps + 1):
        for key, fn in work.items():
            start = time.perf_counter()
            data = fn()
            elapsed = time.perf_counter() - start
            if rep:  # the first round warms fonts, imports and caches up
                samples[key].append(elapsed)
            else:
                facts[key] = (len(PdfReader(io.BytesIO(data)).pages), len(data))
    marks = printed.values("medical").get("injuries")
    facts["marks"] = len(marks) if isinstance(marks, list) else 0
    facts["entries"] = sum(len(e) for e in printed.entries.values())
    return samples, facts


def render(samples: dict[str, list[float]], facts: dict[str, Any], number: str, lang: str,
           machine: list[tuple[str, str]], argv: list[str], wall: float) -> str:
    out = ["## Machine", "", "| | |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in machine]
    command = " ".join(["python bench/bench_reports.py", *argv])
    out += ["", f"Command: `{command}`; wall time {wall:.0f} s. Case {number} "
            f"({facts['marks']} injury marks, {facts['entries']} form entries), "
            f"language {lang}.", "", "## Figures", "",
            "| measurement | n | pages | PDF | median | p95 |", "|---|---:|---:|---:|---:|---:|"]
    for key, what in ROWS:
        pages, size = facts[key]
        s = samples[key]
        out.append(f"| {what} | {len(s)} | {pages} | {size / 1024:.0f} KiB | "
                   f"{fmt_seconds(statistics.median(s))} | {fmt_seconds(percentile(s, 95))} |")
    p50 = {k: statistics.median(v) for k, v in samples.items()}
    out += ["", "## Ratios and aim (medians)", "", "| | |", "|---|---|",
            f"| summary (whole service) / bare Helvetica page | "
            f"{p50['summary'] / p50['bare helvetica']:.0f}x |",
            f"| summary rendering only / bare DejaVu page | "
            f"{p50['summary render'] / p50['bare dejavu']:.0f}x |",
            f"| summary per page, rendering only | "
            f"{fmt_seconds(p50['summary render'] / facts['summary'][0])} |",
            f"| aim: a full case summary with body maps under {AIM_SECONDS:.0f} s | "
            f"{fmt_seconds(p50['summary'])}: "
            f"{'met' if p50['summary'] < AIM_SECONDS else 'NOT met'} |"]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="5 repetitions, for a smoke run")
    parser.add_argument("--reps", type=int, default=None, help="repetitions (default 21)")
    parser.add_argument("--lang", choices=("rw", "en", "fr"), default="en")
    parser.add_argument("--dir", type=Path, default=None,
                        help="where to make the temporary folder (default: system temp)")
    args = parser.parse_args(argv)
    reps = args.reps or (5 if args.quick else 21)
    keyring.set_keyring(MemoryKeyring())
    register_fonts()
    wall = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="isange-bench-", dir=args.dir) as tmp:
        machine = machine_info(Path(tmp))
        print("demo vault ...", file=sys.stderr, flush=True)
        nurse, number = prepare(Path(tmp) / "vault")
        try:
            print(f"{reps} repetitions ...", file=sys.stderr, flush=True)
            samples, facts = measure(nurse, number, args.lang, reps)
        finally:
            logout(nurse)
    machine.append(("load average at end", load_average()))
    shown = sys.argv[1:] if argv is None else argv
    print(render(samples, facts, number, args.lang, machine, shown, time.perf_counter() - wall))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
