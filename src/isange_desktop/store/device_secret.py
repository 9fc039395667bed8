"""The device secret: 32 random bytes in the OS credential store, mixed into every user slot.

A copied vault folder alone is not enough to guess passwords offline at leisure: the guesser
also needs this Windows account's credential store. A missing store is one clear error, never a
silent fallback to a plain file; a backend chosen on purpose with keyring's own
PYTHON_KEYRING_BACKEND variable is honoured, with a warning when it keeps secrets in a file.
"""

from __future__ import annotations

import base64
import logging
import os
import secrets

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from isange_desktop.errors import CredentialStoreError

SERVICE = "Isange Desktop"
SECRET_BYTES = 32
log = logging.getLogger(__name__)

# Backends that hold nothing or keep secrets unencrypted on disk.
_NO_STORE = {"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"}
_PLAIN_FILE = {"keyrings.alt.file.PlaintextKeyring"}


def _qualname(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def backend() -> KeyringBackend:
    chosen = keyring.get_keyring()
    name = _qualname(chosen)
    if name in _NO_STORE:
        raise CredentialStoreError("keyring.none")
    return chosen


def plain_file_warning() -> str | None:
    """The warning to show when the chosen store keeps secrets in a plain file."""
    name = _qualname(keyring.get_keyring())
    if name in _PLAIN_FILE:
        chosen = os.environ.get("PYTHON_KEYRING_BACKEND", name)
        return f"keyring.plain_file:{chosen}"
    return None


def _account(vault_id: str) -> str:
    return f"device-secret:{vault_id}"


def load(vault_id: str) -> bytes | None:
    try:
        value = backend().get_password(SERVICE, _account(vault_id))
    except KeyringError as exc:
        raise CredentialStoreError("keyring.unavailable") from exc
    if value is None:
        return None
    raw = base64.b64decode(value)
    if len(raw) != SECRET_BYTES:
        raise CredentialStoreError("keyring.corrupt")
    return raw


def store(vault_id: str, secret: bytes) -> None:
    try:
        backend().set_password(SERVICE, _account(vault_id), base64.b64encode(secret).decode())
    except KeyringError as exc:
        raise CredentialStoreError("keyring.unavailable") from exc


def remove(vault_id: str) -> None:
    try:
        backend().delete_password(SERVICE, _account(vault_id))
    except KeyringError:
        log.info("no device secret to remove for this vault")


def generate() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)
