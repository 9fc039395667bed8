"""Key-change statements: "center CODE replaces its keys (old fingerprint) with these".

A center that rotates its keys sends one to every center that pinned it. The old key's
signature is what lets a receiver move its pin without another phone call: only the holder of
the pinned key could have made it. The new key signs too, proving the sender holds it. The
statement names the old keys by fingerprint, so it applies to exactly one pin: replaying an
older statement after a later change finds a different fingerprint pinned and is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from isange_desktop.domain.case_numbers import CENTER_PATTERN
from isange_desktop.transfer.center_card import FINGERPRINT_PATTERN, fingerprint
from isange_desktop.transfer.signed_json import (
    ED25519_SIGNATURE_BYTES,
    b64,
    b64_field,
    canonical,
    key_field,
    load_object,
    pretty,
    recipient_field,
    refuse,
    signature_valid,
    text_field,
    timestamp_field,
)

STATEMENT_FORMAT = "isange-key-change"
STATEMENT_VERSION = 1
MAX_STATEMENT_BYTES = 4096
_SIGNED_PREFIX = b"isange-key-change-v1\n"
_FIELDS = frozenset({"format", "version", "code", "old_fingerprint", "new_ed25519_public_key",
                     "new_age_recipient", "created_at", "old_signature", "new_signature"})


@dataclass(frozen=True)
class KeyChange:
    code: str
    old_fingerprint: str
    new_ed25519_public_key: bytes
    new_age_recipient: str
    created_at: str
    old_signature: bytes = field(repr=False)
    signed_message: bytes = field(repr=False)

    @property
    def new_fingerprint(self) -> str:
        return fingerprint(self.new_ed25519_public_key, self.new_age_recipient)

    def check_old_signature(self, old_ed25519_public_key: bytes) -> None:
        """Refuse unless the key pinned for the center signed this statement."""
        if not signature_valid(old_ed25519_public_key, self.old_signature, self.signed_message):
            refuse("center.statement_forged", center=self.code)


def _body(code: str, old_fingerprint: str, new_public: bytes, new_recipient: str,
          created_at: str) -> dict[str, object]:
    return {
        "format": STATEMENT_FORMAT,
        "version": STATEMENT_VERSION,
        "code": code,
        "old_fingerprint": old_fingerprint,
        "new_ed25519_public_key": b64(new_public),
        "new_age_recipient": new_recipient,
        "created_at": created_at,
    }


def make_key_change(code: str, old_key: Ed25519PrivateKey, old_age_recipient: str,
                    new_key: Ed25519PrivateKey, new_age_recipient: str, created_at: str) -> bytes:
    old_fp = fingerprint(old_key.public_key().public_bytes_raw(), old_age_recipient)
    body = _body(code, old_fp, new_key.public_key().public_bytes_raw(), new_age_recipient,
                 created_at)
    message = _SIGNED_PREFIX + canonical(body)
    data = pretty({**body, "old_signature": b64(old_key.sign(message)),
                   "new_signature": b64(new_key.sign(message))})
    change = parse_key_change(data)
    change.check_old_signature(old_key.public_key().public_bytes_raw())
    return data


def parse_key_change(data: bytes) -> KeyChange:
    """Check a statement's size, shape, fields and the new key's signature. The old key's
    signature needs the receiver's pin: ``KeyChange.check_old_signature``."""
    kind = "statement"
    document = load_object(data, max_bytes=MAX_STATEMENT_BYTES, kind=kind, fields=_FIELDS,
                           document_format=STATEMENT_FORMAT, version=STATEMENT_VERSION)
    code = text_field(document, "code", kind, max_chars=16, pattern=CENTER_PATTERN)
    old_fp = text_field(document, "old_fingerprint", kind, max_chars=48,
                        pattern=FINGERPRINT_PATTERN)
    new_public = key_field(document, "new_ed25519_public_key", kind)
    new_recipient = recipient_field(document, "new_age_recipient", kind)
    created_at = timestamp_field(document, "created_at", kind)
    old_signature = b64_field(document, "old_signature", kind, ED25519_SIGNATURE_BYTES)
    new_signature = b64_field(document, "new_signature", kind, ED25519_SIGNATURE_BYTES)
    message = _SIGNED_PREFIX + canonical(_body(code, old_fp, new_public, new_recipient,
                                               created_at))
    if not signature_valid(new_public, new_signature, message):
        refuse("center.statement_signature")
    change = KeyChange(code, old_fp, new_public, new_recipient, created_at, old_signature,
                       message)
    if change.new_fingerprint == old_fp:
        refuse("center.statement_field", field="new_ed25519_public_key")
    return change
