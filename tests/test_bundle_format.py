"""The referral bundle file format, with real Ed25519, real age (pyrage) and the real `age` tool.

Malformed bundles are forged with the sender's real key, so each refusal is reached through
every check before it: a test of the zip rules is not quietly passing on a bad signature.
"""

from __future__ import annotations

import ast
import hashlib
import io
import json
import shutil
import subprocess
import warnings
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from isange_desktop.errors import BundleRefused
from isange_desktop.i18n.messages import CATALOG, translate
from isange_desktop.transfer import bundle_file, bundle_payload
from isange_desktop.transfer.bundle_file import (
    MAGIC,
    open_bundle,
    open_payload,
    read_header,
    seal,
    verify_outer,
    write_bundle,
)
from isange_desktop.transfer.manifest import MANIFEST_SIGNATURE_CONTEXT, canonical_json

SENDER, RECIPIENT = "KGL-01", "HUYE-01"
NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
SENDER_KEY = Ed25519PrivateKey.generate()
IDENTITY = pyrage.x25519.Identity.generate()
CASE = {"case_number": "KGL-01-2026-00042-Y", "person": {"name": "Uwase Test"},
        "forms": [{"id": "medical", "fields": {"weight_kg": 51.5, "pregnant": False}}]}
BUNDLE_ID = "0123456789abcdef" * 2


def write(**overrides: Any) -> bundle_file.WrittenBundle:
    fields: dict[str, Any] = {
        "kind": "referral", "sender_code": SENDER, "sender_key": SENDER_KEY,
        "recipient_code": RECIPIENT, "recipient_age": str(IDENTITY.to_public()),
        "sequence": 7, "created_at": NOW, "expires_at": NOW + timedelta(days=30),
        "consent_ref": "consent-2026-0042", "checkpoint": {"seq": 120, "head": "ab" * 32},
        "case": CASE, "attachments": {"referral-letter.pdf": b"%PDF-1.4 letter"},
    }
    fields.update(overrides)
    return write_bundle(**fields)


def open_(data: bytes, *, key: Ed25519PrivateKey = SENDER_KEY, identity: Any = IDENTITY,
          own_code: str = RECIPIENT, now: datetime = NOW) -> bundle_payload.OpenedBundle:
    return open_bundle(data, sender_key_for=lambda code: key.public_key(), identity=identity,
                       own_code=own_code, now=now)


def refusal(call: Any) -> str:
    with pytest.raises(BundleRefused) as err:
        call()
    return err.value.code


