"""A writer killed with SIGKILL at N random moments loses no committed change, and the vault
stays whole (SQLite and SQLCipher integrity checks, audit chain).

Environment knobs (pytest options would need the shared conftest, so these are variables):

    ISANGE_KILL_COUNT   how many kills (default 40 in CI; long runs: docs/crash-safety.md)
    ISANGE_KILL_SEED    seed for the kill delays (default 20261123), printed on failure

How it works: the vault is created once with the real `isange init`. A writer subprocess
(tests/crash_writer.py) logs in and calls services.settings.set_setting in a loop, printing
``BEGIN n v`` before each call and ``DONE n v`` once it returned (committed). The test kills it
with SIGKILL 0.05-0.6 s after it reported being logged in, then, before any other process may
touch the vault, checks it:

- the vault opens (the kernel dropped the dead writer's vault.lock; it is opened with the
  recovery key, so no KDF run) and, before anything is written, PRAGMA
  cipher_integrity_check is empty and PRAGMA integrity_check is 'ok';
- every revision the writer reported DONE is stored, nothing it never began is, and the stored
  revisions are exactly value_for(0..R-1): no change lost, duplicated, reordered or torn;
- each stored revision has its 'setting.changed' audit event (change and event are atomic);
- the audit chain and its signed checkpoints verify (audit.verify.verify, the function behind
  services.audit_log.verify_log, on the same untouched connection);
- after every LOGIN_CHECK_EVERY-th kill and the last one, the full service path too: login,
  services.audit_log.verify_log is ok, get_setting reads the last stored value, logout.
  (Every next writer's own login is a normal service login after a kill as well.)

To keep the run short the next writer is started while the current one runs, but it is
parked: it imports, then blocks reading its password from stdin, which it gets only after the
check of the current kill is over, so it cannot open the vault before that.

The run prints a summary (also without -s): time, commits, where the kills landed (between
calls, inside set_setting before the commit, or after the commit but before DONE was printed)
and how many kills left a torn transaction in the WAL (valid frames with no commit frame,
read with wal_frames(), which test_wal_reader_tells_committed_from_torn_frames checks).

Both processes use keyrings.alt's plain-file credential store under the test's tmp folder
(like the `cli` fixture), because the in-memory one would not outlive the writer.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import struct
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from isange_desktop.audit.verify import VerifyReport, verify
from isange_desktop.domain.settings import IDLE_LOCK_MINUTES
from isange_desktop.services.audit_log import verify_log
from isange_desktop.services.session import login, logout
from isange_desktop.services.settings import get_setting, set_setting
from isange_desktop.store.center_identity import checkpoint_keys
from isange_desktop.store.recovery_key import parse_key
from isange_desktop.store.vault import unlock_with_recovery

WRITER = Path(__file__).with_name("crash_writer.py")
ADMIN = "admin"
ADMIN_PASSWORD = "Admin-pass-2026"
SETTING = "idle_lock_minutes"
MIN_DELAY, MAX_DELAY = 0.05, 0.6
READY_TIMEOUT = 60.0
# A full service login costs an Argon2 run; the raw checks above run after every kill.
LOGIN_CHECK_EVERY = 10


def value_for(n: int) -> int:
    """The value the writers store as revision n (the same rule as tests/crash_writer.py)."""
    return n % 60 + 1


def kill_count() -> int:
    return int(os.environ.get("ISANGE_KILL_COUNT", "40"))


def kill_seed() -> int:
    return int(os.environ.get("ISANGE_KILL_SEED", "20261123"))


# -- the WAL as the kill left it -----------------------------------------------------------------

_WAL_MAGIC = (0x377F0682, 0x377F0683)
_U32 = 0xFFFFFFFF


def _wal_checksum(data: bytes, s0: int, s1: int, order: str) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _U32
        s1 = (s1 + words[i + 1] + s0) & _U32
    return s0, s1


def wal_frames(wal: Path) -> tuple[int, int]:
    """(frames in committed transactions, valid frames after the last commit) in a WAL file.

    The frame headers and checksums are SQLite's own (SQLCipher encrypts only the page data),
    so valid frames with no commit frame after them are a transaction the kill cut mid-commit:
    recovery must ignore them.
    """
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return 0, 0
    if len(data) < 32:
        return 0, 0
    magic, _version, page_size, _ckpt, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    if magic not in _WAL_MAGIC:
        return 0, 0
    order = ">" if magic & 1 else "<"
    s0, s1 = _wal_checksum(data[:24], 0, 0, order)
    if (s0, s1) != (c1, c2):
        return 0, 0
    committed = pending = 0
    offset = 32
    while offset + 24 + page_size <= len(data):
        header = data[offset:offset + 24]
        _pgno, commit_size, f1, f2, fc1, fc2 = struct.unpack(">6I", header)
        if (f1, f2) != (salt1, salt2):
            break
        page = data[offset + 24:offset + 24 + page_size]
        s0, s1 = _wal_checksum(header[:8] + page, s0, s1, order)
        if (s0, s1) != (fc1, fc2):
            break
        pending += 1
        if commit_size:
            committed += pending
            pending = 0
        offset += 24 + page_size
    return committed, pending


def test_wal_reader_tells_committed_from_torn_frames(admin_session, tmp_path: Path) -> None:
    # Given a vault with a few committed setting changes still in its WAL
    for minutes in (3, 4, 5):
        set_setting(admin_session, SETTING, minutes)
    data = (admin_session.vault.data_dir / "vault.db-wal").read_bytes()
    copy = tmp_path / "copy.db-wal"
    copy.write_bytes(data)
    committed, torn = wal_frames(copy)
    assert committed > 0
    assert torn == 0
    page_size = struct.unpack(">I", data[8:12])[0]
    frame = 24 + page_size
    end = 32 + committed * frame  # the last valid frame ends here

    # When the last frame (a commit frame) is cut off, as a kill mid-commit would leave it
    copy.write_bytes(data[:end - frame])
    # Then the frames before it in that transaction count as torn, not committed
    committed_before, torn_now = wal_frames(copy)
    assert committed_before < committed
    assert committed_before + torn_now == committed - 1

    # And a frame whose page bytes changed ends the valid part of the WAL (checksums)
    damaged = bytearray(data)
    damaged[32 + 24 + 100] ^= 1
    copy.write_bytes(bytes(damaged))
    assert wal_frames(copy) == (0, 0)


# -- the writer subprocess -----------------------------------------------------------------------

class Writer:
    """tests/crash_writer.py, parked until let_in() hands it the password."""

    def __init__(self, env: dict[str, str], data_dir: Path, stderr_path: Path) -> None:
        self.stderr_path = stderr_path
        self._stderr: IO[bytes] = stderr_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir), ADMIN],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, env=env,
        )
        self.lines: list[str] = []
        self._first_line = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            self.lines.append(raw.decode("ascii").rstrip("\n"))
            self._first_line.set()
        self._first_line.set()  # end of output: the writer died or exited

    def let_in(self, password: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{password}\n".encode())
        self.proc.stdin.close()

    def wait_ready(self) -> int:
        """The revision count the writer found at login."""
        if not self._first_line.wait(READY_TIMEOUT) or not self.lines:
            pytest.fail(f"writer never reported READY; stderr:\n{self.stderr()}")
        match = re.fullmatch(r"READY (\d+)", self.lines[0])
        assert match, f"unexpected first line {self.lines[0]!r}; stderr:\n{self.stderr()}"
        return int(match.group(1))

    def kill(self) -> None:
        assert self.proc.poll() is None, f"writer died on its own; stderr:\n{self.stderr()}"
        os.kill(self.proc.pid, signal.SIGKILL)
        assert self.proc.wait(timeout=30) == -signal.SIGKILL
        self._reader.join(timeout=30)
        self._stderr.close()

    def withdraw(self) -> None:
        """After a failure: a parked writer exits without opening the vault, a running one
        is killed."""
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            if self.proc.stdin.closed:
                self.proc.kill()
            else:
                self.let_in("")
            self.proc.wait(timeout=30)
        self._reader.join(timeout=30)
        self._stderr.close()

    def stderr(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text("utf-8", errors="replace")[-2000:]


@dataclass
class Reported:
    ready: int  # revisions stored when the writer logged in
    last_begun: int  # highest n announced with BEGIN (ready - 1 if none)
    last_done: int  # highest n reported DONE, i.e. committed (ready - 1 if none)
    in_flight: bool  # the last line was a BEGIN: the kill landed inside set_setting


def parse_lines(lines: list[str]) -> Reported:
    ready = int(lines[0].split()[1])
    last_begun = last_done = ready - 1
    expected_next = ready
    for line in lines[1:]:
        kind, n_text, v_text = line.split()
        n, v = int(n_text), int(v_text)
        assert v == value_for(n), f"writer line {line!r} breaks the value rule"
        if kind == "BEGIN":
            assert n == expected_next, f"writer skipped from {expected_next} to {n}"
            last_begun = n
        else:
            assert kind == "DONE" and n == last_begun, f"unexpected writer line {line!r}"
            last_done = n
            expected_next = n + 1
    return Reported(ready, last_begun, last_done, in_flight=last_begun != last_done)


@dataclass
class Tally:
    kills: int = 0
    commits_reported: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    wal_frames_at_kill: int = 0
    torn_wal_tails: int = 0
    uncommitted_frames: int = 0


# -- the test ------------------------------------------------------------------------------------

def _init_vault(cli, data_dir: Path) -> str:
    """Create the vault with the real CLI; returns the recovery key it printed."""
    result = cli("init", "--data-dir", str(data_dir), "--center-code", "KGL-01",
                 "--center-name", "Kacyiru IOSC", "--admin", ADMIN, "--password-stdin",
                 stdin=f"{ADMIN_PASSWORD}\n{ADMIN_PASSWORD}\n")
    assert result.returncode == 0, result.stderr
    match = re.search(r"^\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5})+)\s*$", result.stdout, re.MULTILINE)
    assert match, f"no recovery key in: {result.stdout!r}"
    return match.group(1)


def _check_untouched(data_dir: Path, recovery: bytes) -> tuple[list[int], int, VerifyReport]:
    """Open with the recovery key (no KDF, nothing written), run both integrity checks and
    verify the audit chain.

    Returns the stored revision values in order, the number of 'setting.changed' events and
    the audit verification report.
    """
    vault = unlock_with_recovery(data_dir, recovery)  # raises VaultBusy if the lock were held
    try:
        with vault.dbapi() as conn:
            assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            values = [json.loads(v) for (v,) in conn.execute(
                "SELECT value FROM setting_revisions WHERE key = ? ORDER BY id", (SETTING,))]
            changed = conn.execute(
                "SELECT count(*) FROM audit_events WHERE action = 'setting.changed'"
            ).fetchone()[0]
            (vault_id,) = conn.execute("SELECT vault_id FROM center WHERE id = 1").fetchone()
            report = verify(conn, vault_id, checkpoint_keys(conn))
    finally:
        vault.close()
    return values, changed, report


def _check_through_services(data_dir: Path, stored: int, where: str) -> None:
    session = login(data_dir, ADMIN, ADMIN_PASSWORD)
    try:
        report = verify_log(session)
        assert report.ok, f"{where}: {report}"
        assert report.events >= stored, where
        expected = value_for(stored - 1) if stored else IDLE_LOCK_MINUTES.default
        assert get_setting(session, SETTING) == expected, where
    finally:
        logout(session)


@pytest.mark.slow
def test_sigkilled_writer_loses_no_committed_change(cli, tmp_path: Path, capsys) -> None:
    kills, seed = kill_count(), kill_seed()
    rng = random.Random(seed)
    started = time.monotonic()

    # Given a vault made by `isange init`, and this process reading the same plain-file
    # credential store the writers use
    data_dir = tmp_path / "vault"
    recovery = parse_key(_init_vault(cli, data_dir))
    store = PlaintextKeyring()
    store.file_path = str(Path(cli.env["XDG_DATA_HOME"]) / "python_keyring" / store.filename)
    keyring.set_keyring(store)  # the autouse memory_keyring fixture restores the old one
    tally = Tally()
    writer_env = cli.env

    next_writer: Writer | None = Writer(writer_env, data_dir, tmp_path / "writer-0.err")
    writer: Writer | None = None
    try:
        for i in range(kills):
            delay = rng.uniform(MIN_DELAY, MAX_DELAY)
            where = f"kill {i + 1}/{kills} (seed {seed}, delay {delay:.3f}s)"

            # When a writer logs in, commits settings in a loop and is SIGKILLed at a random
            # moment
            writer, next_writer = next_writer, None
            assert writer is not None
            writer.let_in(ADMIN_PASSWORD)
            writer.wait_ready()
            if i + 1 < kills:  # imports meanwhile, parked until this kill's check is over
                next_writer = Writer(writer_env, data_dir, tmp_path / f"writer-{i + 1}.err")
            time.sleep(delay)
            writer.kill()
            reported = parse_lines(writer.lines)
            writer = None
            committed_frames, torn_frames = wal_frames(data_dir / "vault.db-wal")

            # Then, before anything else writes, the vault is whole ...
            values, changed_events, report = _check_untouched(data_dir, recovery)
            stored = len(values)
            # ... every change reported as committed is there, and none that never began
            assert reported.last_done + 1 <= stored <= reported.last_begun + 1, (
                f"{where}: {stored} revisions stored, writer reported {reported}")
            # ... the revisions are exactly the ones written, in order
            assert values == [value_for(n) for n in range(stored)], where
            # ... each change came with its audit event, in the same transaction
            assert changed_events == stored, where
            # ... and the audit chain verifies
            assert report.ok, f"{where}: {report}"

            # Then (now and then) a normal login works, verify_log is ok through the service
            # and the last value reads back
            if (i + 1) % LOGIN_CHECK_EVERY == 0 or i + 1 == kills:
                _check_through_services(data_dir, stored, where)

            tally.kills += 1
            tally.commits_reported += reported.last_done + 1 - reported.ready
            if not reported.in_flight:
                tally.outcomes["between calls"] += 1
            elif stored == reported.last_begun + 1:
                tally.outcomes["in set_setting, commit landed unreported"] += 1
            else:
                tally.outcomes["in set_setting, rolled back"] += 1
            tally.wal_frames_at_kill += committed_frames + torn_frames
            if torn_frames:
                tally.torn_wal_tails += 1
                tally.uncommitted_frames += torn_frames
    finally:
        for left in (writer, next_writer):
            if left is not None:
                left.withdraw()

    elapsed = time.monotonic() - started
    with capsys.disabled():
        print(
            f"\ncrash safety: {tally.kills} kills in {elapsed:.1f}s (seed {seed}); "
            f"{tally.commits_reported} commits reported, {len(values)} revisions stored; "
            f"kill outcomes {dict(tally.outcomes)}; "
            f"{tally.wal_frames_at_kill} WAL frames found at the kills, "
            f"{tally.torn_wal_tails} kills left a torn WAL tail "
            f"({tally.uncommitted_frames} uncommitted frames ignored by recovery)"
        )
    # The check is not vacuous: the writers did commit, and kills did land inside set_setting
    assert tally.kills == kills
    assert tally.commits_reported > 0
    if kills >= 20:
        assert sum(n for k, n in tally.outcomes.items() if k.startswith("in ")) > 0
