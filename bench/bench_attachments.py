"""Attachments (issue 8): importing and viewing a 20 MB scan (aim under 1 s each), against a
raw SQLCipher INSERT and SELECT of the same bytes, a bare Qt decode and a plain file read.

    python bench/bench_attachments.py            # full run: 7 repetitions, medians
    python bench/bench_attachments.py --quick    # smoke run (CI): 2 repetitions

A real vault (tests/two_centers.py: Argon2 floor, in-memory credential store, temp folder,
Qt offscreen); the nurse adds to and views the worked case. Three files of random pixels
(they do not compress): a PDF, one A4 page at 300 dpi in colour as a JPEG (quality 95, no
chroma subsampling) written by Pillow's PDF driver, ~20 MiB; an uncompressed RGB TIFF 2,480
px wide, 20 MiB; a 12 MP phone JPEG (quality 95) with Exif GPS, which the import strips.
Per repetition and file, interleaved (two warm-up repetitions; a collection before each
timing): add_attachment; raw INSERT + COMMIT on a bare sqlcipher3 connection (raw key, the
vault's pragmas, same folder); read_attachment; raw SELECT; the viewer's decode
(gui/attachment_viewer.decode_image; PDF: gui/pdf_preview._open, page 1 rendered 1,000 px
wide); bare Qt decode (QImage.loadFromData; QPdfDocument on a QBuffer); three views:
read_attachment + viewer decode, raw SELECT + bare decode, plain file (warm) + bare decode.
Reads are of copies added one and two repetitions earlier, out of the connections' caches.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

# two_centers imports conftest, which sets Qt offscreen and the Argon2 floor before Qt loads.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import keyring
import sqlcipher3
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from attachment_files import exif_with_gps, segment
from bench_support import Row, fmt_seconds, load_average, machine_info, timed_cpu
from isange_desktop.gui.attachment_viewer import decode_image
from isange_desktop.gui.pdf_preview import _close, _open
from isange_desktop.services.attachments import add_attachment, read_attachment
from isange_desktop.services.session import UserSession
from isange_desktop.store.memory_keyring import MemoryKeyring
from two_centers import as_, build_centers, worked_case
from vault_workloads import RawInserter

MiB = 1024 * 1024
AIM_SECONDS = 1.0
WARMUP = 2  # repetitions not counted (and the copies the first reads are of)
PAGE_WIDTH = 1000  # pixels: page 1 of a PDF as the 1100 x 820 viewer fits it to its width
ROWS = (
    ("add", "`add_attachment` (role, size, type, metadata walk, SHA-256, store, audit, commit)"),
    ("insert", "baseline: raw SQLCipher INSERT + COMMIT of the same bytes"),
    ("read", "`read_attachment` (role, read, SHA-256 check, audit)"),
    ("select", "baseline: raw SQLCipher SELECT of the blob"),
    ("decode", "the viewer's decode (`decode_image`; PDF: `_open` + render page 1)"),
    ("bare", "bare Qt decode (`QImage.loadFromData`; QPdfDocument + render page 1)"),
    ("view", "**view**: `read_attachment` + the viewer's decode"),
    ("view raw", "baseline: raw SELECT + bare Qt decode"),
    ("view disk", "baseline: plain file read (warm cache) + bare Qt decode"),
)
RATIOS = (("import / raw INSERT", "add", "insert"), ("read / raw SELECT", "read", "select"),
          ("viewer decode / bare decode", "decode", "bare"),
          ("view / (raw SELECT + bare decode)", "view", "view raw"),
          ("view / (plain file + bare decode)", "view", "view disk"))


@dataclass
class Scan:
    label: str
    path: Path  # the same bytes in a plain file (the disk baseline)
    data: bytes
    decode: Callable[[bytes], QImage]  # the app's
    bare: Callable[[bytes], QImage]
    stored: int = 0
    removed: int = 0


def noise(width: int, height: int) -> Image.Image:
    return Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))


def encoded(image: Image.Image, kind: str, **options: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, format=kind, **options)
    return out.getvalue()


def phone_photo() -> bytes:
    """A 12 MP JPEG as a phone leaves it: JFIF, then Exif with GPS, then the picture."""
    plain = encoded(noise(4032, 3024), "JPEG", quality=95)
    jfif_end = 4 + int.from_bytes(plain[4:6], "big")
    return plain[:jfif_end] + segment(0xE1, exif_with_gps()) + plain[jfif_end:]


def page_size(document: QPdfDocument) -> QSize:
    points = document.pagePointSize(0)
    return QSize(PAGE_WIDTH, round(PAGE_WIDTH * points.height() / points.width()))


def app_pdf(data: bytes) -> QImage:
    """The viewer's way in (pdf_preview._open: a QBuffer, never a file), then page 1."""
    document, buffer = _open(data)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            return QImage()
        return document.render(0, page_size(document))
    finally:
        _close(document, buffer)