def raw_zip(members: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """Any zip at all, duplicate and hostile names included (zipfile only warns)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", compression) as archive:
        warnings.simplefilter("ignore")
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def manifest_doc(members: list[tuple[str, bytes]], **overrides: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": 1, "kind": "referral", "bundle_id": BUNDLE_ID, "sender": SENDER,
        "recipient": RECIPIENT, "sequence": 1, "created_at": "2026-03-01T08:00:00Z",
        "expires_at": "2026-03-31T08:00:00Z", "consent_ref": "consent-1", "checkpoint": {},
        "members": {name: hashlib.sha256(data).hexdigest() for name, data in members},
    }
    doc.update(overrides)
    return doc


def forge(members: list[tuple[str, bytes]] | None = None, *, manifest: dict[str, Any] | None
          = None, manifest_bytes: bytes | None = None, hashed: list[tuple[str, bytes]] | None
          = None, plain: bytes | None = None, header: dict[str, str] | None = None,
          key: Ed25519PrivateKey = SENDER_KEY, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A bundle signed inside and out by ``key`` around whatever zip the test describes."""
    members = [("case.json", b'{"x":1}')] if members is None else members
    if manifest_bytes is None:
        doc = manifest_doc(members if hashed is None else hashed, **(manifest or {}))
        manifest_bytes = json.dumps(doc).encode()
    signature = key.sign(MANIFEST_SIGNATURE_CONTEXT + manifest_bytes)
    if plain is None:
        plain = raw_zip([("manifest.json", manifest_bytes), ("manifest.sig", signature),
                         *members], compression)
    outer = {"kind": "referral", "bundle_id": BUNDLE_ID, "sender_code": SENDER,
             "recipient_code": RECIPIENT, **(header or {})}
    return seal(**outer, sender_key=key,
                encrypted_payload=pyrage.encrypt(plain, [IDENTITY.to_public()]))


def raw_seal(header: dict[str, Any], payload: bytes, key: Ed25519PrivateKey = SENDER_KEY
             ) -> bytes:
    text = json.dumps(header).encode()
    signed = MAGIC + len(text).to_bytes(4, "big") + text + payload
    return signed + key.sign(signed)


# --- the happy path ----------------------------------------------------------------------


def test_round_trip_gives_back_every_field_case_and_attachment() -> None:
    written = write(attachments={"letter.pdf": b"%PDF", "photo 1.jpg": bytes(range(256)) * 50})
    opened = open_(written.data)
    assert opened.bundle_id == written.bundle_id and len(written.bundle_id) == 32
    assert opened.sequence == 7 and opened.kind == "referral" and opened.sender_code == SENDER
    assert opened.case == CASE
    assert opened.attachments == {"letter.pdf": b"%PDF", "photo 1.jpg": bytes(range(256)) * 50}
    assert opened.manifest.checkpoint == {"seq": 120, "head": "ab" * 32}
    assert opened.manifest.consent_ref == "consent-2026-0042"
    assert opened.manifest.created_at == NOW
    assert opened.manifest.expires_at == NOW + timedelta(days=30)


def test_a_receipt_needs_no_consent_and_times_lose_only_their_microseconds() -> None:
    created = NOW.replace(microsecond=123456)
    written = write(kind="receipt", consent_ref=None, created_at=created, attachments={},
                    case={"receipt_for": BUNDLE_ID, "imported": True})
    opened = open_(written.data)
    assert opened.kind == "receipt" and opened.manifest.consent_ref is None
    assert opened.manifest.created_at == NOW and opened.attachments == {}


def test_file_name_and_clear_header_name_centers_never_a_person() -> None:
    written = write()
    assert written.file_name == f"isange-referral-{SENDER}-to-{RECIPIENT}-" \
                                f"{written.bundle_id[:12]}.isb"
    header = read_header(written.data)
    assert header.file_name == written.file_name
    assert header.sender_code == SENDER and header.recipient_code == RECIPIENT
    for secret in (b"Uwase", b"KGL-01-2026", b"consent-2026", b"letter"):
        assert secret not in written.data


def test_the_reference_age_tool_decrypts_the_payload(tmp_path: Path) -> None:
    if shutil.which("age") is None:
        pytest.skip("the age command-line tool is not installed (apt-get install age)")
    data = write().data
    header = read_header(data)
    (tmp_path / "payload.age").write_bytes(
        data[header.payload_offset:header.payload_offset + header.payload_length])
    (tmp_path / "identity.txt").write_text(str(IDENTITY) + "\n")
    result = subprocess.run(["age", "-d", "-i", str(tmp_path / "identity.txt"),
                             str(tmp_path / "payload.age")], capture_output=True, timeout=30)
    assert result.returncode == 0, result.stderr
    names = zipfile.ZipFile(io.BytesIO(result.stdout)).namelist()
    assert names == ["manifest.json", "manifest.sig", "case.json",
                     "attachments/referral-letter.pdf"]


# --- who may open it ---------------------------------------------------------------------


def test_a_bundle_for_another_center_is_refused_before_decrypting() -> None:
    assert refusal(lambda: open_(write().data, own_code="MUS-01")) == "bundle.not_for_us"


def test_a_bundle_sealed_to_other_keys_is_not_for_us() -> None:
    other = pyrage.x25519.Identity.generate()
    assert refusal(lambda: open_(write().data, identity=other)) == "bundle.not_for_us"


def test_unknown_or_unpinned_sender_is_refused() -> None:
    data = write().data
    assert refusal(lambda: open_(data, key=Ed25519PrivateKey.generate())) \
        == "bundle.unknown_sender"
    assert refusal(lambda: open_bundle(data, sender_key_for=lambda code: None,
                                       identity=IDENTITY, own_code=RECIPIENT, now=NOW)) \
        == "bundle.unknown_sender"


def test_a_changed_signature_byte_is_a_bad_signature() -> None:
    data = bytearray(write().data)
    data[-1] ^= 0x01
    assert refusal(lambda: open_(bytes(data))) == "bundle.bad_signature"


def test_a_manifest_signed_by_another_key_is_refused() -> None:
    members = [("case.json", b'{"x":1}')]
    manifest = json.dumps(manifest_doc(members)).encode()
    imposter = Ed25519PrivateKey.generate().sign(MANIFEST_SIGNATURE_CONTEXT + manifest)
    plain = raw_zip([("manifest.json", manifest), ("manifest.sig", imposter), *members])
    assert refusal(lambda: open_(forge(plain=plain))) == "bundle.bad_signature"


def test_stages_cannot_be_mixed_between_bundles() -> None:
    first, second = write().data, write().data
    assert refusal(lambda: verify_outer(second, read_header(first), SENDER_KEY.public_key())) \
        == "bundle.mismatch"
    assert refusal(lambda: open_payload(second, read_header(first),
                                        sender_public_key=SENDER_KEY.public_key(),
                                        identity=IDENTITY, own_code=RECIPIENT, now=NOW)) \
        == "bundle.mismatch"


# --- time --------------------------------------------------------------------------------


def test_expired_and_future_bundles_are_refused() -> None:
    data = write().data
    assert refusal(lambda: open_(data, now=NOW + timedelta(days=30))) == "bundle.expired"
    assert open_(data, now=NOW + timedelta(days=29, hours=23)).sequence == 7
    assert refusal(lambda: open_(data, now=NOW - timedelta(days=2))) == "bundle.not_yet_valid"
    assert open_(data, now=NOW - timedelta(hours=23)).sequence == 7


def test_naive_times_are_a_programming_error() -> None:
    with pytest.raises(ValueError):
        open_(write().data, now=NOW.replace(tzinfo=None))
    with pytest.raises(ValueError):
        write(created_at=NOW.replace(tzinfo=None))


# --- the outer file ----------------------------------------------------------------------


@pytest.mark.parametrize(("data", "code"), [
    (b"", "bundle.not_a_bundle"),
    (b"ISANGE", "bundle.truncated"),
    (b"%PDF-1.4 not a bundle at all" * 10, "bundle.not_a_bundle"),
    (MAGIC + (2**31).to_bytes(4, "big") + bytes(100), "bundle.damaged"),
    (MAGIC + (100).to_bytes(4, "big") + bytes(70), "bundle.truncated"),
])
def test_what_is_not_a_whole_bundle(data: bytes, code: str) -> None:
    assert refusal(lambda: read_header(data)) == code


def test_trailing_bytes_are_refused() -> None:
    assert refusal(lambda: read_header(write().data + b"\0")) == "bundle.damaged"


def test_a_file_over_the_size_limit_is_refused_before_reading(
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = write().data
    monkeypatch.setattr(bundle_file, "MAX_BUNDLE_BYTES", len(data) - 1)
    assert refusal(lambda: read_header(data)) == "bundle.too_large"
    # age adds a random-length "grease" stanza, so two bundles of one case differ in size.
    monkeypatch.setattr(bundle_file, "MAX_BUNDLE_BYTES", 500)
    assert refusal(write) == "bundle.too_large"


def test_an_unknown_header_version_is_named_as_such() -> None:
    header = {"format": 2, "anything": "else"}
    assert refusal(lambda: read_header(raw_seal(header, b"x"))) == "bundle.unknown_version"


@pytest.mark.parametrize("change", [
    {"kind": "gift"}, {"bundle_id": "../../etc"}, {"sender": "kgl 01"},
    {"sender_key_sha256": "00"}, {"payload_length": True}, {"extra": 1}, {"format": "1"},
])
def test_header_fields_are_checked(change: dict[str, Any]) -> None:
    header = {"format": 1, "kind": "referral", "bundle_id": BUNDLE_ID, "sender": SENDER,
              "recipient": RECIPIENT, "sender_key_sha256": "0" * 64, "payload_length": 1}
    assert refusal(lambda: read_header(raw_seal({**header, **change}, b"x"))) \
        == "bundle.invalid"


def test_an_armoured_or_foreign_payload_is_refused() -> None:
    armoured = b"-----BEGIN AGE ENCRYPTED FILE-----\nabc\n"
    data = seal(kind="referral", bundle_id=BUNDLE_ID, sender_code=SENDER,
                recipient_code=RECIPIENT, sender_key=SENDER_KEY, encrypted_payload=armoured)
    assert refusal(lambda: open_(data)) == "bundle.damaged"


# --- header and manifest must agree ------------------------------------------------------


@pytest.mark.parametrize("header", [
    {"bundle_id": "f" * 32}, {"kind": "receipt"}, {"sender_code": "MUS-01"},
])
def test_header_and_manifest_must_name_the_same_bundle(header: dict[str, str]) -> None:
    assert refusal(lambda: open_(forge(header=header))) == "bundle.mismatch"


def test_a_manifest_addressed_elsewhere_inside_a_header_addressed_to_us() -> None:
    assert refusal(lambda: open_(forge(manifest={"recipient": "MUS-01"}))) == "bundle.mismatch"


def test_an_unknown_manifest_version_is_named_as_such() -> None:
    assert refusal(lambda: open_(forge(manifest={"format": 2}))) == "bundle.unknown_version"


@pytest.mark.parametrize("change", [
    {"sequence": 0}, {"sequence": True}, {"sequence": 2**53}, {"consent_ref": None},
    {"consent_ref": "a\nb"}, {"created_at": "2026-03-01 08:00:00"},
    {"expires_at": "2026-02-01T08:00:00Z"}, {"expires_at": "2027-03-01T08:00:00Z"},
    {"checkpoint": []}, {"recipient": SENDER}, {"surprise": 1},
])
def test_manifest_fields_are_checked(change: dict[str, Any]) -> None:
    assert refusal(lambda: open_(forge(manifest=change))) in {"bundle.invalid",
                                                             "bundle.mismatch"}


def test_a_manifest_with_duplicate_keys_is_refused_even_when_signed() -> None:
    text = json.dumps(manifest_doc([("case.json", b'{"x":1}')]))
    doubled = text[:-1] + ', "sequence": 99}'
    assert refusal(lambda: open_(forge(manifest_bytes=doubled.encode()))) == "bundle.invalid"


# --- members -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    "../evil.json", "/etc/passwd", "attachments/../case.json", "attachments\\x.pdf",
    "C:/x.pdf", "attachments/sub/x.pdf", "attachments/.hidden", "attachments/CON.txt",
    "attachments/", "notes.txt", "attachments/a..b",
])
def test_unsafe_or_unexpected_member_names_are_refused(name: str) -> None:
    members = [("case.json", b'{"x":1}'), (name, b"x")]
    assert refusal(lambda: open_(forge(members, hashed=members[:1]))) == "bundle.unsafe_member"


