"""`--self-test`: proves an installed or frozen copy of the app works end to end on this machine.

Run by `isange --self-test` and (with the Qt checks of gui/self_test_gui.py) by
`isange-desktop --self-test`; CI runs both against the frozen build, IT staff after an
install. Everything happens in a throw-away folder with an in-memory credential store; the
checks themselves are in self_test_core.py (vaults, migrations, a case, PDFs, a referral
between two centers, the audit logs). One line per check ("ok   NAME" or "FAIL NAME:
reason"), flushed as it is printed so a caller can time the lines; a failed check does not stop
the later ones, which say what they needed. The folder is removed whatever happens, and that
is the last line ("cleanup").

This module stays light (no services, no keyring at import): the desktop's first checks (its
login window as at start) run before the core is imported, so their line times a real start.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from isange_desktop.errors import IsangeError

if TYPE_CHECKING:
    from isange_desktop.self_test_core import CoreChecks

FOLDER_PREFIX = "isange-self-test-"
REMOVE_ATTEMPTS = 10


class CheckFailed(Exception):
    """A check's own finding (as opposed to an error raised by the code under test)."""


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[], None]


def reason(exc: BaseException) -> str:
    """One line naming what went wrong, in English (the lines are for IT staff and CI logs)."""
    text = exc.message("en") if isinstance(exc, IsangeError) else str(exc)
    if not isinstance(exc, CheckFailed):
        text = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return " ".join(text.split()) or type(exc).__name__


def report(out: TextIO, name: str, problem: str | None) -> None:
    out.write(f"ok   {name}\n" if problem is None else f"FAIL {name}: {problem}\n")
    out.flush()  # each line as it happens: a caller times the lines (start-up measurement)


def run_checks(checks: Sequence[Check], out: TextIO) -> bool:
    """Run every check, print its line; True when all passed."""
    passed = True
    for check in checks:
        try:
            check.run()
        except Exception as exc:  # every failure becomes its line; the next check still runs
            report(out, check.name, reason(exc))
            passed = False
        else:
            report(out, check.name, None)
    return passed


@contextlib.contextmanager
def throwaway_folder() -> Iterator[Path]:
    """A new temporary folder, where Python's own temporary files go too meanwhile; removed
    on the way out, after the `with` blocks inside have closed the vaults (Windows refuses to
    delete an open file)."""
    root = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
    previous_tmp = tempfile.tempdir
    (root / "tmp").mkdir()
    tempfile.tempdir = str(root / "tmp")
    try:
        yield root
    finally:
        tempfile.tempdir = previous_tmp
        for _ in range(REMOVE_ATTEMPTS):
            shutil.rmtree(root, ignore_errors=True)
            if not root.exists():
                break
            # Windows: a virus scanner may still hold a file the vault just closed.
            time.sleep(0.2)


@contextlib.contextmanager
def memory_credentials() -> Iterator[None]:
    """The vaults' device secrets in memory only: the OS credential store is never touched."""
    import keyring  # noqa: PLC0415  (light module: see the docstring)

    from isange_desktop.store.memory_keyring import MemoryKeyring  # noqa: PLC0415

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def _core(root: Path, out: TextIO,
          after: Callable[[CoreChecks], Sequence[Check]] | None) -> bool:
    try:
        from isange_desktop.self_test_core import CoreChecks  # noqa: PLC0415
    except Exception as exc:  # a frozen build missing a module: said as a check's line
        report(out, "imports", reason(exc))
        return False
    core = CoreChecks(root)
    with memory_credentials(), core.sessions:  # the sessions close before the folder goes
        passed = run_checks(core.checks(), out)
        if after is not None:
            passed = run_checks(after(core), out) and passed
    return passed


def run(out: TextIO | None = None,
        before: Callable[[Path], Sequence[Check]] | None = None,
        after: Callable[[CoreChecks], Sequence[Check]] | None = None) -> int:
    """Run the checks (`before` and `after` add the GUI's around the core ones); 0 when all
    passed, 1 otherwise."""
    out = out or sys.stdout
    passed = True
    with throwaway_folder() as root:
        if before is not None:
            passed = run_checks(before(root), out)
        passed = _core(root, out, after) and passed
    if root.exists():  # a folder left behind is a vault left on the disk
        report(out, "cleanup", f"{root} could not be removed")
        return 1
    report(out, "cleanup", None)
    return 0 if passed else 1
