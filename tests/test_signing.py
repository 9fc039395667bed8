"""packaging/sign.py: what it signs, how it treats the certificate and its password, and that
osslsigncode verifies what it signed, timestamp included.

Real signatures need osslsigncode (and openssl for the local timestamp server); those tests are
skipped, naming the Debian package, where the tool is missing (.ci/run installs both). The
rules about configuration and passwords run everywhere, against a stand-in osslsigncode that
records how it was called.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sys
from pathlib import Path

import pytest

from code_signing import (
    ThrowAwayCertificate,
    cert_env,
    clean_env,
    dummy_dist,
    make_certificate,
    run_sign,
    timestamp_server,
    verify,
    write_pe,
)

needs_osslsigncode = pytest.mark.skipif(
    shutil.which("osslsigncode") is None,
    reason="osslsigncode is not installed (Debian: apt-get install osslsigncode)")
needs_openssl = pytest.mark.skipif(
    shutil.which("openssl") is None,
    reason="the openssl command (the local timestamp server) is not installed "
           "(Debian: apt-get install openssl)")

OURS = ("isange-desktop.exe", "isange.exe")
THIRD_PARTY = ("_internal/python311.dll", "_internal/PySide6/Qt6Core.dll")
DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"


@pytest.fixture
def cert(tmp_path: Path) -> ThrowAwayCertificate:
    # A random password, so finding it in any output or argument cannot be a coincidence.
    return make_certificate(tmp_path / "cert", f"pw-{secrets.token_hex(8)}")


def _snapshot(dist: Path) -> dict[str, bytes]:
    return {str(p.relative_to(dist)): p.read_bytes() for p in dist.rglob("*") if p.is_file()}


# --- with a real osslsigncode -------------------------------------------------------------


@needs_osslsigncode
@needs_openssl
def test_signs_our_executables_timestamped_and_leaves_third_party_dlls(
        tmp_path: Path, cert: ThrowAwayCertificate) -> None:
    # Given a build laid out as PyInstaller's one-folder output, and a timestamp server
    dist = dummy_dist(tmp_path / "dist")
    with timestamp_server(tmp_path / "tsa") as tsa:
        # When it is signed exactly as a release is (no test-only option)
        result = run_sign(["--dist", str(dist), "--timestamp-url", tsa.url], cert_env(cert))
        assert result.returncode == 0, result.stderr
        # Then both executables carry a verifying SHA-256 signature with an RFC 3161 timestamp
        for name in OURS:
            assert f"signed: {dist / name} (timestamp: {tsa.url})" in result.stdout
            checked = verify(dist / name, cert, tsa)
            assert checked.returncode == 0, checked.stdout + checked.stderr
            assert "Signature verification: ok" in checked.stdout
            assert "Timestamp Server Signature verification: ok" in checked.stdout
            assert "Message digest algorithm  : SHA256" in checked.stdout
            assert "Text description: Isange Desktop" in checked.stdout
    # And the third-party DLLs were not touched
    for name in THIRD_PARTY:
        checked = verify(dist / name, cert)
        assert checked.returncode != 0
        assert "No signature found" in checked.stdout + checked.stderr
    assert "signed 2 file(s) with osslsigncode" in result.stdout


@needs_osslsigncode
def test_verification_is_real_a_changed_byte_fails(tmp_path: Path,
                                                  cert: ThrowAwayCertificate) -> None:
    exe = write_pe(tmp_path / "isange.exe")
    result = run_sign(["--file", str(exe), "--test-certificate", "--no-timestamp"],
                      cert_env(cert))
    assert result.returncode == 0, result.stderr
    assert verify(exe, cert).returncode == 0
    # Given one byte of the signed code changed
    data = bytearray(exe.read_bytes())
    data[0x200] ^= 0xFF  # the section's first instruction
    exe.write_bytes(bytes(data))
    # Then the signature no longer verifies
    checked = verify(exe, cert)
    assert checked.returncode != 0
    assert "MISMATCH" in checked.stdout + checked.stderr


@needs_osslsigncode
def test_offline_test_signature_says_it_has_no_timestamp(tmp_path: Path,
                                                        cert: ThrowAwayCertificate) -> None:
    exe = write_pe(tmp_path / "isange.exe")
    result = run_sign(["--file", str(exe), "--test-certificate", "--no-timestamp"],
                      cert_env(cert))
    assert result.returncode == 0, result.stderr
    assert f"signed: {exe} (NO timestamp)" in result.stdout
    assert "test certificate: these signatures are not for release" in result.stderr
    checked = verify(exe, cert)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Timestamp is not available" in checked.stdout


@needs_osslsigncode
def test_wrong_password_fails_without_printing_it(tmp_path: Path,
                                                  cert: ThrowAwayCertificate) -> None:
    exe = write_pe(tmp_path / "isange.exe")
    before = exe.read_bytes()
    wrong = f"wrong-{secrets.token_hex(8)}"
    env = clean_env(ISANGE_SIGN_PFX=str(cert.pfx), ISANGE_SIGN_PASSWORD=wrong)
    result = run_sign(["--file", str(exe), "--test-certificate", "--no-timestamp"], env)
    assert result.returncode == 1
    assert "signing failed:" in result.stderr
    assert wrong not in result.stdout + result.stderr
    assert exe.read_bytes() == before
    assert not list(tmp_path.glob(".*signed"))  # no half-signed file left beside it


# --- the rules, against a stand-in osslsigncode -------------------------------------------

FAKE_TOOL = """\
import json, os, shutil, sys
args = sys.argv[1:]
record = {"argv": args}
if "-readpass" in args:
    path = args[args.index("-readpass") + 1]
    record["readpass"] = path
    with open(path, encoding="utf-8") as fh:
        record["password"] = fh.read()
