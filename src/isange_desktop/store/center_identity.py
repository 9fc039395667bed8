"""This center's keys as the vault keeps them: a new generation, the current one, and the
schedule of public keys the audit checkpoints were signed with."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from isange_desktop.errors import VaultError
from isange_desktop.store.center_models import CenterKey

_CURRENT = select(CenterKey).where(CenterKey.retired_at.is_(None))
_ALL_NEWEST_FIRST = select(CenterKey).order_by(CenterKey.first_audit_seq.desc(),
                                               CenterKey.id.desc())


def new_keys(now: datetime, first_audit_seq: int) -> CenterKey:
    """A fresh Ed25519 signing key and age X25519 identity, as a row not yet added."""
    return CenterKey(
        signing_key=Ed25519PrivateKey.generate().private_bytes_raw(),
        age_identity=str(pyrage.x25519.Identity.generate()),
        created_at=now,
        first_audit_seq=first_audit_seq,
    )


def current_keys(uow: Session) -> CenterKey:
    row = uow.scalars(_CURRENT).first()
    if row is None:
        # Every vault gets keys at creation or in migration 0008: none means a damaged vault.
        raise VaultError("vault.damaged")
    return row


def current_signing_key(uow: Session) -> bytes:
    return current_keys(uow).signing_key


def all_keys(uow: Session) -> list[CenterKey]:
    """Every generation, the current one first."""
    return list(uow.scalars(_ALL_NEWEST_FIRST))


def public_key(row: CenterKey) -> Ed25519PublicKey:
    return Ed25519PrivateKey.from_private_bytes(row.signing_key).public_key()


def age_recipient(row: CenterKey) -> str:
    return str(pyrage.x25519.Identity.from_str(row.age_identity).to_public())


def checkpoint_keys(dbapi_conn: Any) -> list[tuple[int, Ed25519PublicKey]]:
    """(first sequence number it signed, public key) of each generation, oldest first, read on
    a raw connection as audit verification does."""
    rows = dbapi_conn.execute(
        "SELECT first_audit_seq, signing_key FROM center_keys ORDER BY first_audit_seq, id"
    ).fetchall()
    return [(int(seq), Ed25519PrivateKey.from_private_bytes(bytes(key)).public_key())
            for seq, key in rows]
