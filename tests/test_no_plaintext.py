"""No staff or center name ever reaches the disk in clear.

Canary strings go in as the center name, display names and a login; after creating the vault,
editing it (new user, failed login, setting change, password changes) and taking a backup,
every file in the data folder, the backup (its raw bytes and each member unpacked) and every
file in the system temp folder touched since the test began is searched for each canary in
UTF-8 (NFC and NFD) and UTF-16LE. A planted file proves the search would have found them.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from isange_desktop.domain.roles import Role
from isange_desktop.errors import AuthError
from isange_desktop.services import vault_admin
from isange_desktop.services.session import login, logout
from isange_desktop.services.settings import get_setting, set_setting
from isange_desktop.services.users import add_user, change_password, list_users

CANARY_ASCII = "Nyirabukeye-CANARY-7f3a"
CANARY_ACCENTED = "Ùwimanà-Canari-91"
CANARY_LOGIN = "nyirabukeye7f3a"  # logins must be lowercase ASCII; the slot file hashes them
CANARIES = (CANARY_ASCII, CANARY_ACCENTED, CANARY_LOGIN)

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-pass-2026"
ADMIN_NEW_PASSWORD = "Admin-pass-2027!"
TEMP_PASSWORD = "Temp-pass-2026"
NURSE_NEW_PASSWORD = "Nurse-pass-2026!"

CHUNK = 1 << 20
# Files this module plants on purpose; the vault test's searches pass over them, so a run of
# this module in another process at the same time cannot trip it.
PLANTED = "isange-planted-"


def needles(canaries: Iterable[str] = CANARIES) -> dict[bytes, str]:
    """Every byte form a canary could take on disk, mapped to a readable label."""
    found: dict[bytes, str] = {}
    for canary in canaries:
        for form in ("NFC", "NFD"):
            text = unicodedata.normalize(form, canary)
            found.setdefault(text.encode("utf-8"), f"{canary!r} as UTF-8 {form}")
            found.setdefault(text.encode("utf-16-le"), f"{canary!r} as UTF-16LE {form}")
    return found


def scan_bytes(stream: Iterator[bytes], patterns: dict[bytes, str]) -> set[str]:
    """Labels of the patterns found in a stream of chunks (also across chunk boundaries)."""
    keep = max(len(p) for p in patterns) - 1
    tail = b""
    hits: set[str] = set()
    for chunk in stream:
        window = tail + chunk
        hits.update(label for p, label in patterns.items() if p in window)
        tail = window[-keep:]
    return hits


def _chunks(path: Path, size: int = CHUNK) -> Iterator[bytes]:
    with path.open("rb") as fh:
        while chunk := fh.read(size):
            yield chunk


def scan_file(path: Path, patterns: dict[bytes, str], *, size: int = CHUNK) -> set[str]:
    return scan_bytes(_chunks(path, size), patterns)


def files_under(root: Path, *, modified_since: float | None = None,
                skip_planted: bool = False) -> Iterator[Path]:
    """Regular files below root (symlinks not followed), optionally only recently modified."""
    for folder, _dirs, names in os.walk(root, onerror=lambda _e: None):
        for name in names:
            if skip_planted and name.startswith(PLANTED):
                continue
            path = Path(folder, name)
            try:
                info = path.lstat()
            except OSError:
                continue
            if not stat.S_ISREG(info.st_mode):
                continue
            if modified_since is not None and info.st_mtime < modified_since:
                continue
            yield path


def scan_tree(root: Path, patterns: dict[bytes, str], *, modified_since: float | None = None,
              skip_planted: bool = False) -> tuple[dict[Path, set[str]], set[Path]]:
    """(hits by file, every file actually read); unreadable or vanished files are skipped."""
    hits: dict[Path, set[str]] = {}
    scanned: set[Path] = set()
    for path in files_under(root, modified_since=modified_since, skip_planted=skip_planted):
        try:
            found = scan_file(path, patterns)
        except OSError:  # unreadable (another user's file) or gone meanwhile
            continue
        scanned.add(path)
        if found:
            hits[path] = found
    return hits, scanned


def scan_backup(path: Path, patterns: dict[bytes, str]) -> dict[str, set[str]]:
    """The backup's raw bytes and each member unpacked (in case members get compressed)."""
    hits: dict[str, set[str]] = {}
    raw = scan_file(path, patterns)
    if raw:
        hits[str(path)] = raw
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            with zf.open(name) as member:
                found = scan_bytes(iter(lambda m=member: m.read(CHUNK), b""), patterns)
            if found:
                hits[f"{path}!{name}"] = found
    return hits


# -- the scanner itself works --------------------------------------------------------------------

