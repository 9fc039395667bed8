"""Creating, unlocking and closing the vault.

A Vault object exists only while the vault is unlocked: it holds the database key, the engine
and the process lock, and ``close()`` drops all three.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert
from sqlalchemy.orm import Session

from isange_desktop.audit.chain import genesis_hash
from isange_desktop.errors import AuthError, CredentialStoreError, VaultError
from isange_desktop.store import device_secret, migrate
from isange_desktop.store.center_identity import new_keys
from isange_desktop.store.engine import DATABASE_ERRORS, KEY_BYTES, make_engine
from isange_desktop.store.kdf import Argon2Params
from isange_desktop.store.keyslots import (
    SlotFile,
    load_slot_file,
    login_id,
    save_slot_file,
)
from isange_desktop.store.login_attempts import LoginAttempts
from isange_desktop.store.models import AuditHead, Center, User, UserRole
from isange_desktop.store.process_lock import ProcessLock
from isange_desktop.store.recovery_key import generate as generate_recovery
from isange_desktop.store.types import utcnow
from isange_desktop.store.vault_files import (
    BACKUP_DIR,
    DB_NAME,
    db_path,
    remove_vault_files,
    slot_paths,
    vault_exists,
)

# Re-exported: callers have long found the vault's paths here.
__all__ = ["BACKUP_DIR", "DB_NAME", "db_path", "remove_vault_files", "vault_exists"]


@dataclass(frozen=True)
class CenterInfo:
    vault_id: str
    code: str
    name: str
    district: str | None = None  # a district code ("gasabo"), as the center card carries it


class Vault:
    def __init__(self, data_dir: Path, key: bytes, slots: SlotFile, lock: ProcessLock,
                 engine: Engine) -> None:
        self.data_dir = data_dir
        self._key: bytes | None = key
        self.slots = slots
        self._lock = lock
        self.engine: Engine = engine
        self._batch: Session | None = None

    @property
    def vault_id(self) -> str:
        return self.slots.vault_id

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise VaultError("vault.closed")
        return self._key

    @property
    def is_open(self) -> bool:
        return self._key is not None

    @contextlib.contextmanager
    def unit_of_work(self, *, readonly: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends cleanly, rolled back otherwise.

        Inside ``batch()`` it joins the batch's transaction instead, so each change still
        lands together with its audit event, and the batch commits (or not) as a whole.
        """
        if self._batch is not None:
            yield self._batch
            return
        bind = self.engine.execution_options(isange_readonly=True) if readonly else self.engine
        with Session(bind, expire_on_commit=False) as session, session.begin():
            yield session

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many service calls in one transaction (demo data, bulk fills): one commit and one
        fsync instead of one per call. Any error rolls the whole batch back."""
        if self._batch is not None:
            raise RuntimeError("batches do not nest")
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            self._batch = session
            try:
                yield
            finally:
                self._batch = None

    @contextlib.contextmanager
    def dbapi(self) -> Iterator[Any]:
        """A raw keyed connection from the pool, for bulk reads (verify) and backups."""
        conn = self.engine.raw_connection()
        try:
            yield conn.driver_connection
        finally:
            conn.close()

    def save_slots(self) -> None:
        save_slot_file(self.data_dir, self.slots)

    def close(self) -> None:
        self.engine.dispose()
        self._key = None
        self._lock.release()


def _acquire(data_dir: Path) -> ProcessLock:
    lock = ProcessLock(data_dir)
    lock.acquire()
    return lock


def _check_writable(data_dir: Path) -> None:
    if not os.access(data_dir, os.W_OK):
        raise VaultError("vault.read_only", path=str(data_dir))


def create_vault(
    data_dir: Path,
    *,
    center_code: str,
    center_name: str,
    admin_login: str,
    admin_name: str,
    admin_password: str,
    kdf: Argon2Params,
    center_district: str | None = None,
) -> tuple[Vault, bytes]:
    """A new vault with its center keys and first admin. Returns it open, and the raw
    recovery key (to show once). On any failure nothing of the new vault is left behind."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    _check_writable(data_dir)
    lock = _acquire(data_dir)
    if vault_exists(data_dir):
        lock.release()
        raise VaultError("vault.exists", path=str(data_dir))
    vault_id = str(uuid.uuid4())
    key = os.urandom(KEY_BYTES)
    recovery = generate_recovery()
    engine: Engine | None = None
    try:
        device = device_secret.load(vault_id) or device_secret.generate()
        device_secret.store(vault_id, device)
        slots = SlotFile(vault_id)
        slots.set_user_slot(admin_login, admin_password, key, device, kdf)
        slots.set_recovery_slot(recovery, key)
        slots.set_device_secret(device, key)

        engine = make_engine(db_path(data_dir), key)
        migrate.upgrade(engine)
        # Owner-only on POSIX (SQLite gives the -wal and -shm files the same mode); on Windows
        # the installer's ACL on the data folder governs.
        db_path(data_dir).chmod(0o600)
        now = utcnow()
        with Session(engine) as session, session.begin():
            session.add(Center(id=1, vault_id=vault_id, code=center_code, name=center_name,
                               created_at=now, district=center_district))
            # The center's signing key and age identity: generated here, never leaving the vault.
            session.add(new_keys(now, first_audit_seq=0))
            session.execute(insert(AuditHead).values(id=1, seq=0, hash=genesis_hash(vault_id)))
            admin = User(login=admin_login, display_name=admin_name, active=True,
                         must_change_password=False, created_at=now, created_by=None)
            admin.roles = [UserRole(role="admin")]
            session.add(admin)
        save_slot_file(data_dir, slots)
    except BaseException:
        if engine is not None:
            engine.dispose()
        discard_partial_vault(data_dir)
        with contextlib.suppress(CredentialStoreError):
            device_secret.remove(vault_id)
        lock.release()
        raise
    return Vault(data_dir, key, slots, lock, engine), recovery


