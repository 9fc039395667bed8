"""Small signed JSON documents from outside (center cards, key-change statements): read them
under strict limits, and the one byte form their signatures cover.

Everything here refuses with CenterCardError and the message id the caller names, so a
malformed file is one clear sentence for the user, never a traceback.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any, NoReturn

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from isange_desktop.errors import CenterCardError
from isange_desktop.transfer.strict_json import canonical_bytes, strict_loads

ED25519_KEY_BYTES = 32
ED25519_SIGNATURE_BYTES = 64
# age's X25519 recipients: "age1" and 58 lowercase Bech32 characters (62 in all).
_AGE_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
# Names travel between centers and are shown in lists: no control characters or line breaks.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MAX_TIMESTAMP_CHARS = 40


def refuse(code: str, **params: object) -> NoReturn:
    raise CenterCardError(code, **params)


def canonical(document: Mapping[str, object]) -> bytes:
    """Sorted keys, no spaces, UTF-8: how the fields are signed whatever the file's layout."""
    return canonical_bytes(dict(document))


def pretty(document: Mapping[str, object]) -> bytes:
    """The file form: indented for a person who opens it; the signature covers canonical()."""
    return (json.dumps(dict(document), sort_keys=True, indent=2, ensure_ascii=False,
                       allow_nan=False) + "\n").encode("utf-8")


def load_object(data: bytes, *, max_bytes: int, kind: str, fields: frozenset[str],
                document_format: str, version: int) -> dict[str, Any]:
    """The JSON object in ``data``, with exactly ``fields``, of the format and version named.

    ``kind`` names the message ids: ``{kind}_too_large``, ``{kind}_unreadable``,
    ``{kind}_version`` and ``{kind}_field``.
    """
    if len(data) > max_bytes:
        refuse(f"center.{kind}_too_large", limit=max_bytes)
    try:
        document = strict_loads(data)
    except (UnicodeDecodeError, ValueError, RecursionError):
        refuse(f"center.{kind}_unreadable")
    if not isinstance(document, dict) or document.get("format") != document_format:
        refuse(f"center.{kind}_unreadable")
    found = document.get("version")
    if type(found) is not int:
        refuse(f"center.{kind}_field", field="version")
    if found != version:
        refuse(f"center.{kind}_version", version=found)
    missing_or_extra = sorted(set(document) ^ fields)
    if missing_or_extra:
        refuse(f"center.{kind}_field", field=missing_or_extra[0])
    return document


def text_field(document: Mapping[str, Any], name: str, kind: str, *, max_chars: int,
               pattern: re.Pattern[str] | None = None) -> str:
    value = document[name]
    if not isinstance(value, str) or not value.strip() or len(value) > max_chars \
            or _CONTROL.search(value) or (pattern is not None and not pattern.fullmatch(value)):
        refuse(f"center.{kind}_field", field=name)
    return value


def key_field(document: Mapping[str, Any], name: str, kind: str) -> bytes:
    """An Ed25519 public key in standard base64 (one spelling only, so it signs one way)."""
    raw = b64_field(document, name, kind, ED25519_KEY_BYTES)
    try:
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        refuse(f"center.{kind}_field", field=name)
    return raw


def b64_field(document: Mapping[str, Any], name: str, kind: str, size: int) -> bytes:
    value = document[name]
    if not isinstance(value, str) or len(value) > 4 * size:
        refuse(f"center.{kind}_field", field=name)
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        refuse(f"center.{kind}_field", field=name)
    if len(raw) != size or b64(raw) != value:
        refuse(f"center.{kind}_field", field=name)
    return raw


def recipient_field(document: Mapping[str, Any], name: str, kind: str) -> str:
    value = document[name]
    if not isinstance(value, str) or not _AGE_RECIPIENT.fullmatch(value):
        refuse(f"center.{kind}_field", field=name)
    try:
        pyrage.x25519.Recipient.from_str(value)
    except pyrage.RecipientError:
        refuse(f"center.{kind}_field", field=name)
    return value


def timestamp_field(document: Mapping[str, Any], name: str, kind: str) -> str:
    value = document[name]
    if not isinstance(value, str) or len(value) > MAX_TIMESTAMP_CHARS:
        refuse(f"center.{kind}_field", field=name)
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        refuse(f"center.{kind}_field", field=name)
    if when.tzinfo is None:
        refuse(f"center.{kind}_field", field=name)
    return value


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def signature_valid(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