def bare_pdf(data: bytes) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    image = document.render(0, page_size(document))
    document.close()
    return image


def bare_image(data: bytes) -> QImage:
    image = QImage()
    image.loadFromData(data)
    return image


def raw_insert(raw: RawInserter, data: bytes) -> int:
    raw.cur.execute("BEGIN IMMEDIATE")
    raw.cur.execute("INSERT INTO blobs (data) VALUES (?)", (data,))
    rowid = raw.cur.lastrowid
    raw.cur.execute("COMMIT")
    return int(rowid or 0)


def raw_select(raw: RawInserter, rowid: int) -> bytes:
    return bytes(raw.cur.execute("SELECT data FROM blobs WHERE id = ?", (rowid,)).fetchone()[0])


def decoded(decode: Callable[[bytes], QImage], fn: Callable[..., bytes], *args: Any) -> QImage:
    """A view: the bytes from ``fn``, then decoded for display."""
    return decode(fn(*args))


def measure(nurse: UserSession, number: str, raw: RawInserter, scans: list[Scan],
            reps: int) -> dict[tuple[str, str], Row]:
    rows: dict[tuple[str, str], Row] = {}
    added_ids: dict[str, list[tuple[int, int]]] = {}  # per file: attachment ids and raw rows
    for rep in range(reps + WARMUP):
        for scan in scans:
            def run(key: str, fn: Callable[[], Any], label: str = scan.label,
                    kept: bool = rep >= WARMUP) -> Any:
                if not kept:
                    return fn()
                row = rows.setdefault((label, key), Row(label, key, [], cpu=[]))
                return timed_cpu(fn, row.samples, row.cpu)

            added = run("add", partial(add_attachment, nurse, number, scan.data,
                                       file_name=scan.path.name))
            scan.stored, scan.removed = added.info.size, added.metadata_removed
            inserted = run("insert", partial(raw_insert, raw, scan.data))
            # Reads are of copies added one and two repetitions earlier: the other files have
            # gone through since, so the connections' page caches have moved on.
            past = added_ids.setdefault(scan.label, [])
            past.append((added.info.id, inserted))
            (seen, rowid), (viewed, view_row) = past[-min(2, len(past))], past[-min(3, len(past))]
            stored = run("read", partial(read_attachment, nurse, seen))
            if run("select", partial(raw_select, raw, rowid)) != scan.data \
                    or len(stored) != added.info.size:
                raise SystemExit(f"{scan.label}: the bytes did not come back as stored")
            if run("decode", partial(scan.decode, stored)).isNull() \
                    or run("bare", partial(scan.bare, scan.data)).isNull():
                raise SystemExit(f"{scan.label}: Qt could not decode it")
            run("view", partial(decoded, scan.decode, read_attachment, nurse, viewed))
            run("view raw", partial(decoded, scan.bare, raw_select, raw, view_row))
            run("view disk", partial(decoded, scan.bare, scan.path.read_bytes))
    return rows


