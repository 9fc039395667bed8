"""A bundle's plaintext: a zip of manifest.json, manifest.sig, case.json and attachments/<name>.

Writing builds and signs the manifest, then zips. Reading trusts nothing the zip declares: the
end record, every name, flag, size and ratio is checked before a member is inflated, each
member is read with a hard cap, and the manifest's signature and hashes are checked before the
case JSON is parsed. Encryption is the outer file's business (bundle_file.py).
"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from isange_desktop.errors import BundleRefused
from isange_desktop.transfer.bundle_limits import (
    ED25519_SIGNATURE_BYTES,
    MAX_CASE_JSON_BYTES,
    MAX_CENTRAL_DIRECTORY_BYTES,
    MAX_CLOCK_SKEW,
    MAX_COMPRESSION_RATIO,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_TOTAL_BYTES,
    RATIO_CHECK_FLOOR,
)
from isange_desktop.transfer.manifest import (
    ATTACHMENT_PREFIX,
    CASE_NAME,
    MANIFEST_NAME,
    MANIFEST_SIGNATURE_CONTEXT,
    SIGNATURE_NAME,
    Manifest,
    attachment_name_ok,
    canonical_json,
    member_name_ok,
    parse_json,
    parse_manifest,
)

# Everything zipfile and zlib raise on hostile input, found by the fuzz tests and by reading
# zipfile.py: all of it means "damaged".
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError,
               ValueError, NotImplementedError, OverflowError, struct.error)
_END_RECORD = b"PK\x05\x06"
_END_RECORD_BYTES = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_LOCATOR_BYTES = 20
# Fixed member times: the zip says nothing about when the case was prepared.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle that passed every check this module can make. Whether its bundle id was seen
    before and its sequence is new needs the database: the caller checks those."""

    manifest: Manifest
    case: dict[str, Any]
    # Keyed by the attachment's own name, without the "attachments/" folder.
    attachments: Mapping[str, bytes]

    @property
    def bundle_id(self) -> str:
        return self.manifest.bundle_id

    @property
    def sequence(self) -> int:
        return self.manifest.sequence

    @property
    def kind(self) -> str:
        return self.manifest.kind

    @property
    def sender_code(self) -> str:
        return self.manifest.sender_code


def _member_limit(name: str) -> int:
    if name == SIGNATURE_NAME:
        return ED25519_SIGNATURE_BYTES
    if name == MANIFEST_NAME:
        return MAX_MANIFEST_BYTES
    if name == CASE_NAME:
        return MAX_CASE_JSON_BYTES
    return MAX_MEMBER_BYTES


def _ratio_too_high(size: int, compressed: int) -> bool:
    return size > RATIO_CHECK_FLOOR and size > compressed * MAX_COMPRESSION_RATIO


# --- writing -----------------------------------------------------------------------------


def _zip_members(members: list[tuple[str, bytes, bool]]) -> bytes:
    """A zip of (name, data, compress) in order; JSON compresses, scans and photos do not.

    A member the reader would call a bomb (too high a ratio) is stored instead. Deflating is
    the slow part of an export, so each member is deflated once: the ratio is read from the
    archive as written, and only in that rare case is the zip written again.
    """
    stored: set[str] = set()
    while True:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data, compress in members:
                info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
                info.compress_type = zipfile.ZIP_DEFLATED if compress and name not in stored \
                    else zipfile.ZIP_STORED
                archive.writestr(info, data)
            bombs = {info.filename for info in archive.infolist()
                     if info.compress_type == zipfile.ZIP_DEFLATED
                     and _ratio_too_high(info.file_size, info.compress_size)}
        if not bombs:
            return buffer.getvalue()
        stored |= bombs


