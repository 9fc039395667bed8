"""Center cards and key-change statements as files: real Ed25519 and age keys, no vault."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from isange_desktop.errors import CenterCardError, IsangeError
from isange_desktop.transfer.center_card import (
    MAX_CARD_BYTES,
    fingerprint,
    make_card,
    normalize_fingerprint,
    parse_card,
)
from isange_desktop.transfer.key_change import (
    MAX_STATEMENT_BYTES,
    make_key_change,
    parse_key_change,
)
from isange_desktop.transfer.signed_json import b64, canonical

FINGERPRINT = re.compile(r"^[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}$")
WHEN = "2026-11-23T09:30:00+00:00"


@dataclass
class Keys:
    signing: Ed25519PrivateKey
    recipient: str

    @property
    def public(self) -> bytes:
        return self.signing.public_key().public_bytes_raw()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public, self.recipient)


def _keys() -> Keys:
    return Keys(Ed25519PrivateKey.generate(), str(pyrage.x25519.Identity.generate().to_public()))


def _card(keys: Keys, **changes: object) -> bytes:
    fields: dict[str, object] = {"code": "HYE-01", "name": "Huye IOSC", "district": "huye",
                                 "created_at": WHEN}
    fields.update(changes)
    return make_card(keys.signing, keys.recipient, **fields)


def _refused(data: bytes, code: str, *, parse=parse_card) -> CenterCardError:
    with pytest.raises(CenterCardError) as refused:
        parse(data)
    assert refused.value.code == code, refused.value.code
    return refused.value


def _edited(data: bytes, **changes: object) -> bytes:
    document = json.loads(data)
    document.update(changes)
    return json.dumps(document).encode()


# -- cards ----------------------------------------------------------------------------------------

def test_a_card_reads_back_as_made():
    keys = _keys()
    card = parse_card(_card(keys))
    assert (card.code, card.name, card.district, card.created_at) == (
        "HYE-01", "Huye IOSC", "huye", WHEN)
    assert card.ed25519_public_key == keys.public
    assert card.age_recipient == keys.recipient
    assert card.fingerprint == keys.fingerprint
    assert parse_card(_card(keys, district=None)).district is None


def test_a_card_carries_public_keys_only():
    keys = _keys()
    data = _card(keys)
    private = keys.signing.private_bytes_raw()
    assert private not in data and private.hex().encode() not in data
    assert b"AGE-SECRET-KEY" not in data.upper()
    assert len(data) < MAX_CARD_BYTES // 4


def test_the_layout_of_the_file_does_not_matter_only_its_fields():
    data = _card(_keys())
    compact = json.dumps(json.loads(data), separators=(",", ":")).encode()
    assert parse_card(compact) == parse_card(data)


def test_the_fingerprint_is_stable_and_readable():
    # A fixed answer: a change to the fingerprint would strand every card already pinned.
    signing = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
    public = signing.public_key().public_bytes_raw()
    assert fingerprint(public, recipient) == "D7AP-K65N-AULC-QQQT-7ZYF-TJ47-UX6L-GHGL"
    keys, other = _keys(), _keys()
    assert FINGERPRINT.fullmatch(keys.fingerprint)
    assert fingerprint(keys.public, keys.recipient) == keys.fingerprint
    # Either key changing changes it
    assert fingerprint(other.public, keys.recipient) != keys.fingerprint
    assert fingerprint(keys.public, other.recipient) != keys.fingerprint


def test_a_fingerprint_typed_loosely_is_understood_and_garbage_is_not():
    fp = "D7AP-K65N-AULC-QQQT-7ZYF-TJ47-UX6L-GHGL"
    assert normalize_fingerprint("d7ap k65n aulc qqqt 7zyf tj47 ux6l ghgl") == fp
    assert normalize_fingerprint("D7APK65NAULCQQQT7ZYFTJ47UX6LGHGL") == fp
    # Base32 has no 0 or 1: heard for O and I they still match
    assert normalize_fingerprint("d7ap-k65n-au1c-qqqt-7zyf-tj47-ux6l-ghgl") == fp.replace(
        "AULC", "AUIC")
    for bad in ("", "D7AP-K65N", fp + "-AAAA", fp.replace("D", "9"), "x" * 1000):
        with pytest.raises(CenterCardError) as refused:
            normalize_fingerprint(bad)
        assert refused.value.code == "center.fingerprint_invalid"


@pytest.mark.parametrize(("field", "value"), [
    ("name", "Butare IOSC"),
    ("code", "KGL-01"),
    ("district", "gasabo"),
    ("created_at", "2027-01-01T00:00:00+00:00"),
])
def test_a_card_changed_after_signing_is_refused(field, value):
    data = _card(_keys())
    _refused(_edited(data, **{field: value}), "center.card_signature")


def test_a_card_with_someone_elses_keys_is_refused():
    keys, intruder = _keys(), _keys()
    data = _card(keys)
    # The intruder's age recipient (so bundles would be readable by them) under the real key
    _refused(_edited(data, age_recipient=intruder.recipient), "center.card_signature")
    # The intruder's signing key, keeping the real signature
    public = json.loads(_card(intruder))["ed25519_public_key"]
    _refused(_edited(data, ed25519_public_key=public), "center.card_signature")


def test_an_oversized_card_is_refused_before_it_is_parsed():
    data = _card(_keys())
    padded = data[:-2] + b" " * (MAX_CARD_BYTES + 10) + data[-2:]
    _refused(padded, "center.card_too_large")
    _refused(b"{" * (10 * MAX_CARD_BYTES), "center.card_too_large")


@pytest.mark.parametrize("data", [
    b"",
    b"\x00\xff\xfe garbage",
    b"\xff\xfe{\x00}\x00",
    b"not json at all",
    b"[1, 2, 3]",
    b'"isange-center-card"',
    b"[" * 2000 + b"]" * 2000,  # deeper than the JSON reader recurses, within the size
    b'{"format": "isange-backup", "version": 1}',
    b'{"format": "isange-center-card", "format": "isange-center-card", "version": 1}',
    b'{"format": "isange-center-card", "version": NaN}',
])
def test_garbage_is_refused_as_not_a_card(data):
    _refused(data, "center.card_unreadable")


def test_a_card_of_a_later_version_asks_for_an_update():
    error = _refused(_edited(_card(_keys()), version=2), "center.card_version")
    assert "2" in error.message("en")


@pytest.mark.parametrize(("field", "value"), [
    ("version", "1"),
    ("version", True),
    ("code", "kgl 01"),
    ("code", "A" * 17),
    ("code", None),
    ("name", ""),
    ("name", "Huye\nIOSC"),
    ("name", "x" * 201),
    ("district", "atlantis"),
    ("district", 3),
    ("ed25519_public_key", "AAAA"),
    ("ed25519_public_key", "not base64!"),
    ("ed25519_public_key", "A" * 44),  # 33 bytes
    ("age_recipient", "age1notarecipient"),
    ("age_recipient", "AGE-SECRET-KEY-1QQQQ"),
    ("created_at", "yesterday"),
    ("created_at", "2026-11-23T09:30:00"),  # no time zone
    ("signature", "AAAA"),
    ("signature", 5),
])
def test_a_wrong_field_is_named(field, value):
    error = _refused(_edited(_card(_keys()), **{field: value}), "center.card_field")
    assert error.params == {"field": field}


def test_a_missing_or_extra_field_is_named():
    document = json.loads(_card(_keys()))
    del document["age_recipient"]
    error = _refused(json.dumps(document).encode(), "center.card_field")
    assert error.params == {"field": "age_recipient"}
    error = _refused(_edited(_card(_keys()), comment="hi"), "center.card_field")
    assert error.params == {"field": "comment"}


def test_refusals_speak_the_users_language():
    error = _refused(b"garbage", "center.card_unreadable")
    assert isinstance(error, IsangeError) and error.exit_code == 2
    texts = {error.message(lang) for lang in ("en", "fr", "rw")}
    assert len(texts) == 3 and all(texts)


# -- key-change statements --------------------------------------------------------------------

def _statement(old: Keys, new: Keys, *, code: str = "HYE-01") -> bytes:
    return make_key_change(code, old.signing, old.recipient, new.signing, new.recipient, WHEN)


def test_a_key_change_statement_names_the_old_keys_and_carries_the_new():
    old, new = _keys(), _keys()
    change = parse_key_change(_statement(old, new))
    assert change.code == "HYE-01"
    assert change.old_fingerprint == old.fingerprint
    assert change.new_fingerprint == new.fingerprint
    assert change.new_ed25519_public_key == new.public
    assert change.new_age_recipient == new.recipient
    change.check_old_signature(old.public)  # does not raise
    assert old.signing.private_bytes_raw() not in _statement(old, new)


def test_a_statement_not_signed_by_the_pinned_key_is_forged():
    old, intruder, new = _keys(), _keys(), _keys()
    # The intruder signs as "old" while claiming the real old fingerprint
    document = json.loads(_statement(intruder, new))
    document["old_fingerprint"] = old.fingerprint
    forged_body = {k: v for k, v in document.items() if not k.endswith("_signature")}
    message = b"isange-key-change-v1\n" + canonical(forged_body)
    document["old_signature"] = b64(intruder.signing.sign(message))
    document["new_signature"] = b64(new.signing.sign(message))
    change = parse_key_change(json.dumps(document).encode())
    with pytest.raises(CenterCardError) as refused:
        change.check_old_signature(old.public)
    assert refused.value.code == "center.statement_forged"


def test_a_statement_changed_after_signing_is_refused():
    old, new, intruder = _keys(), _keys(), _keys()
    data = _statement(old, new)
    _refused(_edited(data, new_age_recipient=intruder.recipient), "center.statement_signature",
             parse=parse_key_change)
    _refused(_edited(data, code="KGL-01"), "center.statement_signature", parse=parse_key_change)
    _refused(_edited(data, old_fingerprint=intruder.fingerprint), "center.statement_signature",
             parse=parse_key_change)


def test_a_statement_must_change_the_keys():
    old = _keys()
    with pytest.raises(CenterCardError) as refused:
        _statement(old, old)
    assert refused.value.code == "center.statement_field"


def test_a_bad_statement_file_is_refused_with_its_own_message():
    data = _statement(_keys(), _keys())
    _refused(data + b" " * MAX_STATEMENT_BYTES, "center.statement_too_large",
             parse=parse_key_change)
    _refused(b"\x89PNG", "center.statement_unreadable", parse=parse_key_change)
    _refused(_card(_keys()), "center.statement_unreadable", parse=parse_key_change)
    _refused(_edited(data, old_fingerprint="abcd"), "center.statement_field",
             parse=parse_key_change)
    # And a statement is no card
    _refused(data, "center.card_unreadable")
