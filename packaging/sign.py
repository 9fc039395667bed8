#!/usr/bin/env python3
"""Authenticode-sign the project's Windows executables, then the installer.

    python packaging/sign.py --dist dist/isange-desktop        # our executables in the build
    python packaging/sign.py --installer dist/isange-desktop-1.2.3-setup.exe
    python packaging/sign.py --file PATH                        # one file (NSIS !uninstfinalize)

What is ours: the two executables PyInstaller writes at the top of the one-folder build,
``isange-desktop.exe`` (windowed) and ``isange.exe`` (console), then the installer and its
uninstaller. Everything under the build's sub-folders (``_internal``: python311.dll, the Qt and
PySide6 DLLs, the ``.pyd`` extension modules, the VC runtime, OpenSSL, SQLCipher) is third-party
code: it keeps whatever signature its vendor gave it, because our signature on someone else's
binary would vouch for code we did not build. Our own Python code sits in PyInstaller's archive
inside ``_internal``, which is not a PE file and which Authenticode cannot cover; the signed
installer is what vouches for those bytes when IT staff install them.

The certificate comes from the environment, never from the command line (which CI logs):

    ISANGE_SIGN_PFX             path to the code-signing certificate and key (.pfx / .p12)
    ISANGE_SIGN_PASSWORD_FILE   a file holding the PFX password (first line), or else
    ISANGE_SIGN_PASSWORD        the password itself

With no ``ISANGE_SIGN_PFX`` the script prints "signing skipped: no certificate configured" and
exits 0, so a fork or a local build without the secret still builds; ``--require`` makes that
exit 1 (release builds).

The tool is signtool on Windows, osslsigncode elsewhere (``--tool`` to choose). Every signature
is SHA-256 with an RFC 3161 timestamp: without one, a signature stops verifying the day the
certificate expires, and every installed laptop would then warn about the program.
``--no-timestamp`` exists only for the offline test suite and is refused unless
``--test-certificate`` says the certificate is a throw-away one.

Exit status: 0 signed (or skipped), 1 a signing or configuration failure, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# The executables PyInstaller builds from this project's spec (packaging/isange_desktop.spec).
OWN_EXECUTABLES = ("isange-desktop.exe", "isange.exe")
PE_SUFFIXES = (".exe", ".dll")

PFX_ENV = "ISANGE_SIGN_PFX"
PASSWORD_FILE_ENV = "ISANGE_SIGN_PASSWORD_FILE"  # noqa: S105 - a variable name
PASSWORD_ENV = "ISANGE_SIGN_PASSWORD"  # noqa: S105 - the variable's name, not a password
SIGNTOOL_ENV = "SIGNTOOL"

# DigiCert's public RFC 3161 service: free, no account, the one Microsoft's own docs use.
DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"
DESCRIPTION = "Isange Desktop"

# Timestamp servers fail now and then; a release should not, so each file gets a few tries
# (over every --timestamp-url given, in turn) before the run gives up.
ATTEMPTS = 3
RETRY_PAUSE_SECONDS = 5.0

SKIPPED = "signing skipped: no certificate configured"


class SigningError(Exception):
    """A message for the log; the password never goes into one."""


@dataclass(frozen=True)
class Certificate:
    pfx: Path
    password: str


@dataclass(frozen=True)
class Options:
    tool: str  # "signtool" or "osslsigncode"
    timestamp_urls: tuple[str, ...]  # empty: no timestamp (test certificates only)
    test_certificate: bool
    description: str


def certificate_from_env(environ: Mapping[str, str]) -> Certificate | None:
    """None when no certificate is configured; an error when it is configured half-way."""
    pfx_value = environ.get(PFX_ENV, "").strip()
    if not pfx_value:
        return None
    pfx = Path(pfx_value)
    if not pfx.is_file():
        raise SigningError(f"{PFX_ENV} names no file: {pfx}")
    password_file = environ.get(PASSWORD_FILE_ENV, "").strip()
    if password_file:
        try:
            text = Path(password_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise SigningError(f"cannot read {PASSWORD_FILE_ENV}: {exc.strerror}") from None
        lines = text.splitlines()
        return Certificate(pfx, lines[0] if lines else "")
    if PASSWORD_ENV in environ:
        return Certificate(pfx, environ[PASSWORD_ENV])
    # A PFX without a password is possible but rare; asking for an explicit empty value keeps
    # a forgotten secret from turning into a confusing "wrong password" from the tool.
    raise SigningError(f"{PFX_ENV} is set but neither {PASSWORD_FILE_ENV} nor {PASSWORD_ENV}")


def own_executables(dist: Path) -> list[Path]:
    """Our executables at the top of the build; refuses a build whose layout is not the one
    this script knows, rather than leaving a new executable unsigned or signing a stranger."""
    if not dist.is_dir():
        raise SigningError(f"no build folder: {dist}")
    missing = [name for name in OWN_EXECUTABLES if not (dist / name).is_file()]
    if missing:
        raise SigningError(f"{dist} lacks {', '.join(missing)}: is it the PyInstaller build?")
    strangers = sorted(
        entry.name for entry in dist.iterdir()
        if entry.is_file() and entry.suffix.lower() in PE_SUFFIXES
        and entry.name not in OWN_EXECUTABLES)
    if strangers:
        raise SigningError(
            f"unexpected executables at the top of {dist}: {', '.join(strangers)}; add ours to "
            "OWN_EXECUTABLES in packaging/sign.py, or have the spec put third-party ones in "
            "_internal")
    return [dist / name for name in OWN_EXECUTABLES]


def check_pe(path: Path) -> None:
    if not path.is_file():
        raise SigningError(f"no such file: {path}")
    with path.open("rb") as fh:
        if fh.read(2) != b"MZ":
            raise SigningError(f"not a Windows executable (PE) file: {path}")


def find_signtool(environ: Mapping[str, str]) -> str:
    configured = environ.get(SIGNTOOL_ENV, "").strip()
    if configured:
        return configured
    found = shutil.which("signtool")
    if found:
        return found
    # The Windows SDK is on GitHub's Windows runners but not on PATH: take the newest x64 one.
    kits = Path(environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Windows Kits"
    candidates = sorted(kits.glob("10/bin/10.*/x64/signtool.exe"),
                        key=lambda p: tuple(int(x) for x in p.parent.parent.name.split(".")))
    if candidates:
        return str(candidates[-1])
    raise SigningError(f"signtool not found: install the Windows SDK or set {SIGNTOOL_ENV}")


def find_osslsigncode() -> str:
    found = shutil.which("osslsigncode")
    if not found:
        raise SigningError("osslsigncode not found (Debian: apt-get install osslsigncode)")
    return found


@contextlib.contextmanager
def password_file(cert: Certificate) -> Iterator[Path]:
    """The password in a file only this user can read, for osslsigncode's -readpass, so it is
    never an argument (other processes and CI logs can see arguments)."""
    folder = Path(tempfile.mkdtemp(prefix="isange-sign-"))  # mode 0700
    path = folder / "password"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(cert.password)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(command: Sequence[str], shown: str) -> None:
    """Runs the tool; on failure the log gets ``shown`` (the command without its password)
    and the tool's own output."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise SigningError(f"{shown} failed (exit {result.returncode}):\n{output}")


