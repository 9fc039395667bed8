from datetime import timedelta

import pytest

from isange_desktop.domain.lockout import delay_after
from isange_desktop.errors import AuthError
from isange_desktop.services.audit_log import recent_events
from isange_desktop.services.session import login, logout
from isange_desktop.store.keyslots import login_id
from isange_desktop.store.login_attempts import LoginAttempts

from conftest import ADMIN, ADMIN_PASSWORD


def test_delay_grows_after_five_failures_and_is_capped():
    assert [delay_after(n) for n in range(5)] == [timedelta(0)] * 5
    assert delay_after(5) == timedelta(seconds=30)
    assert delay_after(6) == timedelta(seconds=60)
    assert delay_after(7) == timedelta(seconds=120)
    assert delay_after(30) == timedelta(hours=1)


def test_five_wrong_passwords_lock_the_login_even_for_the_right_one(new_vault):
    # Given five wrong passwords for admin
    for _ in range(5):
        with pytest.raises(AuthError) as err:
            login(new_vault.data_dir, ADMIN, "not-the-password")
        assert err.value.code == "auth.wrong_password"
    # When the right password comes straight after
    with pytest.raises(AuthError) as err:
        login(new_vault.data_dir, ADMIN, ADMIN_PASSWORD)
    # Then it is refused with the wait, without trying the slot
    assert err.value.code == "auth.locked_out"
    assert 1 <= int(err.value.params["seconds"]) <= 31


def test_failures_are_flushed_into_the_audit_log_at_the_next_unlock(new_vault):
    # Given three wrong passwords (under the lockout threshold) and one for an unknown login
    for _ in range(3):
        with pytest.raises(AuthError):
            login(new_vault.data_dir, ADMIN, "wrong-wrong-wrong")
    with pytest.raises(AuthError):
        login(new_vault.data_dir, "ghost", "whatever-123")
    # When the admin logs in
    session = login(new_vault.data_dir, ADMIN, ADMIN_PASSWORD)
    try:
        events = recent_events(session, 20)
    finally:
        logout(session)
    # Then the log holds each failure, and the counter outside the vault is cleared
    failed = [e for e in events if e.action == "auth.wrong_password"]
    assert sorted(e.actor for e in failed) == [ADMIN, ADMIN, ADMIN, "unknown-login"]
    attempts = LoginAttempts(new_vault.data_dir)
    assert attempts.pending_events() == []
    assert attempts.failures(login_id(new_vault.vault_id, ADMIN)) == 0


def test_attempts_file_holds_no_login_names_or_passwords(new_vault):
    with pytest.raises(AuthError):
        login(new_vault.data_dir, ADMIN, "Secret-typo-999")
    text = (new_vault.data_dir / "login-attempts.json").read_text()
    assert ADMIN not in text and "Secret-typo-999" not in text
