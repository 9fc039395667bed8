"""The restore drill: a new laptop, the backup file and the recovery key are enough."""

import os
import stat

import keyring
import pytest

from isange_desktop.domain.roles import Role
from isange_desktop.errors import AuthError, VaultError
from isange_desktop.services import vault_admin
from isange_desktop.services.audit_log import recent_events, verify_log
from isange_desktop.services.users import add_user, list_users
from isange_desktop.store.backup import read_manifest
from isange_desktop.store.memory_keyring import MemoryKeyring
from isange_desktop.store.vault import vault_exists

from conftest import ADMIN, ADMIN_PASSWORD, logged_in


@pytest.fixture
def backup_file(new_vault, tmp_path):
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        add_user(admin, "nurse1", "Uwase Aline", frozenset({Role.NURSE}), "Temp-pass-4821")
        out = tmp_path / "usb" / "center.isbak"
        out.parent.mkdir()
        report = vault_admin.backup(admin, out)
    assert report.path == out and report.row_counts["users"] == 2
    return out


def test_restore_on_a_new_laptop_with_only_backup_and_recovery_key(new_vault, backup_file,
                                                                   tmp_path):
    # Given a new laptop: an empty credential store and an empty data folder
    keyring.set_keyring(MemoryKeyring())
    fresh = tmp_path / "new-laptop"
    # When IT restores with the recovery key
    code = vault_admin.restore(backup_file, fresh, new_vault.recovery_key)
    # Then staff log in with their usual passwords and everything is there
    assert code == "KGL-01"
    with logged_in(fresh, ADMIN, ADMIN_PASSWORD) as admin:
        assert [u.login for u in list_users(admin)] == [ADMIN, "nurse1"]
        assert verify_log(admin).ok
        actions = [e.action for e in recent_events(admin, 10)]
    assert "vault.restored" in actions and "vault.backup" in actions


def test_wrong_recovery_key_restores_nothing(new_vault, backup_file, tmp_path):
    keyring.set_keyring(MemoryKeyring())
    fresh = tmp_path / "new-laptop"
    other_key = vault_admin.init_vault(
        tmp_path / "other", center_code="X", center_name="Other", admin_login="boss",
        admin_name="Boss", admin_password="Other-pass-123", kdf=None).recovery_key
    with pytest.raises(AuthError) as err:
        vault_admin.restore(backup_file, fresh, other_key)
    assert err.value.code == "recovery.wrong_key"
    assert not vault_exists(fresh)
    assert [p.name for p in fresh.iterdir()] == []


def test_damaged_backup_is_refused_and_nothing_written(new_vault, backup_file, tmp_path):
    data = bytearray(backup_file.read_bytes())
    # flip a byte well inside the database member
    data[len(data) // 2] ^= 0x55
    damaged = tmp_path / "damaged.isbak"
    damaged.write_bytes(bytes(data))
    fresh = tmp_path / "fresh"
    with pytest.raises(VaultError) as err:
        vault_admin.restore(damaged, fresh, new_vault.recovery_key)
    assert err.value.code in {"backup.damaged", "backup.not_a_backup"}
    assert not vault_exists(fresh)


def test_foreign_file_is_not_a_backup(new_vault, tmp_path):
    foreign = tmp_path / "photo.jpg"
    foreign.write_bytes(b"\xff\xd8\xff" + b"x" * 1000)
    with pytest.raises(VaultError) as err:
        vault_admin.restore(foreign, tmp_path / "fresh", new_vault.recovery_key)
    assert err.value.code == "backup.not_a_backup"


def test_restore_never_overwrites_a_vault(new_vault, backup_file):
    before = (new_vault.data_dir / "vault.db").read_bytes()
    with pytest.raises(VaultError) as err:
        vault_admin.restore(backup_file, new_vault.data_dir, new_vault.recovery_key)
    assert err.value.code == "restore.target_has_vault"
    assert (new_vault.data_dir / "vault.db").read_bytes() == before


def test_backup_refuses_to_overwrite_and_leaves_no_temp_files(new_vault, backup_file):
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin, \
            pytest.raises(VaultError) as err:
        vault_admin.backup(admin, backup_file)
    assert err.value.code == "backup.exists"
    assert sorted(p.name for p in backup_file.parent.iterdir()) == [backup_file.name]
    assert read_manifest(backup_file)["format"] == "isange-backup"


def test_enroll_a_second_windows_account_with_the_recovery_key(new_vault):
    # Given a second Windows account: its own, empty credential store
    keyring.set_keyring(MemoryKeyring())
    from isange_desktop.errors import CredentialStoreError
    from isange_desktop.services.session import login

    with pytest.raises(CredentialStoreError):
        login(new_vault.data_dir, ADMIN, ADMIN_PASSWORD)
    # When it is enrolled with the recovery key, Then the usual passwords work there
    vault_admin.enroll_device(new_vault.data_dir, new_vault.recovery_key)
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        assert "device.enrolled" in [e.action for e in recent_events(admin, 5)]


def test_an_admin_enrolls_a_second_windows_account_with_a_one_time_code(new_vault):
    from isange_desktop.errors import AuthError as _AuthError

    # Given a code issued by the admin on the enrolled account
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        code = vault_admin.create_enrollment_code(admin)
    # When the second account (its own empty credential store) uses it
    keyring.set_keyring(MemoryKeyring())
    vault_admin.enroll_device_with_code(new_vault.data_dir, code)
    # Then the admin's password works there, and the enrollment is in the log
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        actions = [e.action for e in recent_events(admin, 10)]
    assert "device.enrollment_code_created" in actions and "auth.device_enrolled" in actions
    # And the code cannot be used twice
    keyring.set_keyring(MemoryKeyring())
    with pytest.raises(_AuthError) as err:
        vault_admin.enroll_device_with_code(new_vault.data_dir, code)
    assert err.value.code == "enroll.code_invalid"


def test_an_expired_enrollment_code_is_refused(new_vault):
    from datetime import timedelta

    from isange_desktop.store.keyslots import load_slot_file
    from isange_desktop.store.recovery_key import parse_key
    from isange_desktop.store.types import utcnow

    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        code = vault_admin.create_enrollment_code(admin)
    slots = load_slot_file(new_vault.data_dir)
    with pytest.raises(AuthError):
        slots.take_enrollment(parse_key(code), utcnow() + timedelta(hours=25))
    assert slots.enrollments == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_backup_file_is_owner_only(backup_file):
    assert stat.S_IMODE(backup_file.stat().st_mode) == 0o600