def test_a_name_cut_short_by_a_nul_byte_is_refused() -> None:
    members = [("case.json", b'{"x":1}'), ("case.jsonXevil", b"{}")]
    data = forge(members, hashed=members[:1])
    header = read_header(data)
    plain = pyrage.decrypt(data[header.payload_offset:-64], [IDENTITY])
    plain = plain.replace(b"case.jsonXevil", b"case.json\x00evil")
    assert refusal(lambda: open_(forge(plain=plain))) == "bundle.unsafe_member"


def test_duplicate_members_are_refused() -> None:
    members = [("case.json", b'{"x":1}'), ("attachments/a.pdf", b"1"), ("attachments/a.pdf",
                                                                          b"2")]
    assert refusal(lambda: open_(forge(members, hashed=members[:2]))) == "bundle.unsafe_member"


def test_members_and_manifest_hashes_must_match_exactly() -> None:
    case = [("case.json", b'{"x":1}')]
    extra = [*case, ("attachments/a.pdf", b"1")]
    assert refusal(lambda: open_(forge(case, hashed=extra))) == "bundle.damaged"
    assert refusal(lambda: open_(forge(extra, hashed=case))) == "bundle.damaged"
    assert refusal(lambda: open_(forge(case, hashed=[("case.json", b'{"x":2}')]))) \
        == "bundle.damaged"
    assert refusal(lambda: open_(forge([], hashed=[]))) in {"bundle.invalid", "bundle.damaged"}


