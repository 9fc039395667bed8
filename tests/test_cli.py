"""The `isange` command line as IT staff and scripts use it: real subprocesses, real vault."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from isange_desktop.store.process_lock import ProcessLock

PW = "Admin-pass-2026"
RECOVERY = re.compile(r"^\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5}){7})\s*$", re.MULTILINE)


def _errors(stderr: str) -> list[str]:
    """stderr without the plain-file credential store warning the test setup causes."""
    return [ln for ln in stderr.splitlines() if ln and "plain file" not in ln]


def _snapshot(data_dir: Path) -> dict[str, str]:
    skip = {"login-attempts.json", "vault.lock"}
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(data_dir.iterdir()) if p.is_file() and p.name not in skip}


@pytest.fixture
def vault(cli, tmp_path):
    data = tmp_path / "data"
    r = cli("init", "--data-dir", str(data), "--center-code", "KGL-01", "--center-name",
            "Kacyiru IOSC", "--admin", "admin", "--password-stdin", stdin=f"{PW}\n")
    assert r.returncode == 0, r.stderr
    key = RECOVERY.search(r.stdout)
    assert key, r.stdout
    return data, key.group(1)


def _as_admin(cli, data, *args, extra=""):
    return cli(*args, "--data-dir", str(data), "--user", "admin", "--password-stdin",
               stdin=f"{PW}\n{extra}")


def test_full_admin_round(cli, vault, tmp_path):
    data, recovery = vault
    r = _as_admin(cli, data, "user", "add", "nurse1", "--name", "Uwase Aline", "--role", "nurse",
                  extra="Temp-pass-4821\n")
    assert r.returncode == 0, r.stderr
    r = _as_admin(cli, data, "user", "list")
    assert r.returncode == 0
    assert "nurse1\tUwase Aline\tnurse\tactive (must change password)" in r.stdout
    r = cli("passwd", "--data-dir", str(data), "--user", "nurse1", "--password-stdin",
            stdin="Temp-pass-4821\nNurse-own-pass-9\n")
    assert r.returncode == 0, r.stderr
    r = _as_admin(cli, data, "setting", "set", "idle_lock_minutes", "7")
    assert r.returncode == 0 and "idle_lock_minutes = 7" in r.stdout
    r = _as_admin(cli, data, "audit", "show", "--limit", "3")
    assert r.returncode == 0 and len(r.stdout.strip().splitlines()) == 3
    r = _as_admin(cli, data, "check")
    assert r.returncode == 0 and "cipher_integrity: ok" in r.stdout
    out = tmp_path / "b.isbak"
    r = _as_admin(cli, data, "backup", "--out", str(out))
    assert r.returncode == 0 and out.is_file()
    r = _as_admin(cli, data, "user", "deactivate", "nurse1")
    assert r.returncode == 0
    r = _as_admin(cli, data, "audit", "verify")
    assert r.returncode == 0 and "Audit log intact" in r.stdout

    # The restore drill through the CLI, on a "new laptop" (another credential store)
    cli.env["XDG_DATA_HOME"] = str(tmp_path / "other-keyring")
    fresh = tmp_path / "restored"
    r = cli("restore", str(out), "--data-dir", str(fresh), "--recovery-key-stdin",
            stdin=recovery + "\n")
    assert r.returncode == 0, r.stderr
    r = cli("user", "list", "--data-dir", str(fresh), "--user", "nurse1", "--password-stdin",
            stdin="Nurse-own-pass-9\n")
    assert r.returncode == 4  # the nurse may not list users, but her password opened the vault


# Refused before the vault is unlocked: not a byte of the vault changes.
@pytest.mark.parametrize(
    ("args", "stdin", "code", "needle"),
    [
        (("user", "list", "--user", "admin"), "wrong-password\n", 3, "Wrong user name or password"),
        (("user", "list"), f"{PW}\n", 2, "--user"),
        (("user", "list", "--user", "admin"), "", 2, "standard input"),
        (("audit", "show", "--limit", "0", "--user", "admin"), f"{PW}\n", 2, "--limit"),
        (("setting", "set", "idle_lock_minutes", "x", "--user", "admin"), f"{PW}\n", 2, "invalid"),
    ],
)
def test_refused_before_unlock_changes_nothing(cli, vault, args, stdin, code, needle):
    data, _ = vault
    before = _snapshot(data)
    r = cli(*args, "--data-dir", str(data), "--password-stdin", stdin=stdin)
    assert r.returncode == code, (r.returncode, r.stderr)
    errors = _errors(r.stderr)
    assert len(errors) == 1 and needle in errors[0], r.stderr
    assert "Traceback" not in r.stderr
    assert _snapshot(data) == before


# Refused by a service after login: only the login and logout are recorded, the change is not.
@pytest.mark.parametrize(
    ("args", "stdin", "needle"),
    [
        (("user", "add", "x", "--name", "N", "--role", "nurse"), "Temp-pass-4821\n", "not valid"),
        (("user", "add", "nurse9", "--name", "N", "--role", "doctor"), "Temp-pass-4821\n",
         "Unknown role"),
        (("user", "add", "nurse9", "--name", "N", "--role", "nurse"), "short\n", "10 characters"),
        (("setting", "set", "idle_lock_minutes", "999"), "", "between 1 and 60"),
    ],
)
def test_refused_by_a_service_changes_nothing_but_the_log(cli, vault, args, stdin, needle):
    data, _ = vault
    slots_before = {k: v for k, v in _snapshot(data).items() if k.startswith("keyslots")}
    r = _as_admin(cli, data, *args, extra=stdin)
    assert r.returncode == 2, r.stderr
    errors = _errors(r.stderr)
    assert len(errors) == 1 and needle in errors[0] and "Traceback" not in r.stderr
    assert {k: v for k, v in _snapshot(data).items() if k.startswith("keyslots")} == slots_before
    listing = _as_admin(cli, data, "user", "list").stdout
    assert listing.count("\n") == 1  # still only the admin
    shown = _as_admin(cli, data, "setting", "show", "idle_lock_minutes").stdout
    assert shown.strip() == "idle_lock_minutes = 5"


def test_wrong_recovery_key_and_foreign_backup(cli, vault, tmp_path):
    data, recovery = vault
    wrong = recovery[:-1] + ("0" if recovery[-1] != "0" else "1")
    for file, key, needle in [
        (tmp_path / "nope.isbak", recovery, "No file"),
        (Path(__file__), recovery, "not an Isange backup"),
    ]:
        r = cli("restore", str(file), "--data-dir", str(tmp_path / "x"), "--recovery-key-stdin",
                stdin=key + "\n")
        assert r.returncode == 5 and needle in r.stderr and "Traceback" not in r.stderr
    out = tmp_path / "b.isbak"
    assert _as_admin(cli, data, "backup", "--out", str(out)).returncode == 0
    r = cli("restore", str(out), "--data-dir", str(tmp_path / "y"), "--recovery-key-stdin",
            stdin=wrong + "\n")
    assert r.returncode == 3 and "typing mistake" in r.stderr
    assert not (tmp_path / "y" / "vault.db").exists()


def test_foreign_file_as_vault(cli, vault, tmp_path):
    data, _ = vault
    foreign = tmp_path / "foreign"
    shutil.copytree(data, foreign)
    (foreign / "vault.db").write_bytes(os.urandom(64 * 1024))
    before = _snapshot(foreign)
    r = _as_admin(cli, foreign, "user", "list")
    assert r.returncode == 5 and "cannot be read with this key" in r.stderr
    assert _snapshot(foreign) == before
    # a data folder with no vault at all
    r = _as_admin(cli, tmp_path / "empty", "user", "list")
    assert r.returncode == 5 and "No vault" in r.stderr


def test_missing_credential_store_entry(cli, vault, tmp_path):
    data, _ = vault
    shutil.rmtree(cli.env["XDG_DATA_HOME"])
    r = _as_admin(cli, data, "user", "list")
    assert r.returncode == 6 and "not enrolled" in r.stderr


def test_no_credential_store_at_all_is_an_error_not_a_fallback(cli, tmp_path):
    cli.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    data = tmp_path / "data"
    r = cli("init", "--data-dir", str(data), "--center-code", "KGL-01", "--center-name", "K",
            "--admin", "admin", "--password-stdin", stdin=f"{PW}\n")
    assert r.returncode == 6 and "No credential store" in r.stderr
    assert not (data / "vault.db").exists()
    assert not list(data.glob("keyslots*"))


def test_second_copy_on_the_same_vault(cli, vault):
    data, _ = vault
    lock = ProcessLock(data)
    lock.acquire()
    try:
        r = _as_admin(cli, data, "user", "list")
    finally:
        lock.release()
    assert r.returncode == 7 and "already open" in r.stderr


@pytest.mark.skipif(not shutil.which("setpriv") or os.geteuid() != 0,
                    reason="needs root and setpriv to run the CLI as an unprivileged user")
def test_read_only_data_directory(cli, vault):
    data, _ = vault
    for parent in data.parents:  # pytest's temp folders are root-only
        if str(parent).startswith(tempfile.gettempdir()):
            parent.chmod(parent.stat().st_mode | 0o011)
    for p in [data, *data.iterdir(), Path(cli.env["XDG_DATA_HOME"])]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    for p in Path(cli.env["XDG_DATA_HOME"]).rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    before = _snapshot(data)
    proc = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
         sys.executable, "-m", "isange_desktop.cli", "user", "list", "--data-dir", str(data),
         "--user", "admin", "--password-stdin"],
        input=f"{PW}\n", capture_output=True, text=True, env=cli.env, timeout=60)
    assert proc.returncode == 5, proc.stderr
    assert "cannot be written to" in proc.stderr and "Traceback" not in proc.stderr
    assert _snapshot(data) == before


def test_messages_follow_the_language(cli, vault):
    data, _ = vault
    r = cli("user", "list", "--data-dir", str(data), "--user", "admin", "--password-stdin",
            "--lang", "fr", stdin="faux-mot-de-passe\n")
    assert r.returncode == 3 and "Nom d'utilisateur ou mot de passe incorrect" in r.stderr
    r = cli("user", "list", "--data-dir", str(data), "--user", "admin", "--password-stdin",
            "--lang", "rw", stdin="ijambo-ritari-ryo\n")
    assert r.returncode == 3 and "ijambo ry'ibanga si byo" in r.stderr
