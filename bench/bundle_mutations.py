"""Issue 5's mutation count at full size: a real referral bundle mutated COUNT times, each
mutation through the receiver's import path, counted as refused, accepted or crashed.

    python bench/bundle_mutations.py --count 20000           # about 3 minutes on 2 cores
    python bench/bundle_mutations.py --count 2000 --seed 7   # another stream, shorter

The mutations, the sample and the counting are tests/test_bundle_mutations.py's (the CI test
runs the same thing at a smaller count): read its docstring for the mix and the layers. The
sealed layers get COUNT // 4 each unless ``--sealed-count`` says otherwise. Everything happens
in a temporary folder with an in-memory credential store and the tests' Argon2 floor. Prints
Markdown; exits 1 if anything was accepted changed or crashed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

# The sample and the counting live with the test; conftest (which two_centers imports) sets
# the Argon2 floor and an offscreen Qt before anything else is imported.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import keyring

from bench_support import load_average, machine_info
from isange_desktop.store.memory_keyring import MemoryKeyring
from test_bundle_mutations import (
    DEFAULT_SEED,
    LAYERS,
    MIX,
    Sample,
    Tally,
    make_sample,
    run_layer,
    sealed_count,
    vault_changes,
)
from two_centers import as_, row_counts

# What each raising function checks, in the import's order (incoming_bundles.py's docstring).
CHECKS = {
    "bundle_file.read_header": "clear header: size, magic, lengths, file length",
    "manifest.parse_json": "clear header: strict JSON",
    "bundle_file._header_fields": "clear header: format version and fields",
    "incoming_bundles.check_incoming": "kind, pinned sender, addressed here, not seen before",
    "bundle_file.verify_outer": "outer signature: the pinned key, then Ed25519 over the file",
    "bundle_file.open_payload": "age: binary format, decryption and authentication",
    "incoming_bundles._decrypt": "age: no identity of this center opens it",
    "bundle_payload._check_end_record": "zip: end record, central directory bounds",
    "bundle_payload._checked_entries": "zip: member names, flags, declared sizes, ratios",
    "bundle_payload._read_member": "zip: a member's length",
    "bundle_payload._read_member (zipfile/zlib error)": "zip: a member's header, deflate "
                                                        "stream or CRC-32",
    "bundle_payload.read_payload": "manifest signature, member list and hashes",
    "bundle_payload.read_payload (zipfile/zlib error)": "zip: opening the archive",
}


def check_of(where: str) -> str:
    return CHECKS.get(where, "")


def render(tallies: list[Tally], sample: Sample, seed: int, argv: list[str], wall: float,
           machine: list[tuple[str, str]], vault_delta: dict[str, int],
           audit_events: int) -> str:
    out = ["## Machine", "", "| | |", "|---|---|"]
    out += [f"| {k} | {v} |" for k, v in machine]
    command = " ".join(["python bench/bundle_mutations.py", *argv])
    expected = sample.expected
    out += [
        "", f"Command: `{command}`; seed {seed}; wall time {wall:.0f} s.", "",
        "## Sample", "",
        f"- referral bundle from `export_referral`: {len(sample.data):,} bytes "
        f"(clear header {sample.header.payload_offset:,}, age ciphertext "
        f"{sample.header.payload_length:,}, signature 64); decrypted zip {len(sample.plain):,}",
        f"- the case: {len(expected.forms)} form parts, {expected.revisions} revisions, "
        f"{expected.consents} consent records, {expected.follow_ups} follow-ups",
        "- mix: " + ", ".join(f"{kind} {weight} %" for kind, weight in MIX),
        "", "## Outcomes", "",
        "| layer | bytes mutated | mutations | refused | accepted | crashed | time | "
        "per mutation | flip positions covered |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for t in tallies:
        accepted = f"{len(t.accepted_changed)}" + (
            f" (+{t.accepted_same} read exactly as signed)" if t.accepted_same else "")
        out.append(
            f"| {t.layer} | {t.bytes_mutated:,} | {t.mutations:,} | {t.refused_total:,} | "
            f"{accepted} | {len(t.crashed)} | {t.seconds:.1f} s | "
            f"{t.seconds / max(1, t.mutations) * 1e3:.2f} ms | "
            f"{t.flipped_positions:,} / {t.bytes_mutated:,} |")
    out += ["", "Mutations by kind: " + "; ".join(
        f"{t.layer} " + ", ".join(f"{k} {n:,}" for k, n in sorted(t.kinds.items()))
        for t in tallies)]
    out += ["", f"Vault after every layer: row counts outside the audit log changed by "
            f"{vault_delta or 'nothing'}; {audit_events:,} audit events added "
            f"(one per refusal).", "",
            "## Refusal reasons", "",
            "| layer | reason (BundleRefused code) | raised in | check | count | share |",
            "|---|---|---|---|---:|---:|"]
    for t in tallies:
        for (code, where), n in sorted(t.refused.items(), key=lambda item: -item[1]):
            out.append(f"| {t.layer} | `{code}` | `{where}` | {check_of(where)} | {n:,} | "
                       f"{n / t.mutations:.2%} |")
    problems = [line for t in tallies for line in (*t.crashed, *t.accepted_changed)]
    if problems:
        out += ["", "## Failures (first 20)", "", "```", *problems[:20], "```"]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--count", type=int, default=20_000, help="mutations of the file")
    parser.add_argument("--sealed-count", type=int, default=None,
                        help="mutations of each sealed layer (default: COUNT // 4)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--dir", type=Path, default=None,
                        help="where to make the temporary folder (default: system temp)")
    args = parser.parse_args(argv)
    sealed = sealed_count(args.count) if args.sealed_count is None else args.sealed_count

    keyring.set_keyring(MemoryKeyring())
    wall = time.perf_counter()
    tallies: list[Tally] = []
    with tempfile.TemporaryDirectory(prefix="isange-mutations-", dir=args.dir) as tmp:
        root = Path(tmp)
        machine = machine_info(root)
        print("building two centers and the sample ...", file=sys.stderr, flush=True)
        sample = make_sample(root)
        with as_(sample.huye, "nurse") as huye:
            before = row_counts(huye)
            for index, layer in enumerate(LAYERS):
                count = args.count if layer == "file" else sealed
                print(f"{layer}: {count:,} mutations ...", file=sys.stderr, flush=True)
                tallies.append(run_layer(
                    huye, sample, layer, count, args.seed + index,
                    progress=lambda n: print(f"  {n:,}", file=sys.stderr, flush=True)))
            after = row_counts(huye)
    wall = time.perf_counter() - wall
    machine.append(("load average at end", load_average()))
    shown_argv = sys.argv[1:] if argv is None else argv
    delta = vault_changes(before, after)
    print(render(tallies, sample, args.seed, shown_argv, wall, machine, delta,
                 after["audit_events"] - before["audit_events"]))
    bad = sum(len(t.crashed) + len(t.accepted_changed) for t in tallies)
    refused = Counter({t.layer: t.refused_total for t in tallies})
    wrote = after["audit_events"] - before["audit_events"] != sum(refused.values())
    return 1 if bad or delta or wrote else 0


if __name__ == "__main__":
    sys.exit(main())
