"""Key slots, as LUKS keeps them: the database key wrapped once per user and once for recovery.

Login is unwrapping your slot; there is no password table to attack. Each user slot's key is
HKDF(Argon2id(password), device secret); the recovery slot's key is HKDF(recovery key) alone, so
a new laptop plus a backup plus the recovery key opens everything. Every wrap is AES-256-GCM with
the vault id, slot kind and login bound in as associated data, so a slot cannot be moved to
another vault or user. The device secret itself is also kept wrapped under the database key, so
whoever opens the vault with the recovery key can put it back into a new credential store.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from isange_desktop.errors import AuthError, VaultError
from isange_desktop.store.atomic_file import write_atomic
from isange_desktop.store.kdf import Argon2Params, argon2id
from isange_desktop.store.vault_files import slot_paths

FORMAT = "isange-keyslots"
VERSION = 1


def normalize_login(login: str) -> str:
    return unicodedata.normalize("NFKC", login).strip().casefold()


def normalize_password(password: str) -> bytes:
    # NFC so the same password typed on another keyboard layout gives the same bytes.
    return unicodedata.normalize("NFC", password).encode("utf-8")


def login_id(vault_id: str, login: str) -> str:
    """What the slot file keeps instead of the login: staff names stay inside the vault."""
    digest = hashlib.sha256(f"isange-login-v1|{vault_id}|{normalize_login(login)}".encode())
    return digest.hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _hkdf(ikm: bytes, salt: bytes, info: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info.encode()).derive(ikm)


@dataclass
class Slot:
    kind: str  # "user" or "recovery"
    login_id: str | None
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: Argon2Params | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }
        if self.login_id is not None:
            data["login_id"] = self.login_id
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        kind = data["kind"]
        if kind not in ("user", "recovery"):
            raise ValueError("unknown slot kind")
        return cls(
            kind=kind,
            login_id=data.get("login_id"),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
            kdf=Argon2Params.from_json(data["kdf"]) if "kdf" in data else None,
        )


@dataclass
class SlotFile:
    vault_id: str
    slots: list[Slot] = field(default_factory=list)
    device_nonce: bytes = b""
    device_wrapped: bytes = b""
    # One-time codes an admin issues to enroll another Windows account: each wraps the device
    # secret (not the database key) and expires; the password is still needed to log in.
    enrollments: list[dict[str, str]] = field(default_factory=list)

    # -- wrapping ---------------------------------------------------------------------------

    def _ad(self, kind: str, lid: str | None) -> bytes:
        return f"isange-slot-v1|{self.vault_id}|{kind}|{lid or ''}".encode()

    def _user_kek(self, password: str, salt: bytes, params: Argon2Params, device: bytes,
                  lid: str) -> bytes:
        stretched = argon2id(normalize_password(password), salt, params)
        return _hkdf(stretched, device, f"isange user slot v1|{self.vault_id}|{lid}")

    def _recovery_kek(self, recovery: bytes, salt: bytes) -> bytes:
        # 160 random bits need no stretching; HKDF binds the key to this vault.
        return _hkdf(recovery, salt, f"isange recovery slot v1|{self.vault_id}")

    def set_user_slot(self, login: str, password: str, db_key: bytes, device: bytes,
                      params: Argon2Params) -> None:
        lid = login_id(self.vault_id, login)
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        kek = self._user_kek(password, salt, params, device, lid)
        wrapped = AESGCM(kek).encrypt(nonce, db_key, self._ad("user", lid))
        self.remove_user_slot(login)
        self.slots.append(Slot("user", lid, salt, nonce, wrapped, params))

    def remove_user_slot(self, login: str) -> bool:
        lid = login_id(self.vault_id, login)
        before = len(self.slots)
        self.slots = [s for s in self.slots if not (s.kind == "user" and s.login_id == lid)]
        return len(self.slots) != before

    def has_user_slot(self, login: str) -> bool:
        return self.user_slot(login) is not None

    def user_slot(self, login: str) -> Slot | None:
        lid = login_id(self.vault_id, login)
        return next((s for s in self.slots if s.kind == "user" and s.login_id == lid), None)

    def unwrap_user(self, login: str, password: str, device: bytes) -> bytes:
        slot = self.user_slot(login)
        if slot is None or slot.kdf is None:
            # Same message as a wrong password: the slot file should not confirm logins.
            raise AuthError("auth.wrong_password")
        kek = self._user_kek(password, slot.salt, slot.kdf, device, slot.login_id or "")
        try:
            return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._ad("user", slot.login_id))
        except InvalidTag:
            raise AuthError("auth.wrong_password") from None

    def set_recovery_slot(self, recovery: bytes, db_key: bytes) -> None:
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        wrapped = AESGCM(self._recovery_kek(recovery, salt)).encrypt(
            nonce, db_key, self._ad("recovery", None)
        )
        self.slots = [s for s in self.slots if s.kind != "recovery"]
        self.slots.append(Slot("recovery", None, salt, nonce, wrapped))

    def unwrap_recovery(self, recovery: bytes) -> bytes:
        slot = next((s for s in self.slots if s.kind == "recovery"), None)
        if slot is None:
            raise VaultError("vault.no_recovery_slot")
        try:
            return AESGCM(self._recovery_kek(recovery, slot.salt)).decrypt(
                slot.nonce, slot.wrapped, self._ad("recovery", None)
            )
        except InvalidTag:
            raise AuthError("recovery.wrong_key") from None

    def _device_kek(self, db_key: bytes) -> bytes:
        return _hkdf(db_key, b"", f"isange device secret wrap v1|{self.vault_id}")

    def set_device_secret(self, device: bytes, db_key: bytes) -> None:
        self.device_nonce = secrets.token_bytes(12)
        self.device_wrapped = AESGCM(self._device_kek(db_key)).encrypt(
            self.device_nonce, device, f"isange-device-v1|{self.vault_id}".encode()
        )

    def unwrap_device_secret(self, db_key: bytes) -> bytes:
        try:
            return AESGCM(self._device_kek(db_key)).decrypt(
                self.device_nonce, self.device_wrapped, f"isange-device-v1|{self.vault_id}".encode()
            )
        except InvalidTag:
            raise VaultError("vault.slot_file_damaged") from None

    def add_enrollment(self, code: bytes, device: bytes, expires: datetime) -> None:
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        until = expires.astimezone(UTC).isoformat(timespec="seconds")
        kek = _hkdf(code, salt, f"isange enrollment v1|{self.vault_id}")
        wrapped = AESGCM(kek).encrypt(nonce, device, f"isange-enroll-v1|{until}".encode())
        self.enrollments.append(
            {"salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped), "expires": until}
        )

    def take_enrollment(self, code: bytes, now: datetime) -> bytes:
        """The device secret for a valid code; the code is used up. Expired codes are dropped."""
        self.enrollments = [e for e in self.enrollments
                            if datetime.fromisoformat(e["expires"]) > now]
        for entry in self.enrollments:
            kek = _hkdf(code, _unb64(entry["salt"]), f"isange enrollment v1|{self.vault_id}")
            try:
                device = AESGCM(kek).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped"]),
                                             f"isange-enroll-v1|{entry['expires']}".encode())
            except InvalidTag:
                continue
            self.enrollments.remove(entry)
            return device
        raise AuthError("enroll.code_invalid")

    # -- serialisation ----------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "device": {"nonce": _b64(self.device_nonce), "wrapped": _b64(self.device_wrapped)},
            "slots": [s.to_json() for s in self.slots],
            "enrollments": self.enrollments,
        }
        return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> SlotFile:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") != FORMAT or doc.get("version") != VERSION:
                raise ValueError("not a key slot file")
            return cls(
                vault_id=str(doc["vault_id"]),
                slots=[Slot.from_json(s) for s in doc["slots"]],
                device_nonce=_unb64(doc["device"]["nonce"]),
                device_wrapped=_unb64(doc["device"]["wrapped"]),
                enrollments=[dict(e) for e in doc.get("enrollments", [])],
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise VaultError("vault.slot_file_damaged") from exc


def load_slot_file(data_dir: Path) -> SlotFile:
    """The primary copy, or the second one when the primary is missing or damaged."""
    last_error: VaultError | None = None
    for path in slot_paths(data_dir):
        try:
            return SlotFile.from_bytes(path.read_bytes())
        except FileNotFoundError:
            continue
        except VaultError as exc:
            last_error = exc
    if last_error is not None:
        raise last_error
    raise VaultError("vault.not_found", path=str(data_dir))


def save_slot_file(data_dir: Path, slot_file: SlotFile) -> None:
    data = slot_file.to_bytes()
    for path in slot_paths(data_dir):
        write_atomic(path, data)
