"""The bundle file: one referred case (or one receipt) from one center to another.

Layout, all lengths big-endian and bounded (bundle_limits.py):

    b"ISANGE-BUNDLE\\n"
    u32 header length, then the header: canonical JSON with format, kind, bundle_id, sender,
        recipient, sender_key_sha256 (SHA-256 of the sender's raw Ed25519 public key) and
        payload_length
    the payload: payload_length bytes of age (X25519) ciphertext of the zip (bundle_payload.py)
    64 bytes: the sender's Ed25519 signature over every byte before it

The clear header names only centers and a random id, never a person. The outer signature lets
a receiver refuse an unknown or forged sender before it decrypts anything; the payload opens
with the reference ``age`` tool and the recipient's identity. Reading is in stages (header,
outer signature, payload) so the caller can look the sender's pinned key up in between;
``open_bundle`` runs them all.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from isange_desktop.errors import BundleRefused
from isange_desktop.transfer.bundle_limits import (
    ED25519_SIGNATURE_BYTES,
    MAX_BUNDLE_BYTES,
    MAX_HEADER_BYTES,
)
from isange_desktop.transfer.bundle_payload import OpenedBundle, build_payload, read_payload
from isange_desktop.transfer.manifest import (
    BUNDLE_ID_PATTERN,
    FORMAT_VERSION,
    KINDS,
    canonical_json,
    center_code_ok,
    parse_json,
)

MAGIC = b"ISANGE-BUNDLE\n"
FILE_SUFFIX = ".isb"
_LENGTH_BYTES = 4
_AGE_MAGIC = b"age-encryption.org/v1\n"
_HEADER_FIELDS = frozenset({"format", "kind", "bundle_id", "sender", "recipient",
                            "sender_key_sha256", "payload_length"})
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
_SHORTEST = len(MAGIC) + _LENGTH_BYTES + ED25519_SIGNATURE_BYTES


@dataclass(frozen=True)
class BundleHeader:
    """The clear header, checked for shape only: nothing in it is trusted before
    ``verify_outer`` has checked the sender's signature."""

    kind: str
    bundle_id: str
    sender_code: str
    recipient_code: str
    sender_key_sha256: str
    payload_length: int
    payload_offset: int
    format: int = FORMAT_VERSION

    @property
    def file_name(self) -> str:
        return bundle_file_name(self.kind, self.sender_code, self.recipient_code,
                                self.bundle_id)

    def addressing(self) -> dict[str, str]:
        return {"kind": self.kind, "bundle_id": self.bundle_id, "sender_code": self.sender_code,
                "recipient_code": self.recipient_code}


@dataclass(frozen=True)
class WrittenBundle:
    bundle_id: str
    data: bytes
    file_name: str


def signing_key_sha256(public_key: Ed25519PublicKey) -> str:
    return hashlib.sha256(public_key.public_bytes_raw()).hexdigest()


def bundle_file_name(kind: str, sender_code: str, recipient_code: str, bundle_id: str) -> str:
    """A name that says which centers, never whose case: it shows on sticks and in e-mail."""
    return f"isange-{kind}-{sender_code}-to-{recipient_code}-{bundle_id[:12]}{FILE_SUFFIX}"


# --- writing -----------------------------------------------------------------------------


def seal(*, kind: str, bundle_id: str, sender_code: str, recipient_code: str,
         sender_key: Ed25519PrivateKey, encrypted_payload: bytes) -> bytes:
    """Header, payload and outer signature around an already encrypted payload."""
    header = canonical_json({
        "format": FORMAT_VERSION, "kind": kind, "bundle_id": bundle_id, "sender": sender_code,
        "recipient": recipient_code,
        "sender_key_sha256": signing_key_sha256(sender_key.public_key()),
        "payload_length": len(encrypted_payload),
    })
    signed = b"".join([MAGIC, len(header).to_bytes(_LENGTH_BYTES, "big"), header,
                       encrypted_payload])
    if len(header) > MAX_HEADER_BYTES \
            or len(signed) + ED25519_SIGNATURE_BYTES > MAX_BUNDLE_BYTES:
        raise BundleRefused("bundle.too_large")
    return signed + sender_key.sign(signed)


