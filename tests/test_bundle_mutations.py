"""Issue 5's mutation count: a full referral bundle, mutated many times at random, is refused
every time by the receiving center's real import path, and nothing else ever happens.

Environment knobs (pytest options would need the shared conftest, so these are variables, as
in test_crash_safety.py):

    ISANGE_MUTATIONS       mutations of the file (default 1000; bench/bundle_mutations.py
                           runs 20,000 and docs/bundle-mutations.md has its figures)
    ISANGE_MUTATION_SEED   seed (default 20261123), printed with every failure

The sample is made the real way: Kacyiru works a case on every track (tests/two_centers.py:
forms, revisions, consents, a PEP course, an addendum, follow-ups) and exports it to Huye with
``export_referral``. Each mutation is one of (weights in MIX):

- flip: one byte XORed with a random non-zero mask. The positions walk a seeded shuffle of
  every offset, so once there are more flips than bytes, every byte has been flipped;
- bits: 2-16 bits anywhere in the file, each set to a random value (at least one changes);
- truncate: a prefix kept, its length walking a shuffle of every shorter length;
- duplicate: a range of 1-256 bytes copied and inserted at a random offset.

Each is fed to ``services.referral_import.preview_import``: the receiver's own entry point
(the GUI inbox's preview) and every check ``import_referral`` makes before its transaction:
size and format, pinned sender, outer signature, addressed here, not seen before, decryption,
manifest signature and hashes, sequence, the sender's checkpoint, the schema of every record,
the survivor's consent. It is the cheapest path that runs them all *and* the refusal's audit
event, which writes the hostile header's values (sender code, bundle id) into the vault: a
crash there would be a crash of the import. The transfer reader alone (``open_bundle``)
skips the database's checks; ``referral_import._read`` skips the audit write, which is the
only difference in cost (about 2.5 of 5.5 ms per mutation: the refusal's commit).

The outer signature covers every byte of the file, so the file's mutations mostly stop there.
Two more layers reach the checks behind it, each mutated COUNT // 4 times with the same mix:

- sealed-ciphertext: the age ciphertext is mutated, then sealed again with Kacyiru's real
  signing key (as someone holding that key could): age's own authentication must refuse it;
- sealed-zip: the decrypted zip is mutated, encrypted again to Huye and sealed with
  Kacyiru's key: the zip, manifest and record checks must refuse it, or (a byte zipfile
  ignores, such as a member's time stamp) read exactly what was signed.

Outcomes: refused (BundleRefused, the only error the import documents for a bad file, with
its code and the function that raised it), accepted (the file layers: must be 0; the zip
layer: only with a preview identical to the original's) or crashed (anything else: must be 0).
The vault must be unchanged but for one refusal event per mutation.
"""

from __future__ import annotations

import os
import random
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from isange_desktop.errors import BundleRefused
from isange_desktop.services.center_directory import lookup_center
from isange_desktop.services.center_keys import age_identity, signing_key
from isange_desktop.services.referral_export import export_referral
from isange_desktop.services.referral_import import ImportPreview, preview_import
from isange_desktop.services.session import UserSession
from isange_desktop.store.memory_keyring import MemoryKeyring
from isange_desktop.transfer.bundle_file import BundleHeader, read_header, seal
from two_centers import HUYE, as_, build_centers, row_counts, worked_case

from conftest import with_own_store

DEFAULT_MUTATIONS = 1000
DEFAULT_SEED = 20261123
MIX: tuple[tuple[str, int], ...] = (("flip", 60), ("bits", 15), ("truncate", 15),
                                    ("duplicate", 10))
LAYERS = ("file", "sealed-ciphertext", "sealed-zip")
# Where the refusals are recorded: the log grows, and signs a checkpoint every 500 events.
AUDIT_TABLES = frozenset({"audit_events", "audit_checkpoints", "audit_head"})


def mutation_count() -> int:
    return int(os.environ.get("ISANGE_MUTATIONS", str(DEFAULT_MUTATIONS)))


def mutation_seed() -> int:
    return int(os.environ.get("ISANGE_MUTATION_SEED", str(DEFAULT_SEED)))


