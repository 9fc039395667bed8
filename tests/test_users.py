import pytest

from isange_desktop.domain.roles import Role
from isange_desktop.errors import AuthError, PermissionDenied, ValidationError
from isange_desktop.services.audit_log import recent_events
from isange_desktop.services.session import login
from isange_desktop.services.settings import get_setting, set_setting
from isange_desktop.services.users import add_user, change_password, deactivate_user, list_users
from isange_desktop.store.keyslots import load_slot_file

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

TEMP = "Temp-pass-4821"


def _add(data_dir, login_name, name, role):
    with logged_in(data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        return add_user(admin, login_name, name, frozenset({role}), TEMP)


def test_new_user_must_change_the_temporary_password(new_vault):
    # Given a nurse added by the admin
    info = _add(new_vault.data_dir, "Nurse1", "Uwase Aline", Role.NURSE)
    assert info.login == "nurse1" and info.must_change_password
    # When she logs in and changes it
    with logged_in(new_vault.data_dir, "nurse1", TEMP) as nurse:
        assert nurse.must_change_password
        change_password(nurse, TEMP, "Her-own-pass-77")
    # Then only the new password opens her slot
    with pytest.raises(AuthError):
        login(new_vault.data_dir, "nurse1", TEMP)
    with logged_in(new_vault.data_dir, "nurse1", "Her-own-pass-77") as nurse:
        assert not nurse.must_change_password


def test_password_change_only_rewraps_the_slot(new_vault):
    _add(new_vault.data_dir, "psy1", "Mugisha Eric", Role.PSYCHOSOCIAL)
    before = load_slot_file(new_vault.data_dir)
    with logged_in(new_vault.data_dir, "psy1", TEMP) as psy:
        psy_key = psy.vault.key
        change_password(psy, TEMP, "Psy-new-pass-31")
    after = load_slot_file(new_vault.data_dir)
    psy_id = before.user_slot("psy1").login_id
    # The other slots are byte for byte the same; the database key did not change
    assert [s.to_json() for s in before.slots if s.login_id != psy_id] == [
        s.to_json() for s in after.slots if s.login_id != psy_id
    ]
    assert before.user_slot("psy1").wrapped != after.user_slot("psy1").wrapped
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        assert admin.vault.key == psy_key


def test_deactivating_removes_the_slot(new_vault):
    _add(new_vault.data_dir, "rib1", "Habimana Jean", Role.LEGAL)
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        deactivate_user(admin, "rib1")
        listed = {u.login: u for u in list_users(admin)}
    assert not listed["rib1"].active
    assert not load_slot_file(new_vault.data_dir).has_user_slot("rib1")
    with pytest.raises(AuthError):
        login(new_vault.data_dir, "rib1", TEMP)


def test_bad_new_users_are_refused_with_the_field_named(admin_session):
    cases = [
        ("x", "Name", {Role.NURSE}, TEMP, "user.login_invalid"),
        ("nurse2", " ", {Role.NURSE}, TEMP, "user.name_required"),
        ("nurse2", "Name", set(), TEMP, "user.role_required"),
        ("nurse2", "Name", {Role.NURSE}, "short", "password.too_short"),
        (ADMIN, "Name", {Role.NURSE}, TEMP, "user.exists"),
    ]
    for login_name, name, roles, password, code in cases:
        with pytest.raises(ValidationError) as err:
            add_user(admin_session, login_name, name, frozenset(roles), password)
        assert err.value.code == code
    assert [u.login for u in list_users(admin_session)] == [ADMIN]
    assert len(load_slot_file(admin_session.vault.data_dir).slots) == 2  # admin + recovery


def test_a_refusal_by_role_is_audited(new_vault):
    _add(new_vault.data_dir, "nurse3", "Ingabire Grace", Role.NURSE)
    with logged_in(new_vault.data_dir, "nurse3", TEMP) as nurse:
        with pytest.raises(PermissionDenied):
            list_users(nurse)
        with pytest.raises(PermissionDenied):
            set_setting(nurse, "idle_lock_minutes", 9)
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        denied = [e for e in recent_events(admin, 30) if e.outcome == "denied"]
        assert get_setting(admin, "idle_lock_minutes") == 5
    assert {e.action for e in denied} == {"user.list", "settings.change"}
    assert all(e.actor == "nurse3" for e in denied)


def test_idle_lock_setting_is_stored_with_revisions(admin_session):
    assert get_setting(admin_session, "idle_lock_minutes") == 5
    set_setting(admin_session, "idle_lock_minutes", 10)
    set_setting(admin_session, "idle_lock_minutes", 3)
    assert get_setting(admin_session, "idle_lock_minutes") == 3
    with pytest.raises(ValidationError) as err:
        set_setting(admin_session, "idle_lock_minutes", 0)
    assert err.value.code == "setting.out_of_range"
    assert get_setting(admin_session, "idle_lock_minutes") == 3


def test_second_session_on_the_same_vault_is_refused(admin_session, new_vault):
    from isange_desktop.errors import VaultBusy

    with pytest.raises(VaultBusy):
        login(new_vault.data_dir, ADMIN, ADMIN_PASSWORD)