def _sign_with_signtool(path: Path, cert: Certificate, options: Options,
                        timestamp_url: str | None, tool: str) -> None:
    # signtool has no way to read the password from a file: it is an argument of this one
    # child process, and only the masked form is ever printed.
    head = [tool, "sign", "/fd", "sha256", "/f", str(cert.pfx)]
    tail = ["/d", options.description]
    if timestamp_url:
        tail += ["/tr", timestamp_url, "/td", "sha256"]
    tail.append(str(path))
    secret = ["/p", cert.password] if cert.password else []
    shown = [*head, "/p", "***", *tail] if secret else [*head, *tail]
    _run([*head, *secret, *tail], " ".join(shown))
    if not options.test_certificate:
        # /pa: the Authenticode policy Windows itself applies; a release certificate chains
        # to a root every Windows trusts, so anything else here is a broken signature.
        _run([tool, "verify", "/pa", str(path)], f"signtool verify /pa {path}")


def _sign_with_osslsigncode(path: Path, cert: Certificate, options: Options,
                            timestamp_url: str | None, tool: str) -> None:
    # osslsigncode cannot sign in place: sign into a sibling, then swap it in atomically so
    # an interrupted run never leaves a half-written executable in the build.
    out = path.with_name(f".{path.name}.signed")
    with contextlib.suppress(FileNotFoundError):
        out.unlink()
    with password_file(cert) as readpass:
        command = [tool, "sign", "-pkcs12", str(cert.pfx), "-readpass", str(readpass),
                   "-h", "sha256", "-n", options.description]
        if timestamp_url:
            command += ["-ts", timestamp_url]
        command += ["-in", str(path), "-out", str(out)]
        try:
            _run(command, " ".join(command))
            os.replace(out, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                out.unlink()


def sign_file(path: Path, cert: Certificate, options: Options,
              environ: Mapping[str, str]) -> str:
    """Signs one file in place; returns the timestamp server used ("" when none)."""
    check_pe(path)
    if options.tool == "signtool":
        tool, signer = find_signtool(environ), _sign_with_signtool
    else:
        tool, signer = find_osslsigncode(), _sign_with_osslsigncode
    urls: Sequence[str | None] = options.timestamp_urls or (None,)
    # Only a timestamp server is worth waiting for; without one a failure is final.
    attempts = ATTEMPTS if options.timestamp_urls else 1
    last: SigningError | None = None
    for attempt in range(attempts):
        url = urls[attempt % len(urls)]
        try:
            signer(path, cert, options, url, tool)
            return url or ""
        except SigningError as exc:
            last = exc
            if attempt + 1 < attempts:
                print(f"retrying {path.name} ({exc.args[0].splitlines()[0]})", file=sys.stderr)
                time.sleep(RETRY_PAUSE_SECONDS * (attempt + 1))
    assert last is not None
    raise last


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Sign Isange Desktop's executables and installer (Authenticode, SHA-256, "
                    f"timestamped). Certificate: {PFX_ENV} and {PASSWORD_FILE_ENV} or "
                    f"{PASSWORD_ENV}.")
    parser.add_argument("--dist", type=Path,
                        help="the PyInstaller one-folder build: signs "
                             + " and ".join(OWN_EXECUTABLES))
    parser.add_argument("--installer", type=Path, action="append", default=[],
                        help="an installer to sign (after the build's executables)")
    parser.add_argument("--file", type=Path, action="append", default=[],
                        help="one more executable of ours to sign (the NSIS uninstaller)")
    parser.add_argument("--timestamp-url", action="append", default=[], metavar="URL",
                        help=f"RFC 3161 timestamp server, repeatable: tried in turn "
                             f"(default {DEFAULT_TIMESTAMP_URL})")
    parser.add_argument("--tool", choices=("auto", "signtool", "osslsigncode"), default="auto",
                        help="auto: signtool on Windows, osslsigncode elsewhere")
    parser.add_argument("--description", default=DESCRIPTION,
                        help="the program name Windows shows in its prompts")
    parser.add_argument("--require", action="store_true",
                        help="exit 1 when no certificate is configured (release builds)")
    parser.add_argument("--test-certificate", action="store_true",
                        help="TESTS ONLY: the certificate is a throw-away one (no verification "
                             "against Windows' trusted roots; allows --no-timestamp)")
    parser.add_argument("--no-timestamp", action="store_true",
                        help="TESTS ONLY, offline: no timestamp; refused without "
                             "--test-certificate, never for a release")
    args = parser.parse_args(argv)
    if args.no_timestamp and not args.test_certificate:
        parser.error("--no-timestamp is for the offline tests only and needs --test-certificate;"
                     " a release signature must be timestamped")
    if args.no_timestamp and args.timestamp_url:
        parser.error("--no-timestamp and --timestamp-url contradict each other")
    if args.dist is None and not args.installer and not args.file:
        parser.error("nothing to sign: give --dist, --installer or --file")
    return args