def build_payload(*, manifest_fields: Mapping[str, Any], sender_key: Ed25519PrivateKey,
                  case: Mapping[str, Any], attachments: Mapping[str, bytes]) -> bytes:
    """The signed plaintext zip. ``manifest_fields`` are Manifest's fields but member_hashes;
    refuses (BundleRefused) whatever a reader would refuse."""
    if len(attachments) > MAX_MEMBERS - 3:
        raise BundleRefused("bundle.too_large")
    case_bytes = canonical_json(dict(case))
    # Parsed back with the reader's own limits: a case too deep or too big is refused here.
    if not isinstance(parse_json(case_bytes, max_bytes=MAX_CASE_JSON_BYTES), dict):
        raise BundleRefused("bundle.invalid")
    members: dict[str, bytes] = {CASE_NAME: case_bytes}
    for name, data in attachments.items():
        if not attachment_name_ok(name):
            raise BundleRefused("bundle.unsafe_member")
        members[ATTACHMENT_PREFIX + name] = bytes(data)
    if any(len(data) > _member_limit(name) for name, data in members.items()) \
            or sum(len(data) for data in members.values()) > MAX_TOTAL_BYTES - MAX_MANIFEST_BYTES:
        raise BundleRefused("bundle.too_large")
    manifest = Manifest(
        **manifest_fields,
        member_hashes={name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    )
    manifest_bytes = manifest.to_json()
    if parse_manifest(manifest_bytes) != manifest:
        # The fields do not survive their own JSON form (e.g. sub-second times).
        raise BundleRefused("bundle.invalid")
    signature = sender_key.sign(MANIFEST_SIGNATURE_CONTEXT + manifest_bytes)
    return _zip_members([
        (MANIFEST_NAME, manifest_bytes, True),
        (SIGNATURE_NAME, signature, False),
        *((name, data, name == CASE_NAME) for name, data in members.items()),
    ])


# --- reading -----------------------------------------------------------------------------


@contextmanager
def _zip_errors_are_damage() -> Iterator[None]:
    try:
        yield
    except _ZIP_ERRORS:
        # "from None": zipfile's messages quote member names, which may name a person.
        raise BundleRefused("bundle.damaged") from None


def _check_end_record(plain: bytes) -> None:
    """Our writer makes one layout only: no comment, no zip64, the central directory right
    before the end record. Holding to it bounds what zipfile will parse before we look."""
    if len(plain) < _END_RECORD_BYTES:
        raise BundleRefused("bundle.damaged")
    end = plain[-_END_RECORD_BYTES:]
    disk, cd_disk, entries_here, entries, cd_size, cd_offset, comment = struct.unpack(
        "<HHHHIIH", end[4:])
    if end[:4] != _END_RECORD or comment != 0 or disk != 0 or cd_disk != 0 \
            or entries_here != entries \
            or plain[-_END_RECORD_BYTES - _ZIP64_LOCATOR_BYTES:][:4] == _ZIP64_LOCATOR:
        raise BundleRefused("bundle.damaged")
    if entries > MAX_MEMBERS or cd_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise BundleRefused("bundle.too_large")
    if cd_offset + cd_size + _END_RECORD_BYTES != len(plain):
        raise BundleRefused("bundle.damaged")


def _checked_entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Every entry by name, once its name, flags and declared sizes pass."""
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in archive.infolist():
        # zipfile cuts names at a NUL byte: "case.json\0x" would pass as "case.json".
        if info.orig_filename != info.filename or not member_name_ok(info.filename) \
                or info.filename in entries:
            raise BundleRefused("bundle.unsafe_member")
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED,
                                                              zipfile.ZIP_DEFLATED):
            # Zip encryption or an exotic compressor: our writer never makes either.
            raise BundleRefused("bundle.unsafe_member")
        if info.file_size > _member_limit(info.filename):
            raise BundleRefused("bundle.too_large")
        if _ratio_too_high(info.file_size, info.compress_size):
            raise BundleRefused("bundle.bomb")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise BundleRefused("bundle.too_large")
        entries[info.filename] = info
    if not {MANIFEST_NAME, SIGNATURE_NAME, CASE_NAME} <= set(entries):
        raise BundleRefused("bundle.damaged")
    return entries


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, never more than its declared size, its limit or its ratio allow,
    whatever the deflate stream really holds."""
    cap = min(_member_limit(info.filename), info.file_size)
    with _zip_errors_are_damage(), archive.open(info) as stream:
        data = stream.read(cap + 1)
    if len(data) > cap:
        raise BundleRefused("bundle.bomb")
    if len(data) != info.file_size:
        raise BundleRefused("bundle.damaged")
    return data


def _check_addressing(manifest: Manifest, expected: Mapping[str, str]) -> None:
    """The clear header (signed by the sender too) and the manifest must name one bundle."""
    found = {"kind": manifest.kind, "bundle_id": manifest.bundle_id,
             "sender_code": manifest.sender_code, "recipient_code": manifest.recipient_code}
    if found != dict(expected):
        raise BundleRefused("bundle.mismatch")


def _check_times(manifest: Manifest, now: datetime) -> None:
    if manifest.created_at > now + MAX_CLOCK_SKEW:
        raise BundleRefused("bundle.not_yet_valid")
    if now >= manifest.expires_at:
        raise BundleRefused("bundle.expired")


def read_payload(plain: bytes, *, expected: Mapping[str, str],
                 sender_public_key: Ed25519PublicKey, now: datetime) -> OpenedBundle:
    """Check and read a decrypted payload. ``expected`` holds kind, bundle_id, sender_code and
    recipient_code from the verified clear header."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    _check_end_record(plain)
    with _zip_errors_are_damage(), zipfile.ZipFile(io.BytesIO(plain)) as archive:
        if len(archive.infolist()) > MAX_MEMBERS:
            raise BundleRefused("bundle.too_large")
        entries = _checked_entries(archive)
        signature = _read_member(archive, entries[SIGNATURE_NAME])
        manifest_bytes = _read_member(archive, entries[MANIFEST_NAME])
        try:
            sender_public_key.verify(signature, MANIFEST_SIGNATURE_CONTEXT + manifest_bytes)
        except InvalidSignature:
            raise BundleRefused("bundle.bad_signature") from None
        manifest = parse_manifest(manifest_bytes)
        _check_addressing(manifest, expected)
        _check_times(manifest, now)
        if set(manifest.member_hashes) != set(entries) - {MANIFEST_NAME, SIGNATURE_NAME}:
            raise BundleRefused("bundle.damaged")
        contents: dict[str, bytes] = {}
        for name, digest in manifest.member_hashes.items():
            data = _read_member(archive, entries[name])
            if hashlib.sha256(data).hexdigest() != digest:
                raise BundleRefused("bundle.damaged")
            contents[name] = data
    case = parse_json(contents.pop(CASE_NAME), max_bytes=MAX_CASE_JSON_BYTES)
    if not isinstance(case, dict):
        raise BundleRefused("bundle.invalid")
    attachments = {name[len(ATTACHMENT_PREFIX):]: data for name, data in contents.items()}
    return OpenedBundle(manifest=manifest, case=case, attachments=attachments)
