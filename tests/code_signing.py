"""What the signing and installer tests need, made offline in a temp folder: a minimal Windows
executable, throw-away code-signing and timestamping certificates, a local RFC 3161 timestamp
server, a dummy PyInstaller build, and runners for packaging/sign.py, osslsigncode, makensis.

The timestamp server is `openssl ts -reply` behind a small HTTP handler: with it the tests sign
exactly as a release does (SHA-256 plus an RFC 3161 timestamp) without reaching the internet.
"""

from __future__ import annotations

import http.server
import os
import shutil
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

REPO = Path(__file__).resolve().parents[1]
SIGN_SCRIPT = REPO / "packaging" / "sign.py"
NSI = REPO / "packaging" / "windows" / "isange_desktop.nsi"
SIGN_ENV = ("ISANGE_SIGN_PFX", "ISANGE_SIGN_PASSWORD", "ISANGE_SIGN_PASSWORD_FILE")


def which_7z() -> str | None:
    """7-Zip reads NSIS installers: it lists (and extracts) what one would install."""
    return shutil.which("7zz") or shutil.which("7z")


def minimal_pe() -> bytes:
    """A valid 1 KiB PE32+ (x64) executable: headers and one section holding `ret`. Enough for
    Authenticode, which hashes the file around its checksum and certificate-table fields."""
    dos = bytearray(0x40)
    dos[0:2] = b"MZ"
    struct.pack_into("<I", dos, 0x3C, 0x40)  # e_lfanew: the PE header right after
    optional_size = 240  # PE32+ optional header with its 16 data directories
    coff = struct.pack("<HHIIIHH", 0x8664, 1, 0, 0, 0, optional_size, 0x0022)
    optional = struct.pack("<HBBIIIII", 0x20B, 14, 0, 0x200, 0, 0, 0x1000, 0x1000)
    optional += struct.pack(
        "<QIIHHHHHHIIIIHHQQQQII",
        0x140000000, 0x1000, 0x200,  # image base, section and file alignment
        6, 0, 0, 0, 6, 0, 0,  # OS, image and subsystem versions, Win32VersionValue
        0x2000, 0x200, 0,  # size of image, size of headers, checksum
        3, 0x8160,  # console subsystem; DLL characteristics (ASLR, NX, terminal server)
        0x100000, 0x1000, 0x100000, 0x1000, 0, 16)  # stack, heap, loader flags, directories
    optional += bytes(16 * 8)
    section = struct.pack("<8sIIIIIIHHI", b".text", 0x1000, 0x1000, 0x200, 0x200,
                          0, 0, 0, 0, 0x60000020)
    headers = bytes(dos) + b"PE\0\0" + coff + optional + section
    return headers.ljust(0x200, b"\0") + b"\xc3".ljust(0x200, b"\0")


def write_pe(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(minimal_pe())
    return path


def dummy_dist(folder: Path) -> Path:
    """PyInstaller's one-folder layout: our two executables on top, third-party code below."""
    dist = folder / "isange-desktop"
    write_pe(dist / "isange-desktop.exe")
    write_pe(dist / "isange.exe")
    write_pe(dist / "_internal" / "python311.dll")
    write_pe(dist / "_internal" / "PySide6" / "Qt6Core.dll")
    (dist / "_internal" / "base_library.zip").write_bytes(b"PK\5\6" + bytes(18))
    return dist


def _self_signed(common_name: str, usage: x509.ObjectIdentifier,
                 ) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        # A timestamping certificate must say so in a critical extension (RFC 3161, 2.3).
        .add_extension(x509.ExtendedKeyUsage([usage]),
                       critical=usage == ExtendedKeyUsageOID.TIME_STAMPING)
        .sign(key, hashes.SHA256())
    )
    return key, cert


@dataclass(frozen=True)
class ThrowAwayCertificate:
    pfx: Path
    pem: Path  # what osslsigncode verify takes as -CAfile: the self-signed chain accepted
    password: str


def make_certificate(folder: Path, password: str) -> ThrowAwayCertificate:
    """A throw-away self-signed code-signing certificate in a password-protected PFX."""
    folder.mkdir(parents=True, exist_ok=True)
    key, cert = _self_signed("Isange Desktop TEST signing", ExtendedKeyUsageOID.CODE_SIGNING)
    pfx = folder / "test-signing.pfx"
    pfx.write_bytes(pkcs12.serialize_key_and_certificates(
        b"isange-test", key, cert, None,
        serialization.BestAvailableEncryption(password.encode())))
    pem = folder / "test-signing.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return ThrowAwayCertificate(pfx, pem, password)


@dataclass(frozen=True)
class TimestampServer:
    url: str
    certificate: Path  # osslsigncode verify -TSA-CAfile


@contextmanager
def timestamp_server(folder: Path) -> Iterator[TimestampServer]:
    """A local RFC 3161 time-stamp authority on 127.0.0.1 (openssl ts -reply per request)."""
    folder.mkdir(parents=True, exist_ok=True)
    key, cert = _self_signed("Isange Desktop TEST timestamps", ExtendedKeyUsageOID.TIME_STAMPING)
    (folder / "tsa.key").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    (folder / "tsa.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "serial").write_text("01\n")
    config = folder / "tsa.cnf"
    config.write_text(
        "[ tsa ]\ndefault_tsa = test_tsa\n[ test_tsa ]\n"
        f"serial = {folder / 'serial'}\nsigner_cert = {folder / 'tsa.pem'}\n"
        f"signer_key = {folder / 'tsa.key'}\nsigner_digest = sha256\n"
        "default_policy = 1.3.6.1.4.1.99999.1\nother_policies = 1.3.6.1.4.1.99999.2\n"
        "digests = sha256, sha384, sha512\naccuracy = secs:1\nordering = yes\n"
        "tsa_name = yes\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n")
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            query = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with lock:
                (folder / "query.tsq").write_bytes(query)
                result = subprocess.run(
                    ["openssl", "ts", "-reply", "-config", str(config), "-queryfile",
                     str(folder / "query.tsq"), "-out", str(folder / "reply.tsr")],
                    capture_output=True)
                reply = (folder / "reply.tsr").read_bytes() if result.returncode == 0 else b""
            if not reply:
                self.send_error(500)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep pytest's output clean

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield TimestampServer(f"http://127.0.0.1:{server.server_port}", folder / "tsa.pem")
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without any signing configuration a developer may have set,
    plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k not in SIGN_ENV}
    env.update(extra)
    return env


def cert_env(cert: ThrowAwayCertificate, **extra: str) -> dict[str, str]:
    return clean_env(ISANGE_SIGN_PFX=str(cert.pfx), ISANGE_SIGN_PASSWORD=cert.password, **extra)


def run_sign(args: Sequence[str], env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SIGN_SCRIPT), *args], env=dict(env),
                          capture_output=True, text=True, timeout=120)


def verify(path: Path, cert: ThrowAwayCertificate, tsa: TimestampServer | None = None,
           ) -> subprocess.CompletedProcess[str]:
    command = ["osslsigncode", "verify", "-CAfile", str(cert.pem)]
    if tsa is not None:
        command += ["-TSA-CAfile", str(tsa.certificate)]
    return subprocess.run([*command, "-in", str(path)], capture_output=True, text=True,
                          timeout=60)


def makensis(*defines: str, script: Path = NSI) -> subprocess.CompletedProcess[str]:
    """Debian's makensis; -WX: any warning (a LangString missing in one language) fails."""
    return subprocess.run(["makensis", "-V2", "-WX", *(f"-D{d}" for d in defines), str(script)],
                          capture_output=True, text=True, timeout=300)
