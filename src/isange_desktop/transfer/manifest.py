"""The signed manifest inside a bundle, the member names a bundle may hold, and the strict JSON
that every JSON part of a bundle (clear header, manifest, case) is read with.

The manifest names the bundle (id, kind, sender, recipient, sequence, validity window,
consent reference), carries the sender's latest audit checkpoint, and pins the SHA-256 of
every other member: once its signature checks, nothing in the zip can have been swapped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NoReturn

from isange_desktop.domain.case_numbers import CENTER_PATTERN
from isange_desktop.errors import BundleRefused
from isange_desktop.transfer.bundle_limits import (
    MAX_ARCHIVE_LIFETIME,
    MAX_ATTACHMENT_NAME_CHARS,
    MAX_CONSENT_REF_CHARS,
    MAX_JSON_DEPTH,
    MAX_LIFETIME,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    MAX_SEQUENCE,
)
from isange_desktop.transfer.strict_json import NotStrictJson, canonical_bytes, strict_loads

FORMAT_VERSION = 1
# An archive is a case this center removed after its retention period, addressed to itself
# or to a national archive (services/retention.py).
KINDS = ("referral", "receipt", "archive")
ARCHIVE = "archive"

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
CASE_NAME = "case.json"
ATTACHMENT_PREFIX = "attachments/"
# The same key signs audit checkpoints and whole bundles: a context prefix keeps a manifest
# signature from ever being valid as either of those (or the reverse).
MANIFEST_SIGNATURE_CONTEXT = b"isange-bundle-manifest-v1\n"

BUNDLE_ID_PATTERN = re.compile(r"^[0-9a-f]{32}$")
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
_TIMESTAMP = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")
# ASCII only, no separators, no leading dot or dash, nothing a file system reads specially:
# the receiver may one day write an attachment to disk under this name.
_ATTACHMENT_NAME = re.compile(
    rf"^[A-Za-z0-9][A-Za-z0-9 ._()-]{{0,{MAX_ATTACHMENT_NAME_CHARS - 1}}}$"
)
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
     *(f"LPT{i}" for i in range(1, 10))}
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_FIELDS = frozenset({"format", "kind", "bundle_id", "sender", "recipient", "sequence",
                     "created_at", "expires_at", "consent_ref", "checkpoint", "members"})


def _refuse(code: str) -> NoReturn:
    raise BundleRefused(code)


# --- strict JSON ------------------------------------------------------------------------


def _check_tree(value: object) -> None:
    """Depth bound (JSON bomb) and text a UTF-8 database can store (no lone surrogates)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list) and depth > MAX_JSON_DEPTH:
            _refuse("bundle.bomb")
        if isinstance(node, dict):
            for key, child in node.items():
                stack.append((key, depth))
                stack.append((child, depth + 1))
        elif isinstance(node, list):
            stack.extend((child, depth + 1) for child in node)
        elif isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError:
                _refuse("bundle.invalid")


def parse_json(data: bytes, *, max_bytes: int) -> Any:
    """The JSON value in ``data``: UTF-8, bounded in size and depth, no duplicate keys, no
    NaN or infinity. Anything else is BundleRefused."""
    if len(data) > max_bytes:
        _refuse("bundle.too_large")
    try:
        value = strict_loads(data)
    except RecursionError:
        # The C parser stops itself at the interpreter's recursion limit: a nesting bomb.
        _refuse("bundle.bomb")
    except NotStrictJson:
        _refuse("bundle.invalid")
    except ValueError:  # also UnicodeDecodeError and JSONDecodeError
        _refuse("bundle.damaged")
    _check_tree(value)
    return value


def canonical_json(value: object) -> bytes:
    """Sorted keys, no spaces, UTF-8: one byte form for what is hashed and signed."""
    try:
        return canonical_bytes(value)
    except (TypeError, ValueError, RecursionError):
        # Only the writer gets here (the reader never re-encodes): the caller's data is not
        # plain JSON, so the bundle cannot be made.
        _refuse("bundle.invalid")


# --- names, codes and times ----------------------------------------------------------------


def attachment_name_ok(name: str) -> bool:
    """Whether ``name`` may travel as an attachment (callers rename files that do not fit)."""
    if not _ATTACHMENT_NAME.fullmatch(name) or ".." in name or name.endswith((" ", ".")):
        return False
    return name.split(".", maxsplit=1)[0].rstrip().upper() not in _WINDOWS_DEVICES