def test_scanner_finds_a_planted_canary_in_every_encoding(tmp_path: Path) -> None:
    # Given plain files holding each canary in UTF-8 and UTF-16LE, one straddling two read
    # chunks, and one file without any canary
    patterns = needles()
    planted = tmp_path / "planted"
    planted.mkdir()
    try:
        for i, canary in enumerate(CANARIES):
            utf8, utf16 = planted / f"{PLANTED}utf8-{i}.txt", planted / f"{PLANTED}utf16-{i}.txt"
            utf8.write_bytes(b"x" * 100 + canary.encode("utf-8"))
            utf16.write_bytes(canary.encode("utf-16-le") + b"\0" * 7)
        straddling = planted / f"{PLANTED}straddling.bin"
        straddling.write_bytes(b"\0" * 61 + CANARY_ACCENTED.encode("utf-8") + b"\0" * 61)
        clean = planted / f"{PLANTED}clean.bin"
        clean.write_bytes(os.urandom(4096) + b"Nyirabukeye-CANARY-7f3b")
        deflated = planted / f"{PLANTED}deflated.zip"
        with zipfile.ZipFile(deflated, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("names.txt", CANARY_ASCII * 50)

        # When the same scanner used below reads them
        hits, scanned = scan_tree(planted, patterns)

        # Then every planted canary is found, in the encoding it was written in, and nothing
        # else
        for i, canary in enumerate(CANARIES):
            assert f"{canary!r} as UTF-8 NFC" in hits[planted / f"{PLANTED}utf8-{i}.txt"]
            assert f"{canary!r} as UTF-16LE NFC" in hits[planted / f"{PLANTED}utf16-{i}.txt"]
        assert scan_file(straddling, patterns, size=64) == {f"{CANARY_ACCENTED!r} as UTF-8 NFC"}
        assert clean in scanned
        assert clean not in hits
        # (a compressed member hides from a raw search; the backup search unpacks members)
        assert deflated not in hits
        assert scan_backup(deflated, patterns) == {
            f"{deflated}!names.txt": {f"{CANARY_ASCII!r} as UTF-8 NFC"}}
    finally:
        # tmp_path lives in the temp folder, which the vault test below searches (it passes
        # over these names, but leave nothing behind anyway)
        for path in planted.iterdir():
            path.unlink()


# -- the vault ------------------------------------------------------------------------------------

def test_names_never_reach_the_disk_in_clear(data_dir: Path, tmp_path: Path) -> None:
    patterns = needles()
    temp_root = Path(tempfile.gettempdir())
    # File times can be coarser than the clock; a second of slack errs on scanning more.
    started = time.time() - 1.0
    backup_file = tmp_path / "out" / "center.isbak"
    backup_file.parent.mkdir()

    # Given a vault created with a canary in the center name and the admin's display name
    vault_admin.init_vault(
        data_dir, center_code="KGL-01", center_name=f"IOSC {CANARY_ASCII} {CANARY_ACCENTED}",
        admin_login=ADMIN, admin_name=f"{CANARY_ACCENTED} {CANARY_ASCII}",
        admin_password=ADMIN_PASSWORD,
    )

    # When it is edited: a user with a canary login and display name, a failed login for that
    # user, a setting change, both users changing their password, and a backup
    session = login(data_dir, ADMIN, ADMIN_PASSWORD)
    try:
        add_user(session, CANARY_LOGIN, f"{CANARY_ASCII} {CANARY_ACCENTED}",
                 frozenset({Role.NURSE}), TEMP_PASSWORD)
        set_setting(session, "idle_lock_minutes", 17)
        change_password(session, ADMIN_PASSWORD, ADMIN_NEW_PASSWORD)
        names = {u.login: u.display_name for u in list_users(session)}
        open_hits, open_scanned = scan_tree(data_dir, patterns, skip_planted=True)  # WAL open
    finally:
        logout(session)
    with pytest.raises(AuthError):
        login(data_dir, CANARY_LOGIN, "Wrong-password-1")
    nurse = login(data_dir, CANARY_LOGIN, TEMP_PASSWORD)
    try:
        change_password(nurse, TEMP_PASSWORD, NURSE_NEW_PASSWORD)
    finally:
        logout(nurse)
    session = login(data_dir, ADMIN, ADMIN_NEW_PASSWORD)
    try:
        assert get_setting(session, "idle_lock_minutes") == 17
        vault_admin.backup(session, backup_file)
    finally:
        logout(session)

    # Then the names did go in (the scan has something to miss) ...
    assert names == {ADMIN: f"{CANARY_ACCENTED} {CANARY_ASCII}",
                     CANARY_LOGIN: f"{CANARY_ASCII} {CANARY_ACCENTED}"}
    # ... no file in the data folder holds one, while open or after closing ...
    data_hits, data_scanned = scan_tree(data_dir, patterns, skip_planted=True)
    assert open_hits == {}
    assert data_hits == {}
    assert {p.name for p in open_scanned} >= {"vault.db", "vault.db-wal", "keyslots.json"}
    assert {p.name for p in data_scanned} >= {
        "vault.db", "keyslots.json", "keyslots.copy.json", "login-attempts.json"}
    # ... nor the backup, raw or unpacked ...
    assert scan_backup(backup_file, patterns) == {}
    # ... nor anything written to the temp folder since the test began
    temp_hits, temp_scanned = scan_tree(temp_root, patterns, modified_since=started,
                                         skip_planted=True)
    assert temp_hits == {}
    assert backup_file in temp_scanned or not backup_file.is_relative_to(temp_root)

    # And the same searches (walk, time filter, patterns) do find canaries planted where they
    # looked
    planted_data = data_dir / f"{PLANTED}notes.txt"
    planted_data.write_text(f"note: {CANARY_ACCENTED}", encoding="utf-8")
    fd, name = tempfile.mkstemp(prefix=PLANTED, dir=temp_root)
    os.close(fd)
    planted_temp = Path(name)
    try:
        planted_temp.write_bytes(CANARY_ASCII.encode("utf-16-le"))
        assert scan_tree(data_dir, patterns)[0] == {
            planted_data: {f"{CANARY_ACCENTED!r} as UTF-8 NFC"}}
        assert scan_tree(temp_root, patterns, modified_since=started)[0][planted_temp] == {
            f"{CANARY_ASCII!r} as UTF-16LE NFC"}
    finally:
        planted_temp.unlink()
        planted_data.unlink()
