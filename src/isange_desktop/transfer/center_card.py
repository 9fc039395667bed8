"""Center cards: a center's public keys, exchanged once and pinned after a call.

A card is a small JSON file: format and version, the center's code, name and district, its
Ed25519 public key (base64), its age X25519 recipient ("age1...") and when it was made,
self-signed with the Ed25519 key. The self-signature only proves the card is whole and that
its maker holds the key; whether the keys really are that center's is settled by reading the
fingerprint aloud over the phone (or on paper) before pinning. Nothing here touches the vault.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from isange_desktop.domain.case_numbers import CENTER_PATTERN
from isange_desktop.domain.forms.rwanda import PROVINCE_OF_DISTRICT
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

CARD_FORMAT = "isange-center-card"
CARD_VERSION = 1
# A card is about 500 bytes; a few kilobytes leaves room for long names and nothing else.
MAX_CARD_BYTES = 4096
MAX_NAME_CHARS = 200
_SIGNED_PREFIX = b"isange-center-card-v1\n"
_FIELDS = frozenset({"format", "version", "code", "name", "district", "ed25519_public_key",
                     "age_recipient", "created_at", "signature"})

# 160 bits of SHA-256 in base32: 32 characters read aloud in 8 groups of 4. Base32 has no 0,
# 1, 8 or 9, so a digit heard for a letter can be mapped back (0 -> O, 1 -> I).
_FINGERPRINT_PREFIX = b"isange-center-fingerprint-v1"
_FINGERPRINT_BYTES = 20
_GROUP = 4
_FINGERPRINT_TEXT = re.compile(r"^[A-Z2-7]{32}$")
# The canonical written form, as fingerprint() makes it.
FINGERPRINT_PATTERN = re.compile(r"^[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}$")


def fingerprint(ed25519_public: bytes, age_recipient: str) -> str:
    """The two public keys as "ABCD-EFGH-..." (8 groups of 4), to compare by voice."""
    h = hashlib.sha256(_FINGERPRINT_PREFIX)
    for part in (ed25519_public, age_recipient.encode("ascii")):
        # Length-prefixed: no split of the bytes between the two keys hashes the same.
        h.update(len(part).to_bytes(4, "big"))
        h.update(part)
    text = base64.b32encode(h.digest()[:_FINGERPRINT_BYTES]).decode("ascii")
    return "-".join(text[i:i + _GROUP] for i in range(0, len(text), _GROUP))


def normalize_fingerprint(text: str) -> str:
    """What a person typed (any case, spaces or dashes anywhere) in the canonical form."""
    compact = re.sub(r"[\s-]", "", text).upper().replace("0", "O").replace("1", "I")
    if not _FINGERPRINT_TEXT.fullmatch(compact):
        refuse("center.fingerprint_invalid")
    return "-".join(compact[i:i + _GROUP] for i in range(0, len(compact), _GROUP))


def fingerprints_match(confirmed: str, actual: str) -> bool:
    return hmac.compare_digest(normalize_fingerprint(confirmed).encode(),
                               normalize_fingerprint(actual).encode())


def normalize_district(text: str | None) -> str | None:
    """A district as its code ("gasabo"), whatever the case typed; None stays None."""
    if text is None or not text.strip():
        return None
    code = text.strip().lower()
    if code not in PROVINCE_OF_DISTRICT:
        refuse("center.district_invalid", district=text.strip()[:40])
    return code


@dataclass(frozen=True)
class CenterCard:
    code: str
    name: str
    district: str | None
    ed25519_public_key: bytes
    age_recipient: str
    created_at: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.ed25519_public_key, self.age_recipient)


def _body(card: CenterCard) -> dict[str, object]:
    return {
        "format": CARD_FORMAT,
        "version": CARD_VERSION,
        "code": card.code,
        "name": card.name,
        "district": card.district,
        "ed25519_public_key": b64(card.ed25519_public_key),
        "age_recipient": card.age_recipient,
        "created_at": card.created_at,
    }


def make_card(signing_key: Ed25519PrivateKey, age_recipient: str, *, code: str, name: str,
              district: str | None, created_at: str) -> bytes:
    """The card file's bytes, signed with ``signing_key`` (whose public half it carries)."""
    card = CenterCard(code=code, name=name, district=district,
                      ed25519_public_key=signing_key.public_key().public_bytes_raw(),
                      age_recipient=age_recipient, created_at=created_at)
    body = _body(card)
    signature = signing_key.sign(_SIGNED_PREFIX + canonical(body))
    data = pretty({**body, "signature": b64(signature)})
    # Parsed back before it leaves: a card this center cannot read back is never handed out.
    parse_card(data)
    return data


def parse_card(data: bytes) -> CenterCard:
    """Check a card from outside: size, JSON shape, every field, then its self-signature."""
    kind = "card"
    document = load_object(data, max_bytes=MAX_CARD_BYTES, kind=kind, fields=_FIELDS,
                           document_format=CARD_FORMAT, version=CARD_VERSION)
    district = document["district"]
    if district is not None and (not isinstance(district, str)
                                 or district not in PROVINCE_OF_DISTRICT):
        refuse("center.card_field", field="district")
    card = CenterCard(
        code=text_field(document, "code", kind, max_chars=16, pattern=CENTER_PATTERN),
        name=text_field(document, "name", kind, max_chars=MAX_NAME_CHARS),
        district=district,
        ed25519_public_key=key_field(document, "ed25519_public_key", kind),
        age_recipient=recipient_field(document, "age_recipient", kind),
        created_at=timestamp_field(document, "created_at", kind),
    )
    signature = b64_field(document, "signature", kind, ED25519_SIGNATURE_BYTES)
    if not signature_valid(card.ed25519_public_key, signature,
                           _SIGNED_PREFIX + canonical(_body(card))):
        refuse("center.card_signature")
    return card