def discard_partial_vault(data_dir: Path) -> None:
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        with contextlib.suppress(FileNotFoundError):
            (data_dir / name).unlink()
    for path in slot_paths(data_dir):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _require_vault(data_dir: Path) -> None:
    if not db_path(data_dir).is_file():
        raise VaultError("vault.not_found", path=str(data_dir))


def unlock_with_password(data_dir: Path, login: str, password: str) -> Vault:
    """Unwrap the login's slot; wrong passwords are counted outside the vault and slowed down."""
    _require_vault(data_dir)
    _check_writable(data_dir)
    lock = _acquire(data_dir)
    try:
        slots = load_slot_file(data_dir)
        lid = login_id(slots.vault_id, login)
        attempts = LoginAttempts(data_dir)
        wait = attempts.wait_remaining(lid)
        if wait.total_seconds() > 0:
            attempts.record(lid, "refused_locked")
            raise AuthError("auth.locked_out", seconds=int(wait.total_seconds()) + 1)
        device = device_secret.load(slots.vault_id)
        if device is None:
            raise CredentialStoreError("keyring.no_device_secret")
        try:
            key = slots.unwrap_user(login, password, device)
        except AuthError:
            attempts.record(lid, "wrong_password")
            raise
        return _open(data_dir, key, slots, lock)
    except BaseException:
        lock.release()
        raise


@contextlib.contextmanager
def locked_slots(data_dir: Path) -> Iterator[SlotFile]:
    """The slot file under the process lock, saved when the block ends cleanly."""
    _require_vault(data_dir)
    _check_writable(data_dir)
    lock = _acquire(data_dir)
    try:
        slots = load_slot_file(data_dir)
        yield slots
        save_slot_file(data_dir, slots)
    finally:
        lock.release()


def unlock_with_recovery(data_dir: Path, recovery: bytes) -> Vault:
    _require_vault(data_dir)
    _check_writable(data_dir)
    lock = _acquire(data_dir)
    try:
        slots = load_slot_file(data_dir)
        key = slots.unwrap_recovery(recovery)
        return _open(data_dir, key, slots, lock)
    except BaseException:
        lock.release()
        raise


def _open(data_dir: Path, key: bytes, slots: SlotFile, lock: ProcessLock) -> Vault:
    engine = make_engine(db_path(data_dir), key)
    try:
        current = migrate.current_revision(engine)
        if current is None:
            raise VaultError("vault.damaged")
        vault = Vault(data_dir, key, slots, lock, engine)
        if current != migrate.head_revision():
            _backup_then_upgrade(vault, current)
        return vault
    except DATABASE_ERRORS as exc:
        engine.dispose()
        raise VaultError("vault.damaged") from exc
    except BaseException:
        engine.dispose()
        raise


def _backup_then_upgrade(vault: Vault, current: str) -> None:
    # Imported here: backup reads the vault and the vault needs backup only on upgrade.
    from isange_desktop.store.backup import write_backup  # noqa: PLC0415

    folder = vault.data_dir / BACKUP_DIR
    folder.mkdir(exist_ok=True, mode=0o700)
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    backup = folder / f"before-upgrade-from-{current}-{stamp}.isbak"
    write_backup(vault, backup)
    try:
        migrate.upgrade(vault.engine)
    except DATABASE_ERRORS as exc:
        # Not damage: this version cannot upgrade this vault. Each step runs in one
        # transaction, so the vault is as it was after the last step that succeeded; the
        # backup taken just before is named so IT staff can restore it or report the error.
        raise VaultError("vault.upgrade_failed", revision=current, backup=str(backup)) from exc


