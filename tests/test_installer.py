"""The Windows installer script (packaging/windows/isange_desktop.nsi), compiled by Debian's
makensis against a dummy PyInstaller build, and the release chain the Windows workflow runs:
sign the build, make the installer (its uninstaller signed while it is built), sign that.

Without makensis (Debian: nsis) the compiling tests are skipped; 7-Zip (Debian: 7zip), which
reads NSIS installers, lets them check what an installer would put on the laptop. The language
files are checked with no tool at all.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from code_signing import (
    NSI,
    cert_env,
    dummy_dist,
    make_certificate,
    makensis,
    run_sign,
    timestamp_server,
    verify,
    which_7z,
)

needs_makensis = pytest.mark.skipif(
    shutil.which("makensis") is None,
    reason="makensis is not installed (Debian: apt-get install nsis)")
needs_7z = pytest.mark.skipif(
    which_7z() is None, reason="7-Zip is not installed (Debian: apt-get install 7zip)")
needs_signing_tools = pytest.mark.skipif(
    shutil.which("osslsigncode") is None or shutil.which("openssl") is None,
    reason="osslsigncode or openssl is not installed (Debian: apt-get install osslsigncode "
           "openssl)")

STRINGS = NSI.parent / "strings"
LANGUAGES = ("English", "French", "Kinyarwanda")
VERSION = "0.2.0"
# What the installer puts in Program Files: exactly what the upgrade and the uninstaller
# remove by name (REMOVE_PROGRAM_FILES in the script).
INSTALLED = {"isange-desktop.exe", "isange.exe", "uninstall.exe", "_internal/python311.dll",
             "_internal/PySide6/Qt6Core.dll", "_internal/base_library.zip"}


def _installed_files(installer: Path) -> set[str]:
    """The files the installer would write, from 7-Zip's listing (NSIS's own plug-ins, which
    live in a temporary folder while it runs, left out)."""
    tool = which_7z()
    assert tool is not None
    listing = subprocess.run([tool, "l", "-slt", str(installer)], capture_output=True,
                             text=True, check=True).stdout
    paths = re.findall(r"^Path = (.+)$", listing, flags=re.MULTILINE)
    return {p.replace("\\", "/") for p in paths[1:] if not p.startswith("$PLUGINSDIR")}


def _extract(installer: Path, member: str, into: Path) -> Path:
    tool = which_7z()
    assert tool is not None
    subprocess.run([tool, "x", f"-o{into}", str(installer), member], capture_output=True,
                   check=True)
    return into / member


@needs_makensis
def test_installer_compiles_against_a_dummy_build(tmp_path: Path) -> None:
    # Given a dummy one-folder build
    dist = dummy_dist(tmp_path / "dist")
    out = tmp_path / f"isange-desktop-{VERSION}-setup.exe"
    # When the script is compiled, every warning an error
    result = makensis(f"VERSION={VERSION}", f"DIST_DIR={dist}", f"OUTFILE={out}")
    # Then it builds a Windows executable
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"
    if which_7z() is not None:
        # And it would install exactly the build and the uninstaller
        assert _installed_files(out) == INSTALLED


@needs_makensis
@pytest.mark.parametrize("problem", ["no version", "no build", "not one-folder", "bad version"])
def test_installer_build_mistakes_stop_makensis_with_a_reason(tmp_path: Path,
                                                              problem: str) -> None:
    dist = dummy_dist(tmp_path / "dist")
    defines = [f"VERSION={VERSION}", f"DIST_DIR={dist}", f"OUTFILE={tmp_path / 'x-setup.exe'}"]
    if problem == "no version":
        defines.pop(0)
        expected = "Give the version"
    elif problem == "no build":
        defines[1] = f"DIST_DIR={tmp_path / 'nowhere'}"
        expected = "build with PyInstaller first"
    elif problem == "not one-folder":
        shutil.rmtree(dist / "_internal")
        expected = "one-folder layout"
    else:
        defines[0] = "VERSION=0.2.0rc1"
        expected = "X.X.X.X"
    result = makensis(*defines)
    assert result.returncode != 0
    assert expected in result.stdout + result.stderr
    assert not (tmp_path / "x-setup.exe").exists()


@needs_makensis
@needs_signing_tools
@needs_7z
def test_release_chain_signs_the_build_the_uninstaller_and_the_installer(tmp_path: Path) -> None:
    """What .github/workflows/windows-release.yml does, with osslsigncode for signtool."""
    cert = make_certificate(tmp_path / "cert", "release-chain-test")
    dist = dummy_dist(tmp_path / "dist")
    out = tmp_path / f"isange-desktop-{VERSION}-setup.exe"
    with timestamp_server(tmp_path / "tsa") as tsa:
        env = cert_env(cert)
        # 1. the build's own executables
        signed = run_sign(["--dist", str(dist), "--timestamp-url", tsa.url, "--require"], env)
        assert signed.returncode == 0, signed.stderr
        # 2. the installer, its uninstaller signed by makensis through SIGN_COMMAND
        sign_command = (f"{sys.executable} {NSI.parents[1] / 'sign.py'} --require "
                        f"--timestamp-url {tsa.url} --file")
        built = subprocess.run(
            ["makensis", "-V2", "-WX", f"-DVERSION={VERSION}", f"-DDIST_DIR={dist}",
             f"-DOUTFILE={out}", f"-DSIGN_COMMAND={sign_command}", str(NSI)],
            capture_output=True, text=True, env=env, timeout=300)
        assert built.returncode == 0, built.stdout + built.stderr
        # 3. the installer itself
        signed = run_sign(["--installer", str(out), "--timestamp-url", tsa.url, "--require"],
                          env)
        assert signed.returncode == 0, signed.stderr

        # Then the installer, the uninstaller inside it and the executables it carries all
        # verify, timestamped; the third-party DLL it carries is still unsigned
        extracted = tmp_path / "extracted"
        checks = {
            out: True,
            _extract(out, "uninstall.exe", extracted): True,
            _extract(out, "isange-desktop.exe", extracted): True,
            _extract(out, "isange.exe", extracted): True,
            _extract(out, "_internal/python311.dll", extracted): False,
        }
        for path, should_verify in checks.items():
            checked = verify(path, cert, tsa)
            report = checked.stdout + checked.stderr
            if should_verify:
                assert checked.returncode == 0, f"{path.name}: {report}"
                assert "Timestamp Server Signature verification: ok" in report, path.name
            else:
                assert "No signature found" in report, path.name


def _lang_ids(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig")
    return re.findall(r"^\$\{LangFileString\} (\w+) ", text, flags=re.MULTILINE)


def test_every_installer_string_exists_in_all_three_languages() -> None:
    ids = {lang: _lang_ids(STRINGS / f"{lang}.nsh") for lang in LANGUAGES}
    for lang, found in ids.items():
        assert len(found) == len(set(found)), f"{lang}: a string is defined twice"
        assert set(found) == set(ids["English"]), lang
    # Every $(Name) the script shows is one of them (or one of NSIS's own, ^Name)
    script = NSI.read_text(encoding="utf-8")
    used = set(re.findall(r"\$\((\w+)\)", script))
    assert used <= set(ids["English"]), used - set(ids["English"])
    # And the Kinyarwanda strings are not English left untranslated
    english = dict(zip(ids["English"], _values(STRINGS / "English.nsh"), strict=True))
    rw = dict(zip(ids["Kinyarwanda"], _values(STRINGS / "Kinyarwanda.nsh"), strict=True))
    same = [k for k in english if english[k] == rw[k] and k != "WelcomeTitle"]
    assert not same, same


def _values(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig")
    return re.findall(r'^\$\{LangFileString\} \w+ "(.*)"$', text, flags=re.MULTILINE)