def render(rows: dict[tuple[str, str], Row], scans: list[Scan], machine: list[tuple[str, str]],
           argv: list[str], wall: float, rss: tuple[int, int]) -> str:
    out = ["## Machine", "", "| | |", "|---|---|", *(f"| {k} | {v} |" for k, v in machine)]
    n = len(rows[(scans[0].label, "add")].samples)
    out += ["", f"Command: `{' '.join(['python bench/bench_attachments.py', *argv])}`; wall "
            f"time {wall:.0f} s; peak RSS {rss[0] / 1024:.0f} MiB after making the vault and "
            f"the files, {rss[1] / 1024:.0f} MiB at the end.", "", "## Files", "",
            "| file | bytes | stored | metadata removed |", "|---|---:|---:|---:|",
            *(f"| {s.label} | {len(s.data) / MiB:.2f} MiB | {s.stored / MiB:.2f} MiB | "
              f"{s.removed} |" for s in scans),
            "", f"## Figures (medians of {n}; CPU time in brackets)", "",
            "| measurement | " + " | ".join(s.label for s in scans) + " |",
            "|---|" + "---:|" * len(scans)]
    for key, what in ROWS:
        cells = (rows[(s.label, key)] for s in scans)
        out.append(f"| {what} | " + " | ".join(
            f"{fmt_seconds(r.p50)} ({fmt_seconds(r.cpu_p50 or 0.0)})" for r in cells) + " |")
    out += ["", "## Ratios (medians)", "", "| ratio | " + " | ".join(s.label for s in scans)
            + " |", "|---|" + "---:|" * len(scans)]
    for name, a, b in RATIOS:
        out.append(f"| {name} | " + " | ".join(
            f"{rows[(s.label, a)].p50 / rows[(s.label, b)].p50:.2f}x" for s in scans) + " |")
    out += ["", "## Aims", "", "| aim (issue 8) | " + " | ".join(s.label for s in scans)
            + " |", "|---|" + "---|" * len(scans)]
    for name, key in (("importing under 1 s", "add"), ("viewing under 1 s", "view")):
        out.append(f"| {name} | " + " | ".join(
            f"{fmt_seconds(p)}: {'met' if p < AIM_SECONDS else 'NOT met'}"
            for p in (rows[(s.label, key)].p50 for s in scans)) + " |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="2 repetitions, for a smoke run")
    parser.add_argument("--reps", type=int, default=None, help="repetitions (default 7)")
    parser.add_argument("--dir", type=Path, default=None,
                        help="where to make the temporary folder (default: system temp)")
    parser.add_argument("--json", type=Path, default=None, help="also write raw samples here")
    args = parser.parse_args(argv)
    reps = args.reps or (2 if args.quick else 7)
    keyring.set_keyring(MemoryKeyring())
    _app = QApplication.instance() or QApplication([sys.argv[0]])
    wall = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="isange-bench-", dir=args.dir) as tmp:
        root = Path(tmp)
        machine = machine_info(root)
        print("vault and files ...", file=sys.stderr, flush=True)
        centers = build_centers(root / "centers")
        number = worked_case(centers)
        scans = [
            Scan("PDF scan", root / "scan.pdf", encoded(noise(2480, 3508), "PDF", resolution=300,
                 quality=95, subsampling=0), app_pdf, bare_pdf),
            Scan("TIFF scan", root / "scan.tif", encoded(noise(2480, 20 * MiB // 7440), "TIFF"),
                 decode_image, bare_image),
            Scan("phone JPEG", root / "photo.jpg", phone_photo(), decode_image, bare_image)]
        for scan in scans:
            scan.path.write_bytes(scan.data)
        raw = RawInserter(root / "raw.db", ["CREATE TABLE blobs (id INTEGER PRIMARY KEY, "
                                            "data BLOB NOT NULL)"],
                          key=os.urandom(32), driver=sqlcipher3.connect)
        rss_setup = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"{reps} repetitions ...", file=sys.stderr, flush=True)
        try:
            with as_(centers.kigali, "nurse") as nurse:
                rows = measure(nurse, number, raw, scans, reps)
        finally:
            raw.close()
    rss_end = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    machine.append(("load average at end", load_average()))
    shown = sys.argv[1:] if argv is None else argv
    print(render(rows, scans, machine, shown, time.perf_counter() - wall, (rss_setup, rss_end)))
    if args.json:
        args.json.write_text(json.dumps({f"{a} / {b}": r.samples for (a, b), r in rows.items()},
                                        indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