def main(argv: Sequence[str] | None = None,
         environ: Mapping[str, str] = os.environ) -> int:
    args = parse_args(argv)
    try:
        cert = certificate_from_env(environ)
        if cert is None:
            if args.require:
                print(f"signing failed: no certificate configured ({PFX_ENV} is not set) "
                      "and --require was given", file=sys.stderr)
                return 1
            print(SKIPPED)
            return 0
        tool = args.tool
        if tool == "auto":
            tool = "signtool" if sys.platform == "win32" else "osslsigncode"
        options = Options(
            tool=tool,
            timestamp_urls=() if args.no_timestamp
            else tuple(args.timestamp_url or [DEFAULT_TIMESTAMP_URL]),
            test_certificate=args.test_certificate,
            description=args.description,
        )
        if options.test_certificate:
            print("WARNING: test certificate: these signatures are not for release",
                  file=sys.stderr)
        # The build's executables first: the installer packs them, so it must be made (and
        # signed) after they are.
        targets = own_executables(args.dist) if args.dist is not None else []
        targets += list(args.file) + list(args.installer)
        for path in targets:
            url = sign_file(path, cert, options, environ)
            print(f"signed: {path}" + (f" (timestamp: {url})" if url else " (NO timestamp)"))
        print(f"signed {len(targets)} file(s) with {tool}")
        return 0
    except SigningError as exc:
        print(f"signing failed: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
