"""Creating the vault, backups, restore, device enrollment and health checks."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import keyring
from sqlalchemy import select

from isange_desktop.domain.case_numbers import CENTER_PATTERN
from isange_desktop.domain.passwords import login_valid, password_problem
from isange_desktop.domain.policy import Action
from isange_desktop.errors import CredentialStoreError, ValidationError, VaultError
from isange_desktop.services.session import RECOVERY_ACTOR, UserSession, authorize, record
from isange_desktop.store import device_secret, migrate
from isange_desktop.store.backup import BackupReport, write_backup
from isange_desktop.store.engine import DATABASE_ERRORS
from isange_desktop.store.kdf import Argon2Params, calibrate
from isange_desktop.store.keyslots import normalize_login
from isange_desktop.store.login_attempts import LoginAttempts
from isange_desktop.store.models import Center, User
from isange_desktop.store.recovery_key import format_key, parse_key
from isange_desktop.store.recovery_key import generate as generate_recovery
from isange_desktop.store.restore import restore_backup
from isange_desktop.store.types import utcnow
from isange_desktop.store.vault import Vault, create_vault, locked_slots, unlock_with_recovery
from isange_desktop.transfer.center_card import normalize_district

# Tests and CI may ask for the Argon2 floor (64 MiB, t=3) instead of a calibrated cost.
FLOOR_ENV = "ISANGE_ARGON2_FLOOR"


def default_kdf() -> Argon2Params:
    return Argon2Params() if os.environ.get(FLOOR_ENV) == "1" else calibrate()


@dataclass(frozen=True)
class InitResult:
    vault_id: str
    recovery_key: str  # shown once, never stored


def init_vault(data_dir: Path, *, center_code: str, center_name: str, admin_login: str,
               admin_name: str, admin_password: str, kdf: Argon2Params | None = None,
               district: str | None = None) -> InitResult:
    """A new vault, its center (with its signing key and age identity) and first admin."""
    code = center_code.strip().upper()
    # The code goes into every case number: the same pattern the case numbers accept.
    if not CENTER_PATTERN.fullmatch(code):
        raise ValidationError("center.code_invalid")
    if not center_name.strip():
        raise ValidationError("center.name_required")
    district_code = normalize_district(district)
    login = normalize_login(admin_login)
    if not login_valid(login):
        raise ValidationError("user.login_invalid", login=login)
    problem = password_problem(admin_password, login)
    if problem is not None:
        raise ValidationError(problem)
    vault, recovery = create_vault(
        data_dir, center_code=code, center_name=center_name.strip(), admin_login=login,
        admin_name=admin_name.strip() or login, admin_password=admin_password,
        kdf=kdf or default_kdf(), center_district=district_code,
    )
    try:
        with vault.unit_of_work() as uow:
            admin_id = uow.scalars(select(User.id).where(User.login == login)).one()
            record(uow, actor=login, role="admin", action="vault.created", object_type="center",
                   object_id=code)
            record(uow, actor=login, role="admin", action="user.created", object_type="user",
                   object_id=str(admin_id), details={"fields": ["login", "display_name", "roles"]})
        return InitResult(vault.vault_id, format_key(recovery))
    finally:
        vault.close()


def backup(session: UserSession, out: Path) -> BackupReport:
    role = authorize(session, Action.BACKUP, object_type="vault")
    # The event goes in first so the backup itself shows it was taken; a failure is recorded too.
    with session.vault.unit_of_work() as uow:
        record(uow, actor=session.login, role=role, action="vault.backup", object_type="vault")
    try:
        return write_backup(session.vault, out)
    except Exception:
        with session.vault.unit_of_work() as uow:
            record(uow, actor=session.login, role=role, action="vault.backup",
                   object_type="vault", outcome="failed")
        raise


def _recovered(vault: Vault, action: str) -> None:
    with vault.unit_of_work() as uow:
        record(uow, actor=RECOVERY_ACTOR, role="-", action=action, object_type="vault")


def restore(backup_file: Path, data_dir: Path, recovery_text: str) -> str:
    """Restore into an empty folder; returns the center code. Works with no device secret."""
    recovery = parse_key(recovery_text)
    vault = restore_backup(backup_file, data_dir, recovery)
    try:
        _recovered(vault, "vault.restored")
        with vault.unit_of_work(readonly=True) as uow:
            return uow.get_one(Center, 1).code
    finally:
        vault.close()


def enroll_device(data_dir: Path, recovery_text: str) -> None:
    """Give this Windows account's credential store the device secret, using the recovery key
    (a second account on the workstation, or a credential store that was wiped)."""
    vault = unlock_with_recovery(data_dir, parse_key(recovery_text))
    try:
        device_secret.store(vault.vault_id, vault.slots.unwrap_device_secret(vault.key))
        _recovered(vault, "device.enrolled")
    finally:
        vault.close()


ENROLLMENT_VALID = timedelta(hours=24)


def create_enrollment_code(session: UserSession) -> str:
    """A one-time code, valid 24 hours, with which another Windows account on this workstation
    gets the device secret. Staff there still need their own passwords."""
    role = authorize(session, Action.DEVICE_ENROLL, object_type="device")
    vault = session.vault
    device = device_secret.load(vault.vault_id)
    if device is None:
        raise CredentialStoreError("keyring.no_device_secret")
    code = generate_recovery()
    with vault.unit_of_work() as uow:
        record(uow, actor=session.login, role=role, action="device.enrollment_code_created",
               object_type="device")
        vault.slots.add_enrollment(code, device, utcnow() + ENROLLMENT_VALID)
        try:
            vault.save_slots()
        except BaseException:
            vault.slots.enrollments.pop()
            raise
    return format_key(code)


def enroll_device_with_code(data_dir: Path, code_text: str) -> None:
    code = parse_key(code_text)
    with locked_slots(data_dir) as slots:
        device = slots.take_enrollment(code, utcnow())
        device_secret.store(slots.vault_id, device)
    # The vault is closed here: the use of the code goes into the log at the next unlock.
    LoginAttempts(data_dir).record("-", "device_enrolled")


@dataclass(frozen=True)
class CheckReport:
    cipher_version: str
    cipher_integrity: bool
    integrity: bool
    schema_revision: str | None
    schema_current: bool
    credential_store: str
    user_slots: int
    recovery_slot: bool

    @property
    def ok(self) -> bool:
        return self.cipher_integrity and self.integrity and self.schema_current


def check(session: UserSession) -> CheckReport:
    role = authorize(session, Action.VAULT_CHECK, object_type="vault")
    vault = session.vault
    try:
        with vault.dbapi() as conn:
            version = conn.execute("PRAGMA cipher_version").fetchone()[0]
            cipher_ok = not conn.execute("PRAGMA cipher_integrity_check").fetchall()
            integrity_ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        revision = migrate.current_revision(vault.engine)
    except DATABASE_ERRORS as exc:
        raise VaultError("vault.damaged") from exc
    report = CheckReport(
        cipher_version=str(version),
        cipher_integrity=cipher_ok,
        integrity=integrity_ok,
        schema_revision=revision,
        schema_current=revision == migrate.head_revision(),
        credential_store=type(keyring.get_keyring()).__name__,
        user_slots=sum(1 for s in vault.slots.slots if s.kind == "user"),
        recovery_slot=any(s.kind == "recovery" for s in vault.slots.slots),
    )
    # After a failed cipher check SQLCipher refuses writes on that connection: the report must
    # still reach the caller even when it cannot be recorded.
    with contextlib.suppress(*DATABASE_ERRORS), vault.unit_of_work() as uow:
        record(uow, actor=session.login, role=role, action="vault.checked", object_type="vault",
               outcome="ok" if report.ok else "failed")
    return report
