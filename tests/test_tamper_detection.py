"""Tampering is noticed: a flipped byte in the vault file, and audit rows changed underneath the
service layer by someone holding the database key.

(a) SQLCipher authenticates every page (HMAC), so one flipped byte anywhere must make the vault
    refuse to open or make `isange check` fail, clearly: an exit code, one line about damage,
    no traceback.
(b) With the key, an attacker can drop the guard triggers and edit, delete or cut audit
    events. audit.verify must name the first broken sequence number, and so must
    `isange audit verify`.

CLI tests use the `cli` fixture's plain-file credential store: a vault made once per module
with the real `isange init` is copied (data folder and credential file) into each test's tmp
folder. In-process tests use their own vault and the in-memory credential store; the two are
never mixed.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlcipher3

from isange_desktop.audit.chain import genesis_hash
from isange_desktop.audit.verify import VerifyReport, verify
from isange_desktop.errors import VaultError
from isange_desktop.services import vault_admin
from isange_desktop.services.session import login, logout
from isange_desktop.services.settings import set_setting
from isange_desktop.store.center_identity import checkpoint_keys
from isange_desktop.store.engine import open_raw
from isange_desktop.store.recovery_key import parse_key
from isange_desktop.store.vault import db_path, unlock_with_recovery

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-pass-2026"
PAGE = 4096  # SQLCipher 4 default page size
MIGRATION = Path(__file__).parents[1] / "migrations" / "versions" / "0001_core.py"
# The guards an attacker must drop to change or remove audit rows; audit_head_advance (which
# keeps the head up to date) stays, see test_cli_names_the_break_even_with_every_trigger_gone.
AUDIT_ROW_GUARDS = ("audit_events_no_update", "audit_events_no_delete", "audit_events_chain")


def all_guard_triggers() -> list[str]:
    """Every trigger the core migration creates, read from the migration itself."""
    return re.findall(r"CREATE TRIGGER (\w+)", MIGRATION.read_text("utf-8"))


# -- a pristine CLI vault, made once --------------------------------------------------------------

@dataclass(frozen=True)
class Pristine:
    home: Path  # holds "vault" and "xdg-data", laid out as the `cli` fixture expects
    recovery_key: str


def _cli_env(home: Path) -> dict[str, str]:
    # The same environment as tests/conftest.py's Cli, for a module-scoped vault.
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(home / "xdg-data"), "ISANGE_ARGON2_FLOOR": "1",
            "ISANGE_LANG": "en"}


def _run(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "isange_desktop.cli", *args], input=stdin,
                          capture_output=True, text=True, env=_cli_env(home), timeout=120)


def _as_admin(*args: str) -> list[str]:
    return [*args, "--user", ADMIN, "--password-stdin"]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Pristine:
    home = tmp_path_factory.mktemp("pristine")
    vault = str(home / "vault")
    made = _run(home, "init", "--data-dir", vault, "--center-code", "KGL-01",
                "--center-name", "Kacyiru IOSC", "--admin", ADMIN, "--password-stdin",
                stdin=f"{ADMIN_PASSWORD}\n{ADMIN_PASSWORD}\n")
    assert made.returncode == 0, made.stderr
    recovery = re.search(r"^\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5})+)\s*$", made.stdout, re.MULTILINE)
    assert recovery, made.stdout
    added = _run(home, *_as_admin("user", "add", "nurse1", "--name", "Uwase Aline", "--role",
                                  "nurse", "--data-dir", vault),
                 stdin=f"{ADMIN_PASSWORD}\nTemp-pass-2026\nTemp-pass-2026\n")
    assert added.returncode == 0, added.stderr
    for minutes in (7, 9):
        changed = _run(home, *_as_admin("setting", "set", "idle_lock_minutes", str(minutes),
                                        "--data-dir", vault), stdin=f"{ADMIN_PASSWORD}\n")
        assert changed.returncode == 0, changed.stderr
    # Closed cleanly: everything is in vault.db, nothing left in a WAL
    assert not (home / "vault" / "vault.db-wal").exists()
    return Pristine(home, recovery.group(1))


@pytest.fixture
def cli_vault(pristine: Pristine, tmp_path: Path, cli) -> Path:
    """A copy of the pristine vault where the `cli` fixture looks for it; its data folder."""
    for name in ("vault", "xdg-data"):
        shutil.copytree(pristine.home / name, tmp_path / name)
    return tmp_path / "vault"


def admin(cli, data_dir: Path, *args: str):
    return cli(*_as_admin(*args, "--data-dir", str(data_dir)), stdin=f"{ADMIN_PASSWORD}\n")


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def assert_clear_refusal(result, *, words: str = "damaged") -> None:
    assert result.returncode != 0
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert "ok   cipher_integrity" not in result.stdout


# -- (a) a flipped byte in the vault file ---------------------------------------------------------

@pytest.mark.parametrize("where", ["middle page", "last page"])
def test_cli_check_fails_clearly_on_a_flipped_byte_past_page_one(cli, cli_vault: Path,
                                                                  where: str) -> None:
    # Given a healthy vault that `isange check` passes
    healthy = admin(cli, cli_vault, "check")
    assert healthy.returncode == 0, healthy.stderr
    assert "ok   cipher_integrity: ok" in healthy.stdout
    vault_file = db_path(cli_vault)
    pages = vault_file.stat().st_size // PAGE
    assert pages >= 4
    page = pages // 2 if where == "middle page" else pages - 1

    # When one byte in that page flips while the vault is closed
    flip_byte(vault_file, page * PAGE + 1000)

    # Then `isange check` fails with an exit code and one clear line about damage
    assert_clear_refusal(admin(cli, cli_vault, "check"))


def test_cli_refuses_to_open_a_vault_whose_first_page_is_damaged(cli, cli_vault: Path) -> None:
    # Given a healthy vault; When a byte of page 1 past the 16-byte salt flips
    flip_byte(db_path(cli_vault), 100)

    # Then logging in (for `check`, or anything else) fails clearly: the file cannot be read
    result = admin(cli, cli_vault, "check")
    assert_clear_refusal(result)
    assert result.returncode == VaultError.exit_code
    assert "cannot be read with this key" in result.stderr


@pytest.fixture
def closed_vault_bytes(new_vault) -> tuple[Path, bytes]:
    """An in-process vault with some data, logged out; its data folder and vault.db bytes."""
    session = login(new_vault.data_dir, ADMIN, ADMIN_PASSWORD)
    try:
        for minutes in range(1, 30):
            set_setting(session, "idle_lock_minutes", minutes)
    finally:
        logout(session)
    assert not (new_vault.data_dir / "vault.db-wal").exists()
    return new_vault.data_dir, db_path(new_vault.data_dir).read_bytes()


def _restore(data_dir: Path, original: bytes) -> None:
    for leftover in ("vault.db-wal", "vault.db-shm"):
        (data_dir / leftover).unlink(missing_ok=True)
    db_path(data_dir).write_bytes(original)


def _outcome_after_flip(data_dir: Path) -> BaseException | vault_admin.CheckReport:
    """What login + vault_admin.check gives: the exception raised, or the report."""
    try:
        session = login(data_dir, ADMIN, ADMIN_PASSWORD)
    except Exception as exc:  # the kind of failure is what is examined
        return exc
    try:
        return vault_admin.check(session)
    except Exception as exc:
        return exc
    finally:
        # The logout's audit event may not be writable to a damaged file; the vault closes.
        with contextlib.suppress(sqlcipher3.DatabaseError):
            logout(session)


def test_a_flipped_byte_in_any_page_is_noticed(closed_vault_bytes) -> None:
    data_dir, original = closed_vault_bytes
    pages = len(original) // PAGE
    # Given the untouched vault, login + check report it healthy
    healthy = _outcome_after_flip(data_dir)
    assert isinstance(healthy, vault_admin.CheckReport) and healthy.ok
    _restore(data_dir, original)

    unnoticed = []
    for page in range(pages):
        # When one byte of this page flips (the 16-byte salt of page 1 excepted)
        flip_byte(db_path(data_dir), page * PAGE + (100 if page == 0 else 2000))

        # Then login or check fails: an exception, or a report that is not ok
        outcome = _outcome_after_flip(data_dir)
        if isinstance(outcome, vault_admin.CheckReport) and outcome.ok:
            unnoticed.append(page)
        elif not isinstance(outcome, vault_admin.CheckReport):
            assert isinstance(outcome, VaultError | sqlcipher3.DatabaseError), repr(outcome)
        _restore(data_dir, original)
    assert unnoticed == [], f"flips in pages {unnoticed} of {pages} went unnoticed"


def test_damage_found_in_process_is_always_a_vault_error(closed_vault_bytes) -> None:
    data_dir, original = closed_vault_bytes
    kinds = {}
    for page in range(len(original) // PAGE):
        # Given a flipped byte in this page; When the user logs in and checks the vault
        flip_byte(db_path(data_dir), page * PAGE + (100 if page == 0 else 2000))
        outcome = _outcome_after_flip(data_dir)
        _restore(data_dir, original)
        if not isinstance(outcome, vault_admin.CheckReport):
            kinds[page] = type(outcome).__name__
    # Then every failure the GUI must show is an IsangeError it can translate
    assert set(kinds.values()) <= {"VaultError"}, kinds


# -- (b) audit rows changed underneath the services -----------------------------------------------

def _key(data_dir: Path, recovery_key: str) -> bytes:
    """The database key, as the attacker would hold it (opening with the recovery key)."""
    vault = unlock_with_recovery(data_dir, parse_key(recovery_key))
    try:
        return vault.key
    finally:
        vault.close()


def _drop(conn: sqlcipher3.Connection, triggers: tuple[str, ...] | list[str]) -> None:
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert set(triggers) <= present
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")


def _verify_raw(conn: sqlcipher3.Connection) -> VerifyReport:
    (vault_id,) = conn.execute("SELECT vault_id FROM center WHERE id = 1").fetchone()
    return verify(conn, vault_id, checkpoint_keys(conn))


def _last_seq(conn: sqlcipher3.Connection) -> int:
    return conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0]


def _edit_middle(conn: sqlcipher3.Connection) -> int:
    seq = _last_seq(conn) // 2
    conn.execute("UPDATE audit_events SET action = 'setting.viewed' WHERE seq = ?", (seq,))
    return seq


def _delete_middle(conn: sqlcipher3.Connection) -> int:
    seq = _last_seq(conn) // 2
    conn.execute("DELETE FROM audit_events WHERE seq = ?", (seq,))
    return seq


def _truncate_last_three(conn: sqlcipher3.Connection) -> int:
    first_removed = _last_seq(conn) - 2
    conn.execute("DELETE FROM audit_events WHERE seq >= ?", (first_removed,))
    return first_removed


def _truncate_and_rewind_head(conn: sqlcipher3.Connection) -> int:
    """A careful cut: the head is moved back too, so the chain itself is consistent again;
    only the signed checkpoint of the last logout still witnesses the removed events."""
    first_removed = _truncate_last_three(conn)
    kept = first_removed - 1
    (kept_hash,) = conn.execute("SELECT hash FROM audit_events WHERE seq = ?", (kept,)).fetchone()
    conn.execute("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", (kept, kept_hash))
    return first_removed


TAMPERINGS: dict[str, tuple[Callable[[sqlcipher3.Connection], int], str]] = {
    "edited event": (_edit_middle, "audit.event_altered"),
    "deleted event": (_delete_middle, "audit.missing_event"),
    "cut tail": (_truncate_last_three, "audit.tail_missing"),
    "cut tail, head rewound": (_truncate_and_rewind_head, "audit.tail_missing"),
}


@pytest.mark.parametrize("tampering", list(TAMPERINGS))
def test_audit_tampering_is_named_by_sequence_number(cli, cli_vault: Path, pristine: Pristine,
                                                     tampering: str) -> None:
    tamper, problem = TAMPERINGS[tampering]
    # Given a vault whose audit log verifies, opened raw with its key and the guards dropped
    intact = admin(cli, cli_vault, "audit", "verify")
    assert intact.returncode == 0, intact.stderr
    assert "Audit log intact" in intact.stdout
    conn = open_raw(db_path(cli_vault), _key(cli_vault, pristine.recovery_key))
    try:
        assert _verify_raw(conn).ok
        _drop(conn, AUDIT_ROW_GUARDS)
        last = _last_seq(conn)

        # When the attacker changes the log underneath the services
        seq = tamper(conn)

        # Then the verifier names the problem and the first broken sequence number
        report = _verify_raw(conn)
        assert (report.problem, report.broken_at) == (problem, seq), report
    finally:
        conn.close()

    # And `isange audit verify` (which logs in, so appends an event first) fails and names it.
    # After a cut whose head was rewound, that login event takes the first removed number,
    # so the CLI names the next one: still a removed event.
    result = admin(cli, cli_vault, "audit", "verify")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    named = re.search(r"Audit log broken at event (\d+)", result.stderr)
    assert named, result.stderr
    if tampering == "cut tail, head rewound":
        assert seq <= int(named.group(1)) <= last
    else:
        assert int(named.group(1)) == seq


def test_cut_tail_is_caught_without_the_head_by_the_signed_checkpoint(
        cli_vault: Path, pristine: Pristine) -> None:
    # Given a vault whose last logout signed a checkpoint of the log
    conn = open_raw(db_path(cli_vault), _key(cli_vault, pristine.recovery_key))
    try:
        last = _last_seq(conn)
        assert conn.execute("SELECT max(seq) FROM audit_checkpoints").fetchone()[0] == last
        _drop(conn, AUDIT_ROW_GUARDS)

        # When the whole log is cut and the head reset to the genesis state
        conn.execute("DELETE FROM audit_events")
        (vault_id,) = conn.execute("SELECT vault_id FROM center").fetchone()
        conn.execute("UPDATE audit_head SET seq = 0, hash = ? WHERE id = 1",
                     (genesis_hash(vault_id),))

        # Then the checkpoints still show that events existed from number 1 on
        report = _verify_raw(conn)
        assert (report.problem, report.broken_at) == ("audit.tail_missing", 1), report
    finally:
        conn.close()


def test_cli_names_the_break_even_with_every_trigger_gone(cli, cli_vault: Path,
                                                          pristine: Pristine) -> None:
    # Given a vault opened raw with every guard trigger of the migration dropped
    conn = open_raw(db_path(cli_vault), _key(cli_vault, pristine.recovery_key))
    try:
        _drop(conn, all_guard_triggers())
        # When one event in the middle is edited
        seq = _edit_middle(conn)
        assert _verify_raw(conn).broken_at == seq
    finally:
        conn.close()
    # Then `isange audit verify` still names that event
    result = admin(cli, cli_vault, "audit", "verify")
    assert result.returncode != 0
    assert f"Audit log broken at event {seq}:" in result.stderr
