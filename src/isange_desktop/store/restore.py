"""Restore a backup into an empty data folder with the recovery key.

Works on a new laptop: the device secret travels inside the slot file, wrapped under the
database key, and goes into this Windows account's credential store once the key is known.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from isange_desktop.errors import VaultError
from isange_desktop.store import device_secret
from isange_desktop.store.backup import extract_database, read_manifest, read_slots
from isange_desktop.store.keyslots import save_slot_file
from isange_desktop.store.vault import (
    Vault,
    db_path,
    discard_partial_vault,
    unlock_with_recovery,
    vault_exists,
)


def restore_backup(backup: Path, data_dir: Path, recovery: bytes) -> Vault:
    if not backup.is_file():
        raise VaultError("backup.not_found", path=str(backup))
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if vault_exists(data_dir):
        raise VaultError("restore.target_has_vault", path=str(data_dir))
    if not os.access(data_dir, os.W_OK):
        raise VaultError("vault.read_only", path=str(data_dir))
    manifest = read_manifest(backup)
    slots = read_slots(backup)
    if slots.vault_id != manifest["vault_id"]:
        raise VaultError("backup.damaged", path=str(backup))
    key = slots.unwrap_recovery(recovery)  # AuthError on a wrong key: nothing written yet

    staging = data_dir / f".restore-{os.getpid()}.db"
    try:
        extract_database(backup, staging, manifest, key)
        os.replace(staging, db_path(data_dir))
        save_slot_file(data_dir, slots)
        device_secret.store(slots.vault_id, slots.unwrap_device_secret(key))
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()
        discard_partial_vault(data_dir)
        raise
    return unlock_with_recovery(data_dir, recovery)
