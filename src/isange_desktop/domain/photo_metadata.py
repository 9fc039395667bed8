"""Removing location, device and text metadata from a photo, without decoding the image.

A phone photo carries where it was taken (GPS), which phone took it and when, in an Exif or
XMP block; PNG files carry text chunks that editors fill with the same. Kept in a survivor's
case, and carried to another center, that is personal data nobody needs for care, and the
place can point to the survivor's home. The filters copy the image's own structures byte for
byte and leave out the metadata ones, so the picture is exactly the picture (no re-encoding,
no new dependency); anything they cannot walk is refused, so nothing unchecked gets through.

JPEG: a marker-by-marker walk. Kept: everything the decoder needs (frame, tables, scans and
their entropy-coded data, restart markers) and three application segments that change how the
picture looks: JFIF (APP0), the ICC colour profile (APP2) and Adobe's colour transform
(APP14). Dropped: every other application segment (APP1 Exif and XMP, APP13 IPTC/Photoshop,
APP2 multi-picture index, vendors' APP3-APP15), comments, and whatever follows the end of the
image (phones append depth maps, videos or maker data there).

PNG: a chunk-by-chunk walk from IHDR to IEND; eXIf, tEXt, iTXt, zTXt and tIME are dropped,
and whatever follows IEND.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from isange_desktop.errors import ValidationError

_SOI, _EOI, _SOS, _COM = 0xD8, 0xD9, 0xDA, 0xFE
_APP0, _APP15 = 0xE0, 0xEF
# Markers without a length: TEM and the restart markers.
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_KEPT_APPS = {0xE0: (b"JFIF\x00",), 0xE2: (b"ICC_PROFILE\x00",), 0xEE: (b"Adobe",)}

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_DROPPED = frozenset({b"eXIf", b"tEXt", b"iTXt", b"zTXt", b"tIME"})
_PNG_MAX_CHUNK = 2**31 - 1


@dataclass(frozen=True)
class Cleaned:
    data: bytes
    removed: int  # segments or chunks left out


def _unreadable(kind: str) -> ValidationError:
    return ValidationError("attachment.image_unreadable", type=kind)


def _kept_jpeg_segment(marker: int, body: bytes) -> bool:
    if marker == _COM:
        return False
    if _APP0 <= marker <= _APP15:
        return body.startswith(_KEPT_APPS.get(marker, ()))
    return True


def _entropy_end(data: bytes, pos: int) -> int:
    """Where the entropy-coded data that starts at ``pos`` ends: the next real marker (0xFF
    followed by neither a stuffed zero, a restart marker nor a fill byte), or the end of the
    file for a photo cut short after its last scan. A regular expression, so a scan of 25 MB
    full of stuffed bytes is walked at C speed, not byte by byte."""
    found = _MARKER.search(data, pos)
    return found.start() if found else len(data)


def clean_jpeg(data: bytes) -> Cleaned:
    """The JPEG without its metadata segments (module docstring); ValidationError when the
    file does not hold together as a JPEG."""
    end = len(data)
    if data[:2] != b"\xff\xd8":
        raise _unreadable("JPEG")
    out = [data[:2]]
    removed, pos = 0, 2
    while pos < end:
        if data[pos] != 0xFF:
            raise _unreadable("JPEG")
        while pos < end and data[pos] == 0xFF:  # fill bytes may precede any marker
            pos += 1
        if pos >= end or data[pos] in (0x00, _SOI):
            raise _unreadable("JPEG")
        marker = data[pos]
        pos += 1
        if marker == _EOI:
            out.append(b"\xff\xd9")
            removed += pos < end  # something appended after the image
            return Cleaned(b"".join(out), removed)
        if marker in _STANDALONE:
            out.append(bytes((0xFF, marker)))
            continue
        if pos + 2 > end:
            raise _unreadable("JPEG")
        length = int.from_bytes(data[pos:pos + 2], "big")
        if length < 2 or pos + length > end:
            raise _unreadable("JPEG")
        if _kept_jpeg_segment(marker, data[pos + 2:pos + min(length, 16)]):
            out.append(bytes((0xFF, marker)) + data[pos:pos + length])
        else:
            removed += 1
        pos += length
        if marker == _SOS:
            scan_end = _entropy_end(data, pos)
            out.append(data[pos:scan_end])
            pos = scan_end
    # Cut short after a scan: the picture as far as it goes, with its end marker.
    if not any(part[:2] == b"\xff\xda" for part in out):
        raise _unreadable("JPEG")
    out.append(b"\xff\xd9")
    return Cleaned(b"".join(out), removed)


def clean_png(data: bytes) -> Cleaned:
    """The PNG without its text, Exif and time chunks (module docstring); ValidationError when
    the file does not hold together as a PNG."""
    if not data.startswith(PNG_SIGNATURE):
        raise _unreadable("PNG")
    out = [PNG_SIGNATURE]
    removed, pos, end = 0, len(PNG_SIGNATURE), len(data)
    while pos + 12 <= end:
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        chunk_end = pos + 12 + length
        if length > _PNG_MAX_CHUNK or chunk_end > end or not kind.isalpha() \
                or (pos == len(PNG_SIGNATURE)) != (kind == b"IHDR"):
            raise _unreadable("PNG")
        if kind in _PNG_DROPPED:
            removed += 1
        else:
            out.append(data[pos:chunk_end])
        pos = chunk_end
        if kind == b"IEND":
            removed += pos < end
            return Cleaned(b"".join(out), removed)
    raise _unreadable("PNG")
