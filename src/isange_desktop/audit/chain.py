"""The hash chain: each event's hash covers its fields and the previous event's hash."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

_DOMAIN = b"isange-audit-v1"
_NULL = b"\xff\xff\xff\xff"


def genesis_hash(vault_id: str) -> str:
    """The chain starts from the vault's id, so events cannot be spliced in from another vault."""
    return hashlib.sha256(f"isange-audit-genesis|{vault_id}".encode()).hexdigest()


def event_hash(prev_hash: str, fields: Sequence[object]) -> str:
    """SHA-256 over length-prefixed fields: no separator inside a value can fake a boundary."""
    h = hashlib.sha256(_DOMAIN)
    h.update(bytes.fromhex(prev_hash))
    for value in fields:
        if value is None:
            h.update(_NULL)
            continue
        data = str(value).encode("utf-8")
        h.update(len(data).to_bytes(4, "big"))
        h.update(data)
    return h.hexdigest()
