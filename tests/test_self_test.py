"""`--self-test` of both entry points, run as real processes from the source install (CI runs
the same against the frozen build: packaging/build_linux.sh)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from isange_desktop import cli, self_test
from isange_desktop.self_test import Check, CheckFailed

CORE_LINES = ["migrations", "case", "pdf", "bundle", "audit"]
GUI_BEFORE = ["qt platform", "login window", "ui forms", "translations", "body map",
              "image formats"]


def run(args: list[str], tmp: Path) -> tuple[subprocess.CompletedProcess[str], Path]:
    """The command with its own temporary folder and home: the test then sees whether
    anything was left in either."""
    temp, home = tmp / "tmp", tmp / "home"
    temp.mkdir()
    home.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ISANGE_ARGON2_FLOOR", None)  # the self-test needs no help to be quick
    proc = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True,
                          timeout=300)
    return proc, temp


def names(stdout: str, prefix: str) -> list[str]:
    return [line[len(prefix):].split(":")[0] for line in stdout.splitlines()
            if line.startswith(prefix)]


def test_isange_self_test_passes_and_leaves_nothing(tmp_path):
    # When the admin command line checks itself (no vault anywhere)
    proc, temp = run(["-m", "isange_desktop.cli", "--self-test"], tmp_path)
    # Then every check has its "ok" line, in order, and it exits 0
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert names(proc.stdout, "ok   ") == [*CORE_LINES, "cleanup"]
    assert "FAIL" not in proc.stdout
    # And its throw-away folder is gone, nothing else was written in the home folder
    assert list(temp.iterdir()) == []
    assert list((tmp_path / "home").iterdir()) == []


def test_isange_desktop_self_test_passes(tmp_path):
    # When the desktop app checks itself, offscreen
    proc, temp = run(["-m", "isange_desktop", "--self-test"], tmp_path)
    # Then the Qt checks come first (the login window as at start), then the core ones, then
    # the preview of the printed PDF
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert names(proc.stdout, "ok   ") == [*GUI_BEFORE, *CORE_LINES, "pdf preview", "cleanup"]
    assert list(temp.iterdir()) == []
    assert list((tmp_path / "home").iterdir()) == []


MISSING_RESOURCES = """
import sys
from pathlib import Path
import isange_desktop.resource_files as files
real = files._roots
# resources/ (fonts, drawings, translations) lost in packaging; ui/ still there
files._roots = lambda top: [Path(sys.argv[1])] if top == "resources" else real(top)
from isange_desktop.app import main
raise SystemExit(main(["--self-test"]))
"""


def test_a_missing_resource_fails_its_checks_and_the_run(tmp_path):
    # Given a build whose resources folder is missing
    missing = tmp_path / "no-resources"
    # When the desktop app checks itself
    proc, temp = run(["-c", MISSING_RESOURCES, str(missing)], tmp_path)
    # Then it exits non-zero, naming each check that failed and why
    assert proc.returncode == 1, proc.stdout + proc.stderr
    failed = names(proc.stdout, "FAIL ")
    # (the app's own start loads its language: the Qt application line says so)
    assert failed == ["qt platform", "translations", "body map", "pdf", "pdf preview"]
    assert f"FAIL pdf: FileNotFoundError: resources file not found: {missing}" in proc.stdout
    assert "FAIL pdf preview: needs the PDF of the pdf check" in proc.stdout
    # And the checks that did not need the resources still passed
    assert {"login window", "ui forms", "migrations", "case", "bundle",
            "audit", "cleanup"} <= set(names(proc.stdout, "ok   "))
    assert list(temp.iterdir()) == []


def test_a_failing_check_does_not_stop_the_next_ones():
    def broken() -> None:
        raise CheckFailed("the drawing is blank")

    def crashing() -> None:
        raise KeyError("x")

    out = io.StringIO()
    passed = self_test.run_checks([Check("one", broken), Check("two", crashing),
                                   Check("three", lambda: None)], out)
    assert not passed
    assert out.getvalue().splitlines() == [
        "FAIL one: the drawing is blank", "FAIL two: KeyError: 'x'", "ok   three"]


def test_the_core_self_test_imports_no_qt():
    # The `isange` executable is frozen without Qt: its self-test must not need it.
    code = ("import sys, isange_desktop.self_test, isange_desktop.cli\n"
            "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("argv", [["--self-test", "check"], []])
def test_the_command_line_still_needs_a_command(argv, capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    assert capsys.readouterr().err.startswith("isange: ")