def write_bundle(*, kind: str, sender_code: str, sender_key: Ed25519PrivateKey,
                 recipient_code: str, recipient_age: str, sequence: int, created_at: datetime,
                 expires_at: datetime, consent_ref: str | None, checkpoint: Mapping[str, Any],
                 case: Mapping[str, Any], attachments: Mapping[str, bytes],
                 also_readable_by: Sequence[str] = ()) -> WrittenBundle:
    """A new bundle for ``recipient_code``, readable only with its age identity (and those
    of ``also_readable_by``: an archive for the national archive stays readable here too, so
    this center can check it before removing the cases). Refuses (BundleRefused) anything the
    reader would refuse, so no center sends what cannot open."""
    if kind not in KINDS or not center_code_ok(sender_code) \
            or not center_code_ok(recipient_code):
        raise BundleRefused("bundle.invalid")
    try:
        recipients = [pyrage.x25519.Recipient.from_str(key)
                      for key in (recipient_age, *also_readable_by)]
    except (pyrage.RecipientError, TypeError):
        raise BundleRefused("bundle.bad_recipient_key") from None
    bundle_id = uuid.uuid4().hex
    plain = build_payload(
        manifest_fields={
            "kind": kind, "bundle_id": bundle_id, "sender_code": sender_code,
            "recipient_code": recipient_code, "sequence": sequence,
            # The manifest keeps whole seconds; rounding here keeps the round trip exact.
            "created_at": created_at.replace(microsecond=0),
            "expires_at": expires_at.replace(microsecond=0),
            "consent_ref": consent_ref, "checkpoint": dict(checkpoint),
        },
        sender_key=sender_key, case=case, attachments=attachments,
    )
    encrypted = bytes(pyrage.encrypt(plain, recipients))
    data = seal(kind=kind, bundle_id=bundle_id, sender_code=sender_code,
                recipient_code=recipient_code, sender_key=sender_key,
                encrypted_payload=encrypted)
    return WrittenBundle(bundle_id=bundle_id, data=data,
                         file_name=bundle_file_name(kind, sender_code, recipient_code,
                                                    bundle_id))


# --- reading -----------------------------------------------------------------------------


def _header_fields(document: object, payload_offset: int) -> BundleHeader:
    if not isinstance(document, dict):
        raise BundleRefused("bundle.invalid")
    version = document.get("format")
    if type(version) is not int:
        raise BundleRefused("bundle.invalid")
    if version != FORMAT_VERSION:
        # Before any other field: a later format may name its fields differently.
        raise BundleRefused("bundle.unknown_version")
    if set(document) != _HEADER_FIELDS:
        raise BundleRefused("bundle.invalid")
    bundle_id, key_hash = document["bundle_id"], document["sender_key_sha256"]
    length = document["payload_length"]
    if document["kind"] not in KINDS \
            or not isinstance(bundle_id, str) or not BUNDLE_ID_PATTERN.fullmatch(bundle_id) \
            or not center_code_ok(document["sender"]) \
            or not center_code_ok(document["recipient"]) \
            or not isinstance(key_hash, str) or not _SHA256_HEX.fullmatch(key_hash) \
            or type(length) is not int or not 0 < length <= MAX_BUNDLE_BYTES:
        raise BundleRefused("bundle.invalid")
    return BundleHeader(kind=document["kind"], bundle_id=bundle_id,
                        sender_code=document["sender"], recipient_code=document["recipient"],
                        sender_key_sha256=key_hash, payload_length=length,
                        payload_offset=payload_offset)


