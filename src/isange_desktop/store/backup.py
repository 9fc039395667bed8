"""Backups: one file holding the encrypted database, the key slots and a manifest.

The database is copied with SQLCipher's own ``sqlcipher_export`` into a file keyed with the same
key, reopened and checked (integrity, cipher HMACs, row counts) before the backup counts as done.
The key slots travel with it, so the recovery key alone opens a backup on a new laptop.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from isange_desktop.errors import VaultError
from isange_desktop.store.atomic_file import fsync_dir
from isange_desktop.store.engine import key_pragma
from isange_desktop.store.keyslots import SlotFile
from isange_desktop.store.types import utcnow

FORMAT = "isange-backup"
VERSION = 1
MEMBER_DB = "vault.db"
MEMBER_SLOTS = "keyslots.json"
MEMBER_MANIFEST = "manifest.json"
# A backup holds one vault; anything much larger than a center could produce is refused.
MAX_DB_BYTES = 64 * 1024**3


@dataclass(frozen=True)
class BackupReport:
    path: Path
    size: int
    sha256: str
    row_counts: dict[str, int]


def table_counts(conn: Any) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name").fetchall()]
    # Table names come from sqlite_master, not from input; identifiers cannot be bound.
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]  # noqa: S608
            for n in names}


def check_database_file(path: Path, key: bytes) -> dict[str, int]:
    """Open a keyed copy on its own and prove it whole; returns its row counts."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(key_pragma(key))
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise VaultError("backup.verify_failed")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise VaultError("backup.verify_failed")
        return table_counts(conn)
    except sqlcipher3.DatabaseError as exc:
        raise VaultError("backup.verify_failed") from exc
    finally:
        conn.close()


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _export(dbapi_conn: Any, target: Path, key: bytes) -> dict[str, int]:
    cur = dbapi_conn.cursor()
    # SQLite refuses ATTACH inside a transaction, so attach first, then take one snapshot for
    # both the copy and the counts it is checked against.
    cur.execute("ATTACH DATABASE ? AS isange_backup KEY ?", (str(target), f"x'{key.hex()}'"))
    try:
        cur.execute("BEGIN")
        try:
            counts = table_counts(cur)
            cur.execute("SELECT sqlcipher_export('isange_backup')")
        finally:
            cur.execute("COMMIT")
        return counts
    finally:
        cur.execute("DETACH DATABASE isange_backup")
        cur.close()


def write_backup(vault: Any, out: Path) -> BackupReport:
    """``vault`` is an open store.vault.Vault (not imported: vault imports this module)."""
    out = out.absolute()
    if out.exists():
        raise VaultError("backup.exists", path=str(out))
    if not out.parent.is_dir() or not os.access(out.parent, os.W_OK):
        raise VaultError("backup.cannot_write", path=str(out.parent))
    tmp_db = out.with_name(f".{out.name}.{os.getpid()}.db")
    tmp_zip = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        with vault.dbapi() as conn:
            source_counts = _export(conn, tmp_db, vault.key)
        if check_database_file(tmp_db, vault.key) != source_counts:
            raise VaultError("backup.verify_failed")
        digest = _sha256_file(tmp_db)
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": vault.vault_id,
            "created_at": utcnow().isoformat(timespec="seconds"),
            "db_sha256": digest,
            "db_size": tmp_db.stat().st_size,
            "row_counts": source_counts,
        }
        # Owner-only, like the vault itself (zipfile would create it with the umask's mode).
        fd = os.open(tmp_zip, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        with os.fdopen(fd, "wb") as raw, \
                zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(MEMBER_MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
            zf.writestr(MEMBER_SLOTS, vault.slots.to_bytes())
            zf.write(tmp_db, MEMBER_DB)
        with tmp_zip.open("rb+") as fh:
            os.fsync(fh.fileno())
        # Read the written file back before calling it a backup.
        if read_manifest(tmp_zip)["db_sha256"] != digest or _member_sha256(tmp_zip) != digest:
            raise VaultError("backup.verify_failed")
        os.replace(tmp_zip, out)
        fsync_dir(out.parent)
        return BackupReport(out, out.stat().st_size, digest, source_counts)
    finally:
        for tmp in (tmp_db, tmp_zip):
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


def _member_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with zipfile.ZipFile(path) as zf, zf.open(MEMBER_DB) as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def read_manifest(path: Path) -> dict[str, Any]:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if not {MEMBER_DB, MEMBER_SLOTS, MEMBER_MANIFEST} <= names:
                raise VaultError("backup.not_a_backup", path=str(path))
            manifest = json.loads(zf.read(MEMBER_MANIFEST))
            info = zf.getinfo(MEMBER_DB)
    except (zipfile.BadZipFile, ValueError, OSError, KeyError) as exc:
        raise VaultError("backup.not_a_backup", path=str(path)) from exc
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise VaultError("backup.not_a_backup", path=str(path))
    if info.file_size > MAX_DB_BYTES or info.file_size != manifest.get("db_size"):
        raise VaultError("backup.damaged", path=str(path))
    return dict(manifest)


def read_slots(path: Path) -> SlotFile:
    with zipfile.ZipFile(path) as zf:
        return SlotFile.from_bytes(zf.read(MEMBER_SLOTS))


def extract_database(path: Path, target: Path, manifest: dict[str, Any], key: bytes) -> None:
    """Copy the database out of the backup and prove it is the one the manifest describes."""
    h = hashlib.sha256()
    try:
        with zipfile.ZipFile(path) as zf, zf.open(MEMBER_DB) as src, target.open("xb") as dst:
            while chunk := src.read(1 << 20):
                h.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except (zipfile.BadZipFile, OSError) as exc:
        raise VaultError("backup.damaged", path=str(path)) from exc
    if h.hexdigest() != manifest["db_sha256"]:
        raise VaultError("backup.damaged", path=str(path))
    if check_database_file(target, key) != manifest["row_counts"]:
        raise VaultError("backup.damaged", path=str(path))
