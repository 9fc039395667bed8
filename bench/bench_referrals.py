"""Referral bundles: export and import of a referred case, against the reference ``age`` tool
encrypting and decrypting the same bytes to the same X25519 recipient, in the same run.

    python bench/bench_referrals.py            # full run: demo, 20 MB of attachments, largest
    python bench/bench_referrals.py --quick    # smoke run: a smaller "large" case
    python bench/bench_referrals.py --large-mib 8 --attachments-mib 40 --reps 9

Two real centers (tests/two_centers.py: Kacyiru refers, Huye receives; the tests' Argon2
floor, an in-memory credential store, a temporary folder). Three cases:

- demo: the tests' worked case (every track, revisions, a PEP course, an addendum);
- attachments (the issue's case): the demo case with two photos of ``--attachments-mib``/2
  MiB each (default 10 + 10 = 20 MiB), added through ``add_attachment`` by the nurse. Each is
  a JPEG that holds together (frame, tables, one scan, end marker) around random bytes, so it
  is as incompressible as a real photo's entropy-coded data and the import's type check
  passes; the time the two ``add_attachment`` calls took is reported as the fill. Besides,
  one ``--attachments-mib`` scan is added and viewed (``read_attachment``) per repetition:
  issue 8's "importing and viewing a 20 MB scan, aim under 1 s each";
- large: the same case with counselling sessions of 20,000-character notes (the longest a
  long-text field takes) added through ``save_form`` until case.json is ``--large-mib`` MiB;
  the default fills it to just under MAX_CASE_JSON_BYTES (32 MiB), the largest case.json a
  bundle may hold. The notes are words drawn at random from a few hundred (Kinyarwanda,
  English, French, names and places), so they deflate about 4x, near what written notes
  do, not like a repeated string would.

Per repetition, interleaved so drift on a shared machine hits every contender alike:
``export_referral`` at Kacyiru (case document, zip, age encryption, signature, atomic write,
read back and verify, one transaction); ``preview_import`` and ``import_referral`` of that
file at Huye (every check; then the new case in one transaction and the signed receipt);
``age -r`` on the bundle's zip (the same plaintext bytes the export encrypted, to Huye's
recipient, which ``init`` generated with pyrage), stdin to stdout in a subprocess, no temp
file; ``age -d`` of that ciphertext with Huye's identity passed through a pipe (the secret
never touches the disk); pyrage in process on the same bytes; ``age`` on empty input (what
starting the process costs). Figures are medians; a warm-up repetition is not counted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

# The two centers live with the tests; conftest (which two_centers imports) sets the Argon2
# floor and an offscreen Qt before anything else is imported.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import keyring
import pyrage

from attachment_files import jpeg_like
from bench_support import fmt_seconds, load_average, machine_info
from isange_desktop.services.attachments import add_attachment, read_attachment
from isange_desktop.services.case_forms import save_form
from isange_desktop.services.center_directory import lookup_center
from isange_desktop.services.center_keys import age_identity
from isange_desktop.services.demo_vocabulary import CELLS, FAMILY_ANY, GIVEN_FEMALE, VILLAGES
from isange_desktop.services.referral_case import case_document
from isange_desktop.services.referral_export import export_referral
from isange_desktop.services.referral_import import import_referral, preview_import
from isange_desktop.services.session import UserSession
from isange_desktop.store import case_repository as repo
from isange_desktop.store.memory_keyring import MemoryKeyring
from isange_desktop.transfer.bundle_file import read_header
from isange_desktop.transfer.bundle_limits import MAX_CASE_JSON_BYTES, MiB
from isange_desktop.transfer.manifest import canonical_json
from two_centers import HUYE, NOW, Centers, as_, build_centers, worked_case

NOTE = "Please continue PEP."
LONG_TEXT_CHARS = 20_000  # domain/forms/fields.py: DEFAULT_MAX_LENGTH of a LONG_TEXT field
# Room under MAX_CASE_JSON_BYTES for what an export adds to the document (status, note).
HEADROOM = 64 * 1024
WORDS = (
    "umugore", "umwana", "ubuzima", "inama", "gukurikirana", "ihohoterwa", "umuryango",
    "amahoro", "kwa", "muganga", "ubufasha", "urugo", "ishuri", "umutekano", "ejo", "uyu",
    "munsi", "yavuze", "ko", "afite", "ubwoba", "yishimiye", "kugaruka", "she", "said", "her",
    "sister", "school", "safe", "afraid", "follow-up", "session", "sleep", "appetite", "calm",
    "crying", "mother", "neighbour", "church", "market", "police", "report", "plan", "week",
    "elle", "dit", "que", "sa", "soeur", "est", "en", "sécurité", "rendez-vous", "école",
    "the", "and", "with", "to", "of", "was", "is", "not", "yet", "again", "better", "worse",
    "talked", "about", "money", "rent", "work", "husband", "child", "clinic", "medication",
    *FAMILY_ANY, *GIVEN_FEMALE, *CELLS, *VILLAGES,
)


@dataclass
class Samples:
    wall: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, seconds: float) -> None:
        self.wall.setdefault(name, []).append(seconds)

    def p50(self, name: str) -> float:
        return statistics.median(self.wall[name])


@dataclass
class SizeResult:
    label: str
    case_json_bytes: int
    zip_bytes: int
    bundle_bytes: int
    revisions: int
    fill_seconds: float
    samples: Samples


# --- the case --------------------------------------------------------------------------------


def case_json(session: UserSession, number: str) -> bytes:
    """case.json as the export would write it (with the referral note)."""
    with session.vault.unit_of_work(readonly=True) as uow:
        document = case_document(uow, repo.require_case(uow, number), NOTE)
    return canonical_json(document.to_json())


def case_json_bytes(session: UserSession, number: str) -> int:
    return len(case_json(session, number))


def deflate(data: bytes) -> int:
    """One raw deflate pass at zlib's default level, as bundle_payload's writer makes of
    case.json (once; again only for a member its bomb check would refuse)."""
    packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return len(packer.compress(data)) + len(packer.flush())


def notes(rng: random.Random) -> str:
    words: list[str] = []
    length = -1
    while length < LONG_TEXT_CHARS:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:LONG_TEXT_CHARS].rstrip()


def fill(centers: Centers, number: str, target: int, seed: int) -> float:
    """Counselling sessions with the longest notes allowed, through the psychosocial
    officer's own service, until case.json is about ``target`` bytes. Returns the time."""
    rng = random.Random(seed)
    start = time.perf_counter()
    with as_(centers.kigali, "psy") as psy:
        size = case_json_bytes(psy, number)
        step = 0
        while True:
            # The first batch measures what one session adds; later batches aim from it.
            batch = 1 if step == 0 else max(0, (target - size) // step)
            if batch == 0:
                break
            for _ in range(batch):
                save_form(psy, number, "counselling_session",
                          {"session_date": "2026-11-20", "duration_minutes": 60,
                           "session_type": "individual", "notes": notes(rng)}, now=NOW)
            new_size = case_json_bytes(psy, number)
            step = max(step, (new_size - size) // batch)
            size = new_size
    return time.perf_counter() - start


def attach(centers: Centers, number: str, total: int) -> float:
    """Two JPEG-like photos of ``total``/2 bytes each on the case's medical track, through the
    nurse's own service. Returns the time the two calls took."""
    photos = [jpeg_like(total // 2) for _ in range(2)]
    with as_(centers.kigali, "nurse") as nurse:
        start = time.perf_counter()
        for index, photo in enumerate(photos):
            add_attachment(nurse, number, photo, file_name=f"wound-{index}.jpg",
                           track="medical")
        return time.perf_counter() - start


def add_scan(session: UserSession, number: str, scan: bytes) -> Any:
    return add_attachment(session, number, scan, file_name="scan.jpg")


def measure_scan(centers: Centers, number: str, size: int, reps: int) -> Samples:
    """Issue 8's figure: adding a scan of ``size`` bytes to a case and viewing it."""
    samples = Samples()
    with as_(centers.kigali, "nurse") as nurse:
        for rep in range(reps + 1):
            kept = samples if rep else None
            scan = jpeg_like(size)
            added = timed(kept, "add scan", add_scan, nurse, number, scan)
            if timed(kept, "view scan", read_attachment, nurse, added.info.id) != scan:
                raise SystemExit("the scan did not come back as it was added")
    return samples


# --- the contenders --------------------------------------------------------------------------


def age_encrypt(recipient: str, plain: bytes) -> bytes:
    return subprocess.run(["age", "-r", recipient], input=plain, capture_output=True,
                          check=True).stdout


def age_decrypt(identity: str, ciphertext: bytes) -> bytes:
    """``age -d`` with the identity read from a pipe, not a file: the bench never writes a
    center's secret key to disk (the identity fits a pipe's buffer, so no writer thread)."""
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, identity.encode() + b"\n")
        os.close(write_end)
        write_end = -1
        return subprocess.run(["age", "-d", "-i", f"/dev/fd/{read_end}"], input=ciphertext,
                              capture_output=True, check=True, pass_fds=(read_end,)).stdout
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)


def timed(samples: Samples | None, name: str, fn: Callable[..., Any], *args: Any) -> Any:
    # Arguments, not a closure: each call sees this repetition's bytes.
    start = time.perf_counter()
    value = fn(*args)
    if samples is not None:
        samples.add(name, time.perf_counter() - start)
    return value


def measure(centers: Centers, number: str, label: str, reps: int, out: Path,
            fill_seconds: float) -> SizeResult:
    samples = Samples()
    out.mkdir()
    with as_(centers.kigali, "nurse") as kigali, as_(centers.huye, "nurse") as huye:
        recipient = lookup_center(kigali, HUYE).age_recipient
        identity_obj = age_identity(huye)
        identity = str(identity_obj)
        recipient_obj = pyrage.x25519.Recipient.from_str(recipient)
        document = case_json(kigali, number)
        plain = b""
        for rep in range(reps + 1):
            kept = samples if rep else None  # the first repetition warms up
            exported = timed(kept, "export", export_referral, kigali, number, HUYE, NOTE, out)
            data = exported.path.read_bytes()
            if not plain:
                # The bytes the export encrypted: the reference tool must read its payload.
                header = read_header(data)
                plain = age_decrypt(identity, data[header.payload_offset:header.payload_offset
                                                   + header.payload_length])
            ciphertext = timed(kept, "age -r", age_encrypt, recipient, plain)
            timed(kept, "preview", preview_import, huye, data)
            timed(kept, "import", import_referral, huye, data)
            if timed(kept, "age -d", age_decrypt, identity, ciphertext) != plain:
                raise SystemExit("age did not give back what it encrypted")
            sealed = timed(kept, "pyrage encrypt", pyrage.encrypt, plain, [recipient_obj])
            timed(kept, "pyrage decrypt", pyrage.decrypt, sealed, [identity_obj])
            timed(kept, "age start", age_encrypt, recipient, b"")
            timed(kept, "deflate", deflate, document)
            exported.path.unlink()
        revisions = exported.preview.revisions
    return SizeResult(label, len(document), len(plain), len(data), revisions, fill_seconds, samples)


# --- report ----------------------------------------------------------------------------------


ROWS = (
    ("export", "`export_referral` (document, zip, encrypt, sign, write, read back, commit)"),
    ("deflate", "  one deflate pass over case.json (what the export's zip makes)"),
    ("age -r", "`age -r RECIPIENT` on the same zip bytes (subprocess, stdin to stdout)"),
    ("pyrage encrypt", "  pyrage.encrypt of the same bytes, in process"),
    ("import", "`import_referral` (every check, new case in one transaction, receipt)"),
    ("preview", "  `preview_import`: every check, nothing written"),
    ("age -d", "`age -d -i IDENTITY` of age's ciphertext (subprocess)"),
    ("pyrage decrypt", "  pyrage.decrypt of the same ciphertext, in process"),
    ("age start", "`age -r` on empty input (starting the process)"),
)


def mib(n: int) -> str:
    return f"{n / MiB:.2f} MiB" if n >= MiB // 10 else f"{n:,} bytes"


def render(results: list[SizeResult], scan: tuple[int, Samples], machine: list[tuple[str, str]],
           argv: list[str], wall: float) -> str:
    out = ["## Machine", "", "| | |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in machine]
    command = " ".join(["python bench/bench_referrals.py", *argv])
    out += ["", f"Command: `{command}`; wall time {wall:.0f} s.", "", "## Sizes", "",
            "| case | revisions | case.json | zip (what is encrypted) | bundle file | "
            "filled in |", "|---|---:|---:|---:|---:|---:|"]
    for r in results:
        out.append(f"| {r.label} | {r.revisions:,} | {mib(r.case_json_bytes)} | "
                   f"{mib(r.zip_bytes)} | {mib(r.bundle_bytes)} | {r.fill_seconds:.1f} s |")
    out += ["", "## Figures (medians)", "",
            "| measurement | " + " | ".join(r.label for r in results) + " |",
            "|---|" + "---:|" * len(results)]
    out.append("| repetitions | " + " | ".join(
        str(len(r.samples.wall["export"])) for r in results) + " |")
    for key, what in ROWS:
        out.append(f"| {what} | " + " | ".join(
            fmt_seconds(r.samples.p50(key)) for r in results) + " |")
    out += ["", "## Ratios (medians)", "",
            "| ratio | " + " | ".join(r.label for r in results) + " |",
            "|---|" + "---:|" * len(results)]
    ratios = (
        ("export / `age -r` (aim <= 2x at 20 MB of attachments)", "export", "age -r"),
        ("import / `age -d` (aim <= 2x at 20 MB of attachments)", "import", "age -d"),
        ("preview (checks only) / `age -d`", "preview", "age -d"),
        ("export / pyrage encrypt", "export", "pyrage encrypt"),
        ("import / pyrage decrypt", "import", "pyrage decrypt"),
    )
    for name, a, b in ratios:
        out.append(f"| {name} | " + " | ".join(
            f"{r.samples.p50(a) / r.samples.p50(b):.1f}x" for r in results) + " |")
    size, samples = scan
    out += ["", f"## A {mib(size)} scan (issue 8: aim under 1 s each; medians of "
            f"{len(samples.wall['add scan'])})", "", "| measurement | time |", "|---|---:|",
            f"| `add_attachment` (checks, metadata walk, hash, store, audit, commit) | "
            f"{fmt_seconds(samples.p50('add scan'))} |",
            f"| `read_attachment` (role, read, hash check, audit) | "
            f"{fmt_seconds(samples.p50('view scan'))} |"]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true",
                        help="3 repetitions and a 1 MiB 'large' case, for a smoke run")
    parser.add_argument("--reps", type=int, default=None, help="repetitions (default 7)")
    parser.add_argument("--large-mib", type=float, default=None,
                        help="case.json of the large case, in MiB (default: just under the "
                             f"{MAX_CASE_JSON_BYTES // MiB} MiB limit)")
    parser.add_argument("--attachments-mib", type=float, default=20.0,
                        help="attachments of the attachment case, in MiB, in two photos "
                             "(default 20)")
    parser.add_argument("--skip-large", action="store_true",
                        help="leave the largest case out (it takes most of the run)")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--dir", type=Path, default=None,
                        help="where to make the temporary folder (default: system temp)")
    parser.add_argument("--json", type=Path, default=None, help="also write raw samples here")
    args = parser.parse_args(argv)
    reps = args.reps or (3 if args.quick else 7)
    large = int(args.large_mib * MiB) if args.large_mib is not None else (
        MiB if args.quick else MAX_CASE_JSON_BYTES - HEADROOM)
    if large > MAX_CASE_JSON_BYTES - HEADROOM:
        parser.error(f"--large-mib: at most {(MAX_CASE_JSON_BYTES - HEADROOM) / MiB:.2f}")

    keyring.set_keyring(MemoryKeyring())
    wall = time.perf_counter()
    results: list[SizeResult] = []
    with tempfile.TemporaryDirectory(prefix="isange-bench-", dir=args.dir) as tmp:
        root = Path(tmp)
        machine = machine_info(root)
        machine.append(("age", subprocess.run(["age", "--version"], capture_output=True,
                                              text=True, check=True).stdout.strip()))
        machine.append(("pyrage", metadata.version("pyrage")))
        print("two centers ...", file=sys.stderr, flush=True)
        centers = build_centers(root / "centers")
        demo = worked_case(centers, HUYE)
        print(f"demo case: {reps} repetitions ...", file=sys.stderr, flush=True)
        results.append(measure(centers, demo, "demo case", reps, root / "out-demo", 0.0))
        attachments = int(args.attachments_mib * MiB)
        print(f"attachment case: adding {attachments / MiB:.1f} MiB ...", file=sys.stderr,
              flush=True)
        photos = worked_case(centers, HUYE)
        seconds = attach(centers, photos, attachments)
        print(f"attachment case: {reps} repetitions ...", file=sys.stderr, flush=True)
        results.append(measure(centers, photos,
                               f"{attachments / MiB:.0f} MiB of attachments (2 photos)",
                               reps, root / "out-attachments", seconds))
        print("a scan: add and view ...", file=sys.stderr, flush=True)
        scan = (attachments, measure_scan(centers, worked_case(centers, HUYE), attachments,
                                          reps))
        if not args.skip_large:
            print(f"large case: filling to {large / MiB:.2f} MiB ...", file=sys.stderr,
                  flush=True)
            big = worked_case(centers, HUYE)
            seconds = fill(centers, big, large, args.seed)
            print(f"large case: {reps} repetitions ...", file=sys.stderr, flush=True)
            results.append(measure(centers, big,
                                   f"large case ({large / MiB:.1f} MiB target)", reps,
                                   root / "out-large", seconds))
    wall = time.perf_counter() - wall
    machine.append(("load average at end", load_average()))
    shown_argv = sys.argv[1:] if argv is None else argv
    print(render(results, scan, machine, shown_argv, wall))
    if args.json:
        args.json.write_text(json.dumps({
            "machine": dict(machine), "when": datetime.now().isoformat(timespec="seconds"),
            "sizes": [{"label": r.label, "case_json_bytes": r.case_json_bytes,
                       "zip_bytes": r.zip_bytes, "bundle_bytes": r.bundle_bytes,
                       "revisions": r.revisions, "samples": r.samples.wall} for r in results],
            "scan": {"bytes": scan[0], "samples": scan[1].wall},
        }, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
