"""Where a vault's files are, and whether there is one: plain paths, no database or crypto
imports, so the app can decide what to show first without loading them (its start time)."""

from __future__ import annotations

import shutil
from pathlib import Path

DB_NAME = "vault.db"
BACKUP_DIR = "backups"
PRIMARY = "keyslots.json"
SECONDARY = "keyslots.copy.json"


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def slot_paths(data_dir: Path) -> tuple[Path, Path]:
    return data_dir / PRIMARY, data_dir / SECONDARY


def vault_exists(data_dir: Path) -> bool:
    return db_path(data_dir).exists() or any(p.exists() for p in slot_paths(data_dir))


def remove_vault_files(data_dir: Path) -> None:
    """Delete a throw-away (demo) vault folder entirely."""
    shutil.rmtree(data_dir, ignore_errors=True)