with open(os.environ["FAKE_LOG"], "a", encoding="utf-8") as fh:
    fh.write(json.dumps(record) + "\\n")
if os.environ.get("FAKE_FAIL"):
    print("fake osslsigncode: failed on purpose", file=sys.stderr)
    sys.exit(1)
shutil.copyfile(args[args.index("-in") + 1], args[args.index("-out") + 1])
"""


@pytest.fixture
def fake_tool(tmp_path: Path) -> tuple[Path, Path]:
    """(a PATH folder whose osslsigncode is the stand-in, the file it logs its calls to)."""
    folder = tmp_path / "fake-bin"
    folder.mkdir()
    tool = folder / "osslsigncode"
    tool.write_text(f"#!{sys.executable}\n{FAKE_TOOL}", encoding="utf-8")
    tool.chmod(0o755)
    return folder, tmp_path / "calls.jsonl"


def _fake_env(fake_tool: tuple[Path, Path], cert: ThrowAwayCertificate,
              **extra: str) -> dict[str, str]:
    folder, log = fake_tool
    env = cert_env(cert, FAKE_LOG=str(log), **extra)
    env["PATH"] = f"{folder}{os.pathsep}{env.get('PATH', '')}"
    return env


def _calls(log: Path) -> list[dict[str, str | list[str]]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in tool is a POSIX script")
def test_password_goes_through_a_private_file_never_an_argument(
        tmp_path: Path, cert: ThrowAwayCertificate, fake_tool: tuple[Path, Path]) -> None:
    dist = dummy_dist(tmp_path / "dist")
    result = run_sign(["--dist", str(dist), "--tool", "osslsigncode"],
                      _fake_env(fake_tool, cert))
    assert result.returncode == 0, result.stderr
    calls = _calls(fake_tool[1])
    signed = [Path(str(c["argv"][list(c["argv"]).index("-in") + 1])).name for c in calls]
    assert signed == list(OURS)
    for call in calls:
        argv = call["argv"]
        assert isinstance(argv, list)
        # The password reached the tool through -readpass, in a file that is gone afterwards
        assert cert.password not in " ".join(argv)
        assert call["password"] == cert.password
        assert not Path(str(call["readpass"])).exists()
        # SHA-256, and the default RFC 3161 timestamp server
        assert argv[argv.index("-h") + 1] == "sha256"
        assert argv[argv.index("-ts") + 1] == DEFAULT_TIMESTAMP_URL
        assert argv[argv.index("-pkcs12") + 1] == str(cert.pfx)
    assert cert.password not in result.stdout + result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in tool is a POSIX script")
def test_password_file_is_read_from_the_environment(
        tmp_path: Path, cert: ThrowAwayCertificate, fake_tool: tuple[Path, Path]) -> None:
    password_file = tmp_path / "password.txt"
    password_file.write_text(cert.password + "\n", encoding="utf-8")
    exe = write_pe(tmp_path / "isange.exe")
    env = _fake_env(fake_tool, cert, ISANGE_SIGN_PASSWORD_FILE=str(password_file))
    del env["ISANGE_SIGN_PASSWORD"]
    result = run_sign(["--file", str(exe), "--tool", "osslsigncode"], env)
    assert result.returncode == 0, result.stderr
    [call] = _calls(fake_tool[1])
    assert call["password"] == cert.password  # first line, without its newline


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in tool is a POSIX script")
def test_tool_failure_is_reported_and_the_file_left_alone(
        tmp_path: Path, cert: ThrowAwayCertificate, fake_tool: tuple[Path, Path]) -> None:
    exe = write_pe(tmp_path / "isange.exe")
    before = exe.read_bytes()
    result = run_sign(["--file", str(exe), "--tool", "osslsigncode", "--test-certificate",
                       "--no-timestamp"], _fake_env(fake_tool, cert, FAKE_FAIL="1"))
    assert result.returncode == 1
    assert "signing failed:" in result.stderr
    assert "fake osslsigncode: failed on purpose" in result.stderr
    assert cert.password not in result.stdout + result.stderr
    assert exe.read_bytes() == before
    assert len(_calls(fake_tool[1])) == 1  # no timestamp server, so nothing worth a retry


def test_no_certificate_skips_cleanly_and_changes_nothing(tmp_path: Path) -> None:
    dist = dummy_dist(tmp_path / "dist")
    before = _snapshot(dist)
    result = run_sign(["--dist", str(dist)], clean_env())
    assert result.returncode == 0
    assert result.stdout.strip() == "signing skipped: no certificate configured"
    assert _snapshot(dist) == before


def test_require_makes_a_missing_certificate_fail(tmp_path: Path) -> None:
    dist = dummy_dist(tmp_path / "dist")
    result = run_sign(["--dist", str(dist), "--require"], clean_env())
    assert result.returncode == 1
    assert "no certificate configured" in result.stderr


def test_no_timestamp_is_refused_without_the_test_certificate_flag(
        tmp_path: Path, cert: ThrowAwayCertificate) -> None:
    exe = write_pe(tmp_path / "isange.exe")
    before = exe.read_bytes()
    result = run_sign(["--file", str(exe), "--no-timestamp"], cert_env(cert))
    assert result.returncode == 2
    assert "--no-timestamp is for the offline tests only" in result.stderr
    assert exe.read_bytes() == before


def test_half_configured_certificate_is_an_error(tmp_path: Path,
                                                 cert: ThrowAwayCertificate) -> None:
    exe = write_pe(tmp_path / "isange.exe")
    # The PFX without any password setting: a forgotten secret, not "unsigned on purpose"
    no_password = clean_env(ISANGE_SIGN_PFX=str(cert.pfx))
    result = run_sign(["--file", str(exe)], no_password)
    assert result.returncode == 1
    assert "neither ISANGE_SIGN_PASSWORD_FILE nor ISANGE_SIGN_PASSWORD" in result.stderr
    # A PFX path that names nothing
    missing = clean_env(ISANGE_SIGN_PFX=str(tmp_path / "nothing.pfx"),
                        ISANGE_SIGN_PASSWORD=cert.password)
    result = run_sign(["--file", str(exe)], missing)
    assert result.returncode == 1
    assert "names no file" in result.stderr


@pytest.mark.parametrize("change", ["stranger", "missing"])
def test_unknown_build_layout_is_refused_before_signing(
        tmp_path: Path, cert: ThrowAwayCertificate, change: str) -> None:
    dist = dummy_dist(tmp_path / "dist")
    if change == "stranger":
        # An executable at the top that the script does not know: ours or not, someone decides
        write_pe(dist / "helper.exe")
        expected = "unexpected executables at the top"
    else:
        (dist / "isange.exe").unlink()
        expected = "lacks isange.exe"
    before = _snapshot(dist)
    result = run_sign(["--dist", str(dist)], cert_env(cert))
    assert result.returncode == 1
    assert expected in result.stderr
    assert _snapshot(dist) == before


def test_refuses_a_file_that_is_not_an_executable(tmp_path: Path,
                                                  cert: ThrowAwayCertificate) -> None:
    text = tmp_path / "notes.exe"
    text.write_text("not a program", encoding="utf-8")
    result = run_sign(["--file", str(text), "--tool", "osslsigncode"], cert_env(cert))
    assert result.returncode == 1
    assert "not a Windows executable" in result.stderr