def test_an_oversized_member_is_refused_by_its_declared_size(
        monkeypatch: pytest.MonkeyPatch) -> None:
    long_signature = forge(plain=raw_zip([("manifest.json", b"{}"), ("manifest.sig", bytes(65)),
                                          ("case.json", b"{}")]))
    assert refusal(lambda: open_(long_signature)) == "bundle.too_large"
    monkeypatch.setattr(bundle_payload, "MAX_MEMBER_BYTES", 1000)
    members = [("case.json", b'{"x":1}'), ("attachments/big.bin", bytes(2000))]
    assert refusal(lambda: open_(forge(members))) == "bundle.too_large"
    assert refusal(lambda: write(attachments={"big.bin": bytes(2000)})) == "bundle.too_large"


def test_too_many_members_are_refused_from_the_end_record(
        monkeypatch: pytest.MonkeyPatch) -> None:
    members = [("case.json", b'{"x":1}'), *((f"attachments/{i}.txt", b"x") for i in range(5))]
    monkeypatch.setattr(bundle_payload, "MAX_MEMBERS", 4)
    assert refusal(lambda: open_(forge(members))) == "bundle.too_large"


def test_a_zip_bomb_is_refused_by_its_ratio() -> None:
    members = [("case.json", b'{"x":1}'), ("attachments/zeros.bin", bytes(4 * 1024 * 1024))]
    assert refusal(lambda: open_(forge(members))) == "bundle.bomb"