def member_name_ok(name: str) -> bool:
    """The only names a bundle's zip may hold; anything else (paths, backslashes, drive
    letters, directories) is refused before it is read."""
    if name in (MANIFEST_NAME, SIGNATURE_NAME, CASE_NAME):
        return True
    return name.startswith(ATTACHMENT_PREFIX) and attachment_name_ok(
        name[len(ATTACHMENT_PREFIX):])


def center_code_ok(value: object) -> bool:
    return isinstance(value, str) and CENTER_PATTERN.fullmatch(value) is not None


def format_timestamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("bundle times must be timezone-aware")
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _parse_timestamp(value: object) -> datetime:
    if not isinstance(value, str) or not _TIMESTAMP.fullmatch(value):
        _refuse("bundle.invalid")
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        _refuse("bundle.invalid")


# --- the manifest ------------------------------------------------------------------------


@dataclass(frozen=True)
class Manifest:
    kind: str
    bundle_id: str
    sender_code: str
    recipient_code: str
    sequence: int
    created_at: datetime
    expires_at: datetime
    consent_ref: str | None
    checkpoint: Mapping[str, Any]
    # Member name -> SHA-256 hex, for every member but manifest.json and manifest.sig.
    member_hashes: Mapping[str, str]
    format: int = FORMAT_VERSION

    def to_json(self) -> bytes:
        return canonical_json({
            "format": self.format,
            "kind": self.kind,
            "bundle_id": self.bundle_id,
            "sender": self.sender_code,
            "recipient": self.recipient_code,
            "sequence": self.sequence,
            "created_at": format_timestamp(self.created_at),
            "expires_at": format_timestamp(self.expires_at),
            "consent_ref": self.consent_ref,
            "checkpoint": dict(self.checkpoint),
            "members": dict(self.member_hashes),
        })


def _consent_ref(value: object, kind: str) -> str | None:
    # A referral shares a survivor's case: it never travels without the consent it rests on.
    if value is None and kind == "receipt":
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_CONSENT_REF_CHARS \
            or _CONTROL.search(value):
        _refuse("bundle.invalid")
    return value


def _member_hashes(value: object) -> dict[str, str]:
    if not isinstance(value, dict) or CASE_NAME not in value or len(value) > MAX_MEMBERS - 2:
        _refuse("bundle.invalid")
    for name, digest in value.items():
        if name in (MANIFEST_NAME, SIGNATURE_NAME) or not member_name_ok(name):
            _refuse("bundle.unsafe_member")
        if not isinstance(digest, str) or not _SHA256_HEX.fullmatch(digest):
            _refuse("bundle.invalid")
    return dict(value)


def parse_manifest(data: bytes) -> Manifest:
    """Read manifest.json's bytes (already signature-checked) into a Manifest, or refuse."""
    document = parse_json(data, max_bytes=MAX_MANIFEST_BYTES)
    if not isinstance(document, dict):
        _refuse("bundle.invalid")
    version = document.get("format")
    if type(version) is not int:
        _refuse("bundle.invalid")
    if version != FORMAT_VERSION:
        # Checked before the other fields: a later version may have different ones.
        _refuse("bundle.unknown_version")
    if set(document) != _FIELDS:
        _refuse("bundle.invalid")
    kind, bundle_id, sequence = document["kind"], document["bundle_id"], document["sequence"]
    sender, recipient = document["sender"], document["recipient"]
    if kind not in KINDS or not isinstance(bundle_id, str) \
            or not BUNDLE_ID_PATTERN.fullmatch(bundle_id) \
            or not center_code_ok(sender) or not center_code_ok(recipient) \
            or (sender == recipient and kind != ARCHIVE) \
            or type(sequence) is not int or not 1 <= sequence <= MAX_SEQUENCE \
            or not isinstance(document["checkpoint"], dict):
        _refuse("bundle.invalid")
    created_at = _parse_timestamp(document["created_at"])
    expires_at = _parse_timestamp(document["expires_at"])
    lifetime = MAX_ARCHIVE_LIFETIME if kind == ARCHIVE else MAX_LIFETIME
    if not created_at < expires_at <= created_at + lifetime:
        _refuse("bundle.invalid")
    return Manifest(
        kind=kind, bundle_id=bundle_id, sender_code=sender, recipient_code=recipient,
        sequence=sequence, created_at=created_at, expires_at=expires_at,
        consent_ref=_consent_ref(document["consent_ref"], kind),
        checkpoint=document["checkpoint"], member_hashes=_member_hashes(document["members"]),
    )
