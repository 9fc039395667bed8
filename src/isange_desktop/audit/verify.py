"""Recompute the whole chain and check every checkpoint; name the first place that is broken."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from isange_desktop.audit.chain import event_hash, genesis_hash
from isange_desktop.audit.checkpoints import key_at, signature_valid
from isange_desktop.audit.events import HASHED_COLUMNS

_BATCH = 5000


@dataclass(frozen=True)
class VerifyReport:
    events: int
    checkpoints: int
    broken_at: int | None = None
    problem: str | None = None  # message id of what is wrong at broken_at

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify(dbapi_conn: Any, vault_id: str,
           keys: Sequence[tuple[int, Ed25519PublicKey]]) -> VerifyReport:
    """Walk the log with a raw cursor (100,000 events in well under a second).

    ``keys`` are the center's signing keys as (first sequence number signed, public key),
    oldest first (store.center_identity.checkpoint_keys): a rotation hands over at that number.
    """
    cur = dbapi_conn.cursor()
    columns = ", ".join((*HASHED_COLUMNS, "prev_hash", "hash"))
    cur.execute(f"SELECT {columns} FROM audit_events ORDER BY seq")  # noqa: S608 - fixed names
    running = genesis_hash(vault_id)
    hashes: dict[int, str] = {}
    expected = 1
    count = 0
    while rows := cur.fetchmany(_BATCH):
        for row in rows:
            seq = row[0]
            if seq != expected:
                return VerifyReport(count, 0, expected, "audit.missing_event")
            if row[10] != running:
                return VerifyReport(count, 0, seq, "audit.chain_broken")
            recomputed = event_hash(running, row[:10])
            if recomputed != row[11]:
                return VerifyReport(count, 0, seq, "audit.event_altered")
            running = recomputed
            hashes[seq] = recomputed
            expected += 1
            count += 1
    last_seq = expected - 1

    head = cur.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    if head is None:
        return VerifyReport(count, 0, last_seq + 1, "audit.head_missing")
    if head[0] > last_seq:
        return VerifyReport(count, 0, last_seq + 1, "audit.tail_missing")
    if head[0] != last_seq or head[1] != running:
        return VerifyReport(count, 0, last_seq, "audit.head_mismatch")

    checkpoints = cur.execute(
        "SELECT seq, head_hash, created_at, signature FROM audit_checkpoints ORDER BY seq"
    ).fetchall()
    for n, (seq, head_hash, created_at, signature) in enumerate(checkpoints):
        public_key = key_at(keys, seq)
        if public_key is None or not signature_valid(public_key, vault_id, seq, head_hash,
                                                     created_at, signature):
            return VerifyReport(count, n, seq, "audit.checkpoint_forged")
        if seq > last_seq:
            return VerifyReport(count, n, last_seq + 1, "audit.tail_missing")
        if hashes.get(seq) != head_hash:
            return VerifyReport(count, n, seq, "audit.checkpoint_mismatch")
    cur.close()
    return VerifyReport(count, len(checkpoints))
