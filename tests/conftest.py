"""Shared fixtures: a real SQLCipher vault in a temp folder, an in-memory credential store.

Qt must be told to draw offscreen before any QApplication exists, and Argon2 runs at its floor
(64 MiB, t=3: the lowest the project allows anywhere) to keep the suite quick.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["ISANGE_ARGON2_FLOOR"] = "1"
os.environ["ISANGE_LANG"] = "en"

import keyring
import pytest

from isange_desktop.services import vault_admin
from isange_desktop.services.session import UserSession, login, logout
from isange_desktop.store.kdf import Argon2Params
from isange_desktop.store.memory_keyring import MemoryKeyring

T = TypeVar("T")

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-pass-2026"
CENTER_CODE = "KGL-01"
FLOOR = Argon2Params()


@pytest.fixture(scope="session", autouse=True)
def gui_thread_gc(qapp: Any) -> Any:
    """The app's rule in the tests too: Python's cycle collector runs on the GUI thread only
    (gui/gui_thread_gc.py), installed before any test starts a worker thread."""
    from isange_desktop.gui.gui_thread_gc import collect_on_gui_thread

    return collect_on_gui_thread(qapp)


@pytest.fixture(autouse=True)
def collect_after_each_test(gui_thread_gc: Any) -> Iterator[None]:
    """Tests that never run an event loop still get their garbage collected (here, on the
    main thread)."""
    yield
    gui_thread_gc.collect_now()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Each test gets an empty in-memory credential store; the real one is never touched."""
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@dataclass
class NewVault:
    data_dir: Path
    recovery_key: str
    vault_id: str


@pytest.fixture
def new_vault(data_dir: Path) -> NewVault:
    result = vault_admin.init_vault(
        data_dir, center_code=CENTER_CODE, center_name="Kacyiru IOSC", admin_login=ADMIN,
        admin_name="Mukamana Claudine", admin_password=ADMIN_PASSWORD, kdf=FLOOR,
    )
    return NewVault(data_dir, result.recovery_key, result.vault_id)


@pytest.fixture
def admin_session(new_vault: NewVault) -> Iterator[UserSession]:
    session = login(new_vault.data_dir, ADMIN, ADMIN_PASSWORD)
    yield session
    logout(session)


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str


class Cli:
    """Runs the real `isange` console entry point in a subprocess.

    The credential store is keyrings.alt's plain file (in the test's own folder) because an
    in-memory one would not outlive each command.
    """

    def __init__(self, home: Path) -> None:
        self.env = {
            **os.environ,
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(home / "xdg-data"),
            "ISANGE_ARGON2_FLOOR": "1",
            "ISANGE_LANG": "en",
        }

    def __call__(self, *args: str, stdin: str = "") -> CliResult:
        proc = subprocess.run(
            [sys.executable, "-m", "isange_desktop.cli", *args],
            input=stdin, capture_output=True, text=True, env=self.env, timeout=120,
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


@contextlib.contextmanager
def logged_in(data_dir: Path, login_name: str, password: str) -> Iterator[UserSession]:
    """One user at a time, as on the center's laptop: the vault admits one process session."""
    session = login(data_dir, login_name, password)
    try:
        yield session
    finally:
        logout(session)


def with_own_store(make: Callable[[], T]) -> tuple[T, MemoryKeyring]:
    """Run ``make`` (which creates a vault) with a credential store of its own: for a vault
    made once per module, outliving the per-test store. Returns its result and that store."""
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    try:
        return make(), store
    finally:
        keyring.set_keyring(previous)


def demo_fixtures(cases: int) -> tuple[Any, Any]:
    """A module's demo vault with `cases` cases (made once) and a ``nurse`` session on it per
    test: ``demo_dir, nurse = demo_fixtures(45)`` at a test module's top level."""
    from isange_desktop.services.demo import create_demo_vault

    @pytest.fixture(scope="module")
    def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, MemoryKeyring]:
        data_dir = tmp_path_factory.mktemp("demo") / "vault"
        _, store = with_own_store(lambda: create_demo_vault(data_dir, cases=cases))
        return data_dir, store

    @pytest.fixture
    def nurse(demo_dir: tuple[Path, MemoryKeyring],
              memory_keyring: MemoryKeyring) -> Iterator[UserSession]:
        from isange_desktop.services.demo import DEMO_STAFF

        data_dir, store = demo_dir
        keyring.set_keyring(store)  # the autouse fixture puts the test's store back after
        account = next(u for u in DEMO_STAFF if u.login == "nurse")
        session = login(data_dir, account.login, account.password)
        yield session
        if session.vault.is_open:
            logout(session)

    return demo_dir, nurse


@pytest.fixture
def runner(qtbot: Any) -> Iterator[Any]:
    """The GUI's background runner, drained after the test."""
    from isange_desktop.gui.runner import Runner

    runner = Runner()
    yield runner
    runner.wait_until_idle()


@pytest.fixture(autouse=True)
def core_language_from_environment() -> Iterator[None]:
    """A test that switches the app's language (apply_language) leaves the core's language set;
    after each test it follows ISANGE_LANG again, so no test sees another's choice."""
    from isange_desktop.i18n import messages

    yield
    messages.set_language(None)
