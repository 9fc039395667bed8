"""Files to attach, made in memory: real images (Pillow, which reportlab already brings) with
metadata blocks built by hand, a minimal PDF, and large JPEG-like files for the benchmark.

The Exif block is written byte by byte (TIFF header, IFD0 with the camera's make and model
and a pointer to a GPS IFD holding a latitude and longitude near Kigali), so the test knows
exactly what must disappear; Pillow then reads it back, which proves the block is one a real
reader finds.
"""

from __future__ import annotations

import io
import os
import struct

from PIL import Image
from PIL.PngImagePlugin import PngInfo

MAKE = b"CanaryPhone"  # 11 characters: with its NUL, 12 bytes
MODEL = b"GPS-Model-7"
XMP_PLACE = b"Kimironko-canary-place"
COMMENT = b"taken at home-canary"
TRAILER = b"APPENDED-depth-map-canary"
GPS_TAG = 0x8825


def _entry(tag: int, kind: int, count: int, value: bytes | int) -> bytes:
    packed = value if isinstance(value, bytes) else struct.pack(">I", value)
    return struct.pack(">HHI", tag, kind, count) + packed.ljust(4, b"\x00")


def exif_with_gps() -> bytes:
    """An APP1 Exif body: "Exif\\0\\0", then a big-endian TIFF structure (layout in offsets:
    header 0, IFD0 8, make 50, model 62, GPS IFD 74, latitude 128, longitude 152)."""
    ifd0 = struct.pack(">H", 3) + b"".join((
        _entry(0x010F, 2, len(MAKE) + 1, 50), _entry(0x0110, 2, len(MODEL) + 1, 62),
        _entry(GPS_TAG, 4, 1, 74))) + struct.pack(">I", 0)
    gps = struct.pack(">H", 4) + b"".join((
        _entry(1, 2, 2, b"S\x00"), _entry(2, 5, 3, 128),
        _entry(3, 2, 2, b"E\x00"), _entry(4, 5, 3, 152))) + struct.pack(">I", 0)
    latitude = struct.pack(">6I", 1, 1, 56, 1, 40, 1)  # 1 deg 56' 40" S: Kigali
    longitude = struct.pack(">6I", 30, 1, 3, 1, 44, 1)  # 30 deg 3' 44" E
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + ifd0 + MAKE + b"\x00" + MODEL + b"\x00" \
        + gps + latitude + longitude
    assert len(tiff) == 176
    return b"Exif\x00\x00" + tiff


def segment(marker: int, body: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(body) + 2) + body


def picture(size: tuple[int, int] = (24, 16)) -> Image.Image:
    image = Image.new("RGB", size)
    image.putdata([(x * 10 % 256, y * 15 % 256, (x + y) * 7 % 256)
                   for y in range(size[1]) for x in range(size[0])])
    return image


def plain_jpeg() -> bytes:
    out = io.BytesIO()
    picture().save(out, format="JPEG", quality=90)
    return out.getvalue()


def phone_jpeg() -> bytes:
    """A JPEG as a phone leaves it: JFIF, then Exif with GPS, XMP naming a place, a comment,
    the image, and data appended after its end."""
    plain = plain_jpeg()
    assert plain[2:4] == b"\xff\xe0"  # Pillow writes JFIF first: keep it first
    jfif_end = 4 + struct.unpack(">H", plain[4:6])[0]
    xmp = b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>" + XMP_PLACE + b"</x:xmpmeta>"
    return (plain[:jfif_end] + segment(0xE1, exif_with_gps()) + segment(0xE1, xmp)
            + segment(0xFE, COMMENT) + plain[jfif_end:] + TRAILER)


def phone_png() -> bytes:
    """A PNG with text, international text and Exif chunks."""
    info = PngInfo()
    info.add_text("Location", XMP_PLACE.decode())
    info.add_itxt("Comment", COMMENT.decode())
    exif = Image.Exif()
    exif[0x010F] = MAKE.decode()
    out = io.BytesIO()
    picture().save(out, format="PNG", pnginfo=info, exif=exif)
    return out.getvalue()


def scan_tiff() -> bytes:
    out = io.BytesIO()
    picture((40, 30)).convert("L").save(out, format="TIFF")
    return out.getvalue()


def pdf(text: bytes = b"Referral letter") -> bytes:
    """A one-page PDF: small, and enough for what is checked (its signature, its bytes)."""
    stream = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Contents 4 0 R >> endobj\n"
            b"4 0 obj << /Length " + str(len(stream)).encode() + b" >> stream\n" + stream
            + b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def decoded(data: bytes) -> tuple[tuple[int, int], bytes]:
    with Image.open(io.BytesIO(data)) as image:
        return image.size, image.tobytes()


def gps_of(data: bytes) -> dict[int, object]:
    with Image.open(io.BytesIO(data)) as image:
        return dict(image.getexif().get_ifd(GPS_TAG))


def jpeg_like(size: int) -> bytes:
    """``size`` bytes that hold together as a JPEG (frame, tables, one scan, end marker)
    around random, incompressible entropy-coded data, as a large scan's would be: what the
    benchmark's 20 MB of attachments are made of. The data holds no 0xFF (each is made 0xFE),
    so no marker hides in it."""
    head = (b"\xff\xd8" + segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
            + segment(0xDB, b"\x00" + bytes(range(1, 65)))
            + segment(0xC0, b"\x08\x10\x00\x10\x00\x01\x01\x11\x00")
            + segment(0xC4, b"\x00" + bytes([0, 1] + [0] * 14) + b"\x00")
            + segment(0xDA, b"\x01\x01\x00\x00\x3f\x00"))
    body = os.urandom(size - len(head) - 2).replace(b"\xff", b"\xfe")
    return head + body + b"\xff\xd9"