def test_the_writer_stores_what_would_look_like_a_bomb() -> None:
    zeros = bytes(4 * 1024 * 1024)
    opened = open_(write(case={"note": "a" * 3 * 1024 * 1024},
                         attachments={"zeros.bin": zeros}).data)
    assert opened.attachments["zeros.bin"] == zeros


def test_zip_encryption_comments_and_appended_data_are_refused() -> None:
    data = forge()
    header = read_header(data)
    plain = pyrage.decrypt(data[header.payload_offset:-64], [IDENTITY])
    with_comment = plain[:-2] + (3).to_bytes(2, "little") + b"hey"
    assert refusal(lambda: open_(forge(plain=with_comment))) == "bundle.damaged"
    assert refusal(lambda: open_(forge(plain=plain + b"junk"))) == "bundle.damaged"
    assert refusal(lambda: open_(forge(plain=b"junk" + plain))) == "bundle.damaged"
    flagged = bytearray(plain)
    flagged[plain.index(b"PK\x01\x02") + 8] |= 0x01  # the central directory's "encrypted" bit
    assert refusal(lambda: open_(forge(plain=bytes(flagged)))) == "bundle.unsafe_member"


# --- JSON --------------------------------------------------------------------------------


@pytest.mark.parametrize(("case", "code"), [
    (b"[" * 100_000 + b"]" * 100_000, "bundle.bomb"),
    (b'{"a":' * 40 + b"1" + b"}" * 40, "bundle.bomb"),
    (b'{"a": NaN}', "bundle.invalid"),
    (b'{"a": 1e999}', "bundle.invalid"),
    (b'{"a": 1, "a": 2}', "bundle.invalid"),
    (b'{"a": "\\ud800"}', "bundle.invalid"),
    (b"[1, 2]", "bundle.invalid"),
    (b'{"a": "\xff"}', "bundle.damaged"),
    (b'\xef\xbb\xbf{"a": 1}', "bundle.damaged"),
    (b'{"a": ' + b"9" * 5000 + b"}", "bundle.damaged"),
])
def test_case_json_is_read_strictly(case: bytes, code: str) -> None:
    assert refusal(lambda: open_(forge([("case.json", case)]))) == code


def test_the_writer_refuses_what_the_reader_would() -> None:
    assert refusal(lambda: write(case={"a": float("nan")})) == "bundle.invalid"
    deep: dict[str, Any] = {}
    for _ in range(40):
        deep = {"a": deep}
    assert refusal(lambda: write(case=deep)) == "bundle.bomb"
    assert refusal(lambda: write(case={"a": object()})) == "bundle.invalid"
    assert refusal(lambda: write(attachments={"../x.pdf": b"x"})) == "bundle.unsafe_member"
    assert refusal(lambda: write(consent_ref=None)) == "bundle.invalid"
    assert refusal(lambda: write(recipient_code=SENDER)) == "bundle.invalid"
    assert refusal(lambda: write(sequence=0)) == "bundle.invalid"
    assert refusal(lambda: write(expires_at=NOW)) == "bundle.invalid"
    assert refusal(lambda: write(expires_at=NOW + timedelta(days=181))) == "bundle.invalid"
    assert refusal(lambda: write(recipient_age="age1nope")) == "bundle.bad_recipient_key"
    assert refusal(lambda: write(kind="gift")) == "bundle.invalid"


# --- messages ----------------------------------------------------------------------------


def test_every_refusal_in_the_code_has_a_message_in_three_languages() -> None:
    used: set[str] = set()
    folder = Path(bundle_file.__file__).parent
    for name in ("bundle_file.py", "bundle_payload.py", "manifest.py"):
        for node in ast.walk(ast.parse((folder / name).read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and node.value.startswith("bundle.") and " " not in node.value:
                used.add(node.value)
    assert len(used) >= 12, used
    for code in used:
        en, fr, rw = CATALOG[code]
        assert en and fr and rw
        assert translate(code, "rw") == rw and translate(code, "fr") == fr


def test_a_refusal_reads_as_a_sentence() -> None:
    with pytest.raises(BundleRefused) as err:
        open_(write().data, now=NOW + timedelta(days=31))
    assert str(err.value).startswith("This bundle has expired.")
    assert canonical_json({"b": 1, "a": "é"}) == '{"a":"é","b":1}'.encode()
