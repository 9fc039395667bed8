"""Signed checkpoints: (sequence, head hash) signed with the center's Ed25519 key.

The newest checkpoint travels in every bundle and is printed on reports, so other centers and
paper witness the log: rewriting history then means forging the center's signature too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from isange_desktop.store.models import AuditCheckpoint, AuditHead


def statement(vault_id: str, seq: int, head_hash: str, created_at: str) -> bytes:
    return f"isange-audit-checkpoint-v1\n{vault_id}\n{seq}\n{head_hash}\n{created_at}".encode()


def create(session: Session, vault_id: str, signing_key: bytes) -> int | None:
    """Sign the current head unless the newest checkpoint already covers it."""
    head_seq, head_hash = session.execute(
        select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)
    ).one()
    last = session.execute(select(AuditCheckpoint.seq).order_by(AuditCheckpoint.seq.desc())
                           ).scalars().first()
    if head_seq in (0, last):
        return None
    created_at = datetime.now(UTC).isoformat(timespec="seconds")
    key = Ed25519PrivateKey.from_private_bytes(signing_key)
    signature = key.sign(statement(vault_id, head_seq, head_hash, created_at)).hex()
    session.execute(
        insert(AuditCheckpoint).values(
            seq=head_seq, head_hash=head_hash, created_at=created_at, signature=signature
        )
    )
    return int(head_seq)


def key_at(keys: Sequence[tuple[int, Ed25519PublicKey]], seq: int) -> Ed25519PublicKey | None:
    """The key that signed the checkpoint at ``seq``: keys are (first seq it signed, key),
    oldest first, and each one signs until the next one takes over (a key rotation)."""
    found = None
    for first_seq, key in keys:
        if first_seq > seq:
            break
        found = key
    return found


def signature_valid(public_key: Ed25519PublicKey, vault_id: str, seq: int, head_hash: str,
                    created_at: str, signature_hex: str) -> bool:
    try:
        public_key.verify(bytes.fromhex(signature_hex),
                          statement(vault_id, seq, head_hash, created_at))
    except (InvalidSignature, ValueError):
        return False
    return True
