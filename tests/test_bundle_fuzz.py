"""Whatever the bytes, the bundle reader either refuses with BundleRefused or hands back exactly
what the sender signed: never another exception, never altered content.

Two layers are fuzzed: the whole file (where the outer signature catches almost everything),
and the decrypted zip read directly (where zipfile, zlib and the JSON parser meet hostile
input with every signature still valid).
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pyrage
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isange_desktop.errors import BundleRefused
from isange_desktop.transfer.bundle_file import MAGIC, read_header, seal
from isange_desktop.transfer.bundle_payload import OpenedBundle, read_payload
from test_bundle_format import (
    BUNDLE_ID,
    IDENTITY,
    NOW,
    RECIPIENT,
    SENDER,
    SENDER_KEY,
    open_,
    raw_seal,
    write,
)

SMALL = write(case={"n": 1, "t": "Uwase"}, attachments={"a.txt": b"hello"}).data
HEADER = read_header(SMALL)
PLAIN_CIPHERTEXT = SMALL[HEADER.payload_offset:-64]
PLAIN: bytes = pyrage.decrypt(PLAIN_CIPHERTEXT, [IDENTITY])
EXPECTED = open_(SMALL)
FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def refused_or_unchanged(data: bytes) -> None:
    """The whole file: only the original bytes may be accepted, and then read as signed."""
    try:
        opened = open_(data)
    except BundleRefused:
        return
    assert data == SMALL, f"accepted a changed bundle (bundle {opened.bundle_id})"
    assert opened == EXPECTED


def read_plain(plain: bytes) -> OpenedBundle:
    return read_payload(plain, expected=HEADER.addressing(),
                        sender_public_key=SENDER_KEY.public_key(), now=NOW)


def plain_refused_or_unchanged(plain: bytes) -> None:
    """The zip layer: a change zipfile ignores (a time stamp, an attribute) may pass, but what
    comes out must be byte for byte what the sender signed."""
    try:
        opened = read_plain(plain)
    except BundleRefused:
        return
    assert opened == EXPECTED


def test_flipping_any_byte_of_a_small_bundle_is_refused() -> None:
    for position in range(len(SMALL)):
        for mask in (0x01, 0x80, 0xFF):
            changed = bytearray(SMALL)
            changed[position] ^= mask
            refused_or_unchanged(bytes(changed))


def test_flipping_a_stride_of_bytes_in_a_larger_bundle_is_refused() -> None:
    data = write(attachments={"scan.pdf": bytes(range(256)) * 800}).data
    for position in range(0, len(data), 997):
        changed = bytearray(data)
        changed[position] ^= 0x55
        refused_or_unchanged(bytes(changed))


def test_every_truncation_is_refused() -> None:
    for length in range(len(SMALL)):
        refused_or_unchanged(SMALL[:length])


def test_flipping_any_byte_of_the_decrypted_zip_never_changes_what_is_read() -> None:
    assert read_plain(PLAIN) == EXPECTED
    for position in range(len(PLAIN)):
        for mask in (0x01, 0xFF):
            changed = bytearray(PLAIN)
            changed[position] ^= mask
            plain_refused_or_unchanged(bytes(changed))


def test_every_truncation_of_the_decrypted_zip_is_refused() -> None:
    for length in range(len(PLAIN)):
        plain_refused_or_unchanged(PLAIN[:length])


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_are_refused(data: bytes) -> None:
    refused_or_unchanged(data)
    refused_or_unchanged(MAGIC + data)
    refused_or_unchanged(SMALL[:len(MAGIC) + 4] + data)


@FUZZ
@given(st.binary(max_size=2000), st.integers(min_value=0, max_value=len(SMALL)))
def test_random_bytes_spliced_into_a_bundle_are_refused(junk: bytes, at: int) -> None:
    refused_or_unchanged(SMALL[:at] + junk + SMALL[at + len(junk):])


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                           max_leaves=20)
HEADER_KEYS = st.sampled_from(["format", "kind", "bundle_id", "sender", "recipient",
                               "sender_key_sha256", "payload_length", "other"])


# Generating nested JSON is the slow part here, not the reader: fewer examples.
@settings(FUZZ, max_examples=100)
@given(st.dictionaries(HEADER_KEYS, JSON_VALUES), st.binary(max_size=200))
def test_random_signed_headers_are_refused(header: dict[str, Any], payload: bytes) -> None:
    refused_or_unchanged(raw_seal({"format": 1, **header}, payload))


@FUZZ
@given(st.binary(max_size=2000))
def test_random_ciphertext_behind_a_valid_signature_is_refused(body: bytes) -> None:
    for payload in (b"age-encryption.org/v1\n" + body,
                    PLAIN_CIPHERTEXT[:len(PLAIN_CIPHERTEXT) // 2] + body):
        data = seal(kind="referral", bundle_id=HEADER.bundle_id, sender_code=SENDER,
                    recipient_code=RECIPIENT, sender_key=SENDER_KEY, encrypted_payload=payload)
        refused_or_unchanged(data)



@FUZZ
@given(st.binary(max_size=3000))
def test_random_plaintext_zips_are_refused(plain: bytes) -> None:
    plain_refused_or_unchanged(plain)
    plain_refused_or_unchanged(PLAIN[:len(PLAIN) // 2] + plain)
    plain_refused_or_unchanged(b"PK\x03\x04" + plain + PLAIN[-22:])


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(st.text(max_size=10), JSON_VALUES, max_size=5))
def test_any_json_case_round_trips_or_is_refused_when_written(case: dict[str, Any]) -> None:
    try:
        written = write(case=case, attachments={})
    except BundleRefused as refusal:
        # Only what no strict reader could hold: NaN, infinities, lone surrogates.
        assert refusal.code == "bundle.invalid"
        return
    opened = open_(written.data, now=NOW + timedelta(days=1))
    assert json.dumps(opened.case, sort_keys=True) == json.dumps(case, sort_keys=True)
    assert opened.bundle_id == written.bundle_id != BUNDLE_ID