def sealed_count(count: int) -> int:
    """The two sealed layers each get a quarter of the file's count (at least one)."""
    return max(1, count // 4)


# --- the mutations ---------------------------------------------------------------------------


class Mutator:
    """Seeded mutations of ``data``; every one returns bytes that differ from it."""

    def __init__(self, data: bytes, seed: int) -> None:
        if len(data) < 2:
            raise ValueError("nothing to mutate")
        self.data = data
        self.rng = random.Random(seed)
        kinds, weights = zip(*MIX, strict=True)
        self.kinds: tuple[str, ...] = kinds
        self.weights: tuple[int, ...] = weights
        self._flips: list[int] = []
        self._cuts: list[int] = []
        self.flipped: set[int] = set()

    def _walk(self, pending: list[int], size: int) -> int:
        # A shuffled round of every value, drawn one at a time and reshuffled when spent:
        # the count decides how many rounds, the seed decides the order.
        if not pending:
            pending.extend(range(size))
            self.rng.shuffle(pending)
        return pending.pop()

    def __call__(self) -> tuple[str, bytes]:
        kind = self.rng.choices(self.kinds, self.weights)[0]
        data, rng = self.data, self.rng
        if kind == "flip":
            at = self._walk(self._flips, len(data))
            self.flipped.add(at)
            changed = bytearray(data)
            changed[at] ^= rng.randrange(1, 256)
            return kind, bytes(changed)
        if kind == "bits":
            changed = bytearray(data)
            for _ in range(rng.randrange(2, 17)):
                bit = rng.randrange(len(data) * 8)
                mask = 1 << (bit % 8)
                changed[bit // 8] = (changed[bit // 8] | mask) if rng.random() < 0.5 \
                    else (changed[bit // 8] & ~mask)
            if changed == data:
                # Every bit drawn already had its value: flip the last one instead.
                changed[bit // 8] ^= mask
            return kind, bytes(changed)
        if kind == "truncate":
            return kind, data[:self._walk(self._cuts, len(data))]
        start = rng.randrange(len(data))
        piece = data[start:start + rng.randrange(1, 257)]
        at = rng.randrange(len(data) + 1)
        return kind, data[:at] + piece + data[at:]


# --- the sample ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """One exported referral and what the sealed layers need to rebuild it."""

    huye: Path  # the receiving center's data folder
    data: bytes  # the file as export_referral wrote it
    header: BundleHeader
    plain: bytes  # the decrypted zip
    sender_key: Ed25519PrivateKey  # Kacyiru's real signing key
    recipient: str  # Huye's age recipient, as pinned at Kacyiru
    expected: ImportPreview  # what preview_import says of the untouched file

    @property
    def ciphertext(self) -> bytes:
        start = self.header.payload_offset
        return self.data[start:start + self.header.payload_length]

    def target(self, layer: str) -> bytes:
        return {"file": self.data, "sealed-ciphertext": self.ciphertext,
                "sealed-zip": self.plain}[layer]

    def rebuild(self, layer: str, mutated: bytes) -> bytes:
        """The file a receiver gets when ``layer``'s bytes are ``mutated``."""
        if layer == "file":
            return mutated
        payload = mutated if layer == "sealed-ciphertext" else bytes(
            pyrage.encrypt(mutated, [pyrage.x25519.Recipient.from_str(self.recipient)]))
        h = self.header
        return seal(kind=h.kind, bundle_id=h.bundle_id, sender_code=h.sender_code,
                    recipient_code=h.recipient_code, sender_key=self.sender_key,
                    encrypted_payload=payload)


def make_sample(root: Path) -> Sample:
    """Two centers in ``root``, a worked case at Kacyiru exported to Huye. Needs a credential
    store of its own (the caller's with_own_store, or the bench's MemoryKeyring)."""
    centers = build_centers(root)
    number = worked_case(centers, HUYE)
    stick = root / "stick"
    stick.mkdir()
    with as_(centers.kigali, "nurse") as nurse:
        exported = export_referral(nurse, number, HUYE, "Please continue PEP.", stick)
        key = signing_key(nurse)
        recipient = lookup_center(nurse, HUYE).age_recipient
    data = exported.path.read_bytes()
    header = read_header(data)
    with as_(centers.huye, "nurse") as nurse:
        identity = age_identity(nurse)
        expected = preview_import(nurse, data)
    start = header.payload_offset
    plain = bytes(pyrage.decrypt(data[start:start + header.payload_length], [identity]))
    return Sample(centers.huye, data, header, plain, key, recipient, expected)


# --- running and counting --------------------------------------------------------------------


# Functions that only raise for their caller: the check is the caller. The zip reader's
# context manager turns zipfile's and zlib's own errors into bundle.damaged; that is kept.
_RAISERS = {"_refuse": "", "_bad": "", "_zip_errors_are_damage": " (zipfile/zlib error)"}


def raised_in(error: BaseException) -> str:
    """The project function that raised ``error`` ("module.function"): codes such as
    bundle.damaged are raised by several checks, and the count is per check. Re-raising (the
    audited refusal does) adds outer frames only, so the innermost project frame is the
    check, or its caller when it is one of _RAISERS."""
    frames = [(Path(frame.f_code.co_filename), frame.f_code.co_name)
              for frame, _ in traceback.walk_tb(error.__traceback__)]
    project = [(path.stem, name) for path, name in frames if "isange_desktop" in path.parts]
    suffix = ""
    while len(project) > 1 and project[-1][1] in _RAISERS:
        suffix = suffix or _RAISERS[project[-1][1]]
        project.pop()
    return f"{project[-1][0]}.{project[-1][1]}{suffix}" if project else "?"


@dataclass
class Tally:
    layer: str
    bytes_mutated: int
    mutations: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    refused: Counter[tuple[str, str]] = field(default_factory=Counter)  # (code, raised in)
    accepted_same: int = 0  # the zip layer only: read exactly as signed
    accepted_changed: list[str] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)
    flipped_positions: int = 0
    seconds: float = 0.0

    @property
    def refused_total(self) -> int:
        return sum(self.refused.values())

    @property
    def accepted(self) -> int:
        return self.accepted_same + len(self.accepted_changed)


def run_layer(session: UserSession, sample: Sample, layer: str, count: int, seed: int,
              progress: Callable[[int], None] | None = None) -> Tally:
    """``count`` mutations of ``layer``, each through preview_import on ``session`` (Huye)."""
    target = sample.target(layer)
    mutate = Mutator(target, seed)
    tally = Tally(layer, len(target))
    start = time.perf_counter()
    for n in range(count):
        kind, mutated = mutate()
        assert mutated != target  # the Mutator's promise: no mutation is a no-op
        data = sample.rebuild(layer, mutated)
        tally.mutations += 1
        tally.kinds[kind] += 1
        label = f"{layer} #{n} ({kind}, seed {seed})"
        try:
            preview = preview_import(session, data)
        except BundleRefused as refused:
            tally.refused[refused.code, raised_in(refused)] += 1
        except Exception as error:
            tally.crashed.append(f"{label}: {error!r}\n"
                                 + "".join(traceback.format_exception(error)[-3:]))
        else:
            if layer == "sealed-zip" and preview == sample.expected:
                tally.accepted_same += 1
            else:
                tally.accepted_changed.append(f"{label}: accepted as {preview!r}")
        if progress is not None and n % 1000 == 999:
            progress(n + 1)
    tally.seconds = time.perf_counter() - start
    tally.flipped_positions = len(mutate.flipped)
    return tally


def failures(tally: Tally) -> str:
    shown = [*tally.crashed[:5], *tally.accepted_changed[:5]]
    return "\n".join(shown) or "none"


def vault_changes(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    """Row-count changes outside the audit log's own tables."""
    return {t: after.get(t, 0) - before.get(t, 0) for t in before.keys() | after.keys()
            if t not in AUDIT_TABLES and after.get(t, 0) != before.get(t, 0)}


# --- the tests -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Sample, MemoryKeyring]:
    root = tmp_path_factory.mktemp("mutations")
    return with_own_store(lambda: make_sample(root))


@pytest.fixture
def huye(made: tuple[Sample, MemoryKeyring], memory_keyring: MemoryKeyring
         ) -> Iterator[UserSession]:
    sample, store = made
    keyring.set_keyring(store)  # the autouse fixture puts the test's store back after
    with as_(sample.huye, "nurse") as nurse:
        yield nurse


@pytest.fixture
def sample(made: tuple[Sample, MemoryKeyring]) -> Sample:
    return made[0]


def test_the_untouched_bundle_and_its_rebuilds_are_accepted(huye: UserSession,
                                                            sample: Sample) -> None:
    """The control: unmutated, every layer's rebuild passes every check, so the refusals
    below come from the mutations, not from the rebuilding."""
    assert sample.expected.revisions >= 10 and sample.expected.consents >= 2
    for layer in LAYERS:
        assert preview_import(huye, sample.rebuild(layer, sample.target(layer))) \
            == sample.expected, layer


@pytest.mark.parametrize("layer", LAYERS)
def test_every_mutation_is_refused_and_nothing_crashes(huye: UserSession, sample: Sample,
                                                       layer: str) -> None:
    count = mutation_count() if layer == "file" else sealed_count(mutation_count())
    # A different stream per layer, from the one seed.
    seed = mutation_seed() + LAYERS.index(layer)
    before = row_counts(huye)
    tally = run_layer(huye, sample, layer, count, seed)
    after = row_counts(huye)
    assert not tally.crashed, f"{len(tally.crashed)} crashed:\n{failures(tally)}"
    assert not tally.accepted_changed, \
        f"{len(tally.accepted_changed)} accepted:\n{failures(tally)}"
    if layer == "sealed-zip":
        assert tally.refused_total + tally.accepted_same == count
    else:
        assert tally.refused_total == count, tally
    # Nothing written but the audit events of the refusals, one each.
    assert vault_changes(before, after) == {}
    assert after["audit_events"] - before["audit_events"] == tally.refused_total
