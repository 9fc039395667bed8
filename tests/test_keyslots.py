import os

import pytest

from isange_desktop.errors import AuthError, VaultError
from isange_desktop.store.kdf import Argon2Params
from isange_desktop.store.keyslots import (
    Slot,
    SlotFile,
    load_slot_file,
    login_id,
    save_slot_file,
)
from isange_desktop.store.vault_files import slot_paths

FLOOR = Argon2Params()
KEY = os.urandom(32)
DEVICE = os.urandom(32)


def _slots(vault_id: str = "vault-a") -> SlotFile:
    slots = SlotFile(vault_id)
    slots.set_user_slot("nurse1", "Correct-horse-1", KEY, DEVICE, FLOOR)
    return slots


def test_user_slot_unwraps_with_password_and_device_secret():
    assert _slots().unwrap_user("nurse1", "Correct-horse-1", DEVICE) == KEY


def test_login_is_case_insensitive_but_password_is_not():
    slots = _slots()
    assert slots.unwrap_user("NURSE1", "Correct-horse-1", DEVICE) == KEY
    with pytest.raises(AuthError):
        slots.unwrap_user("nurse1", "correct-horse-1", DEVICE)


def test_another_device_secret_does_not_open_the_slot():
    with pytest.raises(AuthError):
        _slots().unwrap_user("nurse1", "Correct-horse-1", os.urandom(32))


def test_slot_moved_to_another_vault_or_user_fails():
    # Given a slot copied into another vault's file and under another user's name
    source = _slots("vault-a")
    moved = Slot.from_json(source.slots[0].to_json())
    # relabelled so the other vault finds it: only the key binding can refuse it now
    moved.login_id = login_id("vault-b", "nurse1")
    other = SlotFile("vault-b", slots=[moved])
    assert other.user_slot("nurse1") is moved
    with pytest.raises(AuthError):
        other.unwrap_user("nurse1", "Correct-horse-1", DEVICE)
    theft = SlotFile("vault-a")
    theft.set_user_slot("psy1", "Other-pass-22", KEY, DEVICE, FLOOR)
    theft.slots[0].wrapped = source.slots[0].wrapped
    theft.slots[0].nonce = source.slots[0].nonce
    theft.slots[0].salt = source.slots[0].salt
    with pytest.raises(AuthError):
        theft.unwrap_user("psy1", "Correct-horse-1", DEVICE)


def test_slot_file_keeps_no_login_names_or_keys_in_clear():
    data = _slots().to_bytes()
    assert b"nurse1" not in data
    assert KEY not in data and KEY.hex().encode() not in data


def test_recovery_slot_is_independent_of_the_device():
    slots = _slots()
    recovery = os.urandom(20)
    slots.set_recovery_slot(recovery, KEY)
    assert slots.unwrap_recovery(recovery) == KEY
    with pytest.raises(AuthError):
        slots.unwrap_recovery(os.urandom(20))


def test_device_secret_travels_wrapped_under_the_database_key():
    slots = _slots()
    slots.set_device_secret(DEVICE, KEY)
    assert slots.unwrap_device_secret(KEY) == DEVICE
    with pytest.raises(VaultError):
        slots.unwrap_device_secret(os.urandom(32))


def test_damaged_primary_falls_back_to_the_copy(tmp_path):
    slots = _slots()
    save_slot_file(tmp_path, slots)
    primary, copy = slot_paths(tmp_path)
    # When the primary copy is cut short
    primary.write_bytes(primary.read_bytes()[:40])
    # Then the copy is used
    assert load_slot_file(tmp_path).unwrap_user("nurse1", "Correct-horse-1", DEVICE) == KEY
    # And when both are damaged, one clear error
    copy.write_bytes(b"{}")
    with pytest.raises(VaultError) as err:
        load_slot_file(tmp_path)
    assert err.value.code == "vault.slot_file_damaged"


def test_argon2_below_the_floor_is_refused():
    with pytest.raises(ValueError):
        Argon2Params(memory_kib=32 * 1024)
    with pytest.raises(ValueError):
        Argon2Params(iterations=2)