def read_header(data: bytes) -> BundleHeader:
    """Size, magic, header length, header JSON, format version and header fields, and that
    the file is exactly as long as the header says. Trusts nothing yet."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleRefused("bundle.too_large")
    if not data.startswith(MAGIC):
        raise BundleRefused("bundle.truncated" if MAGIC.startswith(data) and data
                            else "bundle.not_a_bundle")
    if len(data) < _SHORTEST:
        raise BundleRefused("bundle.truncated")
    header_length = int.from_bytes(data[len(MAGIC):len(MAGIC) + _LENGTH_BYTES], "big")
    if header_length > MAX_HEADER_BYTES:
        raise BundleRefused("bundle.damaged")
    payload_offset = len(MAGIC) + _LENGTH_BYTES + header_length
    if len(data) < payload_offset + ED25519_SIGNATURE_BYTES:
        raise BundleRefused("bundle.truncated")
    header = _header_fields(
        parse_json(data[len(MAGIC) + _LENGTH_BYTES:payload_offset], max_bytes=MAX_HEADER_BYTES),
        payload_offset,
    )
    expected = payload_offset + header.payload_length + ED25519_SIGNATURE_BYTES
    if len(data) < expected:
        raise BundleRefused("bundle.truncated")
    if len(data) > expected:
        raise BundleRefused("bundle.damaged")
    return header


def verify_outer(data: bytes, header: BundleHeader, sender_public_key: Ed25519PublicKey) -> None:
    """Refuse unless ``sender_public_key`` (the sender's pinned key) signed the whole file."""
    if read_header(data) != header:
        # A header read from other bytes would point the checks at the wrong offsets.
        raise BundleRefused("bundle.mismatch")
    if not hmac.compare_digest(header.sender_key_sha256,
                               signing_key_sha256(sender_public_key)):
        raise BundleRefused("bundle.unknown_sender")
    end = len(data) - ED25519_SIGNATURE_BYTES
    try:
        sender_public_key.verify(data[end:], memoryview(data)[:end])
    except InvalidSignature:
        raise BundleRefused("bundle.bad_signature") from None


def open_payload(data: bytes, header: BundleHeader, *, sender_public_key: Ed25519PublicKey,
                 identity: pyrage.x25519.Identity, own_code: str, now: datetime
                 ) -> OpenedBundle:
    """Check the outer signature again (so no caller can skip it), that the bundle is ours,
    then decrypt and read the payload. Bundle id and sequence are left to the caller."""
    verify_outer(data, header, sender_public_key)
    if header.recipient_code != own_code:
        raise BundleRefused("bundle.not_for_us")
    payload = data[header.payload_offset:header.payload_offset + header.payload_length]
    if not payload.startswith(_AGE_MAGIC):
        # Binary age only: the ASCII-armoured form and other formats are not ours.
        raise BundleRefused("bundle.damaged")
    try:
        plain = bytes(pyrage.decrypt(payload, [identity]))
    except pyrage.DecryptError as error:
        # The only failure with its own wording: a bundle sealed to another (or an old) key.
        raise BundleRefused("bundle.not_for_us" if "no matching keys" in str(error).lower()
                            else "bundle.damaged") from None
    return read_payload(plain, expected=header.addressing(),
                        sender_public_key=sender_public_key, now=now)


def open_bundle(data: bytes, *, sender_key_for: Callable[[str], Ed25519PublicKey | None],
                identity: pyrage.x25519.Identity, own_code: str, now: datetime
                ) -> OpenedBundle:
    """All the stages: ``sender_key_for(code)`` is the key pinned for that center, or None."""
    header = read_header(data)
    if header.recipient_code != own_code:
        raise BundleRefused("bundle.not_for_us")
    sender_key = sender_key_for(header.sender_code)
    if sender_key is None:
        raise BundleRefused("bundle.unknown_sender")
    return open_payload(data, header, sender_public_key=sender_key, identity=identity,
                        own_code=own_code, now=now)
